// Who may buy what: 2124 (a segment the distributor does not sell), the reasons of 2129 beyond the
// market segment, a PREVIEW for a customer not created yet, and linked-membership levels that
// read orders as they settle (runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { assertError, fixturesWith, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const ALL_APPS = '65304479CA01A12';
const ACROBAT = '65304921CA01A12';
const ENTERPRISE = '30001475CA01A12';
const STOCK = '65322435CAT1A12';
/** Products a partner's own catalogue may add: an add-on of Acrobat Pro, and a product bought once a term. */
const AI_ASSISTANT = '65328888CA01A12';
const PROMOTION = '65327777CA01A12';

const line = (offerId: string, extLineItemNumber = 1, quantity = 5) => ({ extLineItemNumber, offerId, quantity });
const order = (orderType: string, ...lineItems: Array<ReturnType<typeof line>>) => ({ orderType, currencyCode: 'USD', lineItems });

/** The default catalogue with an add-on, a once-a-term product, and Enterprise All Apps excluding the Team one. */
async function withPartnerCatalogue(h: Harness) {
  const catalogue = structuredClone(defaultCatalogue());
  catalogue.products = catalogue.products.map((p) => (p.productCode === '30001475' ? { ...p, incompatibleWith: ['65304479'] } : p));
  catalogue.products.push(
    { productCode: '65328888', productFamily: 'Acrobat AI Assistant', offerType: 'LICENSE', edition: 'TEAM', segments: { COM: 'CA' }, prices: { USD: 59.88 }, addOnTo: '65304921' },
    { productCode: '65327777', productFamily: 'Acrobat Pro Promotion', offerType: 'LICENSE', edition: 'TEAM', segments: { COM: 'CA' }, prices: { USD: 99.99 }, oncePerTerm: true },
  );
  const loaded = await h.control('PUT', '/state', { ...await h.state(), catalogue });
  assert.equal(loaded.status, 200, loaded.text);
}

async function placed(h: Harness, body: unknown, path = ORDERS) {
  const reply = await h.call('POST', path, { body });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

describe('who may buy what', () => {
  it('ORD-22 an offer of a segment none of the distributor\'s resellers sells is 2124; one another reseller sells stays 2129', async () => {
    const h = await harness({ fixtures: fixturesWith({ reseller: ['5556667781', { marketSegments: ['COM'] }] }) });
    assertError(await h.call('POST', ORDERS, { body: order('NEW', line('65304921CC01A12')) }), 400, '2124', ['Line Item: 1']);
    assertError(await h.call('POST', ORDERS, { body: order('PREVIEW', line('65304921EA01A12')) }), 400, '2129', ['Line Item: 1', 'INELIGIBLE_MARKET_SEGMENT']);
    assert.equal((await h.call('GET', ORDERS)).body.totalCount, 0, 'nothing placed');
  });

  it('CAT-02 a catalogue whose addOnTo or incompatibleWith names no other product of it is refused with 1117 naming the field; nothing loaded', async () => {
    const h = await harness();
    const catalogue = structuredClone(defaultCatalogue());
    catalogue.products[0] = { ...catalogue.products[0], addOnTo: '99999999', incompatibleWith: [catalogue.products[0].productCode] };
    const refused = assertError(await h.control('PUT', '/state', { ...await h.state(), catalogue }), 400, '1117');
    assert.ok(refused.additionalDetails.includes('catalogue.products[0].addOnTo'), refused.additionalDetails.join());
    assert.ok(refused.additionalDetails.includes('catalogue.products[0].incompatibleWith'), refused.additionalDetails.join());
    assert.equal((await h.state()).catalogue, undefined, 'the default catalogue stays');
  });

  it('ORD-23 an add-on without its base product, held or ordered with it, is 2129 INELIGIBLE_ADD_ON', async () => {
    const h = await harness();
    await withPartnerCatalogue(h);
    assertError(await h.call('POST', ORDERS, { body: order('PREVIEW', line(AI_ASSISTANT)) }), 400, '2129', ['Line Item: 1', 'INELIGIBLE_ADD_ON']);
    await placed(h, order('PREVIEW', line(AI_ASSISTANT), line(ACROBAT, 2)));
    await placed(h, order('NEW', line(ACROBAT)));
    await placed(h, order('NEW', line(AI_ASSISTANT)));
  });

  it('ORD-23 products that exclude each other, in one order or with one held, are 2129 INELIGIBLE_SWITCH', async () => {
    const h = await harness();
    await withPartnerCatalogue(h);
    assertError(await h.call('POST', ORDERS, { body: order('PREVIEW', line(ENTERPRISE), line(ALL_APPS, 2)) }), 400, '2129', ['Line Item: 1', 'INELIGIBLE_SWITCH']);
    await placed(h, order('NEW', line(ALL_APPS)));
    await h.advance('PT1M');
    assertError(await h.call('POST', ORDERS, { body: order('NEW', line(ENTERPRISE, 7)) }), 400, '2129', ['Line Item: 7', 'INELIGIBLE_SWITCH']);
  });

  it('ORD-23 a once-a-term product bought again in the term, or twice in one order, is 2129 CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE', async () => {
    const h = await harness();
    await withPartnerCatalogue(h);
    assertError(await h.call('POST', ORDERS, { body: order('PREVIEW', line(PROMOTION), line(PROMOTION, 2)) }), 400, '2129', ['Line Item: 2', 'CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE']);
    const first = await placed(h, order('NEW', line(PROMOTION)));
    assertError(await h.call('POST', ORDERS, { body: order('NEW', line(PROMOTION)) }), 400, '2129', ['Line Item: 1', 'CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE']);
    await h.advance('PT1M');
    await placed(h, { orderType: 'RETURN', referenceOrderId: first.orderId, lineItems: [line(first.lineItems[0].offerId)] });
    await h.advance('PT1M');
    await placed(h, order('PREVIEW', line(PROMOTION)));
  });

  it('RET-05 returning a consumable already used is 2129 INELIGIBLE_CONSUMED; unused units return', async () => {
    const h = await harness();
    const bought = await placed(h, order('NEW', line(STOCK, 1, 3)));
    await h.advance('PT1M');
    const [sub] = (await h.call('GET', `/v3/customers/${FAIRMONT}/subscriptions`)).body.items;
    assert.equal((await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/${sub.subscriptionId}`, { usedQuantity: 1 })).status, 200);
    const back = { orderType: 'RETURN', referenceOrderId: bought.orderId, lineItems: [line(STOCK, 1, 3)] };
    assertError(await h.call('POST', ORDERS, { body: back }), 400, '2129', ['Line Item: 1', 'INELIGIBLE_CONSUMED']);
    assert.equal((await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/${sub.subscriptionId}`, { usedQuantity: 0 })).status, 200);
    await placed(h, back);
  });

  it('ORD-24 a PREVIEW for a customer id not created yet is priced for a new customer of the segment the id ends with; NEW and the reads stay 404 1116', async () => {
    const h = await harness();
    const gov = await h.call('POST', '/v3/customers/1234567890GOV/orders?fetch-price=true', { body: { ...order('PREVIEW', line('65304921CC03A12', 1, 10)), externalReferenceId: 'draft-7' } });
    assert.equal(gov.status, 201, gov.text);
    const [item] = gov.body.lineItems;
    assert.deepEqual([gov.body.customerId, gov.body.orderId, gov.body.status, gov.body.externalReferenceId, item.offerId], ['1234567890GOV', '', '', 'draft-7', '65304921CC02A12']);
    assert.equal(typeof item.pricing.discountedPartnerPrice, 'number');
    assert.equal(item.proratedDays, 365);
    await placed(h, order('PREVIEW', line(ALL_APPS)), '/v3/customers/1234567890/orders');
    assertError(await h.call('POST', '/v3/customers/1234567890EDU/orders', { body: order('PREVIEW', line(ALL_APPS)) }), 400, '2129', ['Line Item: 1', 'INELIGIBLE_MARKET_SEGMENT']);
    assertError(await h.call('POST', '/v3/customers/1234567890GOV/orders', { body: order('NEW', line('65304921CC01A12')) }), 404, '1116');
    assertError(await h.call('GET', '/v3/customers/1234567890GOV/orders'), 404, '1116');
    // Another distributor's customer previews as a prospect too: its existence does not leak.
    const other = await placed(h, order('PREVIEW', line(ALL_APPS)), '/v3/customers/2005000001/orders');
    assert.equal(other.lineItems[0].offerId, ALL_APPS);
  });
});

