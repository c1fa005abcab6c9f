// POST /v3/customers/{customer-id}/orders: PREVIEW, NEW and RETURN (switch orders in order-switch.ts), in the order of checks the
// pages imply — the order's own fields, its lines, the currency, then each offer against the
// customer. A PREVIEW places nothing; NEW and RETURN answer an open (1002) order that completes on
// the simulated clock (order-settle.ts).
import type { PartnerSchema } from '../../api-types/operation-types.js';
import { BASE_LEVEL, MAX_QUANTITY, findOffer, offerIdOf, regionOfCountry, type Catalogue, type Offer } from '../catalogue/catalogue.js';
import { entitledLevel } from '../catalogue/discount-level.js';
import { isoSeconds } from '../time.js';
import { commitmentDiscounts } from '../commitments/three-year-commit.js';
import type { Customer, Deployment, Distributor, MarketSegment, OfferType, Reseller } from '../types.js';
import { lineCountry, lineDeployments } from './order-deployments.js';
import { orderErrors } from './order-errors.js';
import { assertNotConsumed, assertProgramSold, assertPurchaseEligible } from './order-eligibility.js';
import { linePricing } from './pricing.js';
import { ORDER_CANCELLED, ORDER_COMPLETE, ORDER_OPEN, type CancellingItem, type Order, type OrderLine, type Subscription } from './order-types.js';
import { createSwitchOrder, isPreviewOrder, isSwitchOrder } from './order-switch.js';
import { errors } from '../protocol/errors.js';
import { applyFlexDiscounts } from '../discounts/flex-discount-apply.js';
import type { FlexDiscount } from '../discounts/flex-discounts.js';
import { assertNoRenewalInProgress, isEarlyRenewal, renewalOrder } from '../renewals/manual-renewal.js';

/** An order request and its lines, as the contract types them (lineItems may be left out of a PREVIEW_RENEWAL only). */
export type OrderRequestBody = PartnerSchema<'OrderRequest'>;
export type OrderLineRequest = NonNullable<OrderRequestBody['lineItems']>[number];
export type OrderRequest = OrderRequestBody & { lineItems: OrderLineRequest[] };

export const MAX_LINE_ITEMS = 499;
export const MAX_LINE_NUMBER = 999_999;
export const MAX_EXTERNAL_REFERENCE = 35;
/** A production client sends 49-character references on RETURN orders, and Adobe takes them (docs/rules.md ORD-04). */
export const MAX_RETURN_EXTERNAL_REFERENCE = 50;
export const RETURN_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

export interface OrderContext {
  customer: Customer;
  reseller: Reseller;
  catalogue: Catalogue;
  orders: Order[];
  subscriptions: Subscription[];
  now: Date;
  /** The segments the distributor's resellers sell (2124); unset, not checked. */
  distributorSegments?: readonly MarketSegment[];
  /** The flexible discounts defined (domain/discounts/): the codes lines may name. */
  flexDiscounts?: FlexDiscount[];
  /** The caller's distributor: global sales for lines with a deployment (1139). */
  distributor?: Distributor;
}

export const lineDetail = (line: { extLineItemNumber: number }) => `Line Item: ${line.extLineItemNumber}`;

/** The order's own fields: the reference length and referenceOrderId (2126, 1122, 1117). */
export function checkOrderFields(request: OrderRequest): void {
  const max = request.orderType === 'RETURN' ? MAX_RETURN_EXTERNAL_REFERENCE : MAX_EXTERNAL_REFERENCE;
  if ((request.externalReferenceId ?? '').length > max) throw orderErrors.externalReferenceTooLong(['externalReferenceId'], `at most ${max} characters`);
  if (request.orderType === 'RETURN' && !request.referenceOrderId) {
    throw errors.missingFields(['referenceOrderId'], 'Request is missing required fields: referenceOrderId is required for RETURN orders');
  }
  if (request.orderType !== 'RETURN' && request.referenceOrderId) {
    throw errors.invalidFields(['referenceOrderId'], 'Some fields are invalid: referenceOrderId is for RETURN orders only');
  }
  if (request.cancellingItems) throw errors.invalidFields(['cancellingItems'], 'Some fields are invalid: cancellingItems is for switch orders only');
}

