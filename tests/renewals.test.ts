// Renewals on the simulated clock over HTTP (runs on every store: npm run test:behaviour): the
// anniversary's auto-renewal and expiry, PREVIEW_RENEWAL, early and late RENEWAL orders and their
// codes, scheduled subscriptions joining at renewal, and the control plane's renewal call.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLIENT, assertError, harness, type Harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const SUBSCRIPTIONS = `/v3/customers/${FAIRMONT}/subscriptions`;
const ALL_APPS = '65304479CA01A12';
const PHOTOSHOP = '65304921CA01A12';
/** Fairmont's anniversary in the fixtures. */
const AD = '2027-05-02';

/** A partner on the simulated clock: moving the clock takes a fresh token (tokens expire with it). */
async function partner(start = '2026-06-01T10:00:00Z') {
  const h = await harness();
  let token = h.defaultToken;
  const to = async (now: string) => { await h.sim.keeper.changeClock({ now, frozen: true }); token = await h.token(); };
  const advance = async (by: string) => { await h.advance(by); token = await h.token(); };
  await to(start);
  const call = (method: string, path: string, body?: unknown) => h.call(method, path, { body, client: { id: CLIENT.id, token } });
  return { h, to, advance, call };
}
type Partner = Awaited<ReturnType<typeof partner>>;

/** Buys the lines (NEW), lets the order complete, and answers the subscriptions by base offer. */
async function buy(p: Partner, lineItems = [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }, { extLineItemNumber: 2, offerId: PHOTOSHOP, quantity: 5 }]) {
  const placed = await p.call('POST', ORDERS, { orderType: 'NEW', lineItems });
  assert.equal(placed.status, 201, placed.text);
  await p.advance('PT2M');
  return subscriptions(p);
}

async function subscriptions(p: Partner): Promise<Record<string, any>> {
  const list = await p.call('GET', SUBSCRIPTIONS);
  assert.equal(list.status, 200, list.text);
  return Object.fromEntries(list.body.items.map((s: any) => [s.offerId.slice(0, 8), s]));
}

const autoRenewalOff = (p: Partner, subscriptionId: string) => p.call('PATCH', `${SUBSCRIPTIONS}/${subscriptionId}`, { autoRenewal: { enabled: false } });
const renewal = (lineItems: unknown[], orderType = 'RENEWAL') => ({ orderType, currencyCode: 'USD', lineItems });

describe('auto-renewal on the anniversary', () => {
  it('REN-01 on the renewal date subscriptions with auto-renewal on renew in a RENEWAL order Adobe creates (source System); those with it off expire (1004); the anniversary rolls a year on', async () => {
    const p = await partner();
    const subs = await buy(p);
    assert.equal((await autoRenewalOff(p, subs['65304921'].subscriptionId)).status, 200);
    await p.to(`${AD}T09:00:00Z`);
    const after = await subscriptions(p);
    assert.deepEqual([after['65304479'].status, after['65304479'].currentQuantity, after['65304479'].renewalDate], ['1000', 12, '2028-05-02']);
    assert.deepEqual([after['65304921'].status, after['65304921'].renewalDate], ['1004', AD]);
    const history = (await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body;
    assert.equal(history.totalCount, 1);
    const order = history.items[0];
    assert.deepEqual([order.source, order.status, order.creationDate, order.lineItems.length], ['System', '1000', `${AD}T00:00:00Z`, 1]);
    assert.deepEqual([order.lineItems[0].subscriptionId, order.lineItems[0].quantity], [subs['65304479'].subscriptionId, 12]);
    const customer = (await p.call('GET', `/v3/customers/${FAIRMONT}`)).body;
    assert.equal(customer.cotermDate, '2028-05-02');
  });

  it('REN-02 a clock moved three years on runs every anniversary in order: three RENEWAL orders, the anniversary three years on', async () => {
    const p = await partner();
    await buy(p);
    await p.advance('P3Y');
    const history = (await p.call('GET', `${ORDERS}?order-type=RENEWAL&start-date=2026-01-01`)).body;
    assert.deepEqual(history.items.map((o: any) => o.creationDate.slice(0, 10)), ['2029-05-02', '2028-05-02', '2027-05-02']);
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2030-05-02');
  });

  it('REN-03 a subscription renews at its renewal quantity, and the licence level is re-evaluated from the licences renewed (down as well as up)', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.discounts.find((d: any) => d.offerType === 'LICENSE').level, '02');
    await p.call('PATCH', `${SUBSCRIPTIONS}/${subs['65304479'].subscriptionId}`, { autoRenewal: { enabled: true, renewalQuantity: 3 } });
    await p.to(`${AD}T09:00:00Z`);
    const after = await subscriptions(p);
    assert.equal(after['65304479'].currentQuantity, 3);
    const order = (await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.items[0];
    assert.deepEqual([order.lineItems[0].quantity, order.lineItems[0].offerId], [3, ALL_APPS]);
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.discounts.find((d: any) => d.offerType === 'LICENSE').level, '01');
  });

  it('REN-04 a scheduled subscription (1009) joins at renewal: active for its renewal quantity, a line of the RENEWAL order', async () => {
    const p = await partner();
    await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    await p.to('2027-04-20T10:00:00Z');
    const scheduled = await p.call('POST', SUBSCRIPTIONS, { offerId: PHOTOSHOP, autoRenewal: { enabled: true, renewalQuantity: 4 } });
    assert.equal(scheduled.status, 200, scheduled.text);
    await p.to(`${AD}T09:00:00Z`);
    const after = await subscriptions(p);
    assert.deepEqual([after['65304921'].status, after['65304921'].currentQuantity, after['65304921'].renewalDate], ['1000', 4, '2028-05-02']);
    const order = (await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.items[0];
    assert.equal(order.lineItems.length, 2);
  });
});

