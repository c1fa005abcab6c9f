// The order, catalogue and subscription rules that have logic of their own, on their domain
// functions directly (server/domain/catalogue, orders, subscriptions).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { catalogueProblems, findOffer, offerIdOf, type Catalogue } from '../server/domain/catalogue/catalogue.js';
import { entitledLevel, volumeLevel } from '../server/domain/catalogue/discount-level.js';
import { boundedOrders } from '../server/domain/orders/order-book.js';
import { subscriptionFacts } from '../server/domain/orders/order-settle.js';
import { normalizeSubscription, orderBooks } from '../server/domain/orders/seeded-holdings.js';
import type { Order } from '../server/domain/orders/order-types.js';
import { linePricing, proratedDays } from '../server/domain/orders/pricing.js';

const catalogue = defaultCatalogue();

describe('offer catalogue', () => {
  it('CAT-01 an offer id is product code, segment code, level and A12; only the catalogue\'s products, segments and levels are offers', () => {
    const offer = findOffer(catalogue, '65304479CA01A12');
    assert.deepEqual([offer?.product.productFamily, offer?.segment, offer?.level], ['Creative Cloud All Apps', 'COM', '01']);
    assert.equal(findOffer(catalogue, '65304479EA13A12')?.segment, 'EDU');
    assert.equal(findOffer(catalogue, '65322435CAT1A12')?.product.offerType, 'CONSUMABLES');
    for (const id of ['65304479CC01A12', '65304479CA05A12', '65304479CAT1A12', '65304479CA01A13', '99999999CA01A12', '']) assert.equal(findOffer(catalogue, id), undefined, id);
    assert.equal(offerIdOf(offer!.product, 'EDU', '04'), '65304479EA04A12');
  });

  it('CAT-02 the default catalogue has no problem; duplicate products, prices in unsold currencies and missing level discounts are named', () => {
    assert.deepEqual(catalogueProblems(catalogue), []);
    const broken: Catalogue = structuredClone(catalogue);
    broken.products.push({ ...broken.products[0], prices: { CHF: 1 } });
    delete broken.levelDiscounts['14'];
    broken.regions[1].countries.push('US');
    assert.deepEqual(catalogueProblems(broken).map((p) => p.path), [
      'catalogue.regions[1].countries', 'catalogue.levelDiscounts', `catalogue.products[${broken.products.length - 1}].productCode`, `catalogue.products[${broken.products.length - 1}].prices.CHF`,
    ]);
  });
});

describe('levels and prices', () => {
  it('ORD-12 volume levels: 1–9 01, 10–49 02, 50–99 03, 100+ 04; never below the current level; a 3YC level stays', () => {
    assert.deepEqual([1, 9, 10, 49, 50, 99, 100].map(volumeLevel), ['01', '01', '02', '02', '03', '03', '04']);
    assert.equal(entitledLevel({ discounts: [{ offerType: 'LICENSE', level: '03' }] }, 'LICENSE', 5), '03');
    assert.equal(entitledLevel({ discounts: [{ offerType: 'LICENSE', level: '13' }] }, 'LICENSE', 500), '13');
    assert.equal(entitledLevel({ discounts: [] }, 'CONSUMABLES', 500), 'T1');
  });

  it('ORD-13 licences are prorated to the anniversary, consumables are not; the line price is the prorated unit price times the quantity', () => {
    const now = new Date('2026-11-01T09:00:00Z');
    assert.equal(proratedDays('2027-05-02', now), 182);
    assert.equal(proratedDays('', now), 365);
    const allApps = findOffer(catalogue, '65304479CA01A12')!.product;
    const priced = linePricing(catalogue, allApps, '01', 'USD', 3, '2027-05-02', now);
    assert.deepEqual(priced, { proratedDays: 182, pricing: { partnerPrice: 659.88, discountedPartnerPrice: 659.88, netPartnerPrice: 329.036, lineItemPartnerPrice: 987.11 } });
    const stock = findOffer(catalogue, '65322435CAT1A12')!.product;
    assert.equal(linePricing(catalogue, stock, 'T1', 'USD', 2, '2027-05-02', now).pricing.lineItemPartnerPrice, 159.98);
  });
});

describe('order book', () => {
  it('ORD-19 a customer keeps at most 500 orders: the oldest settled ones go first, open ones stay', () => {
    const order = (orderId: string, status: string) => ({ orderId, status }) as Order;
    const orders = [order('1', '1000'), order('2', '1002'), order('3', '1008'), order('4', '1000')];
    assert.deepEqual(boundedOrders(orders, 2).map((o) => o.orderId), ['2', '4']);
    assert.equal(boundedOrders(orders), orders);
    const imported = Array.from({ length: 600 }, (_, i) => ({ orderId: String(i), customerId: '1', orderType: 'NEW' as const, creationDate: '2026-11-01T09:00:00Z', status: '1000', lineItems: [] }));
    const [book] = orderBooks(imported);
    assert.deepEqual([book.orders.length, book.orders[0].orderId], [500, '100']);
  });
});

describe('subscription facts', () => {
  it('SUB-06 the LGA and linked-membership rules read the real subscriptions: licences renewing, and whether a Team offer or consumables auto-renew', () => {
    const now = new Date('2026-11-01T09:00:00Z');
    const sub = (offerId: string, currentQuantity: number, extra: Record<string, unknown> = {}) => normalizeSubscription({ customerId: '1', offerId, currentQuantity, ...extra }, undefined, now);
    const enterprise = sub('30001475CC01A12', 150);
    assert.deepEqual(subscriptionFacts([enterprise], catalogue), { renewalQuantity: 150, teamOrConsumablesAutoRenewal: false });
    const team = sub('65304921CC01A12', 20);
    assert.deepEqual(subscriptionFacts([enterprise, team], catalogue), { renewalQuantity: 170, teamOrConsumablesAutoRenewal: true });
    const off = sub('65304921CC01A12', 20, { autoRenewal: { enabled: false, renewalQuantity: 20 } });
    const gone = sub('65322435CCT1A12', 0, { status: '1004' });
    assert.deepEqual(subscriptionFacts([enterprise, off, gone], catalogue), { renewalQuantity: 150, teamOrConsumablesAutoRenewal: false });
  });
});
