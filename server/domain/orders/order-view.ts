// Orders as the API shows them: the resource of the pages, without the simulator's own fields,
// with pricing only when asked for (fetch-price=true) and known.
import { pricingSummary } from './pricing.js';
import type { Order, OrderLine } from './order-types.js';

export const orderLink = (customerId: string, orderId: string) => ({ uri: `/v3/customers/${customerId}/orders/${orderId}`, method: 'GET' as const, headers: [] as [] });

function lineView(line: OrderLine, withPrice: boolean) {
  const { proratedDays, pricing, ...rest } = line;
  return withPrice && pricing ? { ...rest, proratedDays, pricing } : rest;
}

/**
 * The order resource. Prices show with fetch-price on a PREVIEW and on a completed order (the get
 * order page: "The order status is 1000"); a PREVIEW has no links (the preview page's example).
 */
export function orderView(order: Order, fetchPrice = false) {
  const { completesAt: _completesAt, failsWith: _failsWith, renews: _renews, lineItems, ...fields } = order;
  const preview = order.orderType === 'PREVIEW' || order.orderType === 'PREVIEW_RENEWAL';
  const withPrice = fetchPrice && (preview || order.status === '1000');
  const view = { ...fields, lineItems: lineItems.map((l) => lineView(l, withPrice)) };
  const priced = withPrice ? { ...view, pricingSummary: pricingSummary(lineItems) } : view;
  return preview ? priced : { ...priced, links: { self: orderLink(order.customerId, order.orderId) } };
}
