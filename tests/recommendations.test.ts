// Recommendations over HTTP: POST /v3/recommendations and the fetch-recommendations flag of
// PREVIEW orders and subscription lists (runs on every store: npm run test:behaviour).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, fixturesWith, harness } from './support/harness.js';

const FAIRMONT = '9876543210';
const HOLDER = '1005000004';
const PHOTOSHOP = '65304470CA01A12';
const AUDITION = '30006208CA01A12';
const ALL_APPS = '65304479CA01A12';
const ORDERS = `/v3/customers/${FAIRMONT}/orders`;
const TRACKER = /^[A-Za-z0-9]{32}$/;
const ask = (body: Record<string, unknown>) => ({ body: { customerId: FAIRMONT, ...body } });
const pick = (list: any[]) => list.map((r) => [r.rank, r.product.baseOfferId, r.source.offerIds]);

describe('recommendations', () => {
  it('RCM-01 POST /v3/recommendations answers 200 with upsells, cross-sells and add-ons, ranked, and an x-recommendation-tracker-id header', async () => {
    const h = await harness();
    const reply = await h.call('POST', '/v3/recommendations', ask({ recommendationContext: 'ORDER_PREVIEW', offers: [{ offerId: PHOTOSHOP, quantity: 10 }, { offerId: AUDITION, quantity: 1 }], country: 'US', language: 'MULT' }));
    assert.equal(reply.status, 200, reply.text);
    assert.match(reply.headers['x-recommendation-tracker-id'], TRACKER);
    const { upsells, crossSells, addOns } = reply.body.productRecommendations;
    assert.deepEqual(pick(upsells), [[0, ALL_APPS, [PHOTOSHOP, AUDITION]]]);
    assert.deepEqual(pick(crossSells), [[0, '65322435CAT1A12', [PHOTOSHOP]]]);
    assert.deepEqual(addOns, []);
    assert.equal(upsells[0].source.sourceType, 'OFFER');
  });

  it('RCM-02 the catalogue\'s rules apply to the offers sent (ORDER_PREVIEW) or to what the customer holds (GENERIC, the default); nothing held or sent is recommended', async () => {
    const h = await harness();
    const cart = (await h.call('POST', '/v3/recommendations', ask({ recommendationContext: 'ORDER_PREVIEW', offers: [{ offerId: ALL_APPS, quantity: 5 }] }))).body.productRecommendations;
    assert.deepEqual([pick(cart.upsells), pick(cart.crossSells), pick(cart.addOns)], [
      [[0, '30001475CA01A12', [ALL_APPS]]], [[0, '65304921CA01A12', [ALL_APPS]]], [[0, '65322435CAT1A12', [ALL_APPS]]],
    ]);
    // The holder has All Apps, Acrobat Pro and Stock: only the enterprise upsell of All Apps is left.
    const held = (await h.call('POST', '/v3/recommendations', { body: { customerId: HOLDER } })).body.productRecommendations;
    assert.deepEqual([pick(held.upsells), held.crossSells, held.addOns], [[[0, '30001475CA01A12', [ALL_APPS]]], [], []]);
    const nothing = (await h.call('POST', '/v3/recommendations', ask({}))).body.productRecommendations;
    assert.deepEqual(nothing, { upsells: [], crossSells: [], addOns: [] });
    const jp = await harness({ fixtures: fixturesWith({ customer: [HOLDER, { companyProfile: { ...(await h.customer(HOLDER)).companyProfile, address: { country: 'JP', region: '13', city: 'Tokyo', addressLine1: '1-1 Chiyoda', postalCode: '100-0001' } } }] }) });
    assert.deepEqual((await jp.call('POST', '/v3/recommendations', { body: { customerId: HOLDER } })).body.productRecommendations.upsells, [], 'no enterprise offer is sold in JPY');
  });

  it('RCM-03 a country that is neither the customer\'s nor an active deployment\'s is 400/5136, a language other than EN or MULT 400/5137; an unknown customer 404/1116', async () => {
    const h = await harness();
    const refused = assertError(await h.call('POST', '/v3/recommendations', ask({ country: 'GB' })), 400, '5136');
    assert.equal(refused.message, 'Not allowed to fetch Recommendations for Country Code GB');
    assertError(await h.call('POST', '/v3/recommendations', ask({ language: 'FR' })), 400, '5137');
    assert.equal((await h.call('POST', '/v3/recommendations', ask({ language: 'EN' }))).status, 200);
    assertError(await h.call('POST', '/v3/recommendations', { body: { customerId: '1234567890' } }), 404, '1116');
    const deployment = { deploymentId: '3454000900', companyProfile: { address: { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA' } }, creationDate: '2026-10-01T00:00:00Z', status: '1000' };
    const global = await harness({ fixtures: fixturesWith({ customer: [FAIRMONT, { globalSalesEnabled: true, deployments: [deployment] }] }) });
    assert.equal((await global.call('POST', '/v3/recommendations', ask({ country: 'GB', language: 'EN' }))).status, 200);
  });

  it('RCM-04 fetch-recommendations=true on a PREVIEW adds a recommendations block from its lines and the tracker header; a failure is errorDetails in a 201', async () => {
    const h = await harness();
    const preview = { orderType: 'PREVIEW', lineItems: [{ extLineItemNumber: 1, offerId: PHOTOSHOP, quantity: 5 }] };
    const reply = await h.call('POST', `${ORDERS}?fetch-recommendations=true&recommendation-country=US&recommendation-language=MULT`, { body: preview });
    assert.equal(reply.status, 201, reply.text);
    assert.match(reply.headers['x-recommendation-tracker-id'], TRACKER);
    assert.deepEqual(pick(reply.body.recommendations.productRecommendations.upsells), [[0, ALL_APPS, [PHOTOSHOP]]]);
    const plain = await h.call('POST', ORDERS, { body: preview });
    assert.equal('recommendations' in plain.body, false);
    assert.equal(plain.headers['x-recommendation-tracker-id'], undefined);
    const failed = await h.call('POST', `${ORDERS}?fetch-recommendations=true&recommendation-country=GB`, { body: preview });
    assert.equal(failed.status, 201, failed.text);
    assert.equal(failed.body.recommendations.errorDetails.code, '5136');
    assert.equal(failed.body.lineItems.length, 1);
    const placed = await h.call('POST', `${ORDERS}?fetch-recommendations=true`, { body: { ...preview, orderType: 'NEW' } });
    assert.equal('recommendations' in placed.body, false, 'only a PREVIEW carries them');
  });

  it('RCM-05 fetch-recommendations=true on the subscription list adds recommendations from what the customer holds', async () => {
    const h = await harness();
    const reply = await h.call('GET', `/v3/customers/${HOLDER}/subscriptions?fetch-recommendations=true`);
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.items.length, 3);
    assert.deepEqual(pick(reply.body.recommendations.productRecommendations.upsells), [[0, '30001475CA01A12', [ALL_APPS]]]);
    assert.equal('recommendations' in (await h.call('GET', `/v3/customers/${HOLDER}/subscriptions`)).body, false);
    const failed = await h.call('GET', `/v3/customers/${HOLDER}/subscriptions?fetch-recommendations=true&recommendation-language=DE`);
    assert.deepEqual([failed.status, failed.body.recommendations.errorDetails.code], [200, '5137']);
  });
});