/** The lines as a list: how many, their numbers (2119, 2123, 2121). */
export function checkLines(lines: OrderLineRequest[]): void {
  if (lines.length > MAX_LINE_ITEMS) throw orderErrors.tooManyLines(['lineItems'], `${lines.length} line items, at most ${MAX_LINE_ITEMS}`);
  const seen = new Set<number>();
  for (const line of lines) {
    if (line.extLineItemNumber < 0 || line.extLineItemNumber > MAX_LINE_NUMBER) throw orderErrors.lineNumberOutOfRange([lineDetail(line)], `0 to ${MAX_LINE_NUMBER}`);
    if (seen.has(line.extLineItemNumber)) throw orderErrors.duplicateLineNumbers([lineDetail(line)]);
    seen.add(line.extLineItemNumber);
    if (line.quantity < 1) throw orderErrors.quantityOutOfRange([lineDetail(line)], 'at least 1');
  }
}

/**
 * The one currency of the order (2140, 2137, 2125): the order level and the lines may both name
 * it, as every example of the pages does, but not name different ones; lines name one currency;
 * it must be sold in the region of each line's country (the customer's, or its deployment's).
 * Without any, the first line's region's first currency.
 */
export function orderCurrency(request: OrderRequest, customer: Customer, catalogue: Catalogue, countries: string[] = [customer.companyProfile.address.country]): string {
  const lineCurrencies = [...new Set(request.lineItems.map((l) => l.currencyCode).filter((c): c is string => !!c))];
  if (request.currencyCode && lineCurrencies.some((c) => c !== request.currencyCode)) {
    throw orderErrors.orderAndLineCurrency(['currencyCode'], `the order says ${request.currencyCode}, a line ${lineCurrencies.find((c) => c !== request.currencyCode)}`);
  }
  if (lineCurrencies.length > 1) throw orderErrors.currencyNotAligned(['lineItems.currencyCode'], `the lines name ${lineCurrencies.join(', ')}`);
  const currency = request.currencyCode ?? lineCurrencies[0] ?? regionOfCountry(catalogue, countries[0])?.currencies[0];
  for (const country of new Set(countries)) {
    const region = regionOfCountry(catalogue, country);
    if (!region || !currency || !region.currencies.includes(currency)) {
      throw orderErrors.currencyNotForRegion(['currencyCode'], `${currency ?? 'no currency'} is not sold in ${country}`);
    }
  }
  return currency;
}

/** The offer of a NEW or PREVIEW line, checked against the customer (2122, 2124, 2129, 2128, 2120). */
export function offerFor(line: OrderLineRequest, ctx: OrderContext, currency: string): Offer {
  const offer = findOffer(ctx.catalogue, line.offerId);
  if (!offer) throw orderErrors.invalidOffer([lineDetail(line)], `${line.offerId} is not an offer of the catalogue`);
  assertProgramSold(line, offer, ctx.distributorSegments);
  const segment = ctx.customer.companyProfile.marketSegment;
  if (offer.segment !== segment || !ctx.reseller.marketSegments.includes(segment)) {
    throw orderErrors.ineligible([lineDetail(line), 'INELIGIBLE_MARKET_SEGMENT'], `${line.offerId} is a ${offer.segment} offer; the customer is ${segment}, its reseller ${ctx.reseller.marketSegments.join('+')}`);
  }
  if (offer.product.prices[currency] === undefined) throw orderErrors.currencyNotForOffer([lineDetail(line)], `${line.offerId} is not sold in ${currency}`);
  const max = MAX_QUANTITY[offer.product.edition];
  if (line.quantity > max) throw orderErrors.quantityOutOfRange([lineDetail(line)], `at most ${max} for ${offer.product.edition} offers`);
  return offer;
}

/** Licences the customer holds: its active licence subscriptions' current quantities. */
export const licencesHeld = (subscriptions: Subscription[], catalogue: Catalogue) =>
  subscriptions.filter((s) => s.status === '1000' && findOffer(catalogue, s.offerId)?.product.offerType === 'LICENSE')
    .reduce((sum, s) => sum + s.currentQuantity, 0);

