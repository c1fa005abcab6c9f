// What production clients rely on in the order and subscription calls (the keys they read, the
// date formats they parse, the filters they send, the paging they do): one test per behaviour
// (docs/rules.md OCL rows; runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const SUBSCRIPTIONS = `/v3/customers/${FAIRMONT}/subscriptions`;
const ALL_APPS = '65304479CA01A12';
const line = (quantity = 1) => ({ extLineItemNumber: 1, offerId: ALL_APPS, quantity, currencyCode: 'USD' });

async function placeNew(h: Harness, quantity = 1) {
  const reply = await h.call('POST', ORDERS, { body: { orderType: 'NEW', lineItems: [line(quantity)] } });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

describe('what production clients rely on: orders and subscriptions', () => {
  it('OCL-01 order history paged with one X-Correlation-Id and one X-Request-Id for every page: each page answers itself, no 4120, the filters on every link', async () => {
    const h = await harness();
    for (let i = 0; i < 3; i++) await placeNew(h);
    const headers = { 'x-correlation-id': 'history-walk', 'x-request-id': 'history-walk-request' };
    const seen: string[] = [];
    let uri: string | undefined = `${ORDERS}?order-type=NEW&status=1002&limit=1`;
    for (let pages = 0; uri && pages < 5; pages++) {
      const page = await h.call('GET', uri, { headers });
      assert.equal(page.status, 200, page.text);
      seen.push(...page.body.items.map((o: any) => o.orderId));
      uri = page.body.links.next?.uri;
      if (uri) assert.match(uri, /order-type=NEW&status=1002/);
    }
    assert.equal(new Set(seen).size, 3, `three pages of three different orders, not page 1 for ever: ${seen}`);
  });

  it('OCL-02 the keys read directly: a PREVIEW has externalReferenceId (empty when none was sent) and each line pricing.discountedPartnerPrice; lists have links without next (never null); no deploymentId key without a deployment', async () => {
    const h = await harness();
    const preview = await h.call('POST', `${ORDERS}?fetch-price=true`, { body: { orderType: 'PREVIEW', lineItems: [line(3)] } });
    assert.equal(preview.status, 201, preview.text);
    assert.equal(preview.body.externalReferenceId, '');
    assert.equal(typeof preview.body.lineItems[0].pricing.discountedPartnerPrice, 'number');
    assert.equal('deploymentId' in preview.body.lineItems[0], false);
    await placeNew(h);
    await h.advance('PT1M');
    const subscriptions = (await h.call('GET', SUBSCRIPTIONS)).body;
    assert.equal(typeof subscriptions.links, 'object');
    assert.equal('next' in subscriptions.links, false);
    assert.equal('deploymentId' in subscriptions.items[0], false);
    const history = (await h.call('GET', ORDERS)).body;
    assert.equal('next' in history.links, false);
    assert.equal('deploymentId' in history.items[0].lineItems[0], false);
  });

  it('OCL-03 the date formats parsed: subscription renewalDate and the customer\'s cotermDate plain YYYY-MM-DD, an order\'s creationDate ISO to the second in UTC', async () => {
    const h = await harness();
    const order = await placeNew(h);
    assert.match(order.creationDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    await h.advance('PT1M');
    const [subscription] = (await h.call('GET', SUBSCRIPTIONS)).body.items;
    assert.match(subscription.renewalDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.match(subscription.creationDate, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    assert.match((await h.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, /^\d{4}-\d{2}-\d{2}$/);
  });

  it('OCL-04 the filters sent: order-type=NEW&order-type=RENEWAL, status=1000&status=1002 ORed; plain start-date and an end-date in the future (the anniversary) are accepted', async () => {
    const h = await harness();
    await placeNew(h);
    await h.advance('PT1M');
    await placeNew(h);
    const both = (await h.call('GET', `${ORDERS}?order-type=NEW&order-type=RENEWAL&status=1000&status=1002`)).body;
    assert.equal(both.totalCount, 2);
    const anniversary = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate;
    const ranged = await h.call('GET', `${ORDERS}?start-date=2026-01-01&end-date=${anniversary}`);
    assert.equal(ranged.status, 200, ranged.text);
    assert.equal(ranged.body.totalCount, 2);
  });

  it('OCL-05 a RETURN may resend the order\'s lines as answered (status, subscriptionId, pricing, proratedDays) and a 49-character reference: taken', async () => {
    const h = await harness();
    const placed = await placeNew(h, 2);
    await h.advance('PT1M');
    const done = (await h.call('GET', `${ORDERS}/${placed.orderId}?fetch-price=true`)).body;
    const body = { orderType: 'RETURN', referenceOrderId: done.orderId, externalReferenceId: 'r'.repeat(49), lineItems: done.lineItems };
    const reply = await h.call('POST', ORDERS, { body });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.lineItems[0].quantity, 2);
  });

  it('OCL-06 errors as parsed: code a JSON string, additionalDetails a list of strings, for the subscription codes the clients branch on (3119, 3120)', async () => {
    const h = await harness();
    await placeNew(h);
    await h.advance('PT1M');
    const [subscription] = (await h.call('GET', SUBSCRIPTIONS)).body.items;
    const refused = assertError(await h.call('PATCH', `${SUBSCRIPTIONS}/${subscription.subscriptionId}`, { body: { autoRenewal: { enabled: true, renewalQuantity: 0 } } }), 400, '3120');
    assert.equal(typeof refused.code, 'string');
    assert.ok(refused.additionalDetails.every((d: unknown) => typeof d === 'string'));
    await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/${subscription.subscriptionId}`, { status: '1004' });
    assertError(await h.call('PATCH', `${SUBSCRIPTIONS}/${subscription.subscriptionId}`, { body: { autoRenewal: { enabled: false } } }), 400, '3119');
  });
});
