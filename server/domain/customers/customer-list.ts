// GET /v3/resellers/{id}/customers: Adobe's filters, sort and offset paging.
import { ACTIVE, BLOCKED, DUPLICATE, INACTIVE, INACTIVE_DUPLICATE, INACTIVE_INVALID_ADDRESS, INVALID_CUSTOMER_ID, PENDING } from './account-status.js';
import { customerLink } from './customer.js';
import type { Customer } from '../types.js';
import { wildcardMatcher } from '../control/wildcard.js';

export interface CustomerSummary {
  externalReferenceId: string;
  customerId: string;
  resellerId: string;
  status: string;
  companyProfile: { companyName: string };
  creationDate: string;
  links: { self: ReturnType<typeof customerLink> };
}

export interface CustomerPage {
  totalCount: number;
  count: number;
  offset: number;
  limit: number;
  accounts: CustomerSummary[];
}

/** `company-name` matches whole names, case-insensitively; `*` stands for any run of characters. */
function nameMatcher(pattern: string): (name: string) => boolean {
  return wildcardMatcher(pattern, { caseInsensitive: true });
}

/**
 * The statuses a `status` filter lists. 1004 is Adobe's generic "inactive", used unless a code says
 * better why (error-handling.md), so it lists every inactive account: 1004 and the inactive statuses
 * with a reason (1010 invalid address, 1012 blocked, 1014 and the sandbox portal's 1024 duplicate).
 */
export const LISTED_STATUSES: Record<string, ReadonlySet<string>> = {
  [ACTIVE]: new Set([ACTIVE]),
  [PENDING]: new Set([PENDING]),
  [INACTIVE]: new Set([INACTIVE, INACTIVE_INVALID_ADDRESS, BLOCKED, INACTIVE_DUPLICATE, DUPLICATE]),
  [INVALID_CUSTOMER_ID]: new Set([INVALID_CUSTOMER_ID]),
};

/** What a customer list selects, sorts and pages by. */
export interface ListCustomersQuery {
  customerId?: string;
  status: string;
  fromCreatedDate?: string;
  toCreatedDate?: string;
  companyName?: string;
  limit: number;
  offset: number;
  sortBy: 'creationDate' | 'companyName';
  orderBy: 'asc' | 'desc';
}

export function listCustomers(customers: Customer[], query: ListCustomersQuery): CustomerPage {
  const matchesName = query.companyName ? nameMatcher(query.companyName) : () => true;
  const statuses = LISTED_STATUSES[query.status] ?? new Set([query.status]);
  const day = (c: Customer) => c.creationDate.slice(0, 10);
  const selected = customers.filter((c) => statuses.has(c.status)
    && (!query.customerId || c.customerId === query.customerId)
    && matchesName(c.companyProfile.companyName)
    && (!query.fromCreatedDate || day(c) >= query.fromCreatedDate)
    && (!query.toCreatedDate || day(c) <= query.toCreatedDate));
  const key = query.sortBy === 'companyName'
    ? (c: Customer) => c.companyProfile.companyName.toLowerCase()
    : (c: Customer) => c.creationDate;
  const direction = query.orderBy === 'asc' ? 1 : -1;
  selected.sort((a, b) => direction * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.customerId < b.customerId ? -1 : 1));
  const accounts = selected.slice(query.offset, query.offset + query.limit).map((c): CustomerSummary => ({
    externalReferenceId: c.externalReferenceId,
    customerId: c.customerId,
    resellerId: c.resellerId,
    status: c.status,
    companyProfile: { companyName: c.companyProfile.companyName },
    creationDate: c.creationDate,
    links: { self: customerLink(c.customerId) },
  }));
  return { totalCount: selected.length, count: accounts.length, offset: query.offset, limit: query.limit, accounts };
}
