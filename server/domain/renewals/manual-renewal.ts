// PREVIEW_RENEWAL and RENEWAL orders (the manual renewals page and the order scenarios page): a
// partner renews early, from 30 days to 1 day before the renewal date (new products and seats
// allowed; the anniversary rolls over once the first early renewal completes), or late, up to 14
// days after a subscription expired (its product only, no more than the term that ended). A
// PREVIEW_RENEWAL without lines answers what the auto-renewal would order.
import { findOffer, type Catalogue } from '../catalogue/catalogue.js';
import {
  baseOfferId, checkLines, checkOrderFields, lineDetail, offerFor, orderCurrency,
  type OrderContext, type OrderLineRequest, type OrderRequest, type OrderRequestBody, type PlacedOrder,
} from '../orders/order-create.js';
import { orderErrors } from '../orders/order-errors.js';
import { subscriptionIdOf } from '../orders/order-settle.js';
import {
  ORDER_COMPLETE, ORDER_OPEN, SUBSCRIPTION_ACTIVE, SUBSCRIPTION_INACTIVE, SUBSCRIPTION_SCHEDULED,
  type Order, type OrderLine, type Subscription,
} from '../orders/order-types.js';
import { errors } from '../protocol/errors.js';
import { addDays, addYears, isoDate, isoSeconds } from '../time.js';
import type { Customer } from '../types.js';
import { anniversaryDiscounts, pendingRenewalDate, renewalLine, type RenewalHoldings } from './anniversary.js';
import { renewalErrors } from './renewal-errors.js';
import { applyFlexDiscounts, previewFlexDiscounts } from '../discounts/flex-discount-apply.js';

/** Early renewals from this many days before the renewal date to the day before it. */
export const EARLY_RENEWAL_DAYS = 30;
/** Late renewals up to this many days after a subscription expired ("typically 14 days"; docs/rules.md REN-06). */
export const LATE_RENEWAL_DAYS = 14;
/** Line status of a PREVIEW_RENEWAL line expected to renew (the order scenarios page: "1000 indicates ... expected to renew successfully"). */
const EXPECTED_TO_RENEW = '1000';

const renewing = (s: Subscription) => s.status === SUBSCRIPTION_ACTIVE || s.status === SUBSCRIPTION_SCHEDULED;
const isLicence = (s: Subscription, catalogue: Catalogue) => findOffer(catalogue, s.offerId)?.product.offerType === 'LICENSE';

/** A RENEWAL order placed before the renewal date it renews (a late one renews after an expiry). */
export const isEarlyRenewal = (order: Order) => order.orderType === 'RENEWAL' && !!order.renews && Date.parse(order.creationDate) < Date.parse(`${order.renews}T00:00:00Z`);

/** A NEW or RENEWAL order while a RENEWAL is still open (1002): "allowed only after the previous order is fully processed" (3131). */
export function assertNoRenewalInProgress(orders: Order[]): void {
  const open = orders.find((o) => o.orderType === 'RENEWAL' && o.status === ORDER_OPEN);
  if (open) throw renewalErrors.earlyRenewalInProgress(['orderType'], `Renewal order ${open.orderId} is still being processed (1002).`);
}

/** The customer is in the last term of a 3YC in force, without an accepted recommitment: the term after `renewalDate` is outside it. */
export function inFinalCommitmentTerm(customer: Customer, renewalDate: string): boolean {
  const tyc = customer.threeYearCommit;
  const commitment = tyc?.commitment;
  if (!commitment || !['COMMITTED', 'ACTIVE'].includes(commitment.status)) return false;
  if (tyc!.recommitmentRequest?.status === 'ACCEPTED') return false;
  return commitment.endDate < renewalDate;
}

/** The customer with the licence level its renewal would give it (levels are re-evaluated at renewal). */
const atRenewal = (customer: Customer, licences: number): Customer => ({ ...customer, discounts: anniversaryDiscounts(customer, licences) });

