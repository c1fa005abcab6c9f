// GET /v3/resellers: the caller's distributor's resellers, by status and name, sorted and paged.
import { LISTED_STATUSES } from '../customers/customer-list.js';
import { wildcardMatcher } from '../control/wildcard.js';
import type { Reseller } from '../types.js';
import { resellerView } from './reseller-account.js';

export interface ListResellersQuery {
  status: string;
  companyName?: string;
  limit: number;
  offset: number;
  sortBy: 'creationDate' | 'companyName';
  /** Either case: the page's table says asc/desc, its sample request ASC. */
  orderBy: string;
}

/** `resellers` must already be settled on the clock (resellerAt) and the caller's distributor's. */
export function listResellers(resellers: Reseller[], query: ListResellersQuery) {
  const matchesName = query.companyName ? wildcardMatcher(query.companyName, { caseInsensitive: true }) : () => true;
  const statuses = LISTED_STATUSES[query.status] ?? new Set([query.status]);
  const views = resellers.filter((r) => statuses.has(r.status) && matchesName(r.companyName)).map(resellerView);
  const key = query.sortBy === 'companyName'
    ? (r: typeof views[number]) => r.companyProfile.companyName.toLowerCase()
    : (r: typeof views[number]) => r.creationDate;
  const direction = query.orderBy.toLowerCase() === 'asc' ? 1 : -1;
  // Ties fall back to the id, so pages never overlap or skip a reseller.
  views.sort((a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.resellerId < b.resellerId ? -1 : 1));
  const accounts = views.slice(query.offset, query.offset + query.limit).map((r) => ({
    externalReferenceId: r.externalReferenceId,
    resellerId: r.resellerId,
    distributorId: r.distributorId,
    status: r.status,
    companyProfile: { companyName: r.companyProfile.companyName },
    creationDate: r.creationDate,
    links: r.links,
  }));
  return { totalCount: views.length, count: accounts.length, offset: query.offset, limit: query.limit, accounts };
}
