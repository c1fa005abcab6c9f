// GET /v3/notifications, type LICENSES_PENDING_PARTNER_ORDER: the customers of a reseller with
// open acquisitions (licences added in Admin Console within 7 days, not yet ordered).
import type { Customer } from '../types.js';

export const LICENSES_PENDING_PARTNER_ORDER = 'LICENSES_PENDING_PARTNER_ORDER';

export interface NotificationQuery {
  resellerId: string;
  limit: number;
  offset: number;
}

/**
 * `customers` are the reseller's, settled on the clock (expired acquisitions dropped). Sorted by
 * customer id, so pages neither overlap nor skip.
 */
export function pendingOrderNotifications(customers: Customer[], query: NotificationQuery) {
  const pending = customers.filter((c) => c.openAcquisitions.length > 0).sort((a, b) => (a.customerId < b.customerId ? -1 : 1));
  const items = pending.slice(query.offset, query.offset + query.limit).map((c) => ({
    customerId: c.customerId,
    resellerId: c.resellerId,
    notificationType: LICENSES_PENDING_PARTNER_ORDER,
    links: { self: { uri: `/v3/customers/${c.customerId}/open-acquisitions`, method: 'GET' as const, headers: [] as [] } },
  }));
  const self = new URLSearchParams({ 'notification-type': LICENSES_PENDING_PARTNER_ORDER, 'reseller-id': query.resellerId, limit: String(query.limit), offset: String(query.offset) });
  return {
    limit: query.limit, offset: query.offset, totalCount: pending.length, count: items.length, items,
    links: { self: { uri: `/v3/notifications?${self}`, method: 'GET' as const, headers: [] as [] } },
  };
}
