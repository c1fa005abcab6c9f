// How many orders the simulator keeps per customer: each order rewrites the customer's order
// record, so the record is bounded and the work of an order with it (docs/rules.md ORD-19).
import { ORDER_OPEN, type Order } from './order-types.js';

export const MAX_ORDERS_KEPT = 500;

/** The orders with the oldest settled ones dropped until at most MAX_ORDERS_KEPT remain (open orders are always kept). */
export function boundedOrders(orders: Order[], max = MAX_ORDERS_KEPT): Order[] {
  let excess = orders.length - max;
  if (excess <= 0) return orders;
  return orders.filter((o) => (excess > 0 && o.status !== ORDER_OPEN ? (excess--, false) : true));
}
