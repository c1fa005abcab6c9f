import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, CLIENT, harness, OTHER_CLIENT } from './support/harness.js';

const AUDITION = { productName: 'Audition', baseOfferId: '30006208CA01A12', quantity: 1 };
const pendingFor = (resellerId: string, more = '') => `/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=${resellerId}${more}`;

describe('notifications: licences pending a partner order', () => {
  it('NTF-01 lists the reseller\'s customers with licences added in Admin Console and not ordered, with the page\'s fields', async () => {
    const h = await harness();
    assert.deepEqual((await h.call('GET', pendingFor('5556667778'))).body.items, []);
    await h.control('POST', '/customers/9876543210/open-acquisitions', AUDITION);
    await h.control('POST', '/customers/1005000004/open-acquisitions', AUDITION);
    const reply = await h.call('GET', pendingFor('5556667778'));
    assert.equal(reply.status, 200, reply.text);
    const expectedIds = ['1005000004', '9876543210'];
    assert.deepEqual(reply.body.items.map((i: any) => i.customerId), expectedIds);
    assert.deepEqual(reply.body.items.at(-1), {
      customerId: '9876543210', resellerId: '5556667778', notificationType: 'LICENSES_PENDING_PARTNER_ORDER',
      links: { self: { uri: '/v3/customers/9876543210/open-acquisitions', method: 'GET', headers: [] } },
    });
    assert.deepEqual([reply.body.limit, reply.body.offset, reply.body.totalCount, reply.body.count], [10, 0, expectedIds.length, expectedIds.length]);
    assert.deepEqual(reply.body.links.self, { uri: '/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=5556667778&limit=10&offset=0', method: 'GET', headers: [] });
  });

  it('NTF-02 a customer leaves the list when its licences expire, 7 simulated days after they were added', async () => {
    const h = await harness();
    await h.control('POST', '/customers/9876543210/open-acquisitions', AUDITION);
    await h.advance('P6DT23H59M');
    let client = { id: CLIENT.id, token: await h.token() };
    assert.equal((await h.call('GET', pendingFor('5556667778'), { client })).body.totalCount, 1);
    await h.advance('PT1M');
    client = { id: CLIENT.id, token: await h.token() };
    assert.equal((await h.call('GET', pendingFor('5556667778'), { client })).body.totalCount, 0);
  });

  it('NTF-03 pages by limit and offset, in customer id order', async () => {
    const h = await harness();
    for (const id of ['9876543210', '1005000004', '1005000005']) await h.control('POST', `/customers/${id}/open-acquisitions`, AUDITION);
    const all = (await h.call('GET', pendingFor('5556667778', '&limit=50'))).body;
    const second = (await h.call('GET', pendingFor('5556667778', '&limit=1&offset=1'))).body;
    assert.equal(all.totalCount, 3);
    assert.deepEqual([second.count, second.totalCount, second.limit, second.offset], [1, all.totalCount, 1, 1]);
    assert.deepEqual(second.items, all.items.slice(1, 2));
    assert.deepEqual(all.items.map((i: any) => i.customerId), [...all.items.map((i: any) => i.customerId)].sort());
  });

  it('NTF-04 another distributor\'s or an unknown reseller lists nothing; a missing or unknown type or reseller-id is 400', async () => {
    const h = await harness();
    await h.control('POST', '/customers/2005000001/open-acquisitions', AUDITION);
    assert.equal((await h.call('GET', pendingFor('6667778889'))).body.totalCount, 0);
    assert.equal((await h.call('GET', pendingFor('9999999999'))).body.totalCount, 0);
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assert.equal((await h.call('GET', pendingFor('6667778889'), { client: other })).body.totalCount, 1);
    assertError(await h.call('GET', '/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER'), 400, '1122', ['reseller-id']);
    assertError(await h.call('GET', '/v3/notifications?reseller-id=5556667778'), 400, '1122', ['notification-type']);
    assertError(await h.call('GET', '/v3/notifications?notification-type=ORDERS&reseller-id=5556667778'), 400, '1117', ['notification-type']);
    assertError(await h.call('GET', pendingFor('5556667778', '&limit=0')), 400, '1117', ['limit']);
  });
});
