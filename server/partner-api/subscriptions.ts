// The subscription operations and the price list.
import { priceList, type PriceListRequest } from '../domain/catalogue/price-list.js';
import {
  findSubscription, scheduleSubscription, subscriptionList, subscriptionView, updateSubscription,
  type CreateSubscriptionRequest, type UpdateSubscriptionRequest,
} from '../domain/subscriptions/subscription.js';
import type { MarketSegment } from '../domain/types.js';
import { listBy } from '../store/store.js';
import type { PartnerHandlers } from './call-context.js';
import { catalogueOf, saveHoldings } from './holdings.js';
import { customerHoldings } from './orders.js';

export function subscriptionHandlers(): PartnerHandlers<'listSubscriptions' | 'getSubscription' | 'updateSubscription' | 'createSubscription' | 'getPriceList'> {
  return {
    async listSubscriptions(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return subscriptionList(held.customer.customerId, held.subscriptions);
    },

    async getSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      return subscriptionView(findSubscription(held.subscriptions, ctx.input.path['subscription-id']));
    },

    async updateSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const found = findSubscription(held.subscriptions, ctx.input.path['subscription-id']);
      const updated = updateSubscription(found, ctx.input.body(), held.catalogue);
      await saveHoldings(ctx.tx, { ...held, subscriptions: held.subscriptions.map((s) => (s === found ? updated : s)) });
      return subscriptionView(updated);
    },

    async createSubscription(ctx) {
      const held = await customerHoldings(ctx, ctx.input.path['customer-id']);
      const created = scheduleSubscription(ctx.input.body(), held.customer, held.reseller, held.subscriptions, held.catalogue, ctx.now);
      await saveHoldings(ctx.tx, { ...held, subscriptions: [...held.subscriptions.filter((s) => s.subscriptionId !== created.subscriptionId), created] });
      return subscriptionView(created);
    },

    async getPriceList(ctx) {
      const paging = ctx.input.query();
      const request = ctx.input.body();
      const distributor = await ctx.scope.distributor();
      const resellers = await listBy(ctx.tx, 'resellers', 'distributorId', ctx.scope.distributorId);
      const marketSegments = [...new Set(resellers.flatMap((r) => r.marketSegments))] as MarketSegment[];
      return priceList(request, { country: distributor.country, marketSegments }, await catalogueOf(ctx.tx), paging, ctx.now);
    },
  };
}
