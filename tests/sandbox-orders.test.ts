// The control plane of orders and subscriptions, over HTTP and through connectSimulator (runs on
// every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const NEW = { orderType: 'NEW', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA02A12', quantity: 3 }] };

async function place(h: Harness): Promise<string> {
  const reply = await h.call('POST', ORDERS, { body: NEW });
  assert.equal(reply.status, 201, reply.text);
  return reply.body.orderId;
}

describe('control plane: orders and subscriptions', () => {
  it('SOR-01 an open order set to 1000 completes at once (its subscription created); set to a failure status it fails, lines too', async () => {
    const h = await harness();
    const done = await place(h);
    const completed = await h.control('PATCH', `/customers/${FAIRMONT}/orders/${done}`, { status: '1000' });
    assert.equal(completed.status, 200, completed.text);
    assert.deepEqual([completed.body.status, completed.body.completesAt], ['1000', null]);
    assert.equal((await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body.totalCount, 1);
    assert.equal((await h.sandbox.customer(FAIRMONT)).activeSubscriptions, 1, 'the control plane shows the customer with its orders settled');
    const failing = await place(h);
    const failed = await h.sandbox.updateOrder(FAIRMONT, failing, { status: '1004' });
    assert.deepEqual([failed.status, failed.lineItems[0].status], ['1004', '1004']);
    assert.equal((await h.call('GET', `${ORDERS}/${failing}`)).body.status, '1004');
  });

  it('SOR-02 moving an order\'s creation date back closes its return window (2134)', async () => {
    const h = await harness();
    const orderId = await place(h);
    await h.advance('PT1M');
    await h.sandbox.updateOrder(FAIRMONT, orderId, { creationDate: '2026-10-10T09:00:00Z' });
    const ret = { orderType: 'RETURN', referenceOrderId: orderId, lineItems: NEW.lineItems };
    assertError(await h.call('POST', ORDERS, { body: ret }), 400, '2134');
    await h.sandbox.updateOrder(FAIRMONT, orderId, { creationDate: '2026-10-25T09:00:00Z' });
    assert.equal((await h.call('POST', ORDERS, { body: ret })).status, 201);
  });

  it('SOR-03 an armed failure makes the customer\'s next order fail with that status, once', async () => {
    const h = await harness();
    const armed = await h.control('POST', `/customers/${FAIRMONT}/order-failure`, { status: '1026' });
    assert.deepEqual(armed.body, { customerId: FAIRMONT, failNext: '1026' });
    const first = await place(h);
    const second = await place(h);
    await h.advance('PT1M');
    assert.equal((await h.call('GET', `${ORDERS}/${first}`)).body.status, '1026');
    assert.equal((await h.call('GET', `${ORDERS}/${second}`)).body.status, '1000');
  });

  it('SOR-04 subscriptions are seeded and edited: the segment rule and the partner API read them', async () => {
    const h = await harness();
    const seeded = await h.control('POST', `/customers/${FAIRMONT}/subscriptions`, { offerId: '65304921CA01A12', currentQuantity: 4 });
    assert.equal(seeded.status, 201, seeded.text);
    assert.deepEqual([seeded.body.status, seeded.body.renewalDate, seeded.body.autoRenewal], ['1000', '2027-05-02', { enabled: true, renewalQuantity: 4 }]);
    const profile = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body.companyProfile;
    assertError(await h.call('PATCH', `/v3/customers/${FAIRMONT}`, { body: { companyProfile: { ...profile, marketSegment: 'EDU' } } }), 400, '1119');
    const edited = await h.sandbox.updateSubscription(FAIRMONT, seeded.body.subscriptionId, { status: '1004', currentQuantity: 0 });
    assert.deepEqual([edited.status, edited.currentQuantity], ['1004', 0]);
    assert.equal((await h.call('PATCH', `/v3/customers/${FAIRMONT}`, { body: { companyProfile: { ...profile, marketSegment: 'EDU' } } })).status, 200);
    assert.deepEqual((await h.sandbox.subscriptions(FAIRMONT)).map((s) => s.status), ['1004']);
  });

  it('SOR-05 errors: an unknown customer 1116, order 2115 or subscription 3115; reopening an order or a future creation date 1117; bad input 1117/1121', async () => {
    const h = await harness();
    const orderId = await place(h);
    assertError(await h.control('GET', '/customers/1234567890/orders'), 404, '1116');
    assertError(await h.control('PATCH', `/customers/${FAIRMONT}/orders/5999999999`, { status: '1000' }), 404, '2115');
    assertError(await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/nosuch`, { status: '1004' }), 404, '3115');
    await h.control('PATCH', `/customers/${FAIRMONT}/orders/${orderId}`, { status: '1000' });
    assertError(await h.control('PATCH', `/customers/${FAIRMONT}/orders/${orderId}`, { status: '1002' }), 400, '1117', ['status']);
    assertError(await h.control('PATCH', `/customers/${FAIRMONT}/orders/${orderId}`, { creationDate: '2030-01-01T00:00:00Z' }), 400, '1117', ['creationDate']);
    assertError(await h.control('POST', `/customers/${FAIRMONT}/order-failure`, { status: '1000' }), 400, '1117');
    assertError(await h.control('PATCH', `/customers/${FAIRMONT}/orders/${orderId}`, { owner: 'x' }), 400, '1121');
    assert.deepEqual((await h.sandbox.orders(FAIRMONT)).map((o) => o.status), ['1000']);
  });
});
