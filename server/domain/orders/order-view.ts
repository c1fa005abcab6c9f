// Orders as the API shows them: the resource of the pages, without the simulator's own fields,
// with pricing only when asked for (fetch-price=true) and known.
import { pricingSummary } from './pricing.js';
import { isPreviewOrder } from './order-switch.js';
import type { CancellingItem, Order, OrderLine } from './order-types.js';

export const orderLink = (customerId: string, orderId: string) => ({ uri: `/v3/customers/${customerId}/orders/${orderId}`, method: 'GET' as const, headers: [] as [] });

function lineView(line: OrderLine, withPrice: boolean) {
  const { proratedDays, pricing, ...rest } = line;
  return withPrice && pricing ? { ...rest, proratedDays, pricing } : rest;
}

function cancellingView(item: CancellingItem, withPrice: boolean) {
  const { pricing, ...rest } = item;
  return withPrice && pricing ? { ...rest, pricing } : rest;
}

/** A cancelling item counts against the total: the summary of a switch is its net price. */
const credited = (item: CancellingItem, currencyCode: string) =>
  ({ currencyCode, pricing: item.pricing && { ...item.pricing, lineItemPartnerPrice: -item.pricing.lineItemPartnerPrice } });

/**
 * The order resource. Prices show with fetch-price on a PREVIEW and on a completed order (the get
 * order page: "The order status is 1000"); a PREVIEW has no links (the preview page's example).
 */
export function orderView(order: Order, fetchPrice = false) {
  const { completesAt: _completesAt, failsWith: _failsWith, renews: _renews, lineItems, cancellingItems, ...fields } = order;
  const preview = isPreviewOrder(order.orderType);
  const withPrice = fetchPrice && (preview || order.status === '1000');
  const view = {
    ...fields, lineItems: lineItems.map((l) => lineView(l, withPrice)),
    ...(cancellingItems ? { cancellingItems: cancellingItems.map((c) => cancellingView(c, withPrice)) } : {}),
  };
  const priced = withPrice ? { ...view, pricingSummary: pricingSummary([...lineItems, ...(cancellingItems ?? []).map((c) => credited(c, order.currencyCode))]) } : view;
  return preview ? priced : { ...priced, links: { self: orderLink(order.customerId, order.orderId) } };
}
