// Subscriptions (list, get, PATCH 3115–3120, POST a scheduled one) and the price list (1160–1162,
// 5122) over HTTP; and the segment rule read from real subscriptions (runs on every store).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, harness, type Harness } from './support/harness.js';

const ACME = '1005000004';
const SUBS = `/v3/customers/${ACME}/subscriptions`;

async function firstSubscription(h: Harness) {
  return (await h.call('GET', SUBS)).body.items[0];
}

describe('subscriptions', () => {
  it('SUB-01 the list and each subscription carry the pages\' fields: plain-date renewalDate, links, no empty deploymentId', async () => {
    const h = await harness();
    const list = (await h.call('GET', SUBS)).body;
    assert.equal(list.totalCount, 3);
    assert.deepEqual(list.links.self, { uri: SUBS, method: 'GET', headers: [] });
    const [sub] = list.items;
    assert.match(sub.renewalDate, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal('deploymentId' in sub, false);
    const one = await h.call('GET', `${SUBS}/${sub.subscriptionId}`);
    assert.deepEqual(one.body, sub);
    assertError(await h.call('GET', `${SUBS}/nosuchsubscription`), 404, '3115', ['subscriptionId']);
  });

  it('SUB-02 PATCH sets the auto-renewal preferences; an explicit renewalQuantity then survives orders', async () => {
    const h = await harness();
    const sub = await firstSubscription(h);
    const patched = await h.call('PATCH', `${SUBS}/${sub.subscriptionId}`, { body: { autoRenewal: { enabled: true, renewalQuantity: 7 } } });
    assert.equal(patched.status, 200, patched.text);
    assert.deepEqual(patched.body.autoRenewal, { enabled: true, renewalQuantity: 7 });
    const order = await h.call('POST', `/v3/customers/${ACME}/orders`, { body: { orderType: 'NEW', lineItems: [{ extLineItemNumber: 1, offerId: sub.offerId, quantity: 3 }] } });
    assert.equal(order.status, 201, order.text);
    await h.advance('PT1M');
    const after = (await h.call('GET', `${SUBS}/${sub.subscriptionId}`)).body;
    assert.deepEqual([after.currentQuantity, after.autoRenewal.renewalQuantity], [sub.currentQuantity + 3, 7]);
    const off = await h.call('PATCH', `${SUBS}/${sub.subscriptionId}`, { body: { autoRenewal: { enabled: false } } });
    assert.equal(off.body.autoRenewal.enabled, false);
  });

  it('SUB-03 PATCH errors: renewalQuantity out of range 3116, auto-renewal on for 0 licences 3120, an inactive subscription 3119, read-only fields 1119', async () => {
    const h = await harness();
    const sub = await firstSubscription(h);
    const path = `${SUBS}/${sub.subscriptionId}`;
    assertError(await h.call('PATCH', path, { body: { autoRenewal: { renewalQuantity: 10_001 } } }), 400, '3116', ['autoRenewal.renewalQuantity']);
    assertError(await h.call('PATCH', path, { body: { autoRenewal: { enabled: true, renewalQuantity: 0 } } }), 400, '3120', ['autoRenewal.renewalQuantity']);
    assertError(await h.call('PATCH', path, { body: { autoRenewal: { enabled: true }, currentQuantity: 50 } }), 400, '1119', ['currentQuantity']);
    const inactive = { ...(await h.state()), subscriptions: [{ customerId: ACME, offerId: '65304479CA01A12', currentQuantity: 0, status: '1004' }] };
    assert.equal((await h.control('PUT', '/state', inactive)).status, 200);
    const token = await h.token();
    const [gone] = (await h.call('GET', SUBS, { client: { id: 'vipm-sim-client', token } })).body.items;
    assertError(await h.call('PATCH', `${SUBS}/${gone.subscriptionId}`, { body: { autoRenewal: { enabled: true } }, client: { id: 'vipm-sim-client', token } }), 400, '3119', ['subscriptionId']);
  });

  it('SUB-04 POST schedules a subscription (1009, nothing held) within 30 to 3 days before the anniversary, for an offer not held', async () => {
    const h = await harness();
    const body = { offerId: '65304470CA01A12', autoRenewal: { enabled: true, renewalQuantity: 100 } };
    const early = await h.call('POST', SUBS, { body });
    assertError(early, 400, '1117', ['offerId']);
    assert.match(early.body.message, /from 30 to 3 days before the anniversary 2027-03-10/);
    await h.control('POST', '/clock', { now: '2027-02-20T09:00:00Z' });
    const client = { id: 'vipm-sim-client', token: await h.token() };
    const scheduled = await h.call('POST', SUBS, { body, client });
    assert.equal(scheduled.status, 200, scheduled.text);
    assert.deepEqual([scheduled.body.status, scheduled.body.currentQuantity, scheduled.body.renewalDate, scheduled.body.autoRenewal.renewalQuantity], ['1009', 0, '2027-03-10', 100]);
    assertError(await h.call('POST', SUBS, { body, client }), 400, '1117', ['offerId']);
    assertError(await h.call('POST', SUBS, { body: { ...body, offerId: '65322435CAT1A12' }, client }), 400, '1117', ['offerId']);
    assertError(await h.call('POST', SUBS, { body: { ...body, autoRenewal: { enabled: false, renewalQuantity: 1 } }, client }), 400, '1117', ['autoRenewal.enabled']);
    assertError(await h.call('POST', SUBS, { body: { ...body, offerId: '30006208EA01A12' }, client }), 400, '2129', ['offerId', 'INELIGIBLE_MARKET_SEGMENT']);
  });

  it('SUB-05 a customer with an active subscription cannot change its market segment; once none is active, it can', async () => {
    const h = await harness();
    const customer = (await h.call('GET', `/v3/customers/${ACME}`)).body;
    const body = { companyProfile: { ...customer.companyProfile, marketSegment: 'EDU' } };
    const refused = await h.call('PATCH', `/v3/customers/${ACME}`, { body });
    assertError(refused, 400, '1119', ['companyProfile.marketSegment']);
    assert.match(refused.body.message, /3 active subscription/);
    const none = { ...(await h.state()), subscriptions: [{ customerId: ACME, offerId: '65304479CA01A12', currentQuantity: 0, status: '1004' }] };
    await h.control('PUT', '/state', none);
    const client = { id: 'vipm-sim-client', token: await h.token() };
    assert.equal((await h.call('PATCH', `/v3/customers/${ACME}`, { body, client })).status, 200);
  });
});

const PRICE_LIST = { region: 'NA', marketSegment: 'COM', currency: 'USD', priceListMonth: '202611' };

describe('price list', () => {
  it('PRC-01 the offers of the partner\'s region, segment and currency: volume levels and T1, 3YC levels on a 3YC list, filtered and paged', async () => {
    const h = await harness();
    const all = (await h.call('POST', '/v3/pricelist?limit=100', { body: PRICE_LIST })).body;
    assert.deepEqual([all.region, all.marketSegment, all.currency, all.priceListType, all.totalCount], ['NA', 'COM', 'USD', 'STANDARD', 21]);
    const allApps = all.offers.find((o: any) => o.offerId === '65304479CA01A12');
    assert.deepEqual([allApps.productFamily, allApps.partnerPrice, allApps.levelDetails], ['Creative Cloud All Apps', '659.88', undefined]);
    const filtered = (await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, priceListType: '3YC', filters: { productFamily: 'Creative Cloud All Apps' }, includeOfferAttributes: ['levelDetails'] } })).body;
    assert.deepEqual(filtered.offers.map((o: any) => [o.offerId, o.levelDetails]), [['65304479CA12A12', 'Level 12 10 - 49'], ['65304479CA13A12', 'Level 13 50 - 99'], ['65304479CA14A12', 'Level 14 100+']]);
    const page = (await h.call('POST', '/v3/pricelist?limit=5&offset=20', { body: PRICE_LIST })).body;
    assert.deepEqual([page.count, page.offset, page.limit], [1, 20, 5]);
  });

  it('PRC-02 errors: another region or currency 1161, a segment the partner does not sell 1160, a month without a price list or an offset past the end 404 1162, an unknown attribute 5122', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, region: 'WE', currency: 'EUR' } }), 400, '1161', ['region']);
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, currency: 'EUR' } }), 400, '1161', ['currency']);
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, priceListMonth: '202612' } }), 404, '1162', ['priceListMonth']);
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, priceListMonth: '202412' } }), 404, '1162', ['priceListMonth']);
    assertError(await h.call('POST', '/v3/pricelist?offset=21', { body: PRICE_LIST }), 404, '1162', ['offset']);
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, includeOfferAttributes: ['colour'] } }), 400, '5122', ['includeOfferAttributes']);
    const doc = await h.state();
    const comOnly = { ...doc, resellers: doc.resellers.map((r) => ({ ...r, marketSegments: ['COM' as const] })) };
    await h.control('PUT', '/state', comOnly);
    const client = { id: 'vipm-sim-client', token: await h.token() };
    assertError(await h.call('POST', '/v3/pricelist', { body: { ...PRICE_LIST, marketSegment: 'GOV' }, client }), 400, '1160', ['marketSegment']);
  });
});
