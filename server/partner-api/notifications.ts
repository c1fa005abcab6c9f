// GET /v3/notifications (domain/commitments/pending-order-notifications.ts).
import { customerAt, type LifecycleSettings } from '../domain/customers/customer.js';
import { pendingOrderNotifications } from '../domain/commitments/pending-order-notifications.js';
import { listBy } from '../store/store.js';
import type { PartnerHandlers } from './call-context.js';

export function notificationHandlers(settings: LifecycleSettings): PartnerHandlers<'getNotifications'> {
  return {
    async getNotifications(ctx) {
      const q = ctx.input.query();
      const resellerId = q['reseller-id'];
      // Another distributor's reseller lists nothing: the page documents no 404 here.
      const reseller = await ctx.scope.reseller(resellerId);
      const customers = reseller ? (await listBy(ctx.tx, 'customers', 'resellerId', resellerId)).map((c) => customerAt(c, ctx.now, settings)) : [];
      return pendingOrderNotifications(customers, { resellerId, limit: q.limit, offset: q.offset });
    },
  };
}