describe('linked membership levels follow settled orders', () => {
  it('LMG-11 an order a member placed counts in the group\'s level as soon as it completes, before anything writes the member again', async () => {
    const h = await harness();
    const state = await h.control('POST', '/provider-states', { state: 'an LGA linked membership group with members exists', params: {} });
    assert.equal(state.status, 200, state.text);
    await placed(h, order('NEW', line('65304921CC01A12', 1, 1000)), '/v3/customers/1005700002/orders');
    await h.advance('PT1M');
    const refreshed = await h.control('POST', '/linked-memberships/51002001/refresh');
    assert.equal(refreshed.status, 200, refreshed.text);
    // 150 seeded for the owner and the member's 1000 new licences: 1,150 is LGA level 07.
    assert.deepEqual(refreshed.body.discounts, [{ offerType: 'LICENSE', level: '07' }]);
  });
});

describe('codes Adobe answers for its own reasons', () => {
  it('ORD-15 an order due when the customer\'s reseller is inactive fails with 1022, its lines too', async () => {
    const h = await harness();
    const open = await placed(h, order('NEW', line(ALL_APPS)));
    const doc = await h.state();
    doc.resellers = doc.resellers.map((r) => (r.resellerId === '5556667778' ? { ...r, status: '1004' } : r));
    assert.equal((await h.control('PUT', '/state', doc)).status, 200);
    await h.advance('PT1M');
    const token = await h.token();
    const failed = (await h.call('GET', `${ORDERS}/${open.orderId}`, { client: { id: 'vipm-sim-client', token } })).body;
    assert.deepEqual([failed.status, failed.lineItems[0].status, failed.lineItems[0].subscriptionId], ['1022', '1022', '']);
  });

  it('ORD-25 an HVD discountCode is 5135 (no customer of the simulator migrated from VIP with one); "Order placement is currently unavailable" (5122) is reached by an armed fault', async () => {
    const h = await harness();
    const coded = { ...order('PREVIEW', line(ALL_APPS)), lineItems: [{ ...line(ALL_APPS), discountCode: 'HVD_L18_PRE' }] };
    assertError(await h.call('POST', ORDERS, { body: coded }), 400, '5135', ['Line Item: 1']);
    const message = 'Order placement is currently unavailable. Please try again later.';
    assert.equal((await h.control('POST', '/faults', { method: 'POST', path: ORDERS, action: 'respond', status: 400, code: '5122', message })).status, 201);
    const refused = assertError(await h.call('POST', ORDERS, { body: order('NEW', line(ALL_APPS)) }), 400, '5122');
    assert.equal(refused.message, message);
    assert.equal((await h.call('GET', ORDERS)).body.totalCount, 0, 'nothing placed');
  });
});
