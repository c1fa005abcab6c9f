// What the anniversary does to a customer, run lazily on the simulated clock like open orders
// (order-settle.ts): every renewal date passed since the holdings were stored is run, in order.
// Subscriptions with auto-renewal on renew at their renewal quantity (less what was early renewed)
// in a RENEWAL order Adobe creates (source System); those with it off expire (1004) unless early
// renewed; scheduled subscriptions (1009) start; the renewal date and the anniversary roll a year
// on; the licence level is re-evaluated from the licences renewed. Pure and repeatable: the
// RENEWAL order's id is derived from the customer and the date, so settling twice gives one order.
import { findOffer, offerIdOf, type Catalogue } from '../catalogue/catalogue.js';
import { customerLevel, volumeLevel } from '../catalogue/discount-level.js';
import { addYears, isoDate } from '../time.js';
import { errors } from '../protocol/errors.js';
import { pendingRenewalDate, renewing } from './anniversary-outlook.js';

export { anniversaryOutlook, pendingRenewalDate } from './anniversary-outlook.js';
import type { Customer, Discount } from '../types.js';
import { licencesHeld } from '../orders/order-create.js';
import { linePricing } from '../orders/pricing.js';
import { previewFlexDiscounts } from '../discounts/flex-discount-apply.js';
import type { FlexDiscount } from '../discounts/flex-discounts.js';
import {
  ORDER_COMPLETE, SUBSCRIPTION_ACTIVE, SUBSCRIPTION_INACTIVE, SUBSCRIPTION_SCHEDULED,
  type Order, type OrderLine, type Subscription,
} from '../orders/order-types.js';

/** At most this many anniversaries are run by one settlement (the rest on the next read): bounds the work of a read. */
export const MAX_ANNIVERSARIES_PER_SETTLEMENT = 10;
/** The origin of an order Adobe creates itself (the release notes: "Possible values are: API or System"). */
export const SYSTEM_SOURCE = 'System';

export interface RenewalHoldings {
  customer: Customer;
  orders: Order[];
  subscriptions: Subscription[];
}

/**
 * The anniversary as it was at an instant: the first yearly return of the customer's cotermDate
 * after that day. Settlement may see a customer whose anniversary already rolled (settled twice in
 * one call): an order completing at an earlier instant still gets the renewal date of its own
 * term; and a cotermDate left in the past (a seeded customer) gives the coming one, never a
 * renewal date already passed.
 */
export function anniversaryAt(cotermDate: string, instant: string): string {
  if (!cotermDate) return cotermDate;
  const day = isoDate(new Date(instant));
  let date = cotermDate;
  for (let i = 0; i < 200 && addYears(date, -1) > day; i++) date = addYears(date, -1);
  for (let i = 0; i < 200 && date <= day; i++) date = addYears(date, 1);
  return date;
}

/** The id of the RENEWAL order Adobe creates for a customer on a date: ten digits, starting 6 (the simulator's NEW orders start 5). */
export function renewalOrderIdOf(customerId: string, date: string): string {
  let hash = 0x811c9dc5;
  const text = `${customerId}:${date}`;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `6${String(hash % 1_000_000_000).padStart(9, '0')}`;
}

const VOLUME_LEVELS = ['01', '02', '03', '04'];

/**
 * The LICENSE level re-evaluated at the anniversary ("reevaluated at the renewal time"): a volume
 * level follows the licences renewed, down as well as up; a 3YC level in force, or a level the
 * catalogue's volume bands do not give (an LGA's), is left as it is.
 */
export function anniversaryDiscounts(customer: Customer, licences: number): Discount[] {
  const current = customerLevel(customer, 'LICENSE');
  const committed = customer.threeYearCommit?.commitment && ['COMMITTED', 'ACTIVE'].includes(customer.threeYearCommit.commitment.status);
  if (committed || !VOLUME_LEVELS.includes(current)) return customer.discounts;
  const level = volumeLevel(licences);
  if (level === current) return customer.discounts;
  return [{ offerType: 'LICENSE', level }, ...customer.discounts.filter((d) => d.offerType !== 'LICENSE')];
}

/** The line of the RENEWAL order for a subscription: the offer at the customer's level, a full term priced. */
export function renewalLine(s: Subscription, quantity: number, customer: Customer, catalogue: Catalogue, extLineItemNumber: number, at: Date, status: string): OrderLine {
  const offer = findOffer(catalogue, s.offerId);
  if (!offer) return { extLineItemNumber, offerId: s.offerId, quantity, subscriptionId: s.subscriptionId, status, currencyCode: s.currencyCode };
  const level = customerLevel(customer, offer.product.offerType);
  const offerId = offerIdOf(offer.product, offer.segment, level);
  // A renewal invoices a whole term: no anniversary to prorate to.
  const priced = linePricing(catalogue, offer.product, level, s.currencyCode, quantity, '', at);
  return { extLineItemNumber, offerId, quantity, subscriptionId: s.subscriptionId, status, currencyCode: s.currencyCode, ...priced };
}

