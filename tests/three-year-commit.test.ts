import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commitmentDiscounts } from '../server/domain/commitments/three-year-commit.js';
import { assertError, fairmontUpdate, fixturesWith, harness, sameProfile } from './support/harness.js';

const commitment = (quantities: Array<[string, number]>) => [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: quantities.map(([offerType, quantity]) => ({ offerType, quantity })) } }];
const recommitment = (quantities: Array<[string, number]>) => [{ type: 'THREE_YEAR_COMMIT', recommitmentRequest: { minimumQuantities: quantities.map(([offerType, quantity]) => ({ offerType, quantity })) } }];

describe('3YC through the update API', () => {
  it('3YC-01 a commitmentRequest makes a REQUESTED request; outside the 30 days before the anniversary its term ends the day before the 3rd anniversary of its start', async () => {
    const h = await harness();
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20]]) }) });
    assert.equal(reply.status, 200, reply.text);
    const request = reply.body.benefits[0].commitmentRequest;
    assert.deepEqual(request, { startDate: '2026-11-01', endDate: '2029-10-31', status: 'REQUESTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] });
    assert.equal(reply.body.benefits[0].commitment, null);
    assert.deepEqual(reply.body.discounts, [{ offerType: 'LICENSE', level: '02' }, { offerType: 'CONSUMABLES', level: 'T1' }], 'a request does not change discounts');
  });

  it('3YC-01 within the 30 days before the anniversary the term ends the day before the 4th anniversary of the join date; without a cotermDate 3 years from today', async () => {
    const h = await harness({ settings: { tokenTtlMs: 365 * 86_400_000 } });
    await h.sandbox.setClock('2027-04-02T10:00:00Z');
    const inWindow = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20]]) }) });
    assert.deepEqual([inWindow.body.benefits[0].commitmentRequest.startDate, inWindow.body.benefits[0].commitmentRequest.endDate], ['2027-04-02', '2030-05-01']);
    await h.sandbox.setClock('2027-04-01T10:00:00Z');
    const before = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20]]) }) });
    assert.equal(before.body.benefits[0].commitmentRequest.endDate, '2030-03-31', 'AD-31 is outside the window');
    const h2 = await harness({ fixtures: fixturesWith({ customer: ['9876543210', { cotermDate: '' }] }) });
    const noCoterm = await h2.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20]]) }) });
    assert.equal(noCoterm.body.benefits[0].commitmentRequest.endDate, '2029-11-01');
  });

  it('3YC-02 minimum quantities: LICENSE 10, CONSUMABLES 1000, else 1135 naming each quantity and its offer type', async () => {
    const h = await harness();
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 9], ['CONSUMABLES', 999]]) }) }), 400, '1135',
      ['benefits[0].commitmentRequest.minimumQuantities[0].quantity', 'benefits[0].commitmentRequest.minimumQuantities[1].quantity']);
    assert.match(error.message, /^Invalid minimum quantity: .*LICENSE.*CONSUMABLES/);
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 10], ['CONSUMABLES', 1000]]) }) })).status, 200);
  });

  it('3YC-03 a new commitmentRequest replaces the open one', async () => {
    const h = await harness();
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20]]) }) });
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 30]]) }) });
    assert.equal(reply.body.benefits[0].commitmentRequest.minimumQuantities[0].quantity, 30);
  });

  it('3YC-04 commitmentRequest and recommitmentRequest together, or a commitmentRequest while a recommitment is open, are 400/1117', async () => {
    const h = await harness();
    const contoso = await h.customer('1005000005');
    const both = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 60 }] }, recommitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 60 }] } }];
    assertError(await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: both }) }), 400, '1117', ['benefits[0].recommitmentRequest']);
    assert.equal((await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: recommitment([['LICENSE', 60]]) }) })).status, 200);
    const error = assertError(await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: commitment([['LICENSE', 70]]) }) }), 400, '1117', ['benefits[0].commitmentRequest']);
    assert.match(error.message, /recommitment request is open/);
  });

  it('3YC-05 recommitmentRequest is refused unless the commitment is COMMITTED', async () => {
    const h = await harness();
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: recommitment([['LICENSE', 20]]) }) }), 400, '1117', ['benefits[0].recommitmentRequest']);
    assert.match(error.message, /COMMITTED/);
  });

  it('3YC-06 recommitmentRequest is accepted for a COMMITTED commitment in its last 30 days, with the next term\'s dates', async () => {
    const h = await harness();
    const contoso = await h.customer('1005000005');
    const reply = await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: recommitment([['LICENSE', 60]]) }) });
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.benefits[0].recommitmentRequest, { startDate: '2026-11-20', endDate: '2029-11-19', status: 'REQUESTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 60 }] });
    assert.equal(reply.body.benefits[0].commitment.status, 'COMMITTED');
  });

  it('3YC-07 recommitmentRequest before the last 30 days of the commitment is 400/1117', async () => {
    const early = { startDate: '2024-06-01', endDate: '2027-05-31', status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 50 }] };
    const h = await harness({ fixtures: fixturesWith({ customer: ['1005000005', { threeYearCommit: { commitment: early, commitmentRequest: null, recommitmentRequest: null } }] }) });
    const contoso = await h.customer('1005000005');
    const error = assertError(await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: recommitment([['LICENSE', 50]]) }) }), 400, '1117');
    assert.match(error.message, /2027-05-01/);
  });

  it('3YC-08 a quantity increase keeps the term, must list committed types again and may not lower them', async () => {
    const h = await harness();
    const contoso = await h.customer('1005000005');
    const increase = await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: commitment([['LICENSE', 50], ['CONSUMABLES', 2000]]) }) });
    assert.equal(increase.status, 200, increase.text);
    assert.deepEqual([increase.body.benefits[0].commitmentRequest.startDate, increase.body.benefits[0].commitmentRequest.endDate], ['2023-11-20', '2026-11-19']);
    const h2 = await harness();
    assertError(await h2.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: commitment([['CONSUMABLES', 2000]]) }) }), 400, '1117');
    assertError(await h2.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: commitment([['LICENSE', 40]]) }) }), 400, '1117');
    assertError(await h2.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { benefits: commitment([['LICENSE', 50]]) }) }), 400, '1117');
  });

  it('3YC-09 3YC and linked membership exclude each other', async () => {
    const h = await harness();
    const globex = await h.customer('1005000006');
    assertError(await h.call('PATCH', '/v3/customers/1005000006', { body: sameProfile(globex, { benefits: commitment([['LICENSE', 20]]) }) }), 400, '1117', ['benefits[0].commitmentRequest']);
    const contoso = await h.customer('1005000005');
    assertError(await h.call('PATCH', '/v3/customers/1005000005', { body: sameProfile(contoso, { linkedMembership: { type: 'STANDARD', name: 'Contoso Group' } }) }), 400, '1117', ['linkedMembership']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'STANDARD', name: 'G' }, benefits: commitment([['LICENSE', 20]]) }) }), 400, '1117', ['linkedMembership']);
  });

  it('3YC-10 the same offer type twice in minimumQuantities is 400/1117', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ benefits: commitment([['LICENSE', 20], ['LICENSE', 30]]) }) }), 400, '1117', ['benefits[0].commitmentRequest.minimumQuantities[1].offerType']);
  });
});

describe('3YC discount levels', () => {
  it('3YC-11 LICENSE levels 12/13/14 (COM, GOV) and 02/03/04 (EDU) at 10, 50 and 100', () => {
    const level = (segment: 'COM' | 'EDU' | 'GOV', quantity: number) => commitmentDiscounts(segment, [{ offerType: 'LICENSE', quantity }])[0].level;
    assert.deepEqual([10, 49, 50, 99, 100].map((q) => level('COM', q)), ['12', '12', '13', '13', '14']);
    assert.deepEqual([10, 50, 100].map((q) => level('GOV', q)), ['12', '13', '14']);
    assert.deepEqual([10, 50, 100].map((q) => level('EDU', q)), ['02', '03', '04']);
  });

  it('3YC-11 CONSUMABLES tiers TB to TG', () => {
    const tier = (quantity: number) => commitmentDiscounts('COM', [{ offerType: 'CONSUMABLES', quantity }])[0].level;
    assert.deepEqual([1000, 2499, 2500, 5000, 15000, 50000, 100000].map(tier), ['TB', 'TB', 'TC', 'TD', 'TE', 'TF', 'TG']);
  });
});
