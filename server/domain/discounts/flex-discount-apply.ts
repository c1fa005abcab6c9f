// Flexible discount codes on order lines (docs/flex-discounts/apis.md "Create Order and Preview
// Order"): each code checked in the order the error table lists the failures, then the line
// priced with the discount and marked with the flexDiscounts the pages' answers show. One reusable
// function: PREVIEW and NEW orders call it, and so can a renewal.
import { BASE_LEVEL, findOffer, offerIdOf, roundPrice, type Catalogue } from '../catalogue/catalogue.js';
import { TERM_DAYS } from '../orders/pricing.js';
import type { Order, OrderLine } from '../orders/order-types.js';
import type { Subscription } from '../orders/order-types.js';
import type { Customer } from '../types.js';
import { AdobeError } from '../protocol/errors.js';
import { flexDiscountErrors, NOT_FOUND_REASON, NOT_QUALIFIED_REASON } from './flex-discount-errors.js';
import { discountedPrice, discountValueFor, type FlexDiscount } from './flex-discounts.js';

/** What a line of the request says about discounts. */
export interface DiscountRequestLine {
  extLineItemNumber: number;
  flexDiscountCodes?: string[];
  /** The HVD discount code of customers migrated from VIP (create-order.md): not combined with a flexible discount (2144). */
  discountCode?: string;
}

export interface FlexDiscountContext {
  customer: Customer;
  catalogue: Catalogue;
  /** The customer's orders so far: what it redeemed and bought. */
  orders: Order[];
  subscriptions: Subscription[];
  discounts: FlexDiscount[];
  now: Date;
}

/** The result of a code on a line, as the order answers show it. */
export interface AppliedFlexDiscount {
  id: string;
  code: string;
  result: 'SUCCESS' | 'FAILURE';
}

const FAILED_ORDER = /^(1004|102\d)$/;

/** The customer's orders that count: NEW (and later renewal) orders not failed. */
const countedOrders = (orders: Order[]) => orders.filter((o) => o.orderType !== 'RETURN' && o.orderType !== 'PREVIEW' && !FAILED_ORDER.test(o.status));

/** When the customer first redeemed the code (an order line carrying it with SUCCESS), or undefined. */
export function firstRedemption(orders: Order[], code: string): string | undefined {
  return countedOrders(orders)
    .filter((o) => o.lineItems.some((l) => l.flexDiscounts?.some((f) => f.code === code && f.result === 'SUCCESS')))
    .map((o) => o.creationDate).sort()[0];
}

const productOf = (catalogue: Catalogue, offerId: string) => findOffer(catalogue, offerId)?.product.productCode ?? offerId.slice(0, 8);

/** The customer bought the product before, or holds it: an introductory discount is not for it. */
function boughtBefore(ctx: FlexDiscountContext, offerId: string): boolean {
  const product = productOf(ctx.catalogue, offerId);
  return ctx.subscriptions.some((s) => productOf(ctx.catalogue, s.offerId) === product)
    || countedOrders(ctx.orders).some((o) => o.lineItems.some((l) => productOf(ctx.catalogue, l.offerId) === product));
}

const hasThreeYearCommitment = (customer: Customer) => {
  const tyc = customer.threeYearCommit;
  return !!tyc && (['COMMITTED', 'ACTIVE'].includes(tyc.commitment?.status ?? '') || tyc.commitmentRequest?.status === 'ACCEPTED');
};

/** The base-level offer of a line's offer (the pages' qualification.baseOfferIds). */
function baseOffer(catalogue: Catalogue, offerId: string): string {
  const offer = findOffer(catalogue, offerId);
  return offer ? offerIdOf(offer.product, offer.segment, BASE_LEVEL[offer.product.offerType]) : offerId;
}

/**
 * Whether the customer qualifies for the discount on this offer now: segment, country, offer,
 * dates (a reusable discount past its end date only for a customer who redeemed it before),
 * introductory discounts only for a first purchase of the product, and the sandbox's FAILURE
 * codes never.
 */
export function qualifies(d: FlexDiscount, offerId: string, currency: string, ctx: FlexDiscountContext): boolean {
  const { customer, now } = ctx;
  const profile = customer.companyProfile;
  if (d.code.toUpperCase().includes('FAILURE') && d.name.toUpperCase().includes('FAILURE')) return false;
  if (d.marketSegments.length && !d.marketSegments.includes(profile.marketSegment)) return false;
  if (d.countries.length && !d.countries.includes(profile.address.country)) return false;
  if (d.baseOfferIds.length && !d.baseOfferIds.includes(baseOffer(ctx.catalogue, offerId))) return false;
  const t = now.getTime();
  if (t < Date.parse(d.startDate)) return false;
  if (t > Date.parse(d.endDate)) {
    const redeemed = firstRedemption(ctx.orders, d.code);
    const reusable = d.discountLockEndDate && t <= Date.parse(d.discountLockEndDate) && redeemed && Date.parse(redeemed) <= Date.parse(d.endDate);
    if (!reusable) return false;
  }
  if (d.category === 'INTRO' && boughtBefore(ctx, offerId)) return false;
  return discountValueFor(d, profile.address.country, currency) !== undefined;
}

