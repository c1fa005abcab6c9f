// What the simulated clock does to a customer's open orders, and what completed orders do to the
// customer. Pure and repeatable: applied on every read, and stored with the next write, so the
// customer's derived facts (anniversary, level, 3YC) are recomputed from the orders, never added up twice.
import { findOffer, type Catalogue } from '../catalogue/catalogue.js';
import { discountsForLicences } from '../catalogue/discount-level.js';
import { ACTIVE, PENDING } from '../customers/customer.js';
import { fulfilRequest } from '../commitments/three-year-commit.js';
import { addYears, isoDate, isoSeconds } from '../time.js';
import type { Customer, MinimumQuantity, OfferType, Reseller, SubscriptionFacts } from '../types.js';
import { baseOfferId, licencesHeld } from './order-create.js';
import { cancelSwitched } from './order-switch.js';
import { anniversaryAt, settleAnniversaries } from '../renewals/anniversary.js';
import type { FlexDiscount } from '../discounts/flex-discounts.js';
import { completeRenewal, isEarlyRenewal } from '../renewals/manual-renewal.js';
import {
  ORDER_CANCELLED, ORDER_COMPLETE, ORDER_OPEN, SUBSCRIPTION_ACTIVE, SUBSCRIPTION_INACTIVE, SUBSCRIPTION_SCHEDULED,
  type Order, type Subscription,
} from './order-types.js';

/** 32-bit FNV-1a of the text, from a seed. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}

/**
 * Adobe's subscription ids: 30 hex digits and `NA`. One per customer and base offer, so settling
 * twice gives the same id (hashed without node:crypto: the console's bundle type-checks this file).
 */
export const subscriptionIdOf = (customerId: string, offerId: string) =>
  `${[0x811c9dc5, 0x01234567, 0x89abcdef, 0x13579bdf].map((seed) => fnv1a(`${customerId}:${offerId}`, seed).toString(16).padStart(8, '0')).join('').slice(0, 30)}NA`;

export interface Holdings {
  customer: Customer;
  orders: Order[];
  subscriptions: Subscription[];
  /** The status the next order fails with (the control plane armed it). */
  failNext?: string | null;
}

/** Why an order due now fails instead of completing (the pages' status table: 1022, 1024), or undefined. */
function failureOf(order: Order, customer: Customer, reseller: Reseller | undefined): string | undefined {
  if (order.failsWith) return order.failsWith;
  if (customer.status !== ACTIVE) return '1024';
  if (reseller?.status !== ACTIVE) return '1022';
  return undefined;
}

const anniversaryAfter = (instant: string) => addYears(isoDate(new Date(instant)), 1);

function completeNew(order: Order, held: Subscription[], customer: Customer, catalogue: Catalogue, at: string): { order: Order; subscriptions: Subscription[] } {
  let subscriptions = held;
  const lineItems = order.lineItems.map((line) => {
    const offer = findOffer(catalogue, line.offerId);
    const base = offer ? baseOfferId(offer) : line.offerId;
    // One subscription per base offer and deployment (docs/rules.md DEP-08).
    const found = subscriptions.find((s) => s.offerId === base && s.deploymentId === line.deploymentId);
    const subscriptionId = found?.subscriptionId ?? subscriptionIdOf(customer.customerId, line.deploymentId ? `${base}@${line.deploymentId}` : base);
    const grown: Subscription = found
      ? {
        ...found, currentQuantity: found.currentQuantity + line.quantity, status: SUBSCRIPTION_ACTIVE,
        autoRenewal: found.renewalQuantitySet ? found.autoRenewal : { ...found.autoRenewal, renewalQuantity: found.currentQuantity + line.quantity },
      }
      : {
        subscriptionId, customerId: customer.customerId, offerId: base, currentQuantity: line.quantity, usedQuantity: 0,
        autoRenewal: { enabled: true, renewalQuantity: line.quantity }, renewalQuantitySet: false,
        creationDate: isoSeconds(new Date(at)), renewalDate: anniversaryAt(customer.cotermDate, at), status: SUBSCRIPTION_ACTIVE, currencyCode: line.currencyCode,
        ...(line.deploymentId ? { deploymentId: line.deploymentId } : {}),
      };
    subscriptions = found ? subscriptions.map((s) => (s === found ? grown : s)) : [...subscriptions, grown];
    return { ...line, subscriptionId, status: ORDER_COMPLETE };
  });
  return { order: { ...order, lineItems, status: ORDER_COMPLETE, completesAt: null }, subscriptions };
}

