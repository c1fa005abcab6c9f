import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS, assertError, harness, newCustomer, OTHER_CLIENT } from './support/harness.js';

const CONTACT = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com', phoneNumber: '408-123-4567' };

function newReseller(overrides: Record<string, any> = {}, profile: Record<string, any> = {}) {
  return {
    distributorId: '5000000001',
    externalReferenceId: '888',
    ...overrides,
    companyProfile: { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegments: ['COM', 'EDU'], address: ADDRESS, contacts: [CONTACT], ...profile },
  };
}

type Harness = Awaited<ReturnType<typeof harness>>;

async function createActive(h: Harness, overrides: Record<string, any> = {}, profile: Record<string, any> = {}) {
  const created = await h.call('POST', '/v3/resellers', { body: newReseller(overrides, profile) });
  assert.equal(created.status, 201, created.text);
  await h.advance('PT1M');
  return created.body;
}

const update = (reseller: any, overrides: Record<string, any> = {}, profile: Record<string, any> = {}) => ({
  externalReferenceId: reseller.externalReferenceId, ...overrides,
  companyProfile: { ...reseller.companyProfile, ...profile },
});

const resellerCount = async (h: Harness) => (await h.state()).resellers.length;

describe('reseller accounts', () => {
  it('RES-01 create answers 201 with the reseller, a new 10-digit id, its creation date and status 1002; GET reads it back', async () => {
    const h = await harness();
    const reply = await h.call('POST', '/v3/resellers', { body: newReseller() });
    assert.equal(reply.status, 201, reply.text);
    const r = reply.body;
    assert.match(r.resellerId, /^\d{10}$/);
    assert.equal(r.status, '1002');
    assert.equal(r.distributorId, '5000000001');
    assert.equal(r.externalReferenceId, '888');
    assert.deepEqual(r.companyProfile, newReseller().companyProfile);
    assert.match(r.creationDate, /^2026-11-01T09:\d{2}:\d{2}Z$/);
    assert.deepEqual(r.links.self, { uri: `/v3/resellers/${r.resellerId}`, method: 'GET', headers: [] });
    assert.deepEqual((await h.call('GET', `/v3/resellers/${r.resellerId}`)).body, r);
    const second = await h.call('POST', '/v3/resellers', { body: newReseller({}, { companyName: 'Another One' }) });
    assert.notEqual(second.body.resellerId, r.resellerId);
  });

  it('RES-02 a new reseller becomes active (1000) after the activation delay on the simulated clock', async () => {
    const h = await harness({ settings: { activationDelayMs: 5 * 60_000 } });
    const { body } = await h.call('POST', '/v3/resellers', { body: newReseller() });
    await h.advance('PT4M59S');
    assert.equal((await h.call('GET', `/v3/resellers/${body.resellerId}`)).body.status, '1002');
    await h.advance('PT1S');
    assert.equal((await h.call('GET', `/v3/resellers/${body.resellerId}`)).body.status, '1000');
  });

  it('RES-03 a pending reseller can already create customers', async () => {
    const h = await harness();
    const { body } = await h.call('POST', '/v3/resellers', { body: newReseller() });
    const customer = await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: body.resellerId }) });
    assert.equal(customer.status, 201, customer.text);
    assert.equal(customer.body.resellerId, body.resellerId);
  });

  it('RES-04 without market segments a reseller sells COM; an unknown segment is 400/2135, a repeated one 400/1117', async () => {
    const h = await harness();
    const { companyProfile: { marketSegments: _m, ...profile }, ...rest } = newReseller();
    assert.deepEqual((await h.call('POST', '/v3/resellers', { body: { ...rest, companyProfile: profile } })).body.companyProfile.marketSegments, ['COM']);
    assert.deepEqual((await h.call('POST', '/v3/resellers', { body: newReseller({}, { marketSegments: [] }) })).body.companyProfile.marketSegments, ['COM']);
    const before = await resellerCount(h);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({}, { marketSegments: ['COM', 'RETAIL'] }) }), 400, '2135', ['companyProfile.marketSegments']);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({}, { marketSegments: ['EDU', 'EDU'] }) }), 400, '1117', ['companyProfile.marketSegments[1]']);
    assert.equal(await resellerCount(h), before);
  });

  it('RES-05 a distributor other than the caller\'s is 400/1114 and creates nothing', async () => {
    const h = await harness();
    const before = await resellerCount(h);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({ distributorId: '5000000002' }) }), 400, '1114', ['distributorId']);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({ distributorId: 'nobody' }) }), 400, '1114', ['distributorId']);
    assert.equal(await resellerCount(h), before);
  });

  it('RES-06 an address that does not fit its country is 400/1118; with another invalid field it is 400/1117', async () => {
    const h = await harness();
    const badAddress = { address: { ...ADDRESS, postalCode: 'ABC' } };
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({}, badAddress) }), 400, '1118', ['companyProfile.address.postalCode']);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({}, { ...badAddress, contacts: [CONTACT, CONTACT] }) }), 400, '1117', ['companyProfile.contacts[1].email']);
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({}, { companyName: 'ab' }) }), 400, '1117', ['companyProfile.companyName']);
  });

  it('RES-07 an externalReferenceId over 35 characters is 400/2126', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/resellers', { body: newReseller({ externalReferenceId: 'x'.repeat(36) }) }), 400, '2126', ['externalReferenceId']);
    const active = await createActive(h);
    assertError(await h.call('PATCH', `/v3/resellers/${active.resellerId}`, { body: update(active, { externalReferenceId: 'x'.repeat(36) }) }), 400, '2126', ['externalReferenceId']);
  });

  it('RES-08 an unknown reseller, or one of another distributor, is 404/1115 on GET and PATCH', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/resellers/9999999999'), 404, '1115');
    assertError(await h.call('GET', '/v3/resellers/6667778889'), 404, '1115');
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assert.equal((await h.call('GET', '/v3/resellers/6667778889', { client: other })).status, 200);
    const { distributorId: _d, ...body } = newReseller();
    assertError(await h.call('PATCH', '/v3/resellers/6667778889', { body }), 404, '1115');
  });

  it('RES-09 a pending or blocked reseller cannot be updated: 400/1125', async () => {
    const h = await harness();
    const { body: pending } = await h.call('POST', '/v3/resellers', { body: newReseller() });
    assertError(await h.call('PATCH', `/v3/resellers/${pending.resellerId}`, { body: update(pending, { externalReferenceId: '999' }) }), 400, '1125');
    await h.advance('PT1M');
    await h.control('PATCH', `/resellers/${pending.resellerId}`, { status: '1012' });
    assertError(await h.call('PATCH', `/v3/resellers/${pending.resellerId}`, { body: update(pending, { externalReferenceId: '999' }) }), 400, '1125');
    assert.equal((await h.call('GET', `/v3/resellers/${pending.resellerId}`)).body.externalReferenceId, '888');
  });

  it('RES-10 companyName, country and region must be resent unchanged: 400/1119 naming them', async () => {
    const h = await harness();
    const r = await createActive(h);
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { companyName: 'Fairmont Two' }) }), 400, '1119', ['companyProfile.companyName']);
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { address: { ...ADDRESS, region: 'NY' } }) }), 400, '1119', ['companyProfile.address.region']);
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { address: { ...ADDRESS, country: 'CA', region: 'ON', postalCode: 'K1A 0B1' } }) }), 400, '1119', ['companyProfile.address.country', 'companyProfile.address.region']);
  });

  it('RES-11 marketSegments must be sent (1122) and may add segments, never remove one (400/1134)', async () => {
    const h = await harness();
    const r = await createActive(h);
    const { marketSegments: _m, ...profile } = r.companyProfile;
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: { companyProfile: profile } }), 400, '1122');
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { marketSegments: ['COM'] }) }), 400, '1134', ['INVALID_CUSTOMER_MARKET_SEGMENT']);
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { marketSegments: [] }) }), 400, '1134', ['INVALID_CUSTOMER_MARKET_SEGMENT']);
    assertError(await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { marketSegments: ['COM', 'EDU', 'LOL'] }) }), 400, '2135');
    const added = await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { marketSegments: ['COM', 'EDU', 'GOV'] }) });
    assert.equal(added.status, 200, added.text);
    assert.deepEqual(added.body.companyProfile.marketSegments, ['COM', 'EDU', 'GOV']);
    const gov = await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: r.resellerId }, { marketSegment: 'GOV' }) });
    assert.equal(gov.status, 201, gov.text);
  });

  it('RES-12 an update replaces the profile and the externalReferenceId, which stays when left out', async () => {
    const h = await harness();
    const r = await createActive(h);
    const contacts = [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }];
    const reply = await h.call('PATCH', `/v3/resellers/${r.resellerId}`, {
      body: update(r, { externalReferenceId: '999' }, { preferredLanguage: 'fr-FR', contacts, address: { ...ADDRESS, addressLine1: '1 Other St', addressLine2: undefined } }),
    });
    assert.equal(reply.status, 200, reply.text);
    const read = (await h.call('GET', `/v3/resellers/${r.resellerId}`)).body;
    assert.deepEqual(read, reply.body);
    assert.equal(read.externalReferenceId, '999');
    assert.equal(read.companyProfile.preferredLanguage, 'fr-FR');
    assert.deepEqual(read.companyProfile.contacts, contacts);
    assert.equal(read.companyProfile.address.addressLine1, '1 Other St');
    assert.equal(read.companyProfile.address.addressLine2, undefined);
    const { externalReferenceId: _e, ...withoutReference } = update(read);
    assert.equal((await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: withoutReference })).body.externalReferenceId, '999');
  });

  it('RES-13 the list holds the caller\'s distributor\'s resellers of one status (default 1000; 1004 every inactive one), filtered by name, sorted and paged', async () => {
    const h = await harness();
    const ids = (reply: any) => reply.body.accounts.map((a: any) => a.resellerId);
    const active = await h.call('GET', '/v3/resellers');
    assert.equal(active.status, 200, active.text);
    assert.deepEqual(active.body, { ...active.body, offset: 0, limit: 20 });
    assert.deepEqual(ids(active).sort(), ['5556667778', '5556667779', '5556667781']);
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?status=1004')), ['5556667780']);
    await h.control('PATCH', '/resellers/5556667779', { status: '1012' });
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?status=1004')).sort(), ['5556667779', '5556667780']);
    const { body: pending } = await h.call('POST', '/v3/resellers', { body: newReseller({}, { companyName: 'Zeta Resale' }) });
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?status=1002')), [pending.resellerId]);
    await h.advance('PT1M');
    const later = await h.call('POST', '/v3/resellers', { body: newReseller({}, { companyName: 'alpha resale' }) });
    await h.advance('PT1M');
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?company-name=*RESALE&sort-by=companyName&order-by=asc')), [later.body.resellerId, pending.resellerId]);
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?company-name=*resale')), [later.body.resellerId, pending.resellerId]);
    assert.deepEqual(ids(await h.call('GET', '/v3/resellers?company-name=*resale&order-by=ASC')), [pending.resellerId, later.body.resellerId]);
    const page = await h.call('GET', '/v3/resellers?limit=2&offset=2&sort-by=creationDate&order-by=asc');
    assert.deepEqual([page.body.totalCount, page.body.count, page.body.offset, page.body.limit], [4, 2, 2, 2]);
    const all = ids(await h.call('GET', '/v3/resellers?limit=50&order-by=asc'));
    assert.deepEqual(ids(page), all.slice(2, 4));
    assertError(await h.call('GET', '/v3/resellers?limit=51'), 400, '1117');
    assertError(await h.call('GET', '/v3/resellers?status=1010'), 400, '1117');
  });

  it('RES-14 a reseller seeded by the control plane reads with defaults; a created one survives export and import', async () => {
    const h = await harness();
    const seeded = (await h.call('GET', '/v3/resellers/5556667778')).body;
    assert.deepEqual([seeded.externalReferenceId, seeded.companyProfile.preferredLanguage, seeded.companyProfile.contacts, seeded.creationDate, seeded.companyProfile.address],
      ['', 'en-US', [], '2020-01-01T00:00:00Z', undefined]);
    const created = await createActive(h);
    const exported = await h.state();
    const restored = await harness({ fixtures: exported });
    assert.deepEqual((await restored.call('GET', `/v3/resellers/${created.resellerId}`)).body, { ...created, status: '1000' });
  });

  it('RES-01 a created reseller\'s id is above every 10-digit reseller id, seeded ones included, kept in the sequences (found from the resellers once where a store has none)', async () => {
    const h = await harness();
    const id = async () => (await h.call('POST', '/v3/resellers', { body: newReseller() })).body.resellerId;
    assert.deepEqual([await id(), await id()], ['6667778890', '6667778891'], 'above the fixtures\' highest, 6667778889');
    assert.equal((await h.control('PUT', '/resellers/7778889990', { distributorId: '5000000001' })).status, 200);
    assert.equal((await h.control('PUT', '/resellers/1234', { distributorId: '5000000001' })).status, 200);
    assert.equal(await id(), '7778889991');
    assert.equal((await h.state()).sequences?.reseller, 7778889992);
    // A store written before the sequence was kept.
    await h.sim.store.transaction(async (tx) => {
      const { reseller, ...before } = (await tx.get('sequences', 'current'))!;
      assert.equal(reseller, 7778889992);
      await tx.put('sequences', 'current', before);
    });
    assert.equal(await id(), '7778889992');
    assert.equal(await id(), '7778889993');
    // An imported state without it, or with one below its resellers' ids.
    const doc = await h.state();
    const imported = await harness({ fixtures: { ...doc, sequences: { ...doc.sequences, reseller: undefined } } });
    assert.equal((await imported.call('POST', '/v3/resellers', { body: newReseller() })).body.resellerId, '7778889994');
    const low = await harness({ fixtures: { ...doc, sequences: { ...doc.sequences, reseller: 2000000000 } } });
    assert.equal((await low.call('POST', '/v3/resellers', { body: newReseller() })).body.resellerId, '7778889994');
    const high = await harness({ fixtures: { ...doc, sequences: { ...doc.sequences, reseller: 8000000000 } } });
    assert.equal((await high.call('POST', '/v3/resellers', { body: newReseller() })).body.resellerId, '8000000000');
  });

  it('RES-15 a contact\'s name for a known email does not change: the response echoes the name sent, GET the known one', async () => {
    const h = await harness();
    const r = await createActive(h);
    const renamed = [{ ...CONTACT, firstName: 'Michael' }];
    const reply = await h.call('PATCH', `/v3/resellers/${r.resellerId}`, { body: update(r, {}, { contacts: renamed }) });
    assert.equal(reply.body.companyProfile.contacts[0].firstName, 'Michael');
    assert.equal((await h.call('GET', `/v3/resellers/${r.resellerId}`)).body.companyProfile.contacts[0].firstName, 'Mickey');
    const customerContact = (await h.customer('9876543210')).companyProfile.contacts[0];
    const created = await h.call('POST', '/v3/resellers', { body: newReseller({}, { companyName: 'Known People', contacts: [{ ...customerContact, firstName: 'Someone', lastName: 'Else' }] }) });
    assert.equal(created.body.companyProfile.contacts[0].firstName, 'Someone');
    const read = (await h.call('GET', `/v3/resellers/${created.body.resellerId}`)).body.companyProfile.contacts[0];
    assert.deepEqual([read.firstName, read.lastName], [customerContact.firstName, customerContact.lastName]);
  });
});
