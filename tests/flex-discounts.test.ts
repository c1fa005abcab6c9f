// Flexible discounts over HTTP: the list and its paging, codes on PREVIEW and NEW lines with every
// error code of the flexible discount pages, and the control plane's discounts (runs on every
// store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const COMMITTED = '1005000005';
const ORDERS = (customerId = FAIRMONT) => `/v3/customers/${customerId}/orders`;
const CCAA = '65304479CA01A12';
const ACROBAT = '65304921CA01A12';
const PHOTOSHOP = '65304470CA01A12';
const STOCK = '65322435CAT1A12';

const line = (offerId: string, codes?: string[], extra: Record<string, unknown> = {}) =>
  ({ extLineItemNumber: 1, offerId, quantity: 2, ...(codes ? { flexDiscountCodes: codes } : {}), ...extra });
const order = (orderType: string, ...lineItems: object[]) => ({ orderType, currencyCode: 'USD', lineItems });

/** The portal's "Edit Reusable Flex Discounts": the discount's end date moved to a second after `after`. */
async function endDiscount(h: Harness, code: string, after: string): Promise<void> {
  const found = (await h.control('GET', '/flex-discounts')).body.find((d: any) => d.code === code);
  const { code: _code, ...rest } = found;
  const edited = await h.control('PUT', `/flex-discounts/${encodeURIComponent(code)}`, { ...rest, endDate: new Date(Date.parse(after) + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') });
  assert.equal(edited.status, 200, edited.text);
}

async function placeCompleted(h: Harness, body: object, customerId = FAIRMONT): Promise<any> {
  const placed = await h.call('POST', ORDERS(customerId), { body });
  assert.equal(placed.status, 201, placed.text);
  await h.advance('PT1M');
  return placed.body;
}

describe('flexible discounts', () => {
  it('FLX-01 the control plane defines, lists and removes discounts; a discount that ends before it starts is 1117', async () => {
    const h = await harness();
    const all = await h.control('GET', '/flex-discounts');
    assert.equal(all.status, 200, all.text);
    assert.ok(all.body.some((d: any) => d.code === 'CAM-RETAIN-15' && d.listed === false), 'closed discounts are kept too');
    const spring = { name: 'Spring', category: 'STANDARD', type: 'PERCENTAGE_DISCOUNT', values: [{ value: 25 }], startDate: '2026-01-01T00:00:00Z', endDate: '2027-06-30T23:59:59Z', baseOfferIds: [ACROBAT], oneTime: true };
    const put = await h.control('PUT', '/flex-discounts/SPRING-25', spring);
    assert.equal(put.status, 200, put.text);
    assert.deepEqual([put.body.code, put.body.marketSegments, put.body.oneTime, put.body.listed], ['SPRING-25', [], true, true]);
    assert.match(put.body.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const listed = await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&flex-discount-code=SPRING-25');
    assert.deepEqual(listed.body.flexDiscounts.map((d: any) => d.code), ['SPRING-25']);
    assertError(await h.control('PUT', '/flex-discounts/BAD', { ...spring, endDate: '2025-01-01T00:00:00Z' }), 400, '1117', ['body.endDate']);
    assertError(await h.control('PUT', '/flex-discounts/BAD', { ...spring, values: [{ value: 120 }] }), 400, '1117', ['body.values[0].value']);
    assert.deepEqual((await h.control('DELETE', '/flex-discounts/SPRING-25')).body, { cleared: 1 });
    assert.equal((await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&flex-discount-code=SPRING-25')).body.totalCount, 0);
    const exported = await h.state();
    assert.ok(!exported.flexDiscounts?.some((d) => d.code === 'SPRING-25'));
    assert.equal(exported.flexDiscounts, undefined, 'the default discounts are not written out');
    const loaded = await h.control('PUT', '/state', { ...exported, flexDiscounts: [{ ...spring, code: 'ONLY-ONE' }] });
    assert.equal(loaded.status, 200, loaded.text);
    assert.deepEqual((await h.control('GET', '/flex-discounts')).body.map((d: any) => d.code), ['ONLY-ONE']);
    assert.deepEqual((await h.state()).flexDiscounts?.map((d) => d.code), ['ONLY-ONE']);
    assertError(await h.control('PUT', '/state', { ...exported, flexDiscounts: [{ ...spring, code: 'X' }, { ...spring, code: 'X' }] }), 400, '1117', ['flexDiscounts[1].code']);
  });

  it('FLX-02 GET /v3/flex-discounts: segment and country required and the partner\'s, filters ANDed, reusable ones on request, closed ones never', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/flex-discounts?country=US'), 400, '1122', ['market-segment']);
    assertError(await h.call('GET', '/v3/flex-discounts?market-segment=XYZ&country=US'), 400, '1160');
    await h.control('PATCH', '/distributors/5000000001', { globalSalesEnabled: false });
    assertError(await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=JP'), 400, '1178', ['country']);
    assertError(await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&colour=red'), 400, '1121');
    const codes = async (query: string) => (await h.call('GET', `/v3/flex-discounts?market-segment=COM&country=US${query}`)).body.flexDiscounts.map((d: any) => d.code);
    assert.deepEqual(await codes(''), ['INTRO-PHSP', 'BLACK_FRIDAY', 'NEW YEAR', 'SUMMER_SALE_123', '3YC-ACROBAT-10', 'FAILURE-SANDBOX']);
    assert.deepEqual(await codes('&categories=INTRO'), ['INTRO-PHSP']);
    assert.deepEqual(await codes(`&offer-ids=${ACROBAT}`), ['NEW YEAR', '3YC-ACROBAT-10', 'FAILURE-SANDBOX']);
    assert.deepEqual(await codes('&flex-discount-id=55555555-313b-476c-9d0b-6a610d5b91e2'), ['NEW YEAR']);
    assertError(await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&flex-discount-id=x&categories=INTRO'), 400, '1132');
    assert.deepEqual(await codes('&end-date=2025-12-01'), ['INTRO-PHSP', 'BLACK_FRIDAY'], 'available on or before the end date');
    await endDiscount(h, 'BLACK_FRIDAY', '2026-10-01T00:00:00Z'); // past its end date, before its lock end date
    assert.ok(!(await codes('')).includes('BLACK_FRIDAY'));
    const reusable = (await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&include-eligible-reusable-discounts=true')).body.flexDiscounts;
    assert.deepEqual(reusable.filter((d: any) => d.code === 'BLACK_FRIDAY').map((d: any) => [d.status, d.discountLockEndDate]), [['REUSABLE', '2028-03-31T23:59:59Z']]);
  });

  it('FLX-03 pages: limit 20 by default and at most 50, next and prev carry the query; one correlation id across pages answers each page', async () => {
    const h = await harness();
    const first = await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&limit=4', { headers: { 'x-correlation-id': 'paging-1', 'x-request-id': 'paging-1' } });
    assert.deepEqual([first.body.limit, first.body.offset, first.body.count, first.body.totalCount], [4, 0, 4, 6]);
    assert.equal(first.body.links.next.uri, '/v3/flex-discounts?market-segment=COM&country=US&limit=4&offset=4');
    assert.equal(first.body.links.prev, undefined);
    const second = await h.call('GET', first.body.links.next.uri, { headers: { 'x-correlation-id': 'paging-1', 'x-request-id': 'paging-1' } });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual([second.body.offset, second.body.count, second.body.flexDiscounts[0].code], [4, 2, '3YC-ACROBAT-10']);
    assert.equal(second.body.links.next, undefined);
    assert.equal(second.body.links.prev.uri, '/v3/flex-discounts?market-segment=COM&country=US&limit=4&offset=0');
    assert.equal((await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&limit=500')).body.limit, 50);
    assert.equal((await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US')).body.limit, 20);
    assertError(await h.call('GET', '/v3/flex-discounts?market-segment=COM&country=US&offset=99'), 400, '1133');
  });

  it('FLX-04 GET /v3/customers/{id}/flex-discounts lists the reusable discounts the customer used, ACTIVE or REUSABLE', async () => {
    const h = await harness();
    const path = `/v3/customers/${FAIRMONT}/flex-discounts`;
    assert.equal((await h.call('GET', path)).body.totalCount, 0);
    const placed = await placeCompleted(h, order('NEW', line(PHOTOSHOP, ['BLACK_FRIDAY'])));
    const used = await h.call('GET', `${path}?limit=30`);
    assert.deepEqual(used.body.flexDiscounts.map((d: any) => [d.code, d.status]), [['BLACK_FRIDAY', 'ACTIVE']]);
    assert.equal(used.body.limit, 30);
    assertError(await h.call('GET', `${path}?categories=INTRO`), 400, '1121');
    await endDiscount(h, 'BLACK_FRIDAY', placed.creationDate);
    assert.deepEqual((await h.call('GET', path)).body.flexDiscounts.map((d: any) => d.status), ['REUSABLE']);
    assertError(await h.call('GET', '/v3/customers/1234567999/flex-discounts'), 404, '1116');
  });

  it('FLX-05 a code on a PREVIEW or NEW line: the discounted price with fetch-price, and flexDiscounts on the line in every answer', async () => {
    const h = await harness();
    const preview = await h.call('POST', `${ORDERS()}?fetch-price=true`, { body: order('PREVIEW', line(CCAA, ['NEW YEAR'])) });
    assert.equal(preview.status, 201, preview.text);
    const [l] = preview.body.lineItems;
    assert.deepEqual(l.flexDiscounts, [{ id: '55555555-313b-476c-9d0b-6a610d5b91e2', code: 'NEW YEAR', result: 'SUCCESS' }]);
    assert.equal(l.pricing.discountedPartnerPrice, Math.round(l.pricing.partnerPrice * 0.8 * 100) / 100);
    const placed = await placeCompleted(h, order('NEW', line(CCAA, ['NEW YEAR'])));
    const kept = await h.call('GET', `${ORDERS()}/${placed.orderId}?fetch-price=true`);
    assert.deepEqual(kept.body.lineItems[0].flexDiscounts, l.flexDiscounts);
    assert.equal(kept.body.lineItems[0].pricing.discountedPartnerPrice, l.pricing.discountedPartnerPrice);
    const history = await h.call('GET', ORDERS());
    assert.deepEqual(history.body.items[0].lineItems[0].flexDiscounts, l.flexDiscounts);
    const plain = await h.call('POST', ORDERS(), { body: order('PREVIEW', line(ACROBAT)) });
    assert.equal(plain.body.lineItems[0].flexDiscounts, undefined, 'no code, no flexDiscounts');
  });

  it('FLX-06 more than one code on a line is 2147, naming the line', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['NEW YEAR', 'SUMMER_SALE_123'])) }), 400, '2147', ['Line Item: 1']);
  });

  it('FLX-07 a code no discount has is 2146 "Line Item: N, Reason: NOT_FOUND"', async () => {
    const h = await harness();
    const second = { ...line(ACROBAT, ['NO-SUCH-CODE']), extLineItemNumber: 2 };
    assertError(await h.call('POST', ORDERS(), { body: order('NEW', line(CCAA, ['NEW YEAR']), second) }), 400, '2146', ['Line Item: 2, Reason: NOT_FOUND']);
    assert.equal((await h.call('GET', ORDERS())).body.totalCount, 0, 'nothing placed: one bad line fails the order');
  });

  it('FLX-08 a flexible discount with an HVD discountCode on the same line is 2144', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['NEW YEAR'], { discountCode: 'HVD_L18_PRE' })) }), 400, '2144', ['Line Item: 1']);
  });

  it('FLX-09 a code on a consumable (not a base product) is 2145', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(STOCK, ['NEW YEAR'])) }), 400, '2145', ['Line Item: 1']);
  });

  it('FLX-10 a 3YC-only code is 2166 for a customer without a commitment, and applies for a committed one', async () => {
    const h = await harness();
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(ACROBAT, ['3YC-ACROBAT-10'])) }), 400, '2166', ['Line Item: 1']);
    const committed = await h.call('POST', ORDERS(COMMITTED), { body: order('PREVIEW', line(ACROBAT, ['3YC-ACROBAT-10'])) });
    assert.equal(committed.status, 201, committed.text);
    assert.equal(committed.body.lineItems[0].flexDiscounts[0].result, 'SUCCESS');
  });

  it('FLX-11 a one-time code is used up by the customer\'s first order (a RETURN does not give it back): 2142 afterwards; other customers still use it', async () => {
    const h = await harness();
    const placed = await placeCompleted(h, order('NEW', line(CCAA, ['SUMMER_SALE_123'])));
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['SUMMER_SALE_123'])) }), 400, '2142', ['Line Item: 1']);
    const ret = await h.call('POST', ORDERS(), { body: { orderType: 'RETURN', referenceOrderId: placed.orderId, lineItems: placed.lineItems.map((l: any) => ({ extLineItemNumber: l.extLineItemNumber, offerId: l.offerId, quantity: l.quantity })) } });
    assert.equal(ret.status, 201, ret.text);
    await h.advance('PT1M');
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['SUMMER_SALE_123'])) }), 400, '2142');
    const other = await h.call('POST', ORDERS('1005000004'), { body: order('PREVIEW', line(CCAA, ['SUMMER_SALE_123'])) });
    assert.equal(other.status, 201, other.text);
  });

  it('FLX-12 a customer not qualified is 2141 "Line Item: N, Reason: Invalid Flexible Discount": offer, segment, dates, a second intro purchase, the FAILURE codes', async () => {
    const h = await harness();
    const notQualified = ['Line Item: 1, Reason: Invalid Flexible Discount'];
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(ACROBAT, ['SUMMER_SALE_123'])) }), 400, '2141', notQualified);
    assertError(await h.call('POST', ORDERS('1005000002'), { body: order('PREVIEW', line('65304479EA01A12', ['SUMMER_SALE_123'])) }), 400, '2141', notQualified);
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['FAILURE-SANDBOX'])) }), 400, '2141', notQualified);
    await h.control('PUT', '/flex-discounts/LATER', { name: 'Later', category: 'STANDARD', type: 'FIXED_DISCOUNT', values: [{ currency: 'USD', value: 5 }], startDate: '2027-01-01T00:00:00Z', endDate: '2027-12-31T00:00:00Z' });
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(CCAA, ['LATER'])) }), 400, '2141', notQualified);
    await placeCompleted(h, order('NEW', line(PHOTOSHOP, ['INTRO-PHSP'])));
    assertError(await h.call('POST', ORDERS(), { body: order('PREVIEW', line(PHOTOSHOP, ['INTRO-PHSP'])) }), 400, '2141', notQualified);
  });

  it('FLX-13 a reusable discount past its end date: for a customer who used it before, until the lock end date; 2141 for others', async () => {
    const h = await harness();
    const placed = await placeCompleted(h, order('NEW', line(PHOTOSHOP, ['BLACK_FRIDAY'])));
    await endDiscount(h, 'BLACK_FRIDAY', placed.creationDate);
    const again = await h.call('POST', `${ORDERS()}?fetch-price=true`, { body: order('PREVIEW', line(PHOTOSHOP, ['BLACK_FRIDAY'])) });
    assert.equal(again.status, 201, again.text);
    const p = again.body.lineItems[0].pricing;
    assert.equal(p.discountedPartnerPrice, Math.round((p.partnerPrice - 10) * 100) / 100);
    assertError(await h.call('POST', ORDERS('1005000004'), { body: order('PREVIEW', line(PHOTOSHOP, ['BLACK_FRIDAY'])) }), 400, '2141');
  });

  it('FLX-14 flexDiscountCodes on a subscription\'s autoRenewal are stored and shown, not validated (applied at renewal)', async () => {
    const h = await harness();
    const [sub] = (await h.call('GET', '/v3/customers/1005000004/subscriptions')).body.items;
    const patched = await h.call('PATCH', `/v3/customers/1005000004/subscriptions/${sub.subscriptionId}`, { body: { autoRenewal: { enabled: true, flexDiscountCodes: ['ANY-CODE-AT-ALL'] } } });
    assert.equal(patched.status, 200, patched.text);
    assert.deepEqual(patched.body.autoRenewal.flexDiscountCodes, ['ANY-CODE-AT-ALL']);
    const read = await h.call('GET', `/v3/customers/1005000004/subscriptions/${sub.subscriptionId}`);
    assert.deepEqual(read.body.autoRenewal.flexDiscountCodes, ['ANY-CODE-AT-ALL']);
  });

  it('FLX-17 PATCH with reset-flex-discount-codes=true removes the codes opted for renewal, with an empty body; without it an empty body is 1122', async () => {
    const h = await harness();
    const [sub] = (await h.call('GET', '/v3/customers/1005000004/subscriptions')).body.items;
    const path = `/v3/customers/1005000004/subscriptions/${sub.subscriptionId}`;
    await h.call('PATCH', path, { body: { autoRenewal: { flexDiscountCodes: ['NEW YEAR'] } } });
    assertError(await h.call('PATCH', path, { body: {} }), 400, '1122', ['autoRenewal']);
    const reset = await h.call('PATCH', `${path}?reset-flex-discount-codes=true`, { body: {} });
    assert.equal(reset.status, 200, reset.text);
    assert.deepEqual(reset.body.autoRenewal, { enabled: sub.autoRenewal.enabled, renewalQuantity: sub.autoRenewal.renewalQuantity });
    assert.equal((await h.call('GET', path)).body.autoRenewal.flexDiscountCodes, undefined);
  });
});