/**
 * An early renewal returned before its renewal date takes back the licences it renewed
 * (renewedQuantity; a product it scheduled does not start); the anniversary does not roll back
 * (the manual renewals page: "renewed_quantity = 0, AD does not roll back").
 */
function unrenew(s: Subscription, taken: number): Subscription {
  const renewedQuantity = (s.renewedQuantity ?? 0) - taken;
  if (s.status === SUBSCRIPTION_SCHEDULED && s.currentQuantity === 0 && renewedQuantity === 0) {
    return { ...s, renewedQuantity, status: SUBSCRIPTION_INACTIVE, autoRenewal: { ...s.autoRenewal, enabled: false, renewalQuantity: 0 } };
  }
  return { ...s, renewedQuantity };
}

function completeReturn(order: Order, orders: Order[], held: Subscription[]): { orders: Order[]; subscriptions: Subscription[] } {
  const returned = new Set(order.lineItems.map((l) => l.extLineItemNumber));
  const original = orders.find((o) => o.orderId === order.referenceOrderId);
  const renewal = original !== undefined && isEarlyRenewal(original);
  const subscriptions = held.map((s) => {
    const taken = order.lineItems.filter((l) => l.subscriptionId === s.subscriptionId).reduce((sum, l) => sum + l.quantity, 0);
    if (!taken) return s;
    // Once the renewal date passed, the renewed licences are the term's own: they shrink it as a NEW order's would.
    if (renewal && (s.renewedQuantity ?? 0) >= taken) return unrenew(s, taken);
    const currentQuantity = Math.max(0, s.currentQuantity - taken);
    return {
      ...s, currentQuantity, status: currentQuantity === 0 ? SUBSCRIPTION_INACTIVE : s.status,
      autoRenewal: s.renewalQuantitySet ? s.autoRenewal : { ...s.autoRenewal, renewalQuantity: currentQuantity },
    };
  });
  const done: Order = { ...order, status: ORDER_COMPLETE, completesAt: null, lineItems: order.lineItems.map((l) => ({ ...l, status: ORDER_COMPLETE })) };
  const updated = orders.map((o) => {
    if (o.orderId === order.orderId) return done;
    if (o.orderId !== order.referenceOrderId) return o;
    const lineItems = o.lineItems.map((l) => (returned.has(l.extLineItemNumber) ? { ...l, status: ORDER_CANCELLED } : l));
    return { ...o, lineItems, status: lineItems.every((l) => l.status === ORDER_CANCELLED) ? ORDER_CANCELLED : o.status };
  });
  return { orders: updated, subscriptions };
}

/** What the completed NEW orders ordered since the 3YC request was accepted, by offer type. */
function orderedSinceAcceptance(orders: Order[], customer: Customer, catalogue: Catalogue): MinimumQuantity[] {
  const since = customer.threeYearCommit?.acceptedAt;
  if (!since) return [];
  // Orders carry whole seconds: one placed in the second of the acceptance counts.
  const from = Math.floor(Date.parse(since) / 1000) * 1000;
  const sums = new Map<OfferType, number>();
  for (const order of orders) {
    if (order.orderType !== 'NEW' || order.status === ORDER_OPEN || Date.parse(order.creationDate) < from) continue;
    for (const line of order.lineItems) {
      const type = findOffer(catalogue, line.offerId)?.product.offerType;
      if (type && line.status === ORDER_COMPLETE) sums.set(type, (sums.get(type) ?? 0) + line.quantity);
    }
  }
  return [...sums].map(([offerType, quantity]) => ({ offerType, quantity }));
}