/** A PREVIEW_RENEWAL without lines: what the auto-renewal would order (2136 with no auto-renewal on, 2164 when all is early renewed). */
function autoRenewalLines(ctx: OrderContext): OrderLine[] {
  const candidates = ctx.subscriptions.filter((s) => renewing(s) && s.autoRenewal.enabled && s.autoRenewal.renewalQuantity > 0);
  if (!candidates.length) throw renewalErrors.noAutoRenewal(['autoRenewal.enabled'], 'No subscription of the customer has auto-renewal on.');
  const left = candidates.map((s) => ({ s, quantity: s.autoRenewal.renewalQuantity - (s.renewedQuantity ?? 0) })).filter((x) => x.quantity > 0);
  if (!left.length) throw renewalErrors.allRenewed([], 'Every subscription with auto-renewal on was early renewed in full.');
  const licences = left.filter((x) => isLicence(x.s, ctx.catalogue)).reduce((sum, x) => sum + x.quantity, 0);
  const customer = atRenewal(ctx.customer, licences);
  const lines = left.map((x, i) => renewalLine(x.s, x.quantity, customer, ctx.catalogue, i + 1, ctx.now, EXPECTED_TO_RENEW));
  // The codes each subscription opted for, shown as they would apply (a failing one FAILURE, not an error).
  const opted = left.map((x, i) => ({ extLineItemNumber: i + 1, flexDiscountCodes: x.s.autoRenewal.flexDiscountCodes }));
  return previewFlexDiscounts(lines, opted, { ...ctx, discounts: ctx.flexDiscounts ?? [] });
}

interface CheckedLine { line: OrderLineRequest; subscription?: Subscription; base: string }

interface RenewalWindow { early: boolean; renews: string; lateSubscriptions: Subscription[] }

/** The window today falls in: early before the renewal date, late after an expiry, or none. */
function renewalWindow(subscriptions: Subscription[], today: string): RenewalWindow | undefined {
  const date = pendingRenewalDate(subscriptions);
  if (date && today >= addDays(date, -EARLY_RENEWAL_DAYS) && today < date) return { early: true, renews: date, lateSubscriptions: [] };
  const late = subscriptions.filter((s) => s.status === SUBSCRIPTION_INACTIVE && s.renewalDate && s.renewalDate <= today && today <= addDays(s.renewalDate, LATE_RENEWAL_DAYS));
  return late.length ? { early: false, renews: late[0].renewalDate, lateSubscriptions: late } : undefined;
}

/** The window the request falls in, else 3122. */
function windowOf(ctx: OrderContext, today: string): RenewalWindow {
  const window = renewalWindow(ctx.subscriptions, today);
  if (window) return window;
  const date = pendingRenewalDate(ctx.subscriptions);
  throw renewalErrors.outsideWindow(['orderType'], `Today (${today}) is neither within ${EARLY_RENEWAL_DAYS} days before the renewal date${date ? ` ${date}` : ''} nor within ${LATE_RENEWAL_DAYS} days after a subscription expired.`);
}

/**
 * The subscriptions a RENEWAL order may name today (`allowedActions: ["MANUAL_RENEWAL"]`): in the
 * early window those renewing (unless the customer is in its 3YC's final term), in the late window
 * those that expired within it.
 */
export function manuallyRenewable(subscriptions: Subscription[], customer: Customer, now: Date): Set<string> {
  const window = renewalWindow(subscriptions, isoDate(now));
  if (!window) return new Set();
  if (!window.early) return new Set(window.lateSubscriptions.map((s) => s.subscriptionId));
  if (inFinalCommitmentTerm(customer, window.renews)) return new Set();
  return new Set(subscriptions.filter(renewing).map((s) => s.subscriptionId));
}