describe('a clock moved more than ten years on', () => {
  it('REN-18 a read settles at most ten anniversaries and stores them; the next read goes on from there until every anniversary has run', async () => {
    const p = await partner();
    await buy(p);
    await p.advance('P12Y');
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2037-05-02');
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2039-05-02');
    const after = await subscriptions(p);
    assert.deepEqual([after['65304479'].status, after['65304479'].renewalDate], ['1000', '2039-05-02']);
    const history = (await p.call('GET', `${ORDERS}?order-type=RENEWAL&start-date=2026-01-01&limit=50`)).body;
    assert.equal(history.totalCount, 12);
  });
});

describe('PREVIEW_RENEWAL', () => {
  it('REN-05 without lines it answers what the auto-renewal would order (a full term priced with fetch-price); 2136 when no subscription has auto-renewal on', async () => {
    const p = await partner();
    const subs = await buy(p);
    await autoRenewalOff(p, subs['65304921'].subscriptionId);
    const preview = await p.call('POST', `${ORDERS}?fetch-price=true`, { orderType: 'PREVIEW_RENEWAL' });
    assert.equal(preview.status, 201, preview.text);
    assert.deepEqual([preview.body.orderId, preview.body.status, preview.body.orderType, preview.body.links], ['', '', 'PREVIEW_RENEWAL', undefined]);
    assert.equal(preview.body.lineItems.length, 1);
    const [line] = preview.body.lineItems;
    assert.deepEqual([line.subscriptionId, line.quantity, line.status, line.proratedDays], [subs['65304479'].subscriptionId, 12, '1000', 365]);
    assert.equal(preview.body.pricingSummary[0].totalLineItemPartnerPrice, line.pricing.lineItemPartnerPrice);
    await autoRenewalOff(p, subs['65304479'].subscriptionId);
    assertError(await p.call('POST', ORDERS, { orderType: 'PREVIEW_RENEWAL' }), 400, '2136');
    assert.equal((await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.totalCount, 0);
  });

  it('REN-06 with lines it previews the renewal of those lines in the window (nothing placed); RENEWAL without lines is 1122', async () => {
    const p = await partner();
    const subs = await buy(p);
    await p.to('2027-04-22T10:00:00Z');
    const preview = await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 12 }], 'PREVIEW_RENEWAL'));
    assert.equal(preview.status, 201, preview.text);
    assert.deepEqual([preview.body.lineItems[0].quantity, preview.body.lineItems[0].status], [12, '1000']);
    assert.equal((await subscriptions(p))['65304479'].renewedQuantity, undefined);
    assertError(await p.call('POST', ORDERS, { orderType: 'RENEWAL' }), 400, '1122', ['lineItems']);
  });
});

