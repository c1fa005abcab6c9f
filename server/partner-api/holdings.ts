// A customer's orders and subscriptions, read settled on the simulated clock (domain/orders/
// order-settle.ts) and written back together with the customer they changed.
import type { Catalogue } from '../domain/catalogue/catalogue.js';
import { defaultCatalogue } from '../startup/catalogue-file.js';
import { settleOrders, type Holdings } from '../domain/orders/order-settle.js';
import { anniversaryOverdue } from '../domain/renewals/anniversary.js';
import type { Customer, Reseller } from '../domain/types.js';
import { SINGLETON, getMany, type Tx } from '../store/store.js';
import type { OrderBook, SubscriptionBook } from '../domain/orders/order-types.js';
import { saveCustomer } from './account-index.js';

export async function catalogueOf(tx: Tx): Promise<Catalogue> {
  return await tx.get('catalogue', SINGLETON) ?? defaultCatalogue();
}

/** The customer's holdings as they are now: open orders due by `now` completed, and the customer with what they decide. */
export async function settledHoldings(tx: Tx, customer: Customer, reseller: Reseller | undefined, now: Date): Promise<Holdings & { catalogue: Catalogue }> {
  const [orders, subscriptions, catalogue] = await getMany(tx, [['orders', customer.customerId], ['subscriptions', customer.customerId], ['catalogue', SINGLETON]]) as [OrderBook?, SubscriptionBook?, Catalogue?];
  const cat = catalogue ?? defaultCatalogue();
  // A customer with no orders or subscriptions record keeps what was seeded (a state saved before orders existed).
  if (!orders && !subscriptions) return { customer, orders: [], subscriptions: [], catalogue: cat };
  const held = { customer, orders: orders?.orders ?? [], subscriptions: subscriptions?.subscriptions ?? [], failNext: orders?.failNext ?? null };
  // The flexible discounts are read only for a customer whose subscriptions opted for codes at renewal.
  const opted = held.subscriptions.some((s) => s.autoRenewal.flexDiscountCodes?.length);
  const flexDiscounts = opted ? await tx.list('flexDiscounts') : [];
  const settled = settleOrders(held, reseller, cat, now, flexDiscounts);
  // A settlement runs at most MAX_ANNIVERSARIES_PER_SETTLEMENT anniversaries (a clock moved more
  // than ten years on): it stores what it ran, so the next read goes on from there instead of
  // running the same ten again. Reads store nothing otherwise.
  if (anniversaryOverdue(settled.subscriptions, now)) await saveHoldings(tx, settled);
  return { ...settled, catalogue: cat };
}

/** Writes the holdings and the customer they belong to, in the caller's transaction. */
export async function saveHoldings(tx: Tx, holdings: Holdings): Promise<Customer> {
  const customerId = holdings.customer.customerId;
  await tx.put('orders', customerId, { customerId, orders: holdings.orders, ...(holdings.failNext ? { failNext: holdings.failNext } : {}) });
  await tx.put('subscriptions', customerId, { customerId, subscriptions: holdings.subscriptions });
  return saveCustomer(tx, holdings.customer);
}
