// Mid-term upgrade orders (docs/mid-term): PREVIEW_SWITCH and SWITCH move licences of one active
// subscription to a product its switch path allows; PREVIEW_REVERT_SWITCH and REVERT_SWITCH move
// them back within 14 days of the SWITCH. A SWITCH or REVERT_SWITCH answers an open (1002) order
// that completes on the simulated clock like a NEW one: the cancelling item's subscription loses
// the licences (cancelSwitched), the line's product grows or gets a subscription (order-settle.ts).
import { findOffer, offerIdOf, roundPrice, type Offer } from '../catalogue/catalogue.js';
import { entitledLevel } from '../catalogue/discount-level.js';
import { switchTargets } from '../catalogue/switch-paths.js';
import { errors } from '../protocol/errors.js';
import { MAX_EXTERNAL_REFERENCE, MAX_LINE_NUMBER, licencesHeld, orderCurrency, placedOrder, type OrderContext, type OrderRequest, type PlacedOrder } from './order-create.js';
import { orderErrors } from './order-errors.js';
import { linePricing } from './pricing.js';
import { switchErrors } from './switch-errors.js';
import {
  ORDER_COMPLETE, ORDER_OPEN, SUBSCRIPTION_ACTIVE, SUBSCRIPTION_INACTIVE,
  type CancellingItem, type Order, type OrderLine, type OrderType, type Subscription, type SwitchOrderType,
} from './order-types.js';

export const SWITCH_ORDER_TYPES: readonly SwitchOrderType[] = ['PREVIEW_SWITCH', 'SWITCH', 'PREVIEW_REVERT_SWITCH', 'REVERT_SWITCH'];
export const isSwitchOrder = (type: OrderType): type is SwitchOrderType => (SWITCH_ORDER_TYPES as readonly string[]).includes(type);
/** The order types that place nothing: their answer has no orderId, status or links. */
export const isPreviewOrder = (type: OrderType) => type === 'PREVIEW' || type === 'PREVIEW_RENEWAL' || type === 'PREVIEW_SWITCH' || type === 'PREVIEW_REVERT_SWITCH';
const isRevert = (type: OrderType) => type === 'PREVIEW_REVERT_SWITCH' || type === 'REVERT_SWITCH';

/** "Partners can perform upgrade reversals within 14 days" (mid-term/apis.md). */
export const REVERT_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

type LineRequest = OrderRequest['lineItems'][number];
type CancellingRequest = NonNullable<OrderRequest['cancellingItems']>[number];
const lineDetail = (line: { extLineItemNumber: number }) => `Line Item: ${line.extLineItemNumber}`;

/** The order's fields and its one line and cancelling item (2126, 1122, 1117, 2152, 2153, 2149, 2123, 2120, 2138). */
function switchItems(request: OrderRequest): { line: LineRequest; cancel: CancellingRequest } {
  if ((request.externalReferenceId ?? '').length > MAX_EXTERNAL_REFERENCE) throw orderErrors.externalReferenceTooLong(['externalReferenceId'], `at most ${MAX_EXTERNAL_REFERENCE} characters`);
  const revert = isRevert(request.orderType);
  if (revert && !request.referenceOrderId) {
    throw errors.missingFields(['referenceOrderId'], `Request is missing required fields: referenceOrderId is required for ${request.orderType} orders`);
  }
  if (!revert && request.referenceOrderId) throw errors.invalidFields(['referenceOrderId'], `Some fields are invalid: referenceOrderId is not for ${request.orderType} orders`);
  const cancelling = request.cancellingItems;
  if (!cancelling) throw errors.missingFields(['cancellingItems'], `Request is missing required fields: cancellingItems is required for ${request.orderType} orders`);
  if (request.lineItems.length !== 1 || cancelling.length !== 1) {
    throw switchErrors.oneItemOnly(['lineItems', 'cancellingItems'], `${request.lineItems.length} line items and ${cancelling.length} cancelling items; one of each`);
  }
  const [line] = request.lineItems;
  const [cancel] = cancelling;
  if (cancel.referenceLineItemNumber !== line.extLineItemNumber) {
    throw switchErrors.itemMismatch([lineDetail(line)], `referenceLineItemNumber ${cancel.referenceLineItemNumber} does not name extLineItemNumber ${line.extLineItemNumber}`);
  }
  if (line.quantity !== cancel.quantity) throw switchErrors.quantityMismatch([lineDetail(line)], `the line asks ${line.quantity}, the cancelling item ${cancel.quantity}`);
  if (line.extLineItemNumber < 0 || line.extLineItemNumber > MAX_LINE_NUMBER) throw orderErrors.lineNumberOutOfRange([lineDetail(line)], `0 to ${MAX_LINE_NUMBER}`);
  if (line.quantity < 1) throw orderErrors.quantityOutOfRange([lineDetail(line)], 'at least 1');
  if (line.deploymentId !== undefined) throw orderErrors.invalidDeployment([lineDetail(line)], `the customer has no deployment ${line.deploymentId}`);
  return { line, cancel };
}

