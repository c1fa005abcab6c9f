// The control plane of orders and subscriptions (what Adobe's sandbox portal does by hand): the
// customer's orders and subscriptions as kept, an order's status and creation date, a failure armed
// for the next order, subscriptions seeded and edited. Each call settles the customer's holdings on
// the clock first and stores them with the customer, as a partner call does.
import { editedOrder, editedSubscription, type OrderEdit, type SubscriptionEdit, type SubscriptionSeed } from '../domain/orders/order-control.js';
import { orderErrors } from '../domain/orders/order-errors.js';
import type { Holdings } from '../domain/orders/order-settle.js';
import type { Order, Subscription } from '../domain/orders/order-types.js';
import { normalizeSubscription } from '../domain/orders/seeded-holdings.js';
import { findSubscription } from '../domain/subscriptions/subscription.js';
import type { Tx } from '../store/store.js';
import { anniversaryBroughtToToday, renewalOrderIdOf } from '../domain/renewals/anniversary.js';
import { saveHoldings, settledHoldings } from '../partner-api/holdings.js';
import type { StateOperations } from './state-operations.js';

export class OrderOperations {
  constructor(private readonly state: StateOperations) {}

  private async holdings(tx: Tx, customerId: string, now: Date): Promise<Holdings> {
    const customer = await this.state.customerIn(tx, customerId, now);
    return settledHoldings(tx, customer, await tx.get('resellers', customer.resellerId), now);
  }

  /** Settles, applies the change, settles again (an order made due completes now) and stores it all. */
  private change<T>(customerId: string, apply: (held: Holdings, now: Date) => { held: Holdings; pick: (held: Holdings) => T }): Promise<T> {
    return this.state.work(async (tx, now) => {
      const { held, pick } = apply(await this.holdings(tx, customerId, now), now);
      await saveHoldings(tx, held);
      return pick(await this.holdings(tx, customerId, now));
    });
  }

  orders(customerId: string): Promise<Order[]> {
    return this.state.work(async (tx, now) => (await this.holdings(tx, customerId, now)).orders);
  }

  updateOrder(customerId: string, orderId: string, edit: OrderEdit): Promise<Order> {
    return this.change(customerId, (held, now) => {
      const order = held.orders.find((o) => o.orderId === orderId);
      if (!order) throw orderErrors.invalidOrder(['orderId'], `the customer has no order ${orderId}`);
      const edited = editedOrder(order, edit, now);
      return { held: { ...held, orders: held.orders.map((o) => (o === order ? edited : o)) }, pick: (h) => h.orders.find((o) => o.orderId === orderId)! };
    });
  }

  failNextOrder(customerId: string, status: string): Promise<{ customerId: string; failNext: string }> {
    return this.change(customerId, (held) => ({ held: { ...held, failNext: status }, pick: () => ({ customerId, failNext: status }) }));
  }

  subscriptions(customerId: string): Promise<Subscription[]> {
    return this.state.work(async (tx, now) => (await this.holdings(tx, customerId, now)).subscriptions);
  }

  seedSubscription(customerId: string, seed: SubscriptionSeed): Promise<Subscription> {
    return this.change(customerId, (held, now) => {
      const seeded = normalizeSubscription({ ...seed, customerId }, held.customer, now);
      const subscriptions = [...held.subscriptions.filter((s) => s.subscriptionId !== seeded.subscriptionId), seeded];
      return { held: { ...held, subscriptions }, pick: (h) => findSubscription(h.subscriptions, seeded.subscriptionId) };
    });
  }

  /** The portal's coterm edit and "Trigger Auto Renewal" in one call (domain/renewals/anniversary.ts). */
  triggerRenewal(customerId: string) {
    return this.change(customerId, (held, now) => {
      const brought = anniversaryBroughtToToday(held, now);
      const orderId = renewalOrderIdOf(customerId, brought.renewalDate);
      return {
        held: { ...held, ...brought.held },
        pick: (h) => ({
          customerId, renewalDate: brought.renewalDate, cotermDate: h.customer.cotermDate,
          renewalOrderId: h.orders.some((o) => o.orderId === orderId) ? orderId : '', subscriptions: h.subscriptions,
        }),
      };
    });
  }

  updateSubscription(customerId: string, subscriptionId: string, edit: SubscriptionEdit): Promise<Subscription> {
    return this.change(customerId, (held) => {
      const found = findSubscription(held.subscriptions, subscriptionId);
      const edited = editedSubscription(found, edit);
      return { held: { ...held, subscriptions: held.subscriptions.map((s) => (s === found ? edited : s)) }, pick: (h) => findSubscription(h.subscriptions, subscriptionId) };
    });
  }
}
