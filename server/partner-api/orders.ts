// The order operations: load the customer and its holdings settled on the clock, apply the domain
// rules (server/domain/orders/), and write the holdings back with the customer.
import { withAcquisitionsOrdered } from '../domain/orders/order-acquisitions.js';
import { boundedOrders } from '../domain/orders/order-book.js';
import { createOrder } from '../domain/orders/order-create.js';
import { orderErrors } from '../domain/orders/order-errors.js';
import { orderHistory, type HistoryQuery } from '../domain/orders/order-history.js';
import { orderView } from '../domain/orders/order-view.js';
import type { Order } from '../domain/orders/order-types.js';
import { SINGLETON, type Tx } from '../store/store.js';
import type { CallContext, PartnerHandlers, PartnerOperationId } from './call-context.js';
import type { SimulatorSettings } from '../settings.js';
import { saveHoldings, settledHoldings } from './holdings.js';

/** The customer (404 1116 when not the caller's) and its holdings, settled. */
export async function customerHoldings(ctx: CallContext<PartnerOperationId>, customerId: string) {
  const { customer, reseller } = await ctx.scope.customer(customerId);
  return { reseller, ...await settledHoldings(ctx.tx, customer, reseller, ctx.now) };
}

/** The next free order id (state may be imported with ids of its own). */
async function nextOrderId(tx: Tx, taken: Order[]): Promise<string> {
  const sequences = (await tx.get('sequences', SINGLETON))!;
  let next = sequences.order ?? 5120000001;
  while (taken.some((o) => o.orderId === String(next))) next++;
  await tx.put('sequences', SINGLETON, { ...sequences, order: next + 1 });
  return String(next);
}

const fetchPrice = (query: { 'fetch-price'?: boolean }) => query['fetch-price'] === true;

function findOrder(orders: Order[], orderId: string): Order {
  const order = orders.find((o) => o.orderId === orderId);
  if (!order) throw orderErrors.invalidOrder(['orderId'], `the customer has no order ${orderId}`);
  return order;
}

export function orderHandlers(settings: SimulatorSettings): PartnerHandlers<'createOrder' | 'getOrderHistory' | 'getOrder' | 'updateOrder'> {
  return {
    async createOrder(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const request = ctx.input.body();
      const withPrice = fetchPrice(ctx.input.query());
      const orderId = request.orderType.startsWith('PREVIEW') ? '' : await nextOrderId(ctx.tx, held.orders);
      const { order, placed } = createOrder(request, { ...held, now: ctx.now }, orderId, settings.orderDelayMs);
      if (placed) {
        const customer = order.orderType === 'NEW' ? withAcquisitionsOrdered(held.customer, order.lineItems, held.catalogue) : held.customer;
        // An armed failure is taken by the next order placed, which then ends in that status.
        const kept = held.failNext ? { ...order, failsWith: held.failNext } : order;
        await saveHoldings(ctx.tx, { ...held, customer, orders: boundedOrders([...held.orders, kept]), failNext: null });
      }
      return orderView(order, withPrice);
    },

    async getOrderHistory(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return orderHistory(held.orders, held.customer, ctx.call.query, ctx.now);
    },

    async getOrder(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return orderView(findOrder(held.orders, ctx.input.path['order-id']), fetchPrice(ctx.input.query()));
    },

    async updateOrder(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const order = findOrder(held.orders, ctx.input.path['order-id']);
      const { externalReferenceId } = ctx.input.body();
      const updated = { ...order, externalReferenceId };
      await saveHoldings(ctx.tx, { ...held, orders: held.orders.map((o) => (o === order ? updated : o)) });
      return orderView(updated);
    },
  };
}
