// Whether the customer may buy (or return) what an order names, beyond the offer's own segment:
// the programme its distributor sells (2124) and the reasons of 2129 the error-handling page
// lists — an add-on without its base product, products that exclude each other, a product bought
// twice in a term, and a consumable already consumed; and 5135 for an HVD discount code
// (docs/rules.md ORD-22, ORD-23, ORD-25, RET-05).
import { findOffer, type Catalogue, type CatalogueProduct, type Offer } from '../catalogue/catalogue.js';
import type { MarketSegment } from '../types.js';
import { orderErrors } from './order-errors.js';
import { termStart } from './order-history.js';
import { ORDER_CANCELLED, ORDER_COMPLETE, ORDER_OPEN, SUBSCRIPTION_ACTIVE, type Order, type OrderLine, type Subscription } from './order-types.js';
import type { OrderContext, OrderLineRequest } from './order-create.js';

const lineDetail = (line: { extLineItemNumber: number }) => `Line Item: ${line.extLineItemNumber}`;

export const INELIGIBLE_ADD_ON = 'INELIGIBLE_ADD_ON';
export const INELIGIBLE_SWITCH = 'INELIGIBLE_SWITCH';
export const INELIGIBLE_CONSUMED = 'INELIGIBLE_CONSUMED';
export const NOT_ELIGIBLE_FOR_PURCHASE = 'CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE';

/**
 * 2124: the offer is of a market segment (VIP's commercial, education or government programme)
 * none of the distributor's resellers sells. Undefined segments: the check does not apply.
 */
export function assertProgramSold(line: OrderLineRequest, offer: Offer, distributorSegments: readonly MarketSegment[] | undefined): void {
  if (!distributorSegments || distributorSegments.includes(offer.segment)) return;
  throw orderErrors.programNotSold([lineDetail(line)], `${line.offerId} is a ${offer.segment} offer; the distributor's resellers sell ${distributorSegments.join('+') || 'no segment'}`);
}

/** The product code an offer id starts with (CAT-01): no catalogue lookup, so scanning many orders stays cheap. */
const productOf = (offerId: string) => /^\d{8}/.exec(offerId)?.[0];

/** Products the customer holds (an active subscription) or has on an open NEW order. */
function productsHeld(ctx: OrderContext): Set<string> {
  const held = ctx.subscriptions.filter((s) => s.status === SUBSCRIPTION_ACTIVE && s.currentQuantity > 0).map((s) => productOf(s.offerId));
  const onOrder = ctx.orders.filter((o) => o.orderType === 'NEW' && o.status === ORDER_OPEN).flatMap((o) => o.lineItems.map((l) => productOf(l.offerId)));
  return new Set([...held, ...onOrder].filter((c): c is string => !!c));
}

/** Products bought on NEW orders of the current term, not failed and not returned. */
function productsBoughtThisTerm(ctx: OrderContext): Set<string> {
  const since = termStart(ctx.customer, ctx.now);
  const bought = (o: Order) => o.orderType === 'NEW' && (o.status === ORDER_COMPLETE || o.status === ORDER_OPEN) && Date.parse(o.creationDate) >= since;
  return new Set(ctx.orders.filter(bought).flatMap((o) => o.lineItems.filter((l) => l.status !== ORDER_CANCELLED).map((l) => productOf(l.offerId)))
    .filter((c): c is string => !!c));
}

const excludes = (a: CatalogueProduct, b: CatalogueProduct) => !!a.incompatibleWith?.includes(b.productCode) || !!b.incompatibleWith?.includes(a.productCode);

/**
 * 2129 for a NEW or PREVIEW order whose lines the customer may not buy: an add-on whose base
 * product it neither holds nor orders with it (INELIGIBLE_ADD_ON); a product that excludes one
 * it holds or another line orders (INELIGIBLE_SWITCH); a once-a-term product bought again this
 * term, or twice in the order (CUSTOMER_NOT_ELIGIBLE_FOR_PURCHASE). Before them, a `discountCode` is 5135.
 */
export function assertPurchaseEligible(lines: OrderLineRequest[], offers: Offer[], ctx: OrderContext): void {
  // HVD discount codes are for customers migrated from VIP at a VIP level of 17 to 22: the simulator has none (ORD-25).
  // A line that also names a flexible discount code cannot combine the two whatever the customer: 2144 (FLX-08).
  const coded = lines.find((l) => l.discountCode !== undefined && !l.flexDiscountCodes?.length);
  if (coded) throw orderErrors.invalidDiscountCode([lineDetail(coded)], `${coded.discountCode} is not a discount code of this customer: it was not migrated from VIP with a High Volume Discount`);
  const products = offers.map((o) => o.product);
  const ordered = new Set(products.map((p) => p.productCode));
  const held = productsHeld(ctx);
  const heldProducts = ctx.catalogue.products.filter((p) => held.has(p.productCode));
  const bought = products.some((p) => p.oncePerTerm) ? productsBoughtThisTerm(ctx) : new Set<string>();
  const exclusive = [...heldProducts, ...products].some((p) => p.incompatibleWith?.length);
  lines.forEach((line, i) => {
    const product = products[i];
    if (product.addOnTo && !held.has(product.addOnTo) && !ordered.has(product.addOnTo)) {
      throw orderErrors.ineligible([lineDetail(line), INELIGIBLE_ADD_ON], `${line.offerId} is an add-on of product ${product.addOnTo}, which the customer neither holds nor orders`);
    }
    const clash = exclusive ? [...heldProducts, ...products.filter((_, j) => j !== i)].find((other) => excludes(product, other)) : undefined;
    if (clash) {
      throw orderErrors.ineligible([lineDetail(line), INELIGIBLE_SWITCH], `${line.offerId} cannot be held together with ${clash.productFamily} (${clash.productCode})`);
    }
    const twice = products.findIndex((p) => p.productCode === product.productCode) !== i;
    if (product.oncePerTerm && (bought.has(product.productCode) || twice)) {
      throw orderErrors.ineligible([lineDetail(line), NOT_ELIGIBLE_FOR_PURCHASE], `${product.productFamily} is bought once a term and the customer bought it this term`);
    }
  });
}

/**
 * 2129 INELIGIBLE_CONSUMED: a RETURN of a consumable line would leave its subscription with less
 * than what the customer already used.
 */
export function assertNotConsumed(line: OrderLine, subscriptions: Subscription[], catalogue: Catalogue): void {
  if (findOffer(catalogue, line.offerId)?.product.offerType !== 'CONSUMABLES') return;
  const subscription = subscriptions.find((s) => s.subscriptionId === line.subscriptionId);
  if (!subscription || subscription.usedQuantity <= subscription.currentQuantity - line.quantity) return;
  throw orderErrors.ineligible([lineDetail(line), INELIGIBLE_CONSUMED],
    `${subscription.usedQuantity} of the ${subscription.currentQuantity} units of subscription ${subscription.subscriptionId} are used; returning ${line.quantity} would leave ${subscription.currentQuantity - line.quantity}`);
}
