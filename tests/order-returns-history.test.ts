// RETURN orders (2115, 2116, 2130–2134) and the order history (filters, paging, 1132, 1133) over
// HTTP (runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const ALL_APPS = '65304479CA02A12';

async function placeNew(h: Harness, lineItems = [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5 }, { extLineItemNumber: 2, offerId: '65304921CA01A12', quantity: 2 }]) {
  const reply = await h.call('POST', ORDERS, { body: { orderType: 'NEW', lineItems } });
  assert.equal(reply.status, 201, reply.text);
  await h.advance('PT1M');
  return (await h.call('GET', `${ORDERS}/${reply.body.orderId}`)).body;
}

const returnOf = (referenceOrderId: string, lineItems: unknown[]) => ({ orderType: 'RETURN', referenceOrderId, lineItems });

describe('returns', () => {
  it('RET-01 lines are returned whole, one by one: the line turns 1008, then the order once every line has; the subscription shrinks', async () => {
    const h = await harness();
    const original = await placeNew(h);
    const first = await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 1, offerId: original.lineItems[0].offerId, quantity: 5 }]) });
    assert.equal(first.status, 201, first.text);
    assert.deepEqual([first.body.orderType, first.body.status, first.body.referenceOrderId, first.body.lineItems[0].subscriptionId], ['RETURN', '1002', original.orderId, original.lineItems[0].subscriptionId]);
    await h.advance('PT1M');
    let after = (await h.call('GET', `${ORDERS}/${original.orderId}`)).body;
    assert.deepEqual([after.status, after.lineItems[0].status, after.lineItems[1].status], ['1000', '1008', '1000']);
    const sub = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions/${original.lineItems[0].subscriptionId}`)).body;
    assert.deepEqual([sub.currentQuantity, sub.status, sub.autoRenewal.renewalQuantity], [0, '1004', 0]);
    await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 2, offerId: '65304921CA02A12', quantity: 2 }]) });
    await h.advance('PT1M');
    after = (await h.call('GET', `${ORDERS}/${original.orderId}`)).body;
    assert.equal(after.status, '1008');
  });

  it('RET-02 a returned line cannot be returned again (2133), even while its return is open', async () => {
    const h = await harness();
    const original = await placeNew(h);
    const line = { extLineItemNumber: 1, offerId: original.lineItems[0].offerId, quantity: 5 };
    await h.call('POST', ORDERS, { body: returnOf(original.orderId, [line]) });
    assertError(await h.call('POST', ORDERS, { body: returnOf(original.orderId, [line]) }), 400, '2133', ['Line Item: 1']);
  });

  it('RET-03 lines must match the original: its line number (2131), offer (2130) and whole quantity (2132)', async () => {
    const h = await harness();
    const original = await placeNew(h);
    const offerId = original.lineItems[0].offerId;
    assertError(await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 9, offerId, quantity: 5 }]) }), 400, '2131', ['Line Item: 9']);
    assertError(await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 1, offerId: '65304921CA02A12', quantity: 5 }]) }), 400, '2130');
    assertError(await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 1, offerId, quantity: 4 }]) }), 400, '2132');
  });

  it('RET-04 the order returned must be the customer\'s (404 2115), a completed NEW order (2116), placed within 14 days (2134)', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: returnOf('5999999999', [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5 }]) }), 404, '2115', ['referenceOrderId']);
    const open = await h.call('POST', ORDERS, { body: { orderType: 'NEW', lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5 }] } });
    assertError(await h.call('POST', ORDERS, { body: returnOf(open.body.orderId, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5 }]) }), 400, '2116', ['referenceOrderId']);
    await h.advance('P14DT1M');
    const token = await h.token();
    const late = await h.call('POST', ORDERS, { body: returnOf(open.body.orderId, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5 }]), client: { id: 'vipm-sim-client', token } });
    assertError(late, 400, '2134', ['referenceOrderId']);
  });
});

describe('order history', () => {
  it('HIS-01 newest first, paged, with links.next and links.prev only where there is such a page', async () => {
    const h = await harness();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await placeNew(h, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 1 }])).orderId);
    const page1 = (await h.call('GET', `${ORDERS}?limit=2`)).body;
    assert.deepEqual([page1.totalCount, page1.count, page1.offset, page1.limit], [3, 2, 0, 2]);
    assert.deepEqual(page1.items.map((o: any) => o.orderId), [ids[2], ids[1]]);
    assert.equal(page1.links.prev, undefined);
    assert.equal(page1.links.next.uri, `${ORDERS}?offset=2&limit=2`);
    const page2 = (await h.call('GET', page1.links.next.uri)).body;
    assert.deepEqual(page2.items.map((o: any) => o.orderId), [ids[0]]);
    assert.equal(page2.links.next, undefined);
    assert.equal(page2.links.prev.uri, `${ORDERS}?offset=0&limit=2`);
    assert.equal((await h.call('GET', `${ORDERS}?limit=500`)).body.limit, 100);
  });

  it('HIS-02 parameters are ANDed, repeated values ORed; order-type=RETURN is a filter too', async () => {
    const h = await harness();
    const original = await placeNew(h);
    await h.call('POST', ORDERS, { body: returnOf(original.orderId, [{ extLineItemNumber: 1, offerId: original.lineItems[0].offerId, quantity: 5 }]) });
    const returns = (await h.call('GET', `${ORDERS}?order-type=RETURN`)).body;
    assert.deepEqual(returns.items.map((o: any) => o.orderType), ['RETURN']);
    const both = (await h.call('GET', `${ORDERS}?order-type=NEW&order-type=RETURN`)).body;
    assert.equal(both.totalCount, 2);
    const openReturns = (await h.call('GET', `${ORDERS}?order-type=NEW&status=1002`)).body;
    assert.equal(openReturns.totalCount, 0);
    const byOffer = (await h.call('GET', `${ORDERS}?offer-id=65304921CA02A12&offer-id=nothing`)).body;
    assert.equal(byOffer.totalCount, 1);
    assert.equal((await h.call('GET', `${ORDERS}?reference-order-id=${original.orderId}`)).body.totalCount, 1);
  });

  it('HIS-03 dates: start-date defaults to the current term\'s start, end-date to now; a plain date is midnight UTC', async () => {
    const h = await harness();
    await placeNew(h, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 1 }]);
    assert.equal((await h.call('GET', `${ORDERS}?start-date=2026-11-02`)).body.totalCount, 0);
    assert.equal((await h.call('GET', `${ORDERS}?start-date=2026-11-01&end-date=2026-11-01T09:00:00Z`)).body.totalCount, 1);
    assert.equal((await h.call('GET', `${ORDERS}?end-date=2026-10-31`)).body.totalCount, 0);
    assert.equal((await h.call('GET', ORDERS)).body.totalCount, 1);
  });

  it('HIS-04 a bad value is 1132 naming the parameter; an offset past the orders found is 1133; an unknown parameter 1121', async () => {
    const h = await harness();
    assertError(await h.call('GET', `${ORDERS}?status=9999`), 400, '1132', ['status']);
    assertError(await h.call('GET', `${ORDERS}?start-date=yesterday`), 400, '1132', ['start-date']);
    assertError(await h.call('GET', `${ORDERS}?limit=0`), 400, '1132', ['limit']);
    assertError(await h.call('GET', `${ORDERS}?limit=1&limit=2`), 400, '1132', ['limit']);
    assert.equal((await h.call('GET', `${ORDERS}?offset=0`)).status, 200);
    assertError(await h.call('GET', `${ORDERS}?offset=1`), 400, '1133', ['offset']);
    assertError(await h.call('GET', `${ORDERS}?sort=asc`), 400, '1121', ['sort']);
  });
});
