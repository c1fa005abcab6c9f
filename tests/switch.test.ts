// Mid-term switch over HTTP: the offer switch paths, PREVIEW_SWITCH and SWITCH completing on the
// clock, PREVIEW_REVERT_SWITCH and REVERT_SWITCH, and every switch error code a partner can
// provoke (runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { CLIENT, assertError, harness, type CallOptions, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const SUBSCRIPTIONS = `/v3/customers/${FAIRMONT}/subscriptions`;
const PHOTOSHOP = '65304470CA01A12';
const ALL_APPS = '65304479CA01A12';
const ENTERPRISE_ALL_APPS = '30001475CA01A12';
const STOCK = '65322435CAT1A12';
const PATHS = '/v3/offer-switch-paths';

/** Tokens expire when the clock moves days: a harness's calls after `later` use a fresh one. */
const tokens = new WeakMap<Harness, string>();
const call = (h: Harness, method: string, path: string, opts: CallOptions = {}) =>
  h.call(method, path, { ...opts, ...(tokens.has(h) ? { client: { id: CLIENT.id, token: tokens.get(h)! } } : {}) });
async function later(h: Harness, advance: string) {
  await h.advance(advance);
  tokens.set(h, await h.token());
}

const item = (subscriptionId: string, quantity: number, overrides: Record<string, unknown> = {}) =>
  ({ extLineItemNumber: 1, referenceLineItemNumber: 1, subscriptionId, quantity, ...overrides });
const switchOrder = (subscriptionId: string, quantity: number, overrides: Record<string, unknown> = {}) => ({
  orderType: 'SWITCH', currencyCode: 'USD',
  lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity }],
  cancellingItems: [item(subscriptionId, quantity)],
  ...overrides,
});

async function post(h: Harness, body: unknown, query = '') {
  const reply = await call(h, 'POST', `${ORDERS}${query}`, { body });
  assert.equal(reply.status, 201, reply.text);
  return reply.body;
}

/** Fairmont buys licences of an offer; the order completes; answers the subscription. */
async function holding(h: Harness, offerId = PHOTOSHOP, quantity = 10) {
  const placed = await post(h, { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId, quantity }] });
  await h.advance('PT1M');
  const done = (await call(h, 'GET', `${ORDERS}/${placed.orderId}`)).body;
  return (await call(h, 'GET', `${SUBSCRIPTIONS}/${done.lineItems[0].subscriptionId}`)).body;
}

/** A completed SWITCH of `quantity` Photoshop licences to All Apps. */
async function switched(h: Harness, quantity = 4) {
  const source = await holding(h);
  const placed = await post(h, switchOrder(source.subscriptionId, quantity));
  await h.advance('PT1M');
  const done = (await call(h, 'GET', `${ORDERS}/${placed.orderId}`)).body;
  return { source, order: done, target: done.lineItems[0].subscriptionId as string };
}

const revertOrder = (referenceOrderId: string, subscriptionId: string, quantity = 4, overrides: Record<string, unknown> = {}) => ({
  orderType: 'REVERT_SWITCH', currencyCode: 'USD', referenceOrderId,
  lineItems: [{ extLineItemNumber: 1, offerId: PHOTOSHOP, quantity }],
  cancellingItems: [item(subscriptionId, quantity)],
  ...overrides,
});