/** Each line against the subscription it renews, or as a new product (3115, 3132, 3121, 2120). */
function checkRenewalLine(line: OrderLineRequest, ctx: OrderContext, currency: string, early: boolean, lateSubscriptions: Subscription[]): CheckedLine {
  const offer = offerFor(line, ctx, currency);
  const base = baseOfferId(offer);
  const detail = [lineDetail(line)];
  if (line.subscriptionId) {
    const subscription = ctx.subscriptions.find((s) => s.subscriptionId === line.subscriptionId!.trim());
    if (!subscription) throw orderErrors.invalidSubscription(detail, `the customer has no subscription ${line.subscriptionId}`);
    if (subscription.offerId !== base) throw renewalErrors.ineligibleProduct(detail, `${line.offerId} is not the product of subscription ${subscription.subscriptionId} (${subscription.offerId}).`);
    if (early && !renewing(subscription)) throw renewalErrors.notAllowed(detail, `Subscription ${subscription.subscriptionId} is in status ${subscription.status}; an early renewal renews active or scheduled subscriptions.`);
    if (!early) {
      if (subscription.status === SUBSCRIPTION_ACTIVE) throw renewalErrors.subscriptionActive(detail, `Subscription ${subscription.subscriptionId} is active; a late renewal renews an expired subscription.`);
      if (!lateSubscriptions.includes(subscription)) throw renewalErrors.notAllowed(detail, `Subscription ${subscription.subscriptionId} did not expire within the last ${LATE_RENEWAL_DAYS} days.`);
      if (line.quantity > subscription.currentQuantity) throw orderErrors.quantityOutOfRange(detail, `a late renewal renews at most the ${subscription.currentQuantity} licences of the term that ended`);
    }
    return { line, subscription, base };
  }
  const held = ctx.subscriptions.find((s) => s.offerId === base && (renewing(s) || lateSubscriptions.includes(s)));
  if (held) throw renewalErrors.notAllowed(detail, `The customer holds subscription ${held.subscriptionId} for ${base}: send its subscriptionId.`);
  if (!early) throw renewalErrors.ineligibleProduct(detail, 'A late renewal renews the products of the term that ended only.');
  return { line, base };
}

/**
 * An existing subscription partly renewed may not share an order with other lines: "Existing
 * licenses must be fully renewed to current term quantity before being combined" (3121).
 */
function checkCombination(checked: CheckedLine[]): void {
  if (checked.length < 2) return;
  const partial = checked.find((c) => c.subscription && (c.subscription.renewedQuantity ?? 0) + c.line.quantity < c.subscription.currentQuantity);
  if (partial) {
    const s = partial.subscription!;
    throw renewalErrors.notAllowed([lineDetail(partial.line)], `Subscription ${s.subscriptionId} would be renewed for ${(s.renewedQuantity ?? 0) + partial.line.quantity} of its ${s.currentQuantity} licences; renew it in full before combining it with other lines.`);
  }
}

/**
 * Checks and builds a PREVIEW_RENEWAL or RENEWAL order. A RENEWAL answers open (1002) and
 * completes on the clock (completeRenewal); a PREVIEW_RENEWAL places nothing.
 */
export function renewalOrder(body: OrderRequestBody, ctx: OrderContext, orderId: string, completionDelayMs: number): PlacedOrder {
  const preview = body.orderType === 'PREVIEW_RENEWAL';
  if (!preview && !body.lineItems) throw errors.missingFields(['lineItems'], 'Request is missing required fields: lineItems is required for RENEWAL orders');
  const request = { ...body, lineItems: body.lineItems ?? [] } as OrderRequest;
  checkOrderFields(request);
  if (!preview) assertNoRenewalInProgress(ctx.orders);
  const today = isoDate(ctx.now);
  let lines: OrderLine[];
  let renews = '';
  if (!request.lineItems.length) {
    lines = autoRenewalLines(ctx);
  } else {
    checkLines(request.lineItems);
    const window = windowOf(ctx, today);
    renews = window.renews;
    if (window.early && inFinalCommitmentTerm(ctx.customer, window.renews)) {
      throw renewalErrors.finalCommitmentTerm(['orderType'], `The 3YC ends on ${ctx.customer.threeYearCommit!.commitment!.endDate}, before the term renewed on ${window.renews}; recommit first.`);
    }
    const currency = orderCurrency(request, ctx.customer, ctx.catalogue);
    const checked = request.lineItems.map((line) => checkRenewalLine(line, ctx, currency, window.early, window.lateSubscriptions));
    checkCombination(checked);
    const renewed = ctx.subscriptions.filter((s) => isLicence(s, ctx.catalogue)).reduce((sum, s) => sum + (s.renewedQuantity ?? 0), 0);
    const licences = renewed + checked.filter((c) => findOffer(ctx.catalogue, c.base)?.product.offerType === 'LICENSE').reduce((sum, c) => sum + c.line.quantity, 0);
    const customer = atRenewal(ctx.customer, licences);
    lines = checked.map(({ line, subscription, base }) => {
      const held: Subscription = subscription ?? {
        subscriptionId: '', customerId: customer.customerId, offerId: base, currentQuantity: 0, usedQuantity: 0,
        autoRenewal: { enabled: true, renewalQuantity: line.quantity }, renewalQuantitySet: false, creationDate: '', renewalDate: renews, status: SUBSCRIPTION_SCHEDULED, currencyCode: currency,
      };
      return renewalLine(held, line.quantity, customer, ctx.catalogue, line.extLineItemNumber, ctx.now, preview ? EXPECTED_TO_RENEW : ORDER_OPEN);
    });
    lines = applyFlexDiscounts(lines, request.lineItems, { ...ctx, discounts: ctx.flexDiscounts ?? [] });
  }
  const order: Order = {
    orderId: preview ? '' : orderId,
    customerId: ctx.customer.customerId,
    externalReferenceId: request.externalReferenceId ?? '',
    orderType: request.orderType,
    referenceOrderId: '',
    currencyCode: lines[0].currencyCode,
    creationDate: isoSeconds(ctx.now),
    status: preview ? '' : ORDER_OPEN,
    source: 'API',
    lineItems: lines,
    completesAt: preview ? null : new Date(ctx.now.getTime() + completionDelayMs).toISOString(),
    ...(preview ? {} : { renews }),
  };
  return { order, placed: !preview };
}

