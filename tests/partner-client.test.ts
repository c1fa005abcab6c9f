// partnerClient(): a partner's test client of the simulated API, in one call.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { connectSimulator, partnerClient, PartnerApiError, startSimulator, type CustomerRequest, type RunningSimulator } from '../server/index.js';

const NEW_CUSTOMER: CustomerRequest & { resellerId: string } = {
  resellerId: '5556667778',
  companyProfile: {
    companyName: 'Duckburg Widgets', preferredLanguage: 'en-US',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
    contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' }],
  },
};

/** The URL of a port that was free a moment ago: nothing listens there. */
async function freedUrl(): Promise<string> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}

describe('partnerClient()', () => {
  let sim: RunningSimulator;
  before(async () => { sim = await startSimulator(); });
  after(() => sim.stop());

  it('PCL-01 one call gives a client with a token and Adobe\'s headers, a fresh correlation id per call, answers typed', async () => {
    const api = await partnerClient(sim);
    const created = await api.createCustomer(NEW_CUSTOMER);
    assert.equal(created.status, '1002');
    await sim.sandbox.advanceClock('PT1M');
    assert.equal((await api.getCustomer(created.customerId)).status, '1000');
    const listed = await api.listCustomers('5556667778', { limit: 50 });
    assert.ok(listed.accounts.some((a) => a.customerId === created.customerId));
    assert.equal((await sim.sandbox.emails({ customerId: created.customerId }))[0].to, 'donald@duckburg.example');
    const ids = (await sim.sandbox.journal({ path: '/v3/*' })).map((e) => e.correlationId);
    assert.equal(new Set(ids).size, ids.length, `correlation ids repeat: ${ids}`);
  });

  it('PCL-02 a token the simulated clock expired is replaced and the call sent again, unseen by the test', async () => {
    const api = await partnerClient(sim.url);
    const first = await api.token();
    await sim.sandbox.advanceClock('P2D');
    assert.equal((await api.getCustomer('9876543210')).customerId, '9876543210');
    assert.notEqual(await api.token(), first);
  });

  it('PCL-04 invoke(operationId, {path, query, body}) calls any operation of the contract, typed from it: an order placed and completed, its subscription changed, a list filtered; an error answer rejects with PartnerApiError', async () => {
    const api = await partnerClient(sim);
    const customer = { 'customer-id': '9876543210' };
    const placed = await api.invoke('createOrder', { path: customer, body: { orderType: 'NEW', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 3 }] } });
    assert.deepEqual([placed.orderType, placed.status], ['NEW', '1002']);
    await sim.sandbox.advanceClock('PT2M');
    assert.equal((await api.invoke('getOrder', { path: { ...customer, 'order-id': placed.orderId } })).status, '1000');
    const listed = await api.invoke('getOrderHistory', { path: customer, query: { 'order-type': ['NEW'], limit: '5' } });
    assert.ok(listed.items.some((o) => o.orderId === placed.orderId));
    const held = (await api.invoke('listSubscriptions', { path: customer })).items.find((s) => s.offerId.startsWith('65304479'))!;
    const changed = await api.invoke('updateSubscription', { path: { ...customer, 'subscription-id': held.subscriptionId }, body: { autoRenewal: { enabled: false } } });
    assert.equal(changed.autoRenewal.enabled, false);
    const refused = await api.invoke('getOrder', { path: { ...customer, 'order-id': '0000000000' } }).then(() => undefined, (e: unknown) => e);
    assert.ok(refused instanceof PartnerApiError);
    assert.deepEqual([refused.status, refused.code], [404, '2115']);
  });

  it('PCL-03 failures say what failed: an error answer, wrong credentials, nothing listening (connectSimulator too)', async () => {
    const api = await partnerClient(sim.url);
    const missing = await api.getCustomer('0000000000').then(() => undefined, (e: unknown) => e);
    assert.ok(missing instanceof PartnerApiError);
    assert.deepEqual([missing.status, missing.code], [404, '1116']);
    assert.equal((await api.request('GET', '/v3/customers/0000000000')).status, 404, 'request() answers whatever the status');
    await assert.rejects(partnerClient(sim.url, { clientSecret: 'wrong' }), /POST \/ims\/token\/v3 for client vipm-sim-client answered 401 invalid_client/);
    const nowhere = await freedUrl();
    await assert.rejects(partnerClient(nowhere), { message: `cannot reach ${nowhere}/ims/token/v3 (ECONNREFUSED: nothing listens there (is the simulator running?))` });
    await assert.rejects(connectSimulator(nowhere).clock(), { message: `cannot reach ${nowhere}/__sandbox/clock (ECONNREFUSED: nothing listens there (is the simulator running?))` });
  });
});