describe('mid-term switch', () => {
  it('SWT-01 GET /v3/offer-switch-paths lists the catalogue\'s paths of a segment and country from base offers, targets in sequence with their switchType; offer-id, language and paging select', async () => {
    const h = await harness();
    const reply = await call(h, 'GET', `${PATHS}?market-segment=COM&country=US&language=MULT`);
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual([reply.body.totalCount, reply.body.count, reply.body.offset, reply.body.limit], [4, 4, 0, 20]);
    const photoshop = reply.body.productUpgrades.find((u: any) => u.sourceBaseOfferId === PHOTOSHOP);
    assert.deepEqual(photoshop.targetList, [
      { targetBaseOfferId: ALL_APPS, sequence: 1, switchType: 'PARTIAL_ALLOWED' },
      { targetBaseOfferId: ENTERPRISE_ALL_APPS, sequence: 2, switchType: 'FULL_ONLY' },
    ]);
    // EDU: Enterprise All Apps is not sold there, so Photoshop keeps one target and All Apps none.
    const edu = (await call(h, 'GET', `${PATHS}?market-segment=EDU&country=US`)).body;
    assert.deepEqual(edu.productUpgrades.map((u: any) => [u.sourceBaseOfferId, u.targetList.map((t: any) => t.targetBaseOfferId)]),
      [['65304470EA01A12', ['65304479EA01A12']], ['65304921EA01A12', ['65304479EA01A12']], ['30006208EA01A12', ['65304479EA01A12']]]);
    // Any level of an offer selects its product; an offer the catalogue lacks selects nothing.
    const one = (await call(h, 'GET', `${PATHS}?market-segment=COM&country=US&offer-id=65304470CA02A12`)).body;
    assert.deepEqual(one.productUpgrades.map((u: any) => u.sourceBaseOfferId), [PHOTOSHOP]);
    assert.equal((await call(h, 'GET', `${PATHS}?market-segment=COM&country=US&offer-id=99999999CA01A12`)).body.totalCount, 0);
    assert.equal((await call(h, 'GET', `${PATHS}?market-segment=COM&country=US&language=EN`)).body.totalCount, 0);
    // Japan: Enterprise All Apps has no JPY price.
    const jp = (await call(h, 'GET', `${PATHS}?market-segment=COM&country=JP&offer-id=${PHOTOSHOP}`)).body;
    assert.deepEqual(jp.productUpgrades[0].targetList.map((t: any) => t.targetBaseOfferId), [ALL_APPS]);
    const page = (await call(h, 'GET', `${PATHS}?market-segment=COM&country=US&limit=1&offset=3`)).body;
    assert.deepEqual([page.totalCount, page.count, page.offset, page.limit, page.productUpgrades[0].sourceBaseOfferId], [4, 1, 3, 1, ALL_APPS]);
  });

  it('SWT-02 market-segment and country are required unless customer-id and subscription-id are both given (1122); a subscription\'s paths are its product\'s in the customer\'s segment and country, none once inactive', async () => {
    const h = await harness();
    assertError(await call(h, 'GET', `${PATHS}?country=US`), 400, '1122', ['market-segment']);
    assertError(await call(h, 'GET', PATHS), 400, '1122', ['market-segment', 'country']);
    assertError(await call(h, 'GET', `${PATHS}?customer-id=${FAIRMONT}`), 400, '1122', ['subscription-id']);
    assertError(await call(h, 'GET', `${PATHS}?subscription-id=abc`), 400, '1122', ['customer-id']);
    assertError(await call(h, 'GET', `${PATHS}?market-segment=XYZ&country=US`), 400, '1117');
    const source = await holding(h);
    const byQuery = await call(h, 'GET', `${PATHS}?customer-id=${FAIRMONT}&subscription-id=${source.subscriptionId}`);
    assert.equal(byQuery.status, 200, byQuery.text);
    assert.deepEqual(byQuery.body.productUpgrades.map((u: any) => [u.sourceBaseOfferId, u.targetList.length]), [[PHOTOSHOP, 2]]);
    const byPath = await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}/offer-switch-paths`);
    assert.deepEqual(byPath.body, byQuery.body);
    assertError(await call(h, 'GET', `${SUBSCRIPTIONS}/0000/offer-switch-paths`), 404, '3115');
    assertError(await call(h, 'GET', `${PATHS}?customer-id=1234567890&subscription-id=${source.subscriptionId}`), 404, '1116');
    // A full switch ends the source: it has no paths any more.
    await post(h, switchOrder(source.subscriptionId, 10));
    await h.advance('PT1M');
    assert.equal((await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}/offer-switch-paths`)).body.totalCount, 0);
  });

  it('SWT-04 a PREVIEW_SWITCH places nothing and answers the line at the customer\'s level and the cancelling item of the source; with fetch-price both are prorated and the summary is the net', async () => {
    const h = await harness();
    const source = await holding(h);
    const preview = await post(h, switchOrder(source.subscriptionId, 4, { orderType: 'PREVIEW_SWITCH' }), '?fetch-price=true');
    assert.deepEqual([preview.orderId, preview.status, preview.orderType, preview.links], ['', '', 'PREVIEW_SWITCH', undefined]);
    const [line] = preview.lineItems;
    const [cancel] = preview.cancellingItems;
    // Fairmont is at level 02 (10 licences earn 02 too).
    assert.deepEqual([line.offerId, line.quantity, line.subscriptionId, line.status], ['65304479CA02A12', 4, '', '']);
    assert.deepEqual([cancel.offerId, cancel.quantity, cancel.subscriptionId, cancel.extLineItemNumber, cancel.referenceLineItemNumber], ['65304470CA02A12', 4, source.subscriptionId, 1, 1]);
    assert.ok(line.proratedDays > 0);
    assert.ok(cancel.pricing.lineItemPartnerPrice > 0 && cancel.pricing.lineItemPartnerPrice < line.pricing.lineItemPartnerPrice);
    const net = Math.round((line.pricing.lineItemPartnerPrice - cancel.pricing.lineItemPartnerPrice) * 100) / 100;
    assert.deepEqual(preview.pricingSummary, [{ totalLineItemPartnerPrice: net, currencyCode: 'USD' }]);
    // Without fetch-price: no prices.
    const plain = await post(h, switchOrder(source.subscriptionId, 4, { orderType: 'PREVIEW_SWITCH' }));
    assert.deepEqual([plain.lineItems[0].pricing, plain.cancellingItems[0].pricing, plain.pricingSummary], [undefined, undefined, undefined]);
    assert.equal((await call(h, 'GET', ORDERS)).body.totalCount, 1);
    assert.equal((await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}`)).body.currentQuantity, 10);
  });

  it('SWT-05 a SWITCH answers 1002 and completes on the clock: the source loses the licences, the target product gets a subscription renewing on the same anniversary; the order history lists it by order-type', async () => {
    const h = await harness();
    const source = await holding(h);
    const placed = await post(h, switchOrder(source.subscriptionId, 4, { externalReferenceId: 'switch-1' }), '?reassign-users=true');
    assert.deepEqual([placed.status, placed.orderType, placed.lineItems[0].subscriptionId, placed.lineItems[0].status], ['1002', 'SWITCH', '', '1002']);
    assert.equal(placed.cancellingItems[0].subscriptionId, source.subscriptionId);
    assert.equal((await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}`)).body.currentQuantity, 10);
    await h.advance('PT1M');
    const done = (await call(h, 'GET', `${ORDERS}/${placed.orderId}`)).body;
    assert.equal(done.status, '1000');
    const target = (await call(h, 'GET', `${SUBSCRIPTIONS}/${done.lineItems[0].subscriptionId}`)).body;
    const after = (await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}`)).body;
    assert.deepEqual([after.currentQuantity, after.status, after.autoRenewal.renewalQuantity], [6, '1000', 6]);
    assert.deepEqual([target.offerId, target.currentQuantity, target.status, target.renewalDate], [ALL_APPS, 4, '1000', source.renewalDate]);
    const history = (await call(h, 'GET', `${ORDERS}?order-type=SWITCH`)).body;
    assert.deepEqual(history.items.map((o: any) => [o.orderId, o.cancellingItems[0].quantity]), [[placed.orderId, 4]]);
    // Priced once complete, with fetch-price.
    assert.ok((await call(h, 'GET', `${ORDERS}/${placed.orderId}?fetch-price=true`)).body.cancellingItems[0].pricing);
  });

  it('SWT-06 a full switch ends the source (1004, nothing to renew) and a FULL_ONLY path takes only the whole quantity (2150)', async () => {
    const h = await harness();
    const source = await holding(h);
    const partial = { lineItems: [{ extLineItemNumber: 1, offerId: ENTERPRISE_ALL_APPS, quantity: 4 }] };
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 4, partial) }), 400, '2150', ['Line Item: 1']);
    await post(h, switchOrder(source.subscriptionId, 10, { lineItems: [{ extLineItemNumber: 1, offerId: ENTERPRISE_ALL_APPS, quantity: 10 }] }));
    await h.advance('PT1M');
    const subs = (await call(h, 'GET', SUBSCRIPTIONS)).body.items;
    const ended = subs.find((s: any) => s.subscriptionId === source.subscriptionId);
    assert.deepEqual([ended.currentQuantity, ended.status, ended.autoRenewal.renewalQuantity], [0, '1004', 0]);
    assert.deepEqual(subs.filter((s: any) => s.status === '1000').map((s: any) => [s.offerId, s.currentQuantity]), [[ENTERPRISE_ALL_APPS, 10]]);
  });

  it('SWT-07 one line and one cancelling item (2152), the cancelling item names the line (2153), equal quantities (2149)', async () => {
    const h = await harness();
    const source = await holding(h);
    const id = source.subscriptionId;
    const two = switchOrder(id, 4, { lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 4 }, { extLineItemNumber: 2, offerId: ALL_APPS, quantity: 1 }] });
    assertError(await call(h, 'POST', ORDERS, { body: two }), 400, '2152');
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(id, 4, { cancellingItems: [item(id, 2), item(id, 2, { extLineItemNumber: 2 })] }) }), 400, '2152');
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(id, 4, { cancellingItems: [item(id, 4, { referenceLineItemNumber: 2 })] }) }), 400, '2153', ['Line Item: 1']);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(id, 4, { cancellingItems: [item(id, 5)] }) }), 400, '2149', ['Line Item: 1']);
    assert.equal((await call(h, 'GET', ORDERS)).body.totalCount, 1);
  });

  it('SWT-08 the source must be an active subscription of the customer (400 3115), a licence (2154), with a path to the target in the customer\'s segment (2150)', async () => {
    const h = await harness();
    const source = await holding(h);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder('0000', 4) }), 400, '3115', ['cancellingItems.subscriptionId']);
    const stock = await holding(h, STOCK, 1);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(stock.subscriptionId, 1) }), 400, '2154', ['Line Item: 1']);
    // The reverse of a path, and the target in another segment.
    const allApps = await holding(h, ALL_APPS, 2);
    const reverse = switchOrder(allApps.subscriptionId, 2, { lineItems: [{ extLineItemNumber: 1, offerId: PHOTOSHOP, quantity: 2 }] });
    assertError(await call(h, 'POST', ORDERS, { body: reverse }), 400, '2150', ['Line Item: 1']);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 4, { lineItems: [{ extLineItemNumber: 1, offerId: '65304479EA01A12', quantity: 4 }] }) }), 400, '2150');
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 4, { lineItems: [{ extLineItemNumber: 1, offerId: '99999999CA01A12', quantity: 4 }] }) }), 400, '2122');
    // Ended by a full switch: no longer active.
    await post(h, switchOrder(source.subscriptionId, 10));
    await h.advance('PT1M');
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 1) }), 400, '3115');
  });

  it('SWT-09 the quantity is at most what the subscription holds, less what an open switch is taking (2151)', async () => {
    const h = await harness();
    const source = await holding(h);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 11) }), 400, '2151', ['Line Item: 1']);
    await post(h, switchOrder(source.subscriptionId, 7));
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 4) }), 400, '2151');
    await post(h, switchOrder(source.subscriptionId, 3));
  });

  it('SWT-03 a state document\'s catalogue with broken switch paths is refused (1117 naming each problem); its paths replace the default ones', async () => {
    const h = await harness();
    const doc = await h.state();
    const broken = structuredClone(defaultCatalogue());
    broken.switchPaths = [{ from: '65322435', to: [{ productCode: '99999999', switchType: 'PARTIAL_ALLOWED' }] }];
    const refused = await h.control('PUT', '/state', { ...doc, catalogue: broken });
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.code, '1117');
    assert.deepEqual(refused.body.additionalDetails, ['catalogue.switchPaths[0].from', 'catalogue.switchPaths[0].to[0].productCode'], refused.text);
    const own = structuredClone(defaultCatalogue());
    own.switchPaths = [{ from: '65304921', to: [{ productCode: '65304470', switchType: 'FULL_ONLY' }] }];
    assert.equal((await h.control('PUT', '/state', { ...doc, catalogue: own })).status, 200);
    const paths = (await call(h, 'GET', `${PATHS}?market-segment=COM&country=US`)).body;
    assert.deepEqual(paths.productUpgrades, [{ sourceBaseOfferId: '65304921CA01A12', targetList: [{ targetBaseOfferId: PHOTOSHOP, sequence: 1, switchType: 'FULL_ONLY' }] }]);
  });

  it('SWT-10 a switch that would be a net refund (the target worth less than the licences cancelled) is 2154', async () => {
    const h = await harness();
    const source = await holding(h);
    const cheaper = structuredClone(defaultCatalogue());
    cheaper.switchPaths = [{ from: '65304470', to: [{ productCode: '30006208', switchType: 'PARTIAL_ALLOWED' }] }];
    assert.equal((await h.control('PUT', '/state', { ...await h.state(), catalogue: cheaper })).status, 200);
    const toAudition = switchOrder(source.subscriptionId, 4, { orderType: 'PREVIEW_SWITCH', lineItems: [{ extLineItemNumber: 1, offerId: '30006208CA01A12', quantity: 4 }] });
    assertError(await call(h, 'POST', ORDERS, { body: toAudition }), 400, '2154', ['Line Item: 1']);
  });

  it('SWT-11 a REVERT_SWITCH within 14 days of a completed SWITCH moves the licences back on the clock; its preview prices the return of the source against the upgraded licences; a state document keeps the switch', async () => {
    const h = await harness();
    const { source, order, target } = await switched(h);
    // The switch order is kept with its cancelling item: the control plane shows it, a state document carries it.
    const kept = await h.control('GET', `/customers/${FAIRMONT}/orders`);
    assert.deepEqual(kept.body.find((o: any) => o.orderId === order.orderId).cancellingItems.map((c: any) => c.subscriptionId), [source.subscriptionId]);
    assert.equal((await h.control('PUT', '/state', await h.state())).status, 200);
    const preview = await post(h, revertOrder(order.orderId, target, 4, { orderType: 'PREVIEW_REVERT_SWITCH' }), '?fetch-price=true');
    assert.deepEqual([preview.orderId, preview.status, preview.referenceOrderId], ['', '', order.orderId]);
    assert.deepEqual([preview.lineItems[0].offerId, preview.cancellingItems[0].subscriptionId, preview.cancellingItems[0].offerId], ['65304470CA02A12', target, '65304479CA02A12']);
    assert.ok(preview.pricingSummary[0].totalLineItemPartnerPrice < 0);
    await later(h, 'P13D');
    const placed = await post(h, revertOrder(order.orderId, target));
    assert.deepEqual([placed.status, placed.orderType], ['1002', 'REVERT_SWITCH']);
    await h.advance('PT1M');
    const done = (await call(h, 'GET', `${ORDERS}/${placed.orderId}`)).body;
    assert.deepEqual([done.status, done.lineItems[0].subscriptionId], ['1000', source.subscriptionId]);
    const back = (await call(h, 'GET', `${SUBSCRIPTIONS}/${source.subscriptionId}`)).body;
    const upgraded = (await call(h, 'GET', `${SUBSCRIPTIONS}/${target}`)).body;
    assert.deepEqual([back.currentQuantity, back.status, upgraded.currentQuantity, upgraded.status], [10, '1000', 0, '1004']);
    // The pages' example names the source subscription in the cancelling item: taken too.
    const again = await switched(h, 2);
    await post(h, revertOrder(again.order.orderId, again.source.subscriptionId, 2, { orderType: 'PREVIEW_REVERT_SWITCH' }));
  });

  it('SWT-12 a revert names a completed SWITCH of the customer (1122, 404 2115, 2116), within 14 days (2134), all of its licences (2149), once (3115), its subscriptions (3115), its source product (2150) and the upgraded licences still held (2151)', async () => {
    const h = await harness();
    const { order, target } = await switched(h);
    const body = revertOrder(order.orderId, target);
    const { referenceOrderId: _omitted, ...unnamed } = body;
    assertError(await call(h, 'POST', ORDERS, { body: unnamed }), 400, '1122', ['referenceOrderId']);
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder('5999999999', target) }), 404, '2115');
    const newOrder = (await call(h, 'GET', `${ORDERS}?order-type=NEW`)).body.items[0];
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder(newOrder.orderId, target) }), 400, '2116');
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder(order.orderId, target, 3) }), 400, '2149');
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder(order.orderId, '0000') }), 400, '3115', ['cancellingItems.subscriptionId']);
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder(order.orderId, target, 4, { lineItems: [{ extLineItemNumber: 1, offerId: '65304921CA01A12', quantity: 4 }] }) }), 400, '2150');
    // The upgraded licences must still be there: the control plane takes two away.
    assert.equal((await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/${target}`, { currentQuantity: 2 })).status, 200);
    assertError(await call(h, 'POST', ORDERS, { body }), 400, '2151', ['Line Item: 1']);
    assert.equal((await h.control('PATCH', `/customers/${FAIRMONT}/subscriptions/${target}`, { currentQuantity: 4 })).status, 200);
    await post(h, body);
    assertError(await call(h, 'POST', ORDERS, { body }), 400, '3115', ['referenceOrderId']);
    const late = await switched(h, 1);
    await later(h, 'P15D');
    assertError(await call(h, 'POST', ORDERS, { body: revertOrder(late.order.orderId, late.target, 1) }), 400, '2134', ['referenceOrderId']);
  });

  it('SWT-13 cancellingItems only on switch orders (1117) and required there (1122); referenceOrderId not on a SWITCH (1117)', async () => {
    const h = await harness();
    const source = await holding(h);
    const newOrder = { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 1 }], cancellingItems: [item(source.subscriptionId, 1)] };
    assertError(await call(h, 'POST', ORDERS, { body: newOrder }), 400, '1117', ['cancellingItems']);
    const { cancellingItems: _omitted, ...bare } = switchOrder(source.subscriptionId, 4);
    assertError(await call(h, 'POST', ORDERS, { body: bare }), 400, '1122', ['cancellingItems']);
    assertError(await call(h, 'POST', ORDERS, { body: switchOrder(source.subscriptionId, 4, { referenceOrderId: '5120000001' }) }), 400, '1117', ['referenceOrderId']);
  });
});