/**
 * The 3YC level an order reaches: with an ACCEPTED commitment request, once what was ordered
 * toward it and this order reach its minimum for the offer type (docs/rules.md ORD-20).
 */
export function acceptedCommitmentLevel(customer: Customer, offerType: OfferType, orderedNow: number): string | undefined {
  const tyc = customer.threeYearCommit;
  const minimum = tyc?.commitmentRequest?.status === 'ACCEPTED' ? tyc.commitmentRequest.minimumQuantities.find((q) => q.offerType === offerType) : undefined;
  if (!minimum) return undefined;
  const already = tyc!.orderedQuantities?.find((q) => q.offerType === offerType)?.quantity ?? 0;
  if (already + orderedNow < minimum.quantity) return undefined;
  return commitmentDiscounts(customer.companyProfile.marketSegment, [minimum])[0].level;
}

/** The lines of a NEW or PREVIEW order at the level the customer is entitled to, priced. */
function purchaseLines(request: OrderRequest, ctx: OrderContext, currency: string, deployments: Array<Deployment | undefined>): OrderLine[] {
  const offers = request.lineItems.map((line) => offerFor(line, ctx, currency));
  assertPurchaseEligible(request.lineItems, offers, ctx);
  const orderedOf = (type: OfferType) => request.lineItems.reduce((sum, l, i) => sum + (offers[i].product.offerType === type ? l.quantity : 0), 0);
  const licences = licencesHeld(ctx.subscriptions, ctx.catalogue) + orderedOf('LICENSE');
  const lines = request.lineItems.map((line, i) => {
    const { product, segment } = offers[i];
    const level = acceptedCommitmentLevel(ctx.customer, product.offerType, orderedOf(product.offerType)) ?? entitledLevel(ctx.customer, product.offerType, licences);
    const offerId = offerIdOf(product, segment, level);
    const priced = linePricing(ctx.catalogue, product, level, currency, line.quantity, ctx.customer.cotermDate, ctx.now);
    return {
      extLineItemNumber: line.extLineItemNumber, offerId, quantity: line.quantity, subscriptionId: '', status: ORDER_OPEN, currencyCode: currency,
      ...(deployments[i] ? { deploymentId: deployments[i]!.deploymentId } : {}), ...priced,
    };
  });
  return applyFlexDiscounts(lines, request.lineItems, { ...ctx, discounts: ctx.flexDiscounts ?? [] });
}

/** The subscription a product's lines go to: the customer's one for the base-level offer. */
export const baseOfferId = (offer: Offer) => offerIdOf(offer.product, offer.segment, BASE_LEVEL[offer.product.offerType]);

/** A RETURN's lines, each matching a line of the returnable order it names (2115, 2116, 2134, 2131, 2130, 2132, 2133). */
function returnLines(request: OrderRequest, ctx: OrderContext): { lines: OrderLine[]; currency: string } {
  const original = ctx.orders.find((o) => o.orderId === request.referenceOrderId);
  if (!original) throw orderErrors.invalidOrder(['referenceOrderId'], `the customer has no order ${request.referenceOrderId}`);
  const earlyRenewal = isEarlyRenewal(original);
  if (original.orderType !== 'NEW' && !earlyRenewal || original.status !== ORDER_COMPLETE && original.status !== ORDER_CANCELLED) {
    throw orderErrors.invalidStatus(['referenceOrderId'], `order ${original.orderId} is a ${original.orderType} order in status ${original.status}; only completed (1000) NEW orders and early RENEWAL orders are returned`);
  }
  if (ctx.now.getTime() - Date.parse(original.creationDate) > RETURN_WINDOW_DAYS * DAY_MS) {
    throw orderErrors.returnExpired(['referenceOrderId'], `order ${original.orderId} was placed on ${original.creationDate}, more than ${RETURN_WINDOW_DAYS} days ago`);
  }
  // "Partial returns are not supported for early renewal": its lines go back together, in one RETURN.
  const left = earlyRenewal ? original.lineItems.filter((l) => !request.lineItems.some((r) => r.extLineItemNumber === l.extLineItemNumber)) : [];
  if (left.length) throw orderErrors.returnLineMismatch(left.map(lineDetail), `order ${original.orderId} is an early renewal: it is returned whole, in one RETURN`);
  const returning = new Set(ctx.orders.filter((o) => o.orderType === 'RETURN' && o.referenceOrderId === original.orderId && o.status !== '1004' && !o.status.startsWith('102'))
    .flatMap((o) => o.lineItems.map((l) => l.extLineItemNumber)));
  const lines = request.lineItems.map((line) => {
    const match = original.lineItems.find((l) => l.extLineItemNumber === line.extLineItemNumber);
    if (!match) throw orderErrors.returnLineMismatch([lineDetail(line)], `order ${original.orderId} has no line ${line.extLineItemNumber}`);
    if (match.offerId !== line.offerId) throw orderErrors.returnOfferMismatch([lineDetail(line)], `the line ordered ${match.offerId}`);
    if (match.quantity !== line.quantity) throw orderErrors.returnQuantityMismatch([lineDetail(line)], `the line ordered ${match.quantity}; lines are returned whole`);
    if (match.status === ORDER_CANCELLED || returning.has(match.extLineItemNumber)) throw orderErrors.alreadyReturned([lineDetail(line)]);
    assertNotConsumed(match, ctx.subscriptions, ctx.catalogue);
    const { proratedDays, pricing } = match;
    return { ...match, status: ORDER_OPEN, ...(proratedDays !== undefined ? { proratedDays } : {}), ...(pricing ? { pricing } : {}) };
  });
  return { lines, currency: original.currencyCode };
}

