// Orders over HTTP: PREVIEW, NEW completing on the clock, history, get, update, RETURN, and every
// order error code the partner API can provoke (runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { assertError, fixturesWith, harness, newCustomer, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ALL_APPS = '65304479CA01A12';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const line = (overrides: Record<string, unknown> = {}) => ({ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 5, ...overrides });
const order = (overrides: Record<string, unknown> = {}) => ({ orderType: 'NEW', currencyCode: 'USD', lineItems: [line()], ...overrides });

async function place(h: Harness, body: Record<string, unknown> = order(), path = ORDERS) {
  const reply = await h.call('POST', path, { body });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

async function completed(h: Harness, body: Record<string, unknown> = order()) {
  const placed = await place(h, body);
  await h.advance('PT1M');
  return placed;
}

describe('orders', () => {
  it('ORD-01 a PREVIEW answers the order at the level the customer is entitled to, places nothing, and prices it with fetch-price', async () => {
    const h = await harness();
    const reply = await h.call('POST', `${ORDERS}?fetch-price=true`, { body: order({ orderType: 'PREVIEW', lineItems: [line({ offerId: '65304479CA04A12', quantity: 10 })] }) });
    assert.equal(reply.status, 201, reply.text);
    const [item] = reply.body.lineItems;
    // Fairmont is at level 02 and holds nothing: 10 licences earn level 02, not the 04 asked for.
    assert.deepEqual([reply.body.orderId, reply.body.status, reply.body.orderType, item.offerId, item.status], ['', '', 'PREVIEW', '65304479CA02A12', '']);
    assert.equal(item.pricing.partnerPrice, 620.29);
    assert.equal(item.pricing.discountedPartnerPrice, item.pricing.partnerPrice);
    assert.equal(item.proratedDays, 182);
    assert.equal(item.pricing.lineItemPartnerPrice, Math.round(item.pricing.netPartnerPrice * 10 * 100) / 100);
    assert.deepEqual(reply.body.pricingSummary, [{ totalLineItemPartnerPrice: item.pricing.lineItemPartnerPrice, currencyCode: 'USD' }]);
    assert.equal(reply.body.links, undefined);
    const history = await h.call('GET', ORDERS);
    assert.equal(history.body.totalCount, 0);
  });

  it('ORD-02 a NEW order answers 1002 with empty subscription ids, and completes to 1000 on the clock, creating a subscription', async () => {
    const h = await harness();
    const placed = await place(h, order({ externalReferenceId: '759' }));
    assert.equal(placed.status, '1002');
    assert.match(placed.orderId, /^\d{10}$/);
    assert.deepEqual([placed.lineItems[0].status, placed.lineItems[0].subscriptionId, placed.lineItems[0].deploymentId], ['1002', '', undefined]);
    assert.deepEqual(placed.links.self, { uri: `${ORDERS}/${placed.orderId}`, method: 'GET', headers: [] });
    await h.advance('PT59S');
    assert.equal((await h.call('GET', `${ORDERS}/${placed.orderId}`)).body.status, '1002');
    await h.advance('PT1S');
    const done = (await h.call('GET', `${ORDERS}/${placed.orderId}`)).body;
    assert.equal(done.status, '1000');
    assert.match(done.lineItems[0].subscriptionId, /^[0-9a-f]{30}NA$/);
    const subscriptions = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body;
    assert.equal(subscriptions.totalCount, 1);
    const [sub] = subscriptions.items;
    assert.deepEqual([sub.subscriptionId, sub.offerId, sub.currentQuantity, sub.status, sub.renewalDate, sub.autoRenewal], [done.lineItems[0].subscriptionId, ALL_APPS, 5, '1000', '2027-05-02', { enabled: true, renewalQuantity: 5 }]);
  });

  it('ORD-03 a second order of the same product grows its subscription instead of creating one', async () => {
    const h = await harness();
    await completed(h);
    await completed(h, order({ lineItems: [line({ quantity: 2 })] }));
    const subscriptions = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body;
    assert.deepEqual(subscriptions.items.map((s: any) => s.currentQuantity), [7]);
  });

  it('ORD-04 externalReferenceId: at most 35 characters, 50 on a RETURN (2126)', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: order({ externalReferenceId: 'x'.repeat(36) }) }), 400, '2126', ['externalReferenceId']);
    const placed = await completed(h);
    const ret = await h.call('POST', ORDERS, { body: { orderType: 'RETURN', referenceOrderId: placed.orderId, externalReferenceId: 'r'.repeat(49), lineItems: [line({ offerId: placed.lineItems[0].offerId })] } });
    assert.equal(ret.status, 201, ret.text);
  });

  it('ORD-05 line items: at most 499 (2119), numbers 0–999999 (2123) and unique (2121)', async () => {
    const h = await harness();
    const many = Array.from({ length: 500 }, (_, i) => line({ extLineItemNumber: i }));
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: many }) }), 400, '2119', ['lineItems']);
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ extLineItemNumber: 1_000_000 })] }) }), 400, '2123', ['Line Item: 1000000']);
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line(), line()] }) }), 400, '2121', ['Line Item: 1']);
  });

  it('ORD-06 quantity: at least 1, at most 10,000 for Team offers (2120)', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ quantity: 0 })] }) }), 400, '2120');
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ quantity: 10_001 })] }) }), 400, '2120');
  });

  it('ORD-07 an offer id the catalogue does not have is 2122', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ offerId: '99999999CA01A12' })] }) }), 400, '2122', ['Line Item: 1']);
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ offerId: '65304479CA09A12' })] }) }), 400, '2122');
  });

  it('ORD-08 an offer of another market segment is 2129 with INELIGIBLE_MARKET_SEGMENT', async () => {
    const h = await harness();
    const reply = await h.call('POST', ORDERS, { body: order({ lineItems: [line({ offerId: '65304479EA01A12' })] }) });
    assertError(reply, 400, '2129', ['Line Item: 1', 'INELIGIBLE_MARKET_SEGMENT']);
  });

  it('ORD-09 currency: order and line naming different ones 2140, lines naming different ones 2137, one not sold in the region 2125, one the offer has no price in 2128', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ currencyCode: 'EUR' })] }) }), 400, '2140', ['currencyCode']);
    const mixed = { orderType: 'NEW', lineItems: [line({ currencyCode: 'USD' }), line({ extLineItemNumber: 2, offerId: '65304921CA01A12', currencyCode: 'EUR' })] };
    assertError(await h.call('POST', ORDERS, { body: mixed }), 400, '2137');
    assertError(await h.call('POST', ORDERS, { body: order({ currencyCode: 'EUR', lineItems: [line({ currencyCode: 'EUR' })] }) }), 400, '2125', ['currencyCode']);
    const catalogue = (await h.state()).catalogue;
    assert.equal(catalogue, undefined, 'the default catalogue is not exported');
    const custom = JSON.parse(JSON.stringify((await import('../server/startup/catalogue-file.js')).defaultCatalogue()));
    delete custom.products[0].prices.USD;
    const doc = await h.state();
    assert.equal((await h.control('PUT', '/state', { ...doc, catalogue: custom })).status, 200);
    assertError(await h.call('POST', ORDERS, { body: order() }), 400, '2128', ['Line Item: 1']);
  });

  it('ORD-10 a deployment id the customer does not have is 404/2138 (a customer not enabled for global sales has none: 400/1140)', async () => {
    const h = await harness({ fixtures: fixturesWith({ customer: [FAIRMONT, { globalSalesEnabled: true }] }) });
    assertError(await h.call('POST', ORDERS, { body: order({ lineItems: [line({ deploymentId: '12345' })] }) }), 404, '2138', ['Line Item: 1']);
    assertError(await (await harness()).call('POST', ORDERS, { body: order({ lineItems: [line({ deploymentId: '12345' })] }) }), 400, '1140');
  });

  it('ORD-11 referenceOrderId: required on a RETURN (1122), refused on other orders (1117)', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS, { body: { orderType: 'RETURN', lineItems: [line()] } }), 400, '1122', ['referenceOrderId']);
    assertError(await h.call('POST', ORDERS, { body: order({ referenceOrderId: '5120000001' }) }), 400, '1117', ['referenceOrderId']);
  });

  it('ORD-12 the customer\'s licence level rises with the licences it holds once the order completes', async () => {
    const h = await harness();
    await completed(h, order({ lineItems: [line({ quantity: 60 })] }));
    const customer = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body;
    assert.deepEqual(customer.discounts.find((d: any) => d.offerType === 'LICENSE'), { offerType: 'LICENSE', level: '03' });
    const preview = await h.call('POST', ORDERS, { body: order({ orderType: 'PREVIEW', lineItems: [line({ quantity: 1 })] }) });
    assert.equal(preview.body.lineItems[0].offerId, '65304479CA03A12');
  });

  it('ORD-13 fetch-price on a completed order shows its pricing; on an open one it does not', async () => {
    const h = await harness();
    const placed = await place(h);
    const open = await h.call('GET', `${ORDERS}/${placed.orderId}?fetch-price=true`);
    assert.equal(open.body.lineItems[0].pricing, undefined);
    await h.advance('PT1M');
    const done = await h.call('GET', `${ORDERS}/${placed.orderId}?fetch-price=true`);
    assert.equal(typeof done.body.lineItems[0].pricing.netPartnerPrice, 'number');
    assert.equal(done.body.pricingSummary[0].currencyCode, 'USD');
    assert.equal((await h.call('GET', `${ORDERS}/${placed.orderId}`)).body.pricingSummary, undefined);
  });

  it('ORD-14 the first order sets the cotermDate a year after it completes', async () => {
    const h = await harness();
    const created = await h.call('POST', '/v3/customers', { body: newCustomer() });
    const id = created.body.customerId;
    await h.advance('PT1M');
    assert.equal((await h.call('GET', `/v3/customers/${id}`)).body.cotermDate, '');
    await place(h, order(), `/v3/customers/${id}/orders`);
    await h.advance('PT1M');
    assert.equal((await h.call('GET', `/v3/customers/${id}`)).body.cotermDate, '2027-11-01');
    const [sub] = (await h.call('GET', `/v3/customers/${id}/subscriptions`)).body.items;
    assert.equal(sub.renewalDate, '2027-11-01');
  });

  it('ORD-15 a pending customer\'s order waits for it to activate; an inactive customer\'s fails with 1024', async () => {
    const h = await harness({ settings: { activationDelayMs: 10 * 60_000 } });
    const created = await h.call('POST', '/v3/customers', { body: newCustomer() });
    const id = created.body.customerId;
    const waiting = await place(h, order(), `/v3/customers/${id}/orders`);
    await h.advance('PT2M');
    assert.equal((await h.call('GET', `/v3/customers/${id}/orders/${waiting.orderId}`)).body.status, '1002');
    await h.advance('PT10M');
    assert.equal((await h.call('GET', `/v3/customers/${id}/orders/${waiting.orderId}`)).body.status, '1000');
    const failing = await place(h, order());
    assert.equal((await h.control('PATCH', `/customers/${FAIRMONT}`, { status: '1004' })).status, 200);
    await h.advance('PT1M');
    const failed = (await h.call('GET', `${ORDERS}/${failing.orderId}`)).body;
    assert.deepEqual([failed.status, failed.lineItems[0].status, failed.lineItems[0].subscriptionId], ['1024', '1024', '']);
  });

  it('ORD-16 orders reaching an ACCEPTED 3YC request\'s minimum commit it, by offer type', async () => {
    const h = await harness();
    const request = { minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] };
    const customer = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body;
    const updated = await h.call('PATCH', `/v3/customers/${FAIRMONT}`, { body: { companyProfile: { ...customer.companyProfile, marketSubSegments: undefined }, benefits: [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: request }] } });
    assert.equal(updated.status, 200, updated.text);
    assert.equal((await h.control('POST', `/customers/${FAIRMONT}/3yc/accept`, {})).status, 200);
    await completed(h, order({ lineItems: [line({ quantity: 6 })] }));
    let tyc = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body.benefits.find((b: any) => b.type === 'THREE_YEAR_COMMIT');
    assert.equal(tyc.commitmentRequest.status, 'ACCEPTED');
    await completed(h, order({ lineItems: [line({ quantity: 4 })] }));
    const after = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body;
    tyc = after.benefits.find((b: any) => b.type === 'THREE_YEAR_COMMIT');
    assert.deepEqual([tyc.commitment?.status, tyc.commitmentRequest], ['COMMITTED', null]);
    assert.equal(after.discounts.find((d: any) => d.offerType === 'LICENSE').level, '12');
  });

  it('ORD-20 with an ACCEPTED 3YC request, an order that reaches its minimum is priced at the 3YC level; one that does not, at the volume level', async () => {
    const h = await harness();
    const customer = (await h.call('GET', `/v3/customers/${FAIRMONT}`)).body;
    const request = { minimumQuantities: [{ offerType: 'LICENSE', quantity: 50 }] };
    await h.call('PATCH', `/v3/customers/${FAIRMONT}`, { body: { companyProfile: customer.companyProfile, benefits: [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: request }] } });
    await h.control('POST', `/customers/${FAIRMONT}/3yc/accept`, {});
    const preview = (quantity: number) => h.call('POST', ORDERS, { body: order({ orderType: 'PREVIEW', lineItems: [line({ quantity })] }) });
    assert.equal((await preview(49)).body.lineItems[0].offerId, '65304479CA02A12');
    assert.equal((await preview(50)).body.lineItems[0].offerId, '65304479CA13A12');
  });

  it('ORD-17 the same X-Correlation-Id never places a second order: the retry replays the first answer', async () => {
    const h = await harness();
    const headers = { 'X-Correlation-Id': randomUUID() };
    const first = await h.call('POST', ORDERS, { body: order(), headers });
    const again = await h.call('POST', ORDERS, { body: order(), headers });
    assert.deepEqual(again.body, first.body);
    assert.equal((await h.call('GET', ORDERS)).body.totalCount, 1);
  });

  it('ORD-18 PATCH changes the externalReferenceId only; an unknown order is 404 2115', async () => {
    const h = await harness();
    const placed = await place(h);
    const patched = await h.call('PATCH', `${ORDERS}/${placed.orderId}`, { body: { externalReferenceId: '34567' } });
    assert.equal(patched.status, 200, patched.text);
    assert.equal(patched.body.externalReferenceId, '34567');
    assertError(await h.call('PATCH', `${ORDERS}/${placed.orderId}`, { body: { externalReferenceId: '1', status: '1008' } }), 400, '1121');
    assertError(await h.call('GET', `${ORDERS}/5999999999`), 404, '2115', ['orderId']);
    assertError(await h.call('GET', '/v3/customers/1234567890/orders'), 404, '1116');
  });

  it('ORD-21 a NEW order of a product takes the licences the customer added in Admin Console off its open acquisitions, oldest first', async () => {
    const h = await harness();
    await h.control('POST', `/customers/${FAIRMONT}/open-acquisitions`, { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: 3 });
    await h.advance('PT1S');
    await h.control('POST', `/customers/${FAIRMONT}/open-acquisitions`, { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: 2 });
    await h.control('POST', `/customers/${FAIRMONT}/open-acquisitions`, { productName: 'Audition', baseOfferId: '30006208CA01A12', quantity: 1 });
    await place(h, order({ lineItems: [line({ offerId: '65304921CA02A12', quantity: 4 })] }));
    const open = (await h.call('GET', `/v3/customers/${FAIRMONT}/open-acquisitions`)).body;
    assert.deepEqual(open.unpaidLicenses.map((l: any) => [l.baseOfferId, l.quantity]), [['65304921CA01A12', 1], ['30006208CA01A12', 1]]);
    assert.equal(open.licenseCount, 2);
  });
});