/** One subscription on its renewal date: renewed (with the quantity the RENEWAL order adds), or expired. */
function renewSubscription(s: Subscription, date: string): { subscription: Subscription; added: number } {
  const renewed = s.renewedQuantity ?? 0;
  const { renewedQuantity: _renewed, ...rest } = s;
  const next = addYears(date, 1);
  if (!s.autoRenewal.enabled) {
    if (renewed > 0) return { subscription: { ...rest, status: SUBSCRIPTION_ACTIVE, currentQuantity: renewed, renewalDate: next, autoRenewal: s.renewalQuantitySet ? s.autoRenewal : { ...s.autoRenewal, renewalQuantity: renewed } }, added: 0 };
    // Expired: the quantity of the term that ended stays, the most a late renewal may renew.
    return { subscription: { ...rest, status: SUBSCRIPTION_INACTIVE }, added: 0 };
  }
  const target = s.autoRenewal.renewalQuantity;
  const added = Math.max(0, target - renewed);
  const currentQuantity = Math.max(target, renewed);
  const autoRenewal = s.renewalQuantitySet ? s.autoRenewal : { ...s.autoRenewal, renewalQuantity: currentQuantity };
  if (currentQuantity === 0) return { subscription: { ...rest, status: SUBSCRIPTION_INACTIVE, currentQuantity: 0 }, added: 0 };
  return { subscription: { ...rest, status: SUBSCRIPTION_ACTIVE, currentQuantity, renewalDate: next, autoRenewal }, added };
}

/** The anniversary of `date`: the subscriptions renewing on it renewed or expired, the RENEWAL order, the anniversary rolled. */
export function runAnniversary(held: RenewalHoldings, date: string, catalogue: Catalogue, discounts: FlexDiscount[] = []): RenewalHoldings {
  const due = (s: Subscription) => renewing(s) && s.renewalDate === date;
  const outcomes = held.subscriptions.map((s) => (due(s) ? renewSubscription(s, date) : { subscription: s, added: 0 }));
  const subscriptions = outcomes.map((o) => o.subscription);
  let customer = { ...held.customer, discounts: anniversaryDiscounts(held.customer, licencesHeld(subscriptions, catalogue)) };
  if (!customer.cotermDate || customer.cotermDate <= date) customer = { ...customer, cotermDate: addYears(date, 1) };
  const at = new Date(`${date}T00:00:00Z`);
  const renewed = outcomes.filter((o) => o.added > 0);
  // The codes each subscription opted for apply to its line; one that fails there is FAILURE, and the line renews without it.
  const opted = renewed.map((o, i) => ({ extLineItemNumber: i + 1, flexDiscountCodes: o.subscription.autoRenewal.flexDiscountCodes }));
  const lineItems = previewFlexDiscounts(renewed.map((o, i) => renewalLine(o.subscription, o.added, customer, catalogue, i + 1, at, ORDER_COMPLETE)),
    opted, { customer, catalogue, orders: held.orders, subscriptions, discounts, now: at });
  if (!lineItems.length) return { customer, orders: held.orders, subscriptions };
  const orderId = renewalOrderIdOf(customer.customerId, date);
  const order: Order = {
    orderId, customerId: customer.customerId, externalReferenceId: '', orderType: 'RENEWAL', referenceOrderId: '',
    currencyCode: lineItems[0].currencyCode, creationDate: `${date}T00:00:00Z`, status: ORDER_COMPLETE, source: SYSTEM_SOURCE,
    lineItems, completesAt: null,
  };
  return { customer, orders: [...held.orders.filter((o) => o.orderId !== orderId), order], subscriptions };
}

/**
 * Every anniversary passed by `now` (renewal dates on or before today, UTC), in order, at most
 * MAX_ANNIVERSARIES_PER_SETTLEMENT of them. A clock moved years on costs nothing until the
 * customer is read, and then one pass per year.
 */
export function settleAnniversaries(held: RenewalHoldings, catalogue: Catalogue, now: Date, discounts: FlexDiscount[] = []): RenewalHoldings {
  const today = isoDate(now);
  let current = held;
  for (let i = 0; i < MAX_ANNIVERSARIES_PER_SETTLEMENT; i++) {
    const date = pendingRenewalDate(current.subscriptions);
    if (!date || date > today) break;
    current = runAnniversary(current, date, catalogue, discounts);
  }
  return current;
}

/** An anniversary passed by `now` is still to run: a settlement stopped at MAX_ANNIVERSARIES_PER_SETTLEMENT. */
export function anniversaryOverdue(subscriptions: Subscription[], now: Date): boolean {
  const date = pendingRenewalDate(subscriptions);
  return !!date && date <= isoDate(now);
}

/**
 * The next anniversary brought to today (the sandbox portal's coterm edit before "Trigger Auto
 * Renewal"): the subscriptions renewing on the next renewal date, and the customer's anniversary
 * when it is that date, now renew today. A renewal date already passed is left as it is; 400/1117
 * when nothing renews.
 */
export function anniversaryBroughtToToday(held: RenewalHoldings, now: Date): { held: RenewalHoldings; renewalDate: string } {
  const today = isoDate(now);
  const date = pendingRenewalDate(held.subscriptions);
  if (!date) throw errors.invalidFields(['customer-id'], 'Some fields are invalid: the customer has no active or scheduled subscription to renew');
  if (date <= today) return { held, renewalDate: date };
  const subscriptions = held.subscriptions.map((s) => (renewing(s) && s.renewalDate === date ? { ...s, renewalDate: today } : s));
  const customer = held.customer.cotermDate === date ? { ...held.customer, cotermDate: today } : held.customer;
  return { held: { ...held, customer, subscriptions }, renewalDate: today };
}