/**
 * A RENEWAL order completed. Early (placed before the renewal date it renews): each line's
 * licences count as renewed for the next term (renewedQuantity); a new product is scheduled
 * (1009) to start on the renewal date; the anniversary rolls over, once. Late: the expired
 * subscription is active again for the renewed quantity, until a year after its renewal date.
 */
export function completeRenewal(order: Order, held: RenewalHoldings, catalogue: Catalogue): RenewalHoldings {
  const renews = order.renews ?? '';
  const early = isEarlyRenewal(order);
  let { customer, subscriptions } = held;
  const lineItems = order.lineItems.map((line) => {
    const offer = findOffer(catalogue, line.offerId);
    const base = offer ? baseOfferId(offer) : line.offerId;
    const subscriptionId = line.subscriptionId || subscriptionIdOf(customer.customerId, base);
    const found = subscriptions.find((s) => s.subscriptionId === subscriptionId);
    let updated: Subscription;
    if (early && found && renewing(found)) {
      updated = { ...found, renewedQuantity: (found.renewedQuantity ?? 0) + line.quantity };
    } else if (early) {
      updated = {
        subscriptionId, customerId: customer.customerId, offerId: base, currentQuantity: 0, usedQuantity: 0,
        autoRenewal: { enabled: true, renewalQuantity: line.quantity }, renewalQuantitySet: false,
        creationDate: isoSeconds(new Date(order.completesAt ?? order.creationDate)), renewalDate: renews, status: SUBSCRIPTION_SCHEDULED,
        currencyCode: line.currencyCode, renewedQuantity: line.quantity,
      };
    } else if (!found) {
      return { ...line, status: ORDER_COMPLETE };
    } else {
      const { renewedQuantity: _renewed, ...rest } = found;
      updated = {
        ...rest, status: SUBSCRIPTION_ACTIVE, currentQuantity: line.quantity, renewalDate: addYears(found.renewalDate, 1),
        autoRenewal: found.renewalQuantitySet ? found.autoRenewal : { ...found.autoRenewal, renewalQuantity: line.quantity },
      };
    }
    subscriptions = found ? subscriptions.map((s) => (s === found ? updated : s)) : [...subscriptions, updated];
    return { ...line, subscriptionId, status: ORDER_COMPLETE };
  });
  if (renews && (!customer.cotermDate || customer.cotermDate <= renews)) customer = { ...customer, cotermDate: addYears(renews, 1) };
  const done: Order = { ...order, status: ORDER_COMPLETE, completesAt: null, lineItems };
  return { customer, subscriptions, orders: held.orders.map((o) => (o.orderId === order.orderId ? done : o)) };
}