/** Licences of a subscription that open orders are already taking away (the FAQ: one switch at a time). */
const pendingCancels = (orders: Order[], subscriptionId: string) => orders
  .filter((o) => o.status === ORDER_OPEN)
  .flatMap((o) => o.cancellingItems ?? [])
  .filter((c) => c.subscriptionId === subscriptionId)
  .reduce((sum, c) => sum + c.quantity, 0);

interface Plan {
  line: OrderLine;
  cancel: CancellingItem;
}

/**
 * The line and cancelling item priced at the customer's licence level (a switch moves licences,
 * so the count and level stay): the line as a purchase for the rest of the term, the cancelling
 * item as what the unused rest of the source is worth (the FAQ's prorated formula).
 */
function pricedPlan(ctx: OrderContext, currency: string, quantity: number, request: { line: LineRequest; cancel: CancellingRequest },
  to: Offer, from: Offer, cancelledSubscriptionId: string): Plan {
  const level = entitledLevel(ctx.customer, 'LICENSE', licencesHeld(ctx.subscriptions, ctx.catalogue));
  const price = (offer: Offer) => linePricing(ctx.catalogue, offer.product, level, currency, quantity, ctx.customer.cotermDate, ctx.now);
  const bought = price(to);
  const cancelled = price(from);
  return {
    line: {
      extLineItemNumber: request.line.extLineItemNumber, offerId: offerIdOf(to.product, to.segment, level), quantity, subscriptionId: '',
      status: ORDER_OPEN, currencyCode: currency, ...bought,
    },
    cancel: {
      extLineItemNumber: request.cancel.extLineItemNumber, referenceLineItemNumber: request.cancel.referenceLineItemNumber,
      offerId: offerIdOf(from.product, from.segment, level), quantity, subscriptionId: cancelledSubscriptionId, pricing: cancelled.pricing,
    },
  };
}

/** The net of a plan: what the line costs less what the cancelled licences are worth. */
export const netPrice = (plan: { line: OrderLine; cancel: CancellingItem }) =>
  roundPrice((plan.line.pricing?.lineItemPartnerPrice ?? 0) - (plan.cancel.pricing?.lineItemPartnerPrice ?? 0));

/** A PREVIEW_SWITCH or SWITCH (3115, 2154, 2122, 2150, 2151, 2128, 2154). */
function switchPlan(items: { line: LineRequest; cancel: CancellingRequest }, ctx: OrderContext, currency: string): Plan {
  const { line, cancel } = items;
  const source = ctx.subscriptions.find((s) => s.subscriptionId === cancel.subscriptionId);
  if (!source || source.status !== SUBSCRIPTION_ACTIVE) {
    throw switchErrors.invalidSubscription(['cancellingItems.subscriptionId'],
      source ? `subscription ${source.subscriptionId} is not active (status ${source.status})` : `the customer has no subscription ${cancel.subscriptionId}`);
  }
  const from = findOffer(ctx.catalogue, source.offerId);
  if (from?.product.offerType !== 'LICENSE') throw switchErrors.notSupported([lineDetail(line)], `${source.offerId} is not a licence offer; only licences are switched`);
  const to = findOffer(ctx.catalogue, line.offerId);
  if (!to) throw orderErrors.invalidOffer([lineDetail(line)], `${line.offerId} is not an offer of the catalogue`);
  const { marketSegment: segment, address } = ctx.customer.companyProfile;
  const target = to.segment === segment ? switchTargets(ctx.catalogue, from.product, segment, address.country).find((t) => t.product === to.product) : undefined;
  if (!target) {
    throw switchErrors.invalidPath([lineDetail(line)], `no ${segment} switch path in ${address.country} from ${from.product.productFamily} to ${to.product.productFamily} (${to.segment})`);
  }
  const available = source.currentQuantity - pendingCancels(ctx.orders, source.subscriptionId);
  if (line.quantity > available) {
    throw switchErrors.quantityExceeded([lineDetail(line)], `subscription ${source.subscriptionId} has ${available} licences to switch${available < source.currentQuantity ? ' (an open order is taking the others)' : ''}`);
  }
  if (target.switchType === 'FULL_ONLY' && line.quantity !== source.currentQuantity) {
    throw switchErrors.invalidPath([lineDetail(line)], `the path to ${to.product.productFamily} is FULL_ONLY: all ${source.currentQuantity} licences switch`);
  }
  if (to.product.prices[currency] === undefined) throw orderErrors.currencyNotForOffer([lineDetail(line)], `${line.offerId} is not sold in ${currency}`);
  const plan = pricedPlan(ctx, currency, line.quantity, items, to, from, source.subscriptionId);
  if (netPrice(plan) < 0) throw switchErrors.notSupported([lineDetail(line)], `the switch would be a net refund of ${-netPrice(plan)} ${currency}`);
  return plan;
}

