import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, fairmontUpdate, harness, newCustomer, sameProfile } from './support/harness.js';

describe('control plane: state', () => {
  it('SBX-01 reset goes back to the loaded fixtures, or to nothing with {"empty":true}', async () => {
    const h = await harness();
    await h.call('POST', '/v3/customers', { body: newCustomer() });
    await h.control('POST', '/faults', { path: '/v3/**', action: 'respond', status: 500 });
    const reset = await h.control('POST', '/reset');
    assert.deepEqual(reset.body, { distributors: 2, resellers: 5, customers: 7, emails: 0 });
    assert.deepEqual((await h.control('GET', '/faults')).body, [], 'reset disarms faults');
    const empty = await h.control('POST', '/reset', { empty: true });
    assert.deepEqual(empty.body, { distributors: 0, resellers: 0, customers: 0, emails: 0 });
    assertError(await h.call('GET', '/v3/customers/9876543210'), 403, '4115');
    assertError(await h.control('POST', '/reset', { empty: 'yes' }), 400, '1117', ['empty']);
  });

  it('SBX-02 state export and import round-trip exactly, in the fixture format', async () => {
    const h = await harness();
    await h.call('POST', '/v3/customers', { body: newCustomer() });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'saved' }) });
    await h.control('POST', '/clock', { frozen: true });
    const exported = (await h.control('GET', '/state')).body;
    const other = await harness({ fixtures: { distributors: [], resellers: [], customers: [] } });
    assert.equal((await other.control('PUT', '/state', exported)).status, 200);
    assert.deepEqual((await other.control('GET', '/state')).body, exported);
    const asFixtures = await harness({ fixtures: exported });
    const loaded = (await asFixtures.control('GET', '/state')).body;
    loaded.tokens = loaded.tokens.filter((t: { accessToken: string }) => t.accessToken !== asFixtures.defaultToken);
    assert.deepEqual(loaded, exported, 'a saved state loads as fixtures');
  });

  it('SBX-03 a bad state import names the field and changes nothing', async () => {
    const h = await harness();
    await h.control('POST', '/clock', { frozen: true });
    const before = (await h.control('GET', '/state')).body;
    const doc = structuredClone(before);
    doc.customers[0].status = 'ACTIVE';
    doc.customers[1].nickname = 'x';
    assertError(await h.control('PUT', '/state', doc), 400, '1121', ['customers[1].nickname']);
    delete doc.customers[1].nickname;
    assertError(await h.control('PUT', '/state', doc), 400, '1117', ['customers[0].status']);
    assertError(await h.control('PUT', '/state', '{"distributors": ['), 400, '1117', ['body']);
    assertError(await h.control('PUT', '/state', { customers: [] }), 400, '1122', ['distributors', 'resellers']);
    assert.deepEqual((await h.control('GET', '/state')).body, before);
  });

  it('SBX-20 a state import whose customer names no reseller is refused and changes nothing', async () => {
    const h = await harness();
    await h.control('POST', '/clock', { frozen: true });
    const before = (await h.control('GET', '/state')).body;
    const doc = structuredClone(before);
    doc.customers[2].resellerId = '0000000000';
    assertError(await h.control('PUT', '/state', doc), 404, '1115', ['customers[2].resellerId']);
    assert.deepEqual((await h.control('GET', '/state')).body, before);
  });

  it('SBX-04 resellers can be seeded and edited, and the API follows', async () => {
    const h = await harness();
    const put = await h.control('PUT', '/resellers/7778889990', { distributorId: '5000000001', marketSegments: ['EDU'] });
    assert.deepEqual(put.body, { resellerId: '7778889990', distributorId: '5000000001', companyName: 'Reseller 7778889990', status: '1000', marketSegments: ['EDU'] });
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '7778889990' }) }), 400, '2135');
    await h.control('PATCH', '/resellers/7778889990', { status: '1004' });
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '7778889990' }, { marketSegment: 'EDU' }) }), 400, '1126');
    assertError(await h.control('PUT', '/resellers/7778889991', { distributorId: 'nobody' }), 400, '1117', ['distributorId']);
    assertError(await h.control('PATCH', '/resellers/0000000000', { status: '1000' }), 404, '1115');
    assertError(await h.control('PATCH', '/resellers/7778889990', {}), 400, '1117');
  });

  it('SBX-30 a distributor can be given an API client; it gets tokens and calls as that distributor; another distributor\'s client id is refused', async () => {
    const h = await harness();
    const put = await h.control('PUT', '/distributors/5000000002/clients/ci-client', { clientSecret: 'ci-secret' });
    assert.equal(put.status, 200, put.text);
    assert.deepEqual(put.body, { clientId: 'ci-client', distributorId: '5000000002' });
    const client = { id: 'ci-client', token: await h.token({ id: 'ci-client', secret: 'ci-secret' }) };
    const own = await h.call('GET', '/v3/customers/2005000001', { client });
    assert.equal(own.status, 200, own.text);
    assertError(await h.call('GET', '/v3/customers/9876543210', { client }), 404, '1116');
    assertError(await h.control('PUT', '/distributors/5000000001/clients/ci-client', { clientSecret: 'x' }), 400, '1117', ['clientId']);
    assertError(await h.control('PUT', '/distributors/nobody/clients/ci-client2', { clientSecret: 'x' }), 404, '4040');
    assertError(await h.control('PUT', '/distributors/5000000002/clients/ci-client2', {}), 400, '1122');
    const renewed = await h.sandbox.putApiClient('5000000002', 'ci-client', 'new-secret');
    assert.deepEqual(renewed, { clientId: 'ci-client', distributorId: '5000000002' });
    assert.ok(await h.token({ id: 'ci-client', secret: 'new-secret' }));
  });

  it('SBX-05 customers can be seeded in any state the real service has', async () => {
    const h = await harness();
    for (const status of ['1000', '1002', '1004', '1010', '1012', '1014']) {
      const seeded = await h.control('PUT', `/customers/300000${status}`, {
        resellerId: '5556667778', status, activeSubscriptions: 2, cotermDate: '2027-01-31',
        companyProfile: { companyName: `Seeded ${status}`, preferredLanguage: 'en-US', marketSegment: 'EDU', marketSubSegments: ['HIGHER_ED'], address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' }, contacts: [{ firstName: 'Sam', lastName: 'Seed', email: 'sam@seeded.example' }] },
      });
      assert.equal(seeded.status, 200, seeded.text);
      const api = await h.call('GET', `/v3/customers/300000${status}`);
      assert.deepEqual([api.body.status, api.body.cotermDate, api.body.companyProfile.marketSubSegments], [status, '2027-01-31', ['HIGHER_ED']]);
    }
    const patched = await h.control('PATCH', '/customers/9876543210', { status: '1012', marketSubSegments: [], globalSalesEligible: false });
    assert.equal(patched.body.status, '1012');
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() }), 400, '1125');
    assertError(await h.control('PUT', '/customers/3000000001', { resellerId: '0000000000', companyProfile: { companyName: 'X Co', preferredLanguage: 'en-US', address: { country: 'US', region: 'CA', city: 'A', addressLine1: 'B', postalCode: '95110' }, contacts: [] } }), 404, '1115');
    assertError(await h.control('PATCH', '/customers/0000000000', { status: '1000' }), 404, '1116');
  });

  it('SBX-05 a pending customer seeded with activatesAt activates on the clock; status changes clear it', async () => {
    const h = await harness();
    await h.control('PATCH', '/customers/1005000003', { activatesAt: '2026-11-02T00:00:00Z' });
    assert.equal((await h.call('GET', '/v3/customers/1005000003')).body.status, '1002');
    await h.control('POST', '/clock', { now: '2026-11-02T00:00:00Z' });
    const token = await h.token();
    assert.equal((await h.call('GET', '/v3/customers/1005000003', { client: { id: 'vipm-sim-client', token } })).body.status, '1000');
    // 1005000004 holds real subscriptions (fixtures): a seeded count no longer stands in for them.
    const fairmont = await h.control('PATCH', '/customers/9876543210', { activeSubscriptions: 0 });
    assert.equal(fairmont.body.activeSubscriptions, 0);
    const body = sameProfile(await h.customer('9876543210'), {}, { marketSegment: 'EDU' });
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body, client: { id: 'vipm-sim-client', token } })).status, 200);
  });
});

