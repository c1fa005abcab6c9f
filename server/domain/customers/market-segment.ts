// Market segments and sub-segments of customers, and the reseller's enablement for them.
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import type { Customer, MarketSegment, Reseller } from '../types.js';

export const SUB_SEGMENTS: Record<MarketSegment, readonly string[]> = {
  COM: [],
  EDU: ['K_12', 'HIGHER_ED', 'NON_PROFIT'],
  GOV: ['FEDERAL', 'STATE'],
};

export function subSegmentProblems(segment: MarketSegment, subSegments: string[]): Problem[] {
  return subSegments
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !SUB_SEGMENTS[segment].includes(s))
    .map(({ s, i }) => ({ path: `companyProfile.marketSubSegments[${i}]`, reason: `${s} is not a sub-segment of ${segment}` }));
}

/**
 * The sub-segments a create request may set. A customer's sub-segment is set by the customer in
 * Admin Console, so a partner's create sets none; a flow that may set some (the LGA create sets
 * FEDERAL or STATE) passes them as `allowed`.
 */
export function createSubSegmentProblems(segment: MarketSegment, subSegments: string[], allowed: readonly string[] = []): Problem[] {
  const notAllowed = subSegments
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => !allowed.includes(s))
    .map(({ s, i }) => ({ path: `companyProfile.marketSubSegments[${i}]`, reason: `${s} cannot be set through the API: the customer sets sub-segments in Admin Console` }));
  return notAllowed.length ? notAllowed : subSegmentProblems(segment, subSegments);
}

export function assertResellerSegment(reseller: Reseller, segment: MarketSegment): void {
  if (!reseller.marketSegments.includes(segment)) {
    throw errors.invalidMarketSegment(['companyProfile.marketSegment'],
      `Invalid market segment used for customer: reseller ${reseller.resellerId} is not enabled for ${segment}`);
  }
}

const sameList = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The segment and sub-segments an update leaves the customer with. The segment changes only when
 * the customer has no active subscriptions and the reseller is enabled for the new one; the
 * sub-segments are read-only (set by the customer in Admin Console) and reset when the segment changes.
 */
export function updatedSegment(customer: Customer, reseller: Reseller, segment: MarketSegment, subSegments: string[] | undefined) {
  const current = customer.companyProfile;
  if (segment === current.marketSegment) {
    if (subSegments && !sameList(subSegments, current.marketSubSegments)) {
      throw errorFor(errors.notEditable, [{ path: 'companyProfile.marketSubSegments', reason: 'are read-only (the customer sets them in Admin Console)' }]);
    }
    return { marketSegment: segment, marketSubSegments: current.marketSubSegments };
  }
  if (customer.activeSubscriptions > 0) {
    throw errorFor(errors.notEditable, [{ path: 'companyProfile.marketSegment', reason: `cannot change while the customer has ${customer.activeSubscriptions} active subscription(s)` }]);
  }
  assertResellerSegment(reseller, segment);
  if (subSegments && subSegments.length) {
    throw errorFor(errors.notEditable, [{ path: 'companyProfile.marketSubSegments', reason: 'are read-only (the customer sets them in Admin Console)' }]);
  }
  return { marketSegment: segment, marketSubSegments: [] as string[] };
}