/** An ACCEPTED 3YC request is committed, by offer type, once the orders reach its minimum (docs/rules.md ORD-16). */
function withCommitment(customer: Customer, orders: Order[], catalogue: Catalogue, now: Date): Customer {
  const tyc = customer.threeYearCommit;
  if (tyc?.commitmentRequest?.status !== 'ACCEPTED') return customer;
  const fromOrders = orderedSinceAcceptance(orders, customer, catalogue);
  const counted = new Map((tyc.orderedQuantities ?? []).map((q) => [q.offerType, q.quantity]));
  for (const q of fromOrders) counted.set(q.offerType, Math.max(counted.get(q.offerType) ?? 0, q.quantity));
  const orderedQuantities = [...counted].map(([offerType, quantity]) => ({ offerType, quantity }));
  return fulfilRequest({ ...customer, threeYearCommit: { ...tyc, orderedQuantities } }, now, []) ?? customer;
}

/**
 * The facts of its subscriptions the LGA and linked-membership rules read: the licences renewing
 * (auto-renewal on, active or scheduled) and whether a Team offer or consumables still auto-renew.
 */
export function subscriptionFacts(subscriptions: Subscription[], catalogue: Catalogue): SubscriptionFacts {
  const renewing = subscriptions.filter((s) => s.autoRenewal.enabled && (s.status === SUBSCRIPTION_ACTIVE || s.status === SUBSCRIPTION_SCHEDULED));
  const products = renewing.map((s) => ({ s, product: findOffer(catalogue, s.offerId)?.product }));
  return {
    renewalQuantity: products.filter(({ product }) => product?.offerType === 'LICENSE').reduce((sum, { s }) => sum + s.autoRenewal.renewalQuantity, 0),
    teamOrConsumablesAutoRenewal: products.some(({ product }) => product?.offerType === 'CONSUMABLES' || product?.edition === 'TEAM'),
  };
}

/**
 * The customer's holdings with every open order due by `now` completed or failed, and the customer
 * with what its orders decide: the anniversary set by the first completed order (a year on), the
 * licence level its licences earn, a 3YC committed by orders, its active subscriptions counted and
 * the facts the LGA rules read (subscriptionFacts).
 * A pending customer's orders wait for it; an inactive customer's fail (1024).
 */
export function settleOrders(holdings: Holdings, reseller: Reseller | undefined, catalogue: Catalogue, now: Date, flexDiscounts: FlexDiscount[] = []): Holdings {
  let { customer, orders, subscriptions } = holdings;
  for (const due of orders.filter((o) => o.status === ORDER_OPEN && o.completesAt && Date.parse(o.completesAt) <= now.getTime())) {
    const order = orders.find((o) => o.orderId === due.orderId)!;
    if (customer.status === PENDING && !order.failsWith) continue;
    const failure = failureOf(order, customer, reseller);
    if (failure) {
      orders = orders.map((o) => (o === order ? { ...o, status: failure, completesAt: null, lineItems: o.lineItems.map((l) => ({ ...l, status: failure })) } : o));
      continue;
    }
    if (order.orderType === 'RETURN') {
      ({ orders, subscriptions } = completeReturn(order, orders, subscriptions));
      continue;
    }
    if (order.orderType === 'RENEWAL') {
      ({ customer, orders, subscriptions } = completeRenewal(order, { customer, orders, subscriptions }, catalogue));
      continue;
    }
    if (!customer.cotermDate) customer = { ...customer, cotermDate: anniversaryAfter(order.completesAt!) };
    // A switch (or its revert) first takes its licences off the subscription it cancels; its line completes as a NEW one's.
    subscriptions = cancelSwitched(order, subscriptions);
    const completed = completeNew(order, subscriptions, customer, catalogue, order.completesAt!);
    subscriptions = completed.subscriptions;
    orders = orders.map((o) => (o === order ? completed.order : o));
  }
  // Anniversaries passed since (domain/renewals/anniversary.ts): renewals, expiries, the anniversary rolled.
  ({ customer, orders, subscriptions } = settleAnniversaries({ customer, orders, subscriptions }, catalogue, now, flexDiscounts));
  customer = { ...customer, discounts: discountsForLicences(customer, licencesHeld(subscriptions, catalogue)) };
  customer = withCommitment(customer, orders, catalogue, now);
  const active = subscriptions.filter((s) => s.status === SUBSCRIPTION_ACTIVE).length;
  // Seeded facts stand for a customer without subscriptions (a state from before orders existed).
  const facts = subscriptions.length ? { subscriptions: subscriptionFacts(subscriptions, catalogue) } : {};
  return { ...holdings, customer: { ...customer, activeSubscriptions: active, ...facts }, orders, subscriptions };
}
