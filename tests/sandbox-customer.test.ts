import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, fairmontUpdate, harness, newCustomer, sameProfile } from './support/harness.js';

const MINNIE = { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' };
const MICKEY = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' };
const commitment = (quantity: number) => [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity }] } }];
const recommitment = (quantity: number) => [{ type: 'THREE_YEAR_COMMIT', recommitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity }] } }];

describe('control plane: Admin Console', () => {
  it('SBX-06 lists admins with their source; a console admin never shows in the API', async () => {
    const h = await harness();
    const added = await h.control('POST', '/customers/9876543210/admins', { firstName: 'Daisy', lastName: 'Duck', email: 'daisy@mouse.com' });
    assert.equal(added.status, 201);
    assert.deepEqual(added.body.map((a: any) => [a.email, a.source, a.role]), [['minnie@mouse.com', 'API', 'SYSTEM_ADMIN'], ['daisy@mouse.com', 'CONSOLE', 'SYSTEM_ADMIN']]);
    const api = await h.call('GET', '/v3/customers/9876543210');
    assert.deepEqual(api.body.companyProfile.contacts.map((c: any) => c.email), ['minnie@mouse.com']);
    const patched = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [MINNIE, MICKEY] }) });
    assert.ok(!patched.body.companyProfile.contacts.some((c: any) => c.email === 'daisy@mouse.com'));
    assertError(await h.control('POST', '/customers/9876543210/admins', { firstName: 'Daisy', lastName: 'Duck', email: 'DAISY@mouse.com' }), 400, '1117', ['email']);
    assertError(await h.control('POST', '/customers/9876543210/admins', { firstName: 'Daisy', email: 'x@mouse.com', role: 'ADMIN' }), 400, '1122', ['lastName']);
    assertError(await h.control('GET', '/customers/1111111111/admins'), 404, '1116');
  });

  it('SBX-06 an admin added in the console for an email already known elsewhere takes the name that persists', async () => {
    const h = await harness();
    const added = await h.control('POST', '/customers/1005000002/admins', { firstName: 'Minerva', lastName: 'Maus', email: 'Minnie@Mouse.com' });
    assert.equal(added.status, 201, added.text);
    const admin = added.body.find((a: any) => a.email === 'Minnie@Mouse.com');
    assert.deepEqual([admin.firstName, admin.lastName, admin.source], ['Minnie', 'Mouse', 'CONSOLE']);
  });

  it('SBX-07 a contact dropped by PATCH stays an admin until the customer removes it in the console', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [MICKEY] }) });
    let admins = (await h.control('GET', '/customers/9876543210/admins')).body;
    assert.deepEqual(admins.map((a: any) => a.email), ['minnie@mouse.com', 'mickey@mouse.com']);
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [MICKEY] }) });
    assert.equal((await h.control('GET', '/customers/9876543210/admins')).body.length, 2, 'more updates do not remove it');
    const removed = await h.control('DELETE', '/customers/9876543210/admins/MINNIE@mouse.com');
    assert.deepEqual(removed.body.map((a: any) => a.email), ['mickey@mouse.com']);
    admins = (await h.control('GET', '/customers/9876543210/admins')).body;
    assert.deepEqual(admins.map((a: any) => a.email), ['mickey@mouse.com']);
    assertError(await h.control('DELETE', '/customers/9876543210/admins/nobody@mouse.com'), 404, '4040');
  });
});

describe('control plane: welcome-email outbox', () => {
  it('SBX-08 every contact of a PATCH gets an email; filter by customer and address; clear', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [MINNIE, MICKEY] }), headers: { 'x-request-id': 'r1', 'x-correlation-id': 'c1' } });
    const edna = await h.customer('1005000002');
    await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(edna) });
    const all = (await h.control('GET', '/emails')).body;
    assert.equal(all.length, 3);
    const fairmont = (await h.control('GET', '/emails?customerId=9876543210')).body;
    assert.deepEqual(fairmont.map((e: any) => [e.to, e.template, e.requestId, e.correlationId]), [
      ['minnie@mouse.com', 'ADMIN_WELCOME', 'r1', 'c1'], ['mickey@mouse.com', 'ADMIN_WELCOME', 'r1', 'c1'],
    ]);
    assert.match(fairmont[0].sentAt, /^2026-11-01T09:/);
    assert.deepEqual((await h.control('GET', '/emails?to=MICKEY@mouse.com')).body.map((e: any) => e.customerId), ['9876543210']);
    assert.deepEqual((await h.control('DELETE', '/emails')).body, { cleared: 3 });
    assert.deepEqual((await h.control('GET', '/emails')).body, []);
  });
});