/** The discount a line's codes name, checked: 2147, 2146, 2144, 2145, 2166, 2142, 2141 in that order. */
function discountOf(line: OrderLine, request: DiscountRequestLine, ctx: FlexDiscountContext): FlexDiscount {
  const n = line.extLineItemNumber;
  const codes = request.flexDiscountCodes ?? [];
  if (codes.length > 1) throw flexDiscountErrors.oneCodePerLine(n, undefined, `${codes.length} codes on one line`);
  const d = ctx.discounts.find((x) => x.code === codes[0]);
  if (!d) throw flexDiscountErrors.invalidCode(n, NOT_FOUND_REASON, `no flexible discount has the code ${codes[0]}`);
  if (request.discountCode) throw flexDiscountErrors.notCombinable(n, undefined, `the line also carries the discount code ${request.discountCode}`);
  if (findOffer(ctx.catalogue, line.offerId)?.product.offerType !== 'LICENSE') throw flexDiscountErrors.notBaseProduct(n, undefined, `${line.offerId} is not a base (licence) product`);
  if (d.threeYearCommitOnly && !hasThreeYearCommitment(ctx.customer)) throw flexDiscountErrors.threeYearCommitOnly(n, undefined, `${d.code} is for 3YC customers; customer ${ctx.customer.customerId} has no commitment`);
  if (d.oneTime && firstRedemption(ctx.orders, d.code)) throw flexDiscountErrors.oneTimeUsed(n, undefined, `customer ${ctx.customer.customerId} has redeemed ${d.code}`);
  if (!qualifies(d, line.offerId, line.currencyCode, ctx)) throw flexDiscountErrors.notQualified(n, NOT_QUALIFIED_REASON);
  return d;
}

/** The line with the discount in its price (unit, prorated, line total) and its flexDiscounts. */
function discountedLine(line: OrderLine, d: FlexDiscount, ctx: FlexDiscountContext): OrderLine {
  const value = discountValueFor(d, ctx.customer.companyProfile.address.country, line.currencyCode)!;
  const flexDiscounts: AppliedFlexDiscount[] = [{ id: d.id, code: d.code, result: 'SUCCESS' }];
  if (!line.pricing) return { ...line, flexDiscounts };
  const days = line.proratedDays ?? TERM_DAYS;
  const discounted = discountedPrice(d, line.pricing.partnerPrice, value);
  const net = Math.round((discounted * days / TERM_DAYS) * 1000) / 1000;
  return { ...line, flexDiscounts, pricing: { ...line.pricing, discountedPartnerPrice: discounted, netPartnerPrice: net, lineItemPartnerPrice: roundPrice(net * line.quantity) } };
}

/**
 * The priced lines with the discounts their request lines name (matched by extLineItemNumber);
 * lines without a code are left as they are. Throws the AdobeError of the first line that fails:
 * "Order creation will fail even if any line item contains an invalid flexible discount code."
 */
export function applyFlexDiscounts(lines: OrderLine[], requested: DiscountRequestLine[], ctx: FlexDiscountContext): OrderLine[] {
  const byNumber = new Map(requested.map((r) => [r.extLineItemNumber, r]));
  return lines.map((line) => {
    const request = byNumber.get(line.extLineItemNumber);
    if (!request?.flexDiscountCodes?.length) return line;
    return discountedLine(line, discountOf(line, request, ctx), ctx);
  });
}

/**
 * As applyFlexDiscounts, but a code that fails marks its line `result: "FAILURE"` (priced without
 * it) instead of failing the order: what a PREVIEW_RENEWAL of an auto-renewal shows for codes the
 * subscription opted for (docs/flex-discounts/apis.md "Preview automated renewal").
 */
export function previewFlexDiscounts(lines: OrderLine[], requested: DiscountRequestLine[], ctx: FlexDiscountContext): OrderLine[] {
  const byNumber = new Map(requested.map((r) => [r.extLineItemNumber, r]));
  return lines.map((line) => {
    const request = byNumber.get(line.extLineItemNumber);
    const code = request?.flexDiscountCodes?.[0];
    if (!request || code === undefined) return line;
    try {
      return discountedLine(line, discountOf(line, request, ctx), ctx);
    } catch (error) {
      if (!(error instanceof AdobeError)) throw error;
      const failed: AppliedFlexDiscount = { id: ctx.discounts.find((d) => d.code === code)?.id ?? '', code, result: 'FAILURE' };
      return { ...line, flexDiscounts: [failed] };
    }
  });
}
