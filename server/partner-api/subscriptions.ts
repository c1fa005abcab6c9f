// The subscription operations and the price list.
import { priceList, type PriceListRequest } from '../domain/catalogue/price-list.js';
import {
  findSubscription, scheduleSubscription, subscriptionList, subscriptionView, updateSubscription,
  type CreateSubscriptionRequest, type UpdateSubscriptionRequest,
} from '../domain/subscriptions/subscription.js';
import type { PartnerHandlers } from './call-context.js';
import { catalogueOf, saveHoldings } from './holdings.js';
import { customerHoldings } from './orders.js';
import { flaggedRecommendations } from './recommendations.js';
import { manuallyRenewable } from '../domain/renewals/manual-renewal.js';
import type { Subscription } from '../domain/orders/order-types.js';
import type { Customer } from '../domain/types.js';

/** One subscription as shown among the customer's others (which decide whether it may be renewed manually today). */
const shown = (s: Subscription, held: { customer: Customer; subscriptions: Subscription[] }, now: Date) =>
  subscriptionView(s, manuallyRenewable(held.subscriptions, held.customer, now).has(s.subscriptionId));

export function subscriptionHandlers(): PartnerHandlers<'listSubscriptions' | 'getSubscription' | 'updateSubscription' | 'createSubscription' | 'getPriceList'> {
  return {
    async listSubscriptions(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const recommendations = flaggedRecommendations(ctx, ctx.input.query(), held, { context: 'GENERIC', offerIds: [] });
      const renewable = manuallyRenewable(held.subscriptions, held.customer, ctx.now);
      return { ...subscriptionList(held.customer.customerId, held.subscriptions, renewable), ...(recommendations ? { recommendations } : {}) };
    },

    async getSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return shown(findSubscription(held.subscriptions, ctx.input.path['subscription-id']), held, ctx.now);
    },

    async updateSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const found = findSubscription(held.subscriptions, ctx.input.path['subscription-id']);
      const updated = updateSubscription(found, ctx.input.body(), held.catalogue, ctx.input.query()['reset-flex-discount-codes'] === true);
      const subscriptions = held.subscriptions.map((s) => (s === found ? updated : s));
      await saveHoldings(ctx.tx, { ...held, subscriptions });
      return shown(updated, { ...held, subscriptions }, ctx.now);
    },

    async createSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const created = scheduleSubscription(ctx.input.body(), held.customer, held.reseller, held.subscriptions, held.catalogue, ctx.now);
      const subscriptions = [...held.subscriptions.filter((s) => s.subscriptionId !== created.subscriptionId), created];
      await saveHoldings(ctx.tx, { ...held, subscriptions });
      return shown(created, { ...held, subscriptions }, ctx.now);
    },

    async getPriceList(ctx) {
      const paging = ctx.input.query();
      const request = ctx.input.body();
      const distributor = await ctx.scope.distributor();
      return priceList(request, { country: distributor.country, marketSegments: await ctx.scope.marketSegments() }, await catalogueOf(ctx.tx), paging, ctx.now);
    },
  };
}