describe('early renewal', () => {
  it('REN-07 from 30 days to 1 day before the renewal date: the RENEWAL completes on the clock, renewedQuantity shows, the anniversary rolls once, the renewal date stays; the auto-renewal renews what is left', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    const id = subs['65304479'].subscriptionId;
    await p.to('2027-04-22T10:00:00Z');
    const placed = await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: id, quantity: 5 }]));
    assert.equal(placed.status, 201, placed.text);
    assert.deepEqual([placed.body.orderType, placed.body.status, placed.body.source], ['RENEWAL', '1002', 'API']);
    await p.advance('PT2M');
    let sub = (await p.call('GET', `${SUBSCRIPTIONS}/${id}`)).body;
    assert.deepEqual([sub.renewedQuantity, sub.currentQuantity, sub.renewalDate], [5, 12, AD]);
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2028-05-02');
    const second = await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: id, quantity: 3 }]));
    assert.equal(second.status, 201, second.text);
    await p.advance('PT2M');
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2028-05-02');
    await p.to(`${AD}T09:00:00Z`);
    sub = (await p.call('GET', `${SUBSCRIPTIONS}/${id}`)).body;
    assert.deepEqual([sub.renewedQuantity, sub.currentQuantity, sub.renewalDate], [undefined, 12, '2028-05-02']);
    const system = (await p.call('GET', `${ORDERS}?order-type=RENEWAL&start-date=2027-01-01`)).body.items.filter((o: any) => o.source === 'System');
    assert.deepEqual(system.map((o: any) => o.lineItems[0].quantity), [4]);
  });

  /** 12 All Apps seats bought, then renewed early at AD-10 for `seats` with 2 Photoshop seats added: the RENEWAL, completed. */
  async function earlyRenewalAddingPhotoshop(p: Partner, seats: number) {
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    await p.to('2027-04-22T10:00:00Z');
    const placed = await p.call('POST', ORDERS, renewal([
      { extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: seats },
      { extLineItemNumber: 2, offerId: PHOTOSHOP, quantity: 2 },
    ]));
    assert.equal(placed.status, 201, placed.text);
    await p.advance('PT2M');
    return placed.body;
  }

  it('REN-08 new products and extra seats join an early renewal: a new product is scheduled (1009) and starts on the renewal date', async () => {
    const p = await partner();
    await earlyRenewalAddingPhotoshop(p, 15);
    let after = await subscriptions(p);
    assert.deepEqual([after['65304921'].status, after['65304921'].renewedQuantity, after['65304479'].renewedQuantity], ['1009', 2, 15]);
    await p.to(`${AD}T09:00:00Z`);
    after = await subscriptions(p);
    assert.deepEqual([after['65304921'].status, after['65304921'].currentQuantity, after['65304479'].currentQuantity], ['1000', 2, 15]);
    assert.equal((await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.items.filter((o: any) => o.source === 'System').length, 0);
  });

  it('REN-28 an early renewal is returned whole within 14 days: renewedQuantity goes back to 0, a product it scheduled does not start, the anniversary does not roll back, and the auto-renewal renews the seats on the renewal date', async () => {
    const p = await partner();
    const placed = await earlyRenewalAddingPhotoshop(p, 12);
    const renewed = (await p.call('GET', `${ORDERS}/${placed.orderId}`)).body;
    const back = (lines: any[]) => ({ orderType: 'RETURN', referenceOrderId: renewed.orderId, lineItems: lines.map((l: any) => ({ extLineItemNumber: l.extLineItemNumber, offerId: l.offerId, quantity: l.quantity })) });
    assertError(await p.call('POST', ORDERS, back(renewed.lineItems.slice(0, 1))), 400, '2131', ['Line Item: 2']);
    const returned = await p.call('POST', ORDERS, back(renewed.lineItems));
    assert.equal(returned.status, 201, returned.text);
    await p.advance('PT2M');
    let after = await subscriptions(p);
    assert.deepEqual([after['65304479'].renewedQuantity, after['65304479'].currentQuantity, after['65304921'].status], [0, 12, '1004']);
    assert.equal((await p.call('GET', `/v3/customers/${FAIRMONT}`)).body.cotermDate, '2028-05-02');
    await p.to(`${AD}T09:00:00Z`);
    after = await subscriptions(p);
    assert.deepEqual([after['65304479'].status, after['65304479'].currentQuantity, after['65304479'].renewalDate, after['65304921'].status], ['1000', 12, '2028-05-02', '1004']);
    const system = (await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.items.filter((o: any) => o.source === 'System');
    assert.deepEqual(system.map((o: any) => o.lineItems.map((l: any) => [l.offerId.slice(0, 8), l.quantity])), [[['65304479', 12]]]);
    assertError(await p.call('POST', ORDERS, { orderType: 'RETURN', referenceOrderId: system[0].orderId, lineItems: [{ extLineItemNumber: 1, offerId: system[0].lineItems[0].offerId, quantity: 12 }] }), 400, '2116');
  });

  it('REN-24 flexible discount codes on a renewal: a RENEWAL line with a code is priced with it (one bad code fails the order); a PREVIEW_RENEWAL without lines shows the codes the subscriptions opted for, a failing one as FAILURE', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    const id = subs['65304479'].subscriptionId;
    assert.equal((await p.call('PATCH', `${SUBSCRIPTIONS}/${id}`, { autoRenewal: { enabled: true, flexDiscountCodes: ['NO-SUCH-CODE'] } })).status, 200);
    await p.to('2027-04-22T10:00:00Z');
    const outlook = await p.call('POST', `${ORDERS}?fetch-price=true`, { orderType: 'PREVIEW_RENEWAL' });
    assert.equal(outlook.status, 201, outlook.text);
    assert.deepEqual(outlook.body.lineItems[0].flexDiscounts, [{ id: '', code: 'NO-SUCH-CODE', result: 'FAILURE' }]);
    const line = { extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: id, quantity: 5 };
    assertError(await p.call('POST', ORDERS, renewal([{ ...line, flexDiscountCodes: ['NO-SUCH-CODE'] }])), 400, '2146', ['Line Item: 1, Reason: NOT_FOUND']);
    const plain = await p.call('POST', `${ORDERS}?fetch-price=true`, renewal([line], 'PREVIEW_RENEWAL'));
    const priced = await p.call('POST', `${ORDERS}?fetch-price=true`, renewal([{ ...line, flexDiscountCodes: ['NEW YEAR'] }], 'PREVIEW_RENEWAL'));
    assert.equal(plain.status, 201, plain.text);
    assert.ok(priced.body.lineItems[0].pricing.discountedPartnerPrice < plain.body.lineItems[0].pricing.discountedPartnerPrice, 'the code lowers the renewal price');
    const placed = await p.call('POST', ORDERS, renewal([{ ...line, flexDiscountCodes: ['NEW YEAR'] }]));
    assert.equal(placed.status, 201, placed.text);
    assert.deepEqual(placed.body.lineItems[0].flexDiscounts.map((d: any) => [d.code, d.result]), [['NEW YEAR', 'SUCCESS']]);
  });

  it('REN-25 the anniversary applies the flexible discount codes a subscription opted for to its line of the RENEWAL order; a code that fails there is FAILURE and the line renews without it', async () => {
    const p = await partner();
    const subs = await buy(p);
    const opt = (id: string, code: string) => p.call('PATCH', `${SUBSCRIPTIONS}/${id}`, { autoRenewal: { enabled: true, flexDiscountCodes: [code] } });
    assert.equal((await opt(subs['65304479'].subscriptionId, 'NEW YEAR')).status, 200);
    assert.equal((await opt(subs['65304921'].subscriptionId, 'NO-SUCH-CODE')).status, 200);
    await p.to(`${AD}T09:00:00Z`);
    const order = (await p.call('GET', `${ORDERS}?order-type=RENEWAL`)).body.items[0];
    const byOffer = Object.fromEntries(order.lineItems.map((l: any) => [l.offerId.slice(0, 8), l]));
    assert.deepEqual(byOffer['65304479'].flexDiscounts.map((d: any) => [d.code, d.result]), [['NEW YEAR', 'SUCCESS']]);
    assert.deepEqual(byOffer['65304921'].flexDiscounts.map((d: any) => [d.code, d.result]), [['NO-SUCH-CODE', 'FAILURE']]);
    const priced = (await p.call('GET', `${ORDERS}/${order.orderId}?fetch-price=true`)).body;
    const line = priced.lineItems.find((l: any) => l.offerId.startsWith('65304479'));
    assert.ok(line.pricing.discountedPartnerPrice < line.pricing.partnerPrice, JSON.stringify(line.pricing));
  });

  it('REN-09 everything renewed early: the auto-renewal adds no order, and a PREVIEW_RENEWAL without lines is 2164', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    await p.to('2027-04-22T10:00:00Z');
    await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 12 }]));
    await p.advance('PT2M');
    assertError(await p.call('POST', ORDERS, { orderType: 'PREVIEW_RENEWAL' }), 400, '2164');
  });

  it('REN-10 a NEW or RENEWAL order while a RENEWAL is still open (1002) is 3131', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 12 }]);
    await p.to('2027-04-22T10:00:00Z');
    const line = { extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 2 };
    assert.equal((await p.call('POST', ORDERS, renewal([line]))).status, 201);
    assertError(await p.call('POST', ORDERS, renewal([line])), 400, '3131', ['orderType']);
    assertError(await p.call('POST', ORDERS, { orderType: 'NEW', lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 1 }] }), 400, '3131');
  });

  it('REN-11 the lines are checked against the subscriptions: unknown subscription 3115, another product 3132, a held product without its subscriptionId 3121, a partial renewal combined with another line 3121', async () => {
    const p = await partner();
    const subs = await buy(p);
    await p.to('2027-04-22T10:00:00Z');
    const id = subs['65304479'].subscriptionId;
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: 'ffffffffffffffffffffffffffffffNA', quantity: 1 }])), 404, '3115', ['Line Item: 1']);
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: PHOTOSHOP, subscriptionId: id, quantity: 1 }])), 400, '3132', ['Line Item: 1']);
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, quantity: 1 }])), 400, '3121', ['Line Item: 1']);
    assertError(await p.call('POST', ORDERS, renewal([
      { extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: id, quantity: 4 },
      { extLineItemNumber: 2, offerId: PHOTOSHOP, subscriptionId: subs['65304921'].subscriptionId, quantity: 5 },
    ])), 400, '3121', ['Line Item: 1']);
  });

  it('REN-12 outside both windows a renewal with lines is 3122 (mid-term, more than 30 days before the renewal date)', async () => {
    const p = await partner();
    const subs = await buy(p);
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 1 }])), 400, '3122', ['orderType']);
  });

  it('REN-13 a customer in the final term of its 3YC, without an accepted recommitment, cannot renew early (3133)', async () => {
    const p = await partner();
    const subs = await buy(p);
    const term = { startDate: '2024-05-02', endDate: '2027-05-01', status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] };
    const patched = await p.h.control('PATCH', `/customers/${FAIRMONT}`, { threeYearCommit: { commitment: term, commitmentRequest: null, recommitmentRequest: null } });
    assert.equal(patched.status, 200, patched.text);
    await p.to('2027-04-22T10:00:00Z');
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 12 }])), 400, '3133', ['orderType']);
  });
});

