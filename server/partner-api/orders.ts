// The order operations: load the customer and its holdings settled on the clock, apply the domain
// rules (server/domain/orders/), and write the holdings back with the customer.
import { withAcquisitionsOrdered } from '../domain/orders/order-acquisitions.js';
import { boundedOrders } from '../domain/orders/order-book.js';
import { createOrder } from '../domain/orders/order-create.js';
import { orderErrors } from '../domain/orders/order-errors.js';
import { isPreviewOrder } from '../domain/orders/order-switch.js';
import { orderHistory, type HistoryQuery } from '../domain/orders/order-history.js';
import { orderView } from '../domain/orders/order-view.js';
import type { Order } from '../domain/orders/order-types.js';
import type { MarketSegment } from '../domain/types.js';
import { withNewIds } from './new-ids.js';
import type { CallContext, PartnerHandlers, PartnerOperationId } from './call-context.js';
import type { SimulatorSettings } from '../settings.js';
import { catalogueOf, saveHoldings, settledHoldings } from './holdings.js';
import { prospectCustomer } from '../domain/orders/prospect-customer.js';
import { AdobeError } from '../domain/protocol/errors.js';
import { flaggedRecommendations } from './recommendations.js';

/** The customer (404 1116 when not the caller's) and its holdings, settled. */
export async function customerHoldings(ctx: CallContext<PartnerOperationId>, customerId: string) {
  const { customer, reseller } = await ctx.scope.customer(customerId);
  return { reseller, ...await settledHoldings(ctx.tx, customer, reseller, ctx.now) };
}

/**
 * The holdings a PREVIEW prices against: the customer's, or, when the id is no customer of the
 * caller's distributor, a prospect's (domain/orders/prospect-customer.ts; docs/rules.md ORD-24).
 */
async function previewHoldings(ctx: CallContext<PartnerOperationId>, customerId: string, distributorSegments: MarketSegment[]) {
  try {
    return await customerHoldings(ctx, customerId);
  } catch (error) {
    if (!(error instanceof AdobeError) || error.code !== '1116') throw error;
    const prospect = prospectCustomer(customerId, await ctx.scope.distributor(), distributorSegments, ctx.now);
    return { ...prospect, orders: [], subscriptions: [], failNext: null, catalogue: await catalogueOf(ctx.tx) };
  }
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
      const request = ctx.input.body();
      const customerId = ctx.input.path['customer-id'];
      const distributorSegments = await ctx.scope.marketSegments();
      const held = request.orderType === 'PREVIEW' ? await previewHoldings(ctx, customerId, distributorSegments) : await customerHoldings(ctx, customerId);
      const query = ctx.input.query();
      const withPrice = fetchPrice(query);
      // Renewals may apply the codes the subscriptions opted for, so they read the discounts too.
      const withCodes = (request.lineItems ?? []).some((l) => l.flexDiscountCodes?.length) || request.orderType === 'PREVIEW_RENEWAL' || request.orderType === 'RENEWAL';
      const flexDiscounts = withCodes ? await ctx.tx.list('flexDiscounts') : [];
      const distributor = await ctx.scope.distributor();
      const preview = isPreviewOrder(request.orderType);
      // The next order id the customer's orders do not hold (a state may be imported with ids of its own).
      const needs = { order: { count: preview ? 0 : 1, taken: (id: string) => held.orders.some((o) => o.orderId === id) } };
      const { order, placed } = await withNewIds(ctx.tx, needs, (ids) => createOrder(request, { ...held, now: ctx.now, distributorSegments, flexDiscounts, distributor }, preview ? '' : String(ids.order), settings.orderDelayMs));
      if (placed) {
        const customer = order.orderType === 'NEW' ? withAcquisitionsOrdered(held.customer, order.lineItems, held.catalogue) : held.customer;
        // An armed failure is taken by the next order placed, which then ends in that status.
        const kept = held.failNext ? { ...order, failsWith: held.failNext } : order;
        await saveHoldings(ctx.tx, { ...held, customer, orders: boundedOrders([...held.orders, kept]), failNext: null });
      }
      // Recommendations only on a PREVIEW, from its lines (docs/rules.md RCM-04).
      const recommendations = request.orderType === 'PREVIEW'
        ? flaggedRecommendations(ctx, query, held, { context: 'ORDER_PREVIEW', offerIds: (request.lineItems ?? []).map((l) => l.offerId) })
        : undefined;
      return { ...orderView(order, withPrice), ...(recommendations ? { recommendations } : {}) };
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
