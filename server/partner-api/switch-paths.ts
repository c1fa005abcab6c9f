// The mid-term upgrade paths: GET /v3/offer-switch-paths (by market, or by a customer's
// subscription) and GET /v3/customers/{id}/subscriptions/{id}/offer-switch-paths.
import { findOffer } from '../domain/catalogue/catalogue.js';
import { subscriptionSwitchPaths, switchPathsPage, switchPathsSelection } from '../domain/catalogue/switch-paths.js';
import { findSubscription } from '../domain/subscriptions/subscription.js';
import type { CallContext, PartnerHandlers, PartnerOperationId } from './call-context.js';
import { catalogueOf } from './holdings.js';
import { customerHoldings } from './orders.js';

/** The paths of a subscription of one of the caller's customers (404 1116, 404 3115). */
async function pathsOfSubscription(ctx: CallContext<PartnerOperationId>, customerId: string, subscriptionId: string, paging: { language: string; limit: number; offset: number }) {
  const held = await customerHoldings(ctx, customerId);
  return subscriptionSwitchPaths(held.catalogue, held.customer, findSubscription(held.subscriptions, subscriptionId), paging);
}

export function switchPathHandlers(): PartnerHandlers<'getOfferSwitchPaths' | 'getSubscriptionSwitchPaths'> {
  return {
    async getOfferSwitchPaths(ctx) {
      const q = ctx.input.query();
      const paging = { language: q.language, limit: q.limit, offset: q.offset };
      const selection = switchPathsSelection(q);
      if (selection.kind === 'subscription') return pathsOfSubscription(ctx, selection.customerId, selection.subscriptionId, paging);
      const catalogue = await catalogueOf(ctx.tx);
      const source = q['offer-id'] === undefined ? undefined : findOffer(catalogue, q['offer-id'])?.product ?? null;
      return switchPathsPage(catalogue, { ...paging, segment: selection.segment, country: selection.country, source });
    },

    async getSubscriptionSwitchPaths(ctx) {
      const q = ctx.input.query();
      return pathsOfSubscription(ctx, ctx.input.path['customer-id'], ctx.input.path['subscription-id'], { language: q.language, limit: q.limit, offset: q.offset });
    },
  };
}