describe('control plane: clock', () => {
  it('SBX-13 reads, sets, advances, freezes and restarts the simulated clock', async () => {
    const h = await harness();
    const start = (await h.control('GET', '/clock')).body;
    assert.match(start.now, /^2026-11-01T09:00/);
    assert.equal(start.frozen, false);
    const frozen = await h.control('POST', '/clock', { now: '2026-12-24T18:00:00Z', frozen: true });
    assert.deepEqual(frozen.body, { now: '2026-12-24T18:00:00.000Z', frozen: true });
    assert.deepEqual((await h.control('POST', '/clock', { advance: 'P30D' })).body, { now: '2027-01-23T18:00:00.000Z', frozen: true });
    assert.deepEqual((await h.control('POST', '/clock', { advance: '-PT1H' })).body.now, '2027-01-23T17:00:00.000Z');
    assert.equal((await h.control('POST', '/clock', { frozen: false })).body.frozen, false);
    const words = await h.control('POST', '/clock', { advance: '30 days' });
    assertError(words, 400, '1117', ['advance']);
    assert.match(words.body.message, /advance "30 days" is not an ISO-8601 duration such as P30D or PT1H/, 'as the CLI says of --activation-delay');
    assertError(await h.control('POST', '/clock', { now: 'tomorrow' }), 400, '1117', ['now']);
    assertError(await h.control('POST', '/clock', { now: '2027-01-01T00:00:00Z', advance: 'P1D' }), 400, '1117');
    assertError(await h.control('POST', '/clock', {}), 400, '1117');
  });
});