describe('late renewal', () => {
  it('REN-14 up to 14 days after a subscription expired: the same product, at most the quantity of the term that ended; it is active again until the next anniversary', async () => {
    const p = await partner();
    const subs = await buy(p);
    const id = subs['65304921'].subscriptionId;
    await autoRenewalOff(p, id);
    await p.to('2027-05-10T10:00:00Z');
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: PHOTOSHOP, subscriptionId: id, quantity: 6 }])), 400, '2120', ['Line Item: 1']);
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId: subs['65304479'].subscriptionId, quantity: 1 }])), 400, '3121', ['Line Item: 1']);
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: '65304470CA01A12', quantity: 1 }])), 400, '3132', ['Line Item: 1']);
    const placed = await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: PHOTOSHOP, subscriptionId: id, quantity: 3 }]));
    assert.equal(placed.status, 201, placed.text);
    await p.advance('PT2M');
    const sub = (await p.call('GET', `${SUBSCRIPTIONS}/${id}`)).body;
    assert.deepEqual([sub.status, sub.currentQuantity, sub.renewalDate], ['1000', 3, '2028-05-02']);
  });

  it('REN-29 allowedActions shows MANUAL_RENEWAL on the subscriptions a RENEWAL order may name today: those renewing in the early window, those expired in the late window, none mid-term or in a 3YC final term', async () => {
    const p = await partner();
    const subs = await buy(p);
    const photoshop = subs['65304921'].subscriptionId;
    await autoRenewalOff(p, photoshop);
    const actions = async () => Object.fromEntries(Object.entries(await subscriptions(p)).map(([k, s]) => [k, s.allowedActions ?? []]));
    assert.deepEqual(await actions(), { '65304479': [], '65304921': [] });
    await p.to('2027-04-22T10:00:00Z');
    assert.deepEqual(await actions(), { '65304479': ['MANUAL_RENEWAL'], '65304921': ['MANUAL_RENEWAL'] });
    assert.deepEqual((await p.call('GET', `${SUBSCRIPTIONS}/${photoshop}`)).body.allowedActions, ['MANUAL_RENEWAL']);
    await p.to('2027-05-10T10:00:00Z');
    assert.deepEqual(await actions(), { '65304479': [], '65304921': ['MANUAL_RENEWAL'] });
    await p.to('2027-05-20T10:00:00Z');
    assert.deepEqual(await actions(), { '65304479': [], '65304921': [] });
    const term = { startDate: '2025-05-02', endDate: '2028-05-01', status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] };
    assert.equal((await p.h.control('PATCH', `/customers/${FAIRMONT}`, { threeYearCommit: { commitment: term, commitmentRequest: null, recommitmentRequest: null } })).status, 200);
    await p.to('2028-04-22T10:00:00Z');
    assert.deepEqual(await actions(), { '65304479': [], '65304921': [] });
  });

  it('REN-15 more than 14 days after the expiry the renewal window is closed (3122)', async () => {
    const p = await partner();
    const subs = await buy(p, [{ extLineItemNumber: 1, offerId: PHOTOSHOP, quantity: 5 }]);
    const id = subs['65304921'].subscriptionId;
    await autoRenewalOff(p, id);
    await p.to('2027-05-17T10:00:00Z');
    assertError(await p.call('POST', ORDERS, renewal([{ extLineItemNumber: 1, offerId: PHOTOSHOP, subscriptionId: id, quantity: 5 }])), 400, '3122');
  });
});

