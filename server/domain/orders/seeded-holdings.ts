// Orders and subscriptions as a state document holds them (fixtures, PUT /__sandbox/state): the
// export writes every field; a seed may leave out those with a default.
import { isoSeconds } from '../time.js';
import type { Customer } from '../types.js';
import { boundedOrders } from './order-book.js';
import { subscriptionIdOf } from './order-settle.js';
import type { Order, OrderBook, Subscription, SubscriptionBook } from './order-types.js';

export type SeededOrder = Partial<Omit<Order, 'lineItems'>> & Pick<Order, 'orderId' | 'customerId' | 'orderType' | 'creationDate' | 'status'>
  & { lineItems: Array<Partial<Order['lineItems'][number]> & Pick<Order['lineItems'][number], 'extLineItemNumber' | 'offerId' | 'quantity'>> };

export function normalizeOrder(o: SeededOrder): Order {
  const currencyCode = o.currencyCode ?? 'USD';
  return {
    orderId: o.orderId, customerId: o.customerId, externalReferenceId: o.externalReferenceId ?? '', orderType: o.orderType,
    referenceOrderId: o.referenceOrderId ?? '', currencyCode, creationDate: o.creationDate, status: o.status, source: 'API',
    lineItems: o.lineItems.map((l) => ({ subscriptionId: '', status: o.status, currencyCode, ...l })),
    completesAt: o.completesAt ?? null, ...(o.failsWith ? { failsWith: o.failsWith } : {}),
    ...(o.cancellingItems ? { cancellingItems: o.cancellingItems } : {}),
  };
}

export type SeededSubscription = Partial<Subscription> & Pick<Subscription, 'customerId' | 'offerId' | 'currentQuantity'>;

function byCustomer<T extends { customerId: string }>(records: T[]): Map<string, T[]> {
  const books = new Map<string, T[]>();
  for (const r of records) {
    const list = books.get(r.customerId);
    if (list) list.push(r);
    else books.set(r.customerId, [r]);
  }
  return books;
}

/** The orders of a document by customer, each customer's bounded as placing orders bounds them (ORD-19). */
export const orderBooks = (orders: SeededOrder[]): OrderBook[] =>
  [...byCustomer(orders)].map(([customerId, list]) => ({ customerId, orders: boundedOrders(list.map(normalizeOrder)) }));

/** A seeded subscription: active, auto-renewing what it holds, renewing at the customer's anniversary. */
export function normalizeSubscription(s: SeededSubscription, customer: Customer | undefined, now: Date): Subscription {
  return {
    subscriptionId: s.subscriptionId ?? subscriptionIdOf(s.customerId, s.offerId),
    customerId: s.customerId,
    offerId: s.offerId,
    currentQuantity: s.currentQuantity,
    usedQuantity: s.usedQuantity ?? 0,
    autoRenewal: s.autoRenewal ?? { enabled: true, renewalQuantity: s.currentQuantity },
    renewalQuantitySet: s.renewalQuantitySet ?? false,
    creationDate: s.creationDate ?? customer?.creationDate ?? isoSeconds(now),
    renewalDate: s.renewalDate ?? customer?.cotermDate ?? '',
    status: s.status ?? '1000',
    currencyCode: s.currencyCode ?? 'USD',
    ...(s.deploymentId ? { deploymentId: s.deploymentId } : {}),
  };
}

export function subscriptionBooks(seeded: SeededSubscription[], customers: Customer[], now: Date): SubscriptionBook[] {
  const known = new Map(customers.map((c) => [c.customerId, c]));
  return [...byCustomer(seeded)].map(([customerId, list]) => ({
    customerId, subscriptions: list.map((s) => normalizeSubscription(s, known.get(customerId), now)),
  }));
}