export interface PlacedOrder {
  /** The order (a PREVIEW's has an empty orderId and status, and is not kept). */
  order: Order;
  /** Whether it is kept (NEW and RETURN). */
  placed: boolean;
}

/**
 * Checks and builds the order. `orderId` names a NEW or RETURN order; `completionDelayMs` is how
 * long it stays open on the clock.
 */
export function createOrder(body: OrderRequestBody, ctx: OrderContext, orderId: string, completionDelayMs: number): PlacedOrder {
  if (body.orderType === 'RENEWAL' || body.orderType === 'PREVIEW_RENEWAL') return renewalOrder(body, ctx, orderId, completionDelayMs);
  if (!body.lineItems) throw errors.missingFields(['lineItems'], `Request is missing required fields: lineItems is required for ${body.orderType} orders`);
  const request = body as OrderRequest;
  if (isSwitchOrder(request.orderType)) return createSwitchOrder(request, ctx, orderId, completionDelayMs);
  if (request.orderType === 'NEW') assertNoRenewalInProgress(ctx.orders);
  checkOrderFields(request);
  checkLines(request.lineItems);
  const built = request.orderType === 'RETURN'
    ? returnLines(request, ctx)
    : (() => {
      const deployments = lineDeployments(request.lineItems, ctx.customer, ctx.reseller, ctx.distributor);
      const countries = deployments.map((d) => lineCountry(ctx.customer, d));
      const currency = orderCurrency(request, ctx.customer, ctx.catalogue, countries);
      return { currency, lines: purchaseLines(request, ctx, currency, deployments) };
    })();
  return placedOrder(request, ctx, orderId, completionDelayMs, built);
}

/** The order of a request with its checked lines: a preview's has an empty orderId and status and is not kept. */
export function placedOrder(request: OrderRequest, ctx: OrderContext, orderId: string, completionDelayMs: number,
  built: { currency: string; lines: OrderLine[]; cancellingItems?: CancellingItem[] }): PlacedOrder {
  const preview = isPreviewOrder(request.orderType);
  const order: Order = {
    orderId: preview ? '' : orderId,
    customerId: ctx.customer.customerId,
    externalReferenceId: request.externalReferenceId ?? '',
    orderType: request.orderType,
    referenceOrderId: request.referenceOrderId ?? '',
    currencyCode: built.currency,
    creationDate: isoSeconds(ctx.now),
    status: preview ? '' : ORDER_OPEN,
    source: 'API',
    lineItems: preview ? built.lines.map((l) => ({ ...l, status: '' })) : built.lines,
    ...(built.cancellingItems ? { cancellingItems: built.cancellingItems } : {}),
    completesAt: preview ? null : new Date(ctx.now.getTime() + completionDelayMs).toISOString(),
  };
  return { order, placed: !preview };
}