describe('control plane: 3YC as the customer', () => {
  it('SBX-09 accept makes a request ACCEPTED, or COMMITTED when the customer owns the quantities, with 3YC discounts', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(60) }) });
    const accepted = await h.control('POST', '/customers/9876543210/3yc/accept');
    assert.equal(accepted.body.threeYearCommit.commitmentRequest.status, 'ACCEPTED');
    const fulfilled = await h.control('POST', '/customers/9876543210/3yc/fulfil');
    assert.equal(fulfilled.body.threeYearCommit.commitment.status, 'COMMITTED');
    const api = (await h.call('GET', '/v3/customers/9876543210')).body;
    assert.equal(api.benefits[0].commitmentRequest, null);
    assert.deepEqual(api.discounts.find((d: any) => d.offerType === 'LICENSE'), { offerType: 'LICENSE', level: '13' });

    const h2 = await harness();
    await h2.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(120) }) });
    const owned = await h2.control('POST', '/customers/9876543210/3yc/accept', { ownsQuantities: true });
    assert.equal(owned.body.threeYearCommit.commitment.status, 'COMMITTED');
    assert.deepEqual((await h2.call('GET', '/v3/customers/9876543210')).body.discounts.find((d: any) => d.offerType === 'LICENSE').level, '14');
    assertError(await h2.control('POST', '/customers/9876543210/3yc/accept'), 400, '1117', ['threeYearCommit']);
    assertError(await h2.control('POST', '/customers/9876543210/3yc/maybe'), 404, '4040');
  });

  it('SBX-09 decline makes the request DECLINED (no 3YC benefits)', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(20) }) });
    const declined = await h.control('POST', '/customers/9876543210/3yc/decline');
    assert.equal(declined.body.threeYearCommit.commitmentRequest.status, 'DECLINED');
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'STANDARD', name: 'After decline' } }) })).status, 200);
  });

  it('3YC-12 partial fulfilment: orders that reach one offer type commit it, the other stays in commitmentRequest; smaller orders add up', async () => {
    const h = await harness();
    const both = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 100 }, { offerType: 'CONSUMABLES', quantity: 2500 }] } }];
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: both }) })).status, 200);
    await h.control('POST', '/customers/9876543210/3yc/accept');
    const small = await h.control('POST', '/customers/9876543210/3yc/fulfil', { orderedQuantities: [{ offerType: 'CONSUMABLES', quantity: 1500 }] });
    assert.equal(small.status, 200, small.text);
    assert.equal(small.body.threeYearCommit.commitment, null, 'below every quantity nothing is committed');
    await h.control('POST', '/customers/9876543210/3yc/fulfil', { orderedQuantities: [{ offerType: 'CONSUMABLES', quantity: 1000 }, { offerType: 'LICENSE', quantity: 60 }] });
    const api = (await h.call('GET', '/v3/customers/9876543210')).body;
    const { commitment, commitmentRequest } = api.benefits[0];
    assert.deepEqual([commitment.status, commitment.minimumQuantities], ['COMMITTED', [{ offerType: 'CONSUMABLES', quantity: 2500 }]]);
    assert.deepEqual([commitmentRequest.status, commitmentRequest.minimumQuantities], ['ACCEPTED', [{ offerType: 'LICENSE', quantity: 100 }]]);
    assert.deepEqual([commitment.startDate, commitment.endDate], [commitmentRequest.startDate, commitmentRequest.endDate]);
    assert.equal(api.discounts.find((d: any) => d.offerType === 'CONSUMABLES').level, 'TC');
    assert.equal(api.discounts.find((d: any) => d.offerType === 'LICENSE').level, '02', 'the uncommitted type keeps its level');
    await h.control('POST', '/customers/9876543210/3yc/fulfil', { orderedQuantities: [{ offerType: 'LICENSE', quantity: 40 }] });
    const done = (await h.call('GET', '/v3/customers/9876543210')).body;
    assert.equal(done.benefits[0].commitmentRequest, null);
    assert.deepEqual(done.benefits[0].commitment.minimumQuantities, [{ offerType: 'CONSUMABLES', quantity: 2500 }, { offerType: 'LICENSE', quantity: 100 }]);
    assert.equal(done.discounts.find((d: any) => d.offerType === 'LICENSE').level, '14');
  });

  it('3YC-13 a new customer\'s 3YC request is accepted only once the account is active', async () => {
    const h = await harness();
    const benefits = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }];
    const created = await h.call('POST', '/v3/customers', { body: { ...newCustomer(), benefits } });
    assert.equal(created.status, 201, created.text);
    assertError(await h.control('POST', `/customers/${created.body.customerId}/3yc/accept`), 400, '1117', ['status']);
    await h.advance('PT2M');
    const accepted = await h.control('POST', `/customers/${created.body.customerId}/3yc/accept`);
    assert.equal(accepted.body.threeYearCommit.commitmentRequest.status, 'ACCEPTED');
    assert.equal(accepted.body.cotermDate, '2027-11-01', 'a customer without a cotermDate gets one a year out');
    assert.equal(accepted.body.threeYearCommit.commitmentRequest.endDate, '2029-11-01', '3 years from the acceptance');
  });

  it('SBX-10 a REQUESTED 3YC request expires after 7 simulated days in production mode', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(20) }) });
    await h.advance('P6DT23H');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'REQUESTED');
    await h.advance('PT1H');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'EXPIRED');
    assertError(await h.control('POST', '/customers/9876543210/3yc/accept'), 400, '1117');
  });

  it('SBX-10 in sandbox mode a 3YC request never expires', async () => {
    const h = await harness({ settings: { threeYearCommitMode: 'sandbox' } });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(20) }) });
    await h.advance('P90D');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'REQUESTED');
    await h.control('POST', '/customers/9876543210/3yc/accept');
    await h.advance('P90D');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'ACCEPTED', 'nor does an accepted one become NONCOMPLIANT');
  });

  it('SBX-11 recommitment: refused before COMMITTED, accepted in the window, in force after the term ends', async () => {
    const h = await harness({ settings: { tokenTtlMs: 10 * 365 * 86_400_000 } });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(20) }) });
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: recommitment(20) }) }), 400, '1117', ['benefits[0].recommitmentRequest']);
    const committed = (await h.control('POST', '/customers/9876543210/3yc/accept', { ownsQuantities: true })).body.threeYearCommit.commitment;
    assert.deepEqual([committed.startDate, committed.endDate], ['2026-11-01', '2029-10-31']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: recommitment(20) }) }), 400, '1117', ['benefits[0].recommitmentRequest']);
    await h.control('POST', '/clock', { now: '2029-10-10T12:00:00Z' });
    const recommit = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: recommitment(55) }) });
    assert.equal(recommit.status, 200, recommit.text);
    assert.deepEqual(recommit.body.benefits[0].recommitmentRequest, { startDate: '2029-11-01', endDate: '2032-10-31', status: 'REQUESTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 55 }] });
    await h.control('POST', '/customers/9876543210/3yc/accept');
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).body.benefits[0].commitment.endDate, '2029-10-31', 'an accepted recommitment waits for the term to end');
    await h.control('POST', '/clock', { now: '2029-11-01T00:00:00Z' });
    const renewed = (await h.call('GET', '/v3/customers/9876543210')).body;
    assert.deepEqual([renewed.benefits[0].commitment.status, renewed.benefits[0].commitment.endDate, renewed.benefits[0].recommitmentRequest], ['COMMITTED', '2032-10-31', null]);
    assert.equal(renewed.discounts.find((d: any) => d.offerType === 'LICENSE').level, '13');
  });

  it('SBX-11 a commitment that ends without recommitment EXPIRES and its discounts drop to level 01', async () => {
    const h = await harness();
    await h.control('POST', '/clock', { now: '2026-11-20T00:00:00Z' });
    const contoso = (await h.control('GET', '/customers/1005000005')).body;
    assert.equal(contoso.threeYearCommit.commitment.status, 'EXPIRED');
    assert.equal(contoso.discounts.find((d: any) => d.offerType === 'LICENSE').level, '01');
  });

  it('SBX-12 an ACCEPTED request whose quantities are not reached in 30 days becomes NONCOMPLIANT', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment(20) }) });
    await h.control('POST', '/customers/9876543210/3yc/accept');
    await h.advance('P29D');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'ACCEPTED');
    await h.advance('P1D');
    assert.equal((await h.control('GET', '/customers/9876543210')).body.threeYearCommit.commitmentRequest.status, 'NONCOMPLIANT');
    assertError(await h.control('POST', '/customers/9876543210/3yc/fulfil'), 400, '1117');
  });
});
