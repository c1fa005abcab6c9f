// The flexible discount rules, pure: pricing by discount type, qualification, the discounts' own
// checks and status.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFlexDiscounts, previewFlexDiscounts, type FlexDiscountContext } from '../server/domain/discounts/flex-discount-apply.js';
import { discountedPrice, flexDiscountProblems, flexDiscountStatus, normalizeFlexDiscount, type FlexDiscountSeed } from '../server/domain/discounts/flex-discounts.js';
import type { OrderLine } from '../server/domain/orders/order-types.js';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { defaultFlexDiscounts } from '../server/startup/flex-discounts-file.js';
import type { Customer } from '../server/domain/types.js';

const seed = (over: Partial<FlexDiscountSeed> = {}): FlexDiscountSeed => ({
  code: 'D', name: 'D', category: 'STANDARD', type: 'PERCENTAGE_DISCOUNT', values: [{ value: 20 }],
  startDate: '2026-01-01T00:00:00Z', endDate: '2026-12-31T23:59:59Z', ...over,
});
const customer = { customerId: '1', companyProfile: { marketSegment: 'COM', address: { country: 'US' } }, threeYearCommit: null } as unknown as Customer;
const ctx = (over: Partial<FlexDiscountContext> = {}): FlexDiscountContext => ({
  customer, catalogue: defaultCatalogue(), orders: [], subscriptions: [], discounts: [], now: new Date('2026-06-01T00:00:00Z'), ...over,
});
const priced = (partnerPrice: number, proratedDays = 365): OrderLine => ({
  extLineItemNumber: 1, offerId: '30006208CA01A12', quantity: 3, subscriptionId: '', status: '1002', currencyCode: 'USD', proratedDays,
  pricing: { partnerPrice, discountedPartnerPrice: partnerPrice, netPartnerPrice: partnerPrice, lineItemPartnerPrice: partnerPrice * 3 },
});

describe('flexible discounts, pure', () => {
  it('FLX-15 the three discount types price as the pages\' tables: 20% of 89.99 is 71.99, $20 off is 69.99, a fixed price is the price', () => {
    const pct = normalizeFlexDiscount(seed());
    const fixed = normalizeFlexDiscount(seed({ type: 'FIXED_DISCOUNT', values: [{ currency: 'USD', value: 20 }] }));
    const price = normalizeFlexDiscount(seed({ type: 'FIXED_PRICE', values: [{ country: 'US', currency: 'USD', value: 49.99 }] }));
    assert.deepEqual([discountedPrice(pct, 89.99, 20), discountedPrice(pct, 87.99, 20), discountedPrice(pct, 75.99, 20)], [71.99, 70.39, 60.79]);
    assert.deepEqual([discountedPrice(fixed, 89.99, 20), discountedPrice(fixed, 10, 20)], [69.99, 0]);
    assert.equal(discountedPrice(price, 89.99, 49.99), 49.99);
    const [line] = applyFlexDiscounts([priced(89.99, 73)], [{ extLineItemNumber: 1, flexDiscountCodes: ['D'] }], ctx({ discounts: [pct] }));
    assert.deepEqual(line.pricing, { partnerPrice: 89.99, discountedPartnerPrice: 71.99, netPartnerPrice: 14.398, lineItemPartnerPrice: 43.19 });
    assert.deepEqual(line.flexDiscounts, [{ id: pct.id, code: 'D', result: 'SUCCESS' }]);
    const untouched = priced(50);
    assert.equal(applyFlexDiscounts([untouched], [{ extLineItemNumber: 1 }], ctx())[0], untouched, 'a line without a code is left as it is');
  });

  it('FLX-16 a discount\'s own checks: end after start, lock end not before end, one percentage of at most 100, currencies on fixed values; the default fixtures pass', () => {
    assert.deepEqual(flexDiscountProblems([seed({ endDate: '2025-01-01T00:00:00Z' }), seed({ code: 'E', values: [{ value: 101 }] }), seed({ code: 'F', type: 'FIXED_DISCOUNT', values: [{ value: 5 }] }), seed({ code: 'F', discountLockEndDate: '2026-02-01T00:00:00Z' })]).map((p) => p.path),
      ['flexDiscounts[0].endDate', 'flexDiscounts[1].values[0].value', 'flexDiscounts[2].values', 'flexDiscounts[3].code', 'flexDiscounts[3].discountLockEndDate']);
    assert.ok(defaultFlexDiscounts().length > 0);
    const d = normalizeFlexDiscount(seed({ startDate: '2027-01-01T00:00:00Z', endDate: '2027-02-01T00:00:00Z', discountLockEndDate: '2027-06-01T00:00:00Z' }));
    assert.deepEqual(['2026-06-01', '2027-03-01', '2027-07-01'].map((t) => flexDiscountStatus(d, new Date(`${t}T00:00:00Z`))), ['ACTIVE', 'REUSABLE', 'EXPIRED'], 'future discounts are ACTIVE, as the pages say');
  });

  it('FLX-14 for a renewal preview, a code that fails marks its line FAILURE instead of failing the order; a code that applies prices it', () => {
    const pct = normalizeFlexDiscount(seed());
    const ended = normalizeFlexDiscount(seed({ code: 'OLD', endDate: '2026-02-01T00:00:00Z' }));
    const lines = [priced(89.99), { ...priced(89.99), extLineItemNumber: 2 }];
    const [ok, failed] = previewFlexDiscounts(lines, [{ extLineItemNumber: 1, flexDiscountCodes: ['D'] }, { extLineItemNumber: 2, flexDiscountCodes: ['OLD'] }], ctx({ discounts: [pct, ended] }));
    assert.deepEqual([ok.flexDiscounts?.[0].result, ok.pricing?.discountedPartnerPrice], ['SUCCESS', 71.99]);
    assert.deepEqual([failed.flexDiscounts, failed.pricing?.discountedPartnerPrice], [[{ id: ended.id, code: 'OLD', result: 'FAILURE' }], 89.99]);
  });
});