describe('the control plane', () => {
  it('REN-16 triggerSandboxRenewal runs the anniversary now (the portal\'s coterm edit and Trigger Auto Renewal in one call)', async () => {
    const p = await partner();
    const subs = await buy(p);
    await autoRenewalOff(p, subs['65304921'].subscriptionId);
    const run = await p.h.control('POST', `/customers/${FAIRMONT}/renewal`);
    assert.equal(run.status, 200, run.text);
    assert.deepEqual([run.body.renewalDate, run.body.cotermDate], ['2026-06-01', '2027-06-01']);
    assert.match(run.body.renewalOrderId, /^6\d{9}$/);
    const order = (await p.call('GET', `${ORDERS}/${run.body.renewalOrderId}`)).body;
    assert.deepEqual([order.orderType, order.source], ['RENEWAL', 'System']);
    const after = await subscriptions(p);
    assert.deepEqual([after['65304479'].renewalDate, after['65304921'].status], ['2027-06-01', '1004']);
  });
});

describe('lists after a clock move', () => {
  it('REN-26 a list shows each customer as its GET does after the clock moved years on: the customer list (status, name, dates) and the notifications (open acquisitions expired)', async () => {
    const p = await partner();
    await buy(p);
    const created = await p.call('POST', '/v3/customers', {
      resellerId: '5556667778',
      companyProfile: {
        companyName: 'Clockwork Widgets', preferredLanguage: 'en-US',
        address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
        contacts: [{ firstName: 'Ada', lastName: 'Clock', email: 'ada@clockwork.example' }],
      },
    });
    assert.equal(created.status, 201, created.text);
    assert.equal(created.body.status, '1002');
    assert.equal((await p.h.control('POST', '/customers/1005000004/open-acquisitions', { productName: 'Audition', baseOfferId: '30006208CA01A12', quantity: 1 })).status, 201);
    await p.advance('P3Y');
    const listed = [];
    for (const status of ['1000', '1002', '1004']) {
      const page = await p.call('GET', `/v3/resellers/5556667778/customers?status=${status}&limit=50`);
      assert.equal(page.status, 200, page.text);
      listed.push(...page.body.accounts);
    }
    assert.ok(listed.some((a: any) => a.customerId === created.body.customerId && a.status === '1000'), 'the created customer is listed active');
    const summary = (c: any) => [c.customerId, c.resellerId, c.status, c.externalReferenceId, c.creationDate, c.companyProfile.companyName];
    for (const account of listed) {
      const customer = await p.call('GET', `/v3/customers/${account.customerId}`);
      assert.deepEqual(summary(account), summary(customer.body), `customer ${account.customerId}`);
    }
    const notifications = (await p.call('GET', '/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=5556667778')).body;
    assert.equal(notifications.totalCount, 0);
    assert.equal((await p.call('GET', '/v3/customers/1005000004/open-acquisitions')).body.licenseCount, 0);
  });
});