/** A PREVIEW_REVERT_SWITCH or REVERT_SWITCH of a completed SWITCH (2115, 2116, 2134, 3115, 2149, 2122, 2150, 2151, 2137). */
function revertPlan(request: OrderRequest, items: { line: LineRequest; cancel: CancellingRequest }, ctx: OrderContext, currency: string): Plan {
  const { line, cancel } = items;
  const id = request.referenceOrderId!;
  const original = ctx.orders.find((o) => o.orderId === id);
  if (!original) throw orderErrors.invalidOrder(['referenceOrderId'], `the customer has no order ${id}`);
  const [switched] = original.lineItems;
  const [taken] = original.cancellingItems ?? [];
  if (original.orderType !== 'SWITCH' || original.status !== ORDER_COMPLETE || !switched || !taken) {
    throw orderErrors.invalidStatus(['referenceOrderId'], `order ${id} is a ${original.orderType} order in status ${original.status}; only completed (1000) SWITCH orders are reverted`);
  }
  if (ctx.now.getTime() - Date.parse(original.creationDate) > REVERT_WINDOW_DAYS * DAY_MS) {
    throw orderErrors.returnExpired(['referenceOrderId'], `switch order ${id} was placed on ${original.creationDate}, more than ${REVERT_WINDOW_DAYS} days ago`);
  }
  const reverted = ctx.orders.find((o) => o.orderType === 'REVERT_SWITCH' && o.referenceOrderId === id && (o.status === ORDER_OPEN || o.status === ORDER_COMPLETE));
  if (reverted) throw switchErrors.invalidSubscription(['referenceOrderId'], `switch order ${id} is already reverted by order ${reverted.orderId}`);
  if (line.quantity !== switched.quantity) throw switchErrors.quantityMismatch([lineDetail(line)], `switch order ${id} moved ${switched.quantity} licences; a revert moves them all back`);
  if (cancel.subscriptionId !== switched.subscriptionId && cancel.subscriptionId !== taken.subscriptionId) {
    throw switchErrors.invalidSubscription(['cancellingItems.subscriptionId'], `switch order ${id} moved licences from ${taken.subscriptionId} to ${switched.subscriptionId}`);
  }
  const back = findOffer(ctx.catalogue, line.offerId);
  if (!back) throw orderErrors.invalidOffer([lineDetail(line)], `${line.offerId} is not an offer of the catalogue`);
  const from = findOffer(ctx.catalogue, taken.offerId);
  if (!from || back.product !== from.product) throw switchErrors.invalidPath([lineDetail(line)], `switch order ${id} switched from ${taken.offerId}; its revert orders that product`);
  const upgraded = ctx.subscriptions.find((s) => s.subscriptionId === switched.subscriptionId);
  const to = upgraded && findOffer(ctx.catalogue, upgraded.offerId);
  if (!upgraded || !to || upgraded.status !== SUBSCRIPTION_ACTIVE) {
    throw switchErrors.invalidSubscription(['cancellingItems.subscriptionId'], `the upgraded subscription ${switched.subscriptionId} is not active`);
  }
  const available = upgraded.currentQuantity - pendingCancels(ctx.orders, upgraded.subscriptionId);
  if (available < line.quantity) throw switchErrors.quantityExceeded([lineDetail(line)], `subscription ${upgraded.subscriptionId} has ${available} licences left to revert`);
  if (currency !== original.currencyCode) throw orderErrors.currencyNotAligned(['currencyCode'], `switch order ${id} was in ${original.currencyCode}`);
  return pricedPlan(ctx, currency, line.quantity, items, back, to, upgraded.subscriptionId);
}

/** Checks and builds a switch order; `orderId` names a SWITCH or REVERT_SWITCH. */
export function createSwitchOrder(request: OrderRequest, ctx: OrderContext, orderId: string, completionDelayMs: number): PlacedOrder {
  const items = switchItems(request);
  const currency = orderCurrency(request, ctx.customer, ctx.catalogue);
  const plan = isRevert(request.orderType) ? revertPlan(request, items, ctx, currency) : switchPlan(items, ctx, currency);
  return placedOrder(request, ctx, orderId, completionDelayMs, { currency, lines: [plan.line], cancellingItems: [plan.cancel] });
}

/**
 * A completed SWITCH or REVERT_SWITCH takes its licences off the cancelling item's subscription:
 * its renewal quantity follows (at most what is left); all of them ends it (1004), so only the
 * other product renews (the mid-term FAQ: "Original subscription is completely cancelled").
 */
export function cancelSwitched(order: Order, held: Subscription[]): Subscription[] {
  const items = order.cancellingItems ?? [];
  if (!items.length) return held;
  return held.map((s) => {
    const taken = items.filter((c) => c.subscriptionId === s.subscriptionId).reduce((sum, c) => sum + c.quantity, 0);
    if (!taken) return s;
    const currentQuantity = Math.max(0, s.currentQuantity - taken);
    const renewalQuantity = s.renewalQuantitySet ? Math.min(s.autoRenewal.renewalQuantity, currentQuantity) : currentQuantity;
    return { ...s, currentQuantity, status: currentQuantity === 0 ? SUBSCRIPTION_INACTIVE : s.status, autoRenewal: { ...s.autoRenewal, renewalQuantity } };
  });
}
