// POST /v3/recommendations, and the fetch-recommendations flag of PREVIEW orders and subscription
// lists (domain/catalogue/recommendations.ts).
import { randomBytes } from 'node:crypto';
import { recommendationsBlock, recommendationsFor, type RecommendationInput } from '../domain/catalogue/recommendations.js';
import type { Catalogue } from '../domain/catalogue/catalogue.js';
import type { Subscription } from '../domain/orders/order-types.js';
import type { Customer } from '../domain/types.js';
import type { CallContext, PartnerHandlers, PartnerOperationId } from './call-context.js';
import { customerHoldings } from './orders.js';

export const TRACKER_HEADER = 'x-recommendation-tracker-id';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A 32-character tracker id, as the page's example. */
function trackerId(): string {
  return [...randomBytes(32)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

export interface RecommendationFlags {
  'fetch-recommendations'?: boolean;
  'recommendation-country'?: string;
  'recommendation-language'?: string;
}

/**
 * The recommendations block an answer carries when the query asks for it (undefined otherwise),
 * with the tracker header set.
 */
export function flaggedRecommendations(ctx: CallContext<PartnerOperationId>, flags: RecommendationFlags, held: { customer: Customer; subscriptions: Subscription[]; catalogue: Catalogue }, input: Pick<RecommendationInput, 'context' | 'offerIds'>) {
  if (flags['fetch-recommendations'] !== true) return undefined;
  ctx.responseHeaders[TRACKER_HEADER] = trackerId();
  return recommendationsBlock(held.customer, held.subscriptions, held.catalogue, {
    ...input, country: flags['recommendation-country'], language: flags['recommendation-language'],
  });
}

export function recommendationHandlers(): PartnerHandlers<'fetchRecommendations'> {
  return {
    async fetchRecommendations(ctx) {
      const request = ctx.input.body();
      const held = await customerHoldings(ctx, request.customerId);
      const productRecommendations = recommendationsFor(held.customer, held.subscriptions, held.catalogue, {
        context: request.recommendationContext,
        offerIds: (request.offers ?? []).flatMap((o) => (o.offerId ? [o.offerId] : [])),
        country: request.country,
        language: request.language,
      });
      ctx.responseHeaders[TRACKER_HEADER] = trackerId();
      return { productRecommendations };
    },
  };
}
