// GET /v3/customers/{customer-id}/orders: the order history, as the get order page describes it —
// parameters ANDed, repeated values ORed, dates by default from the current term's start to now,
// newest first, paged with links to the next and previous pages.
import { addYears } from '../time.js';
import type { Customer } from '../types.js';
import { errors } from '../protocol/errors.js';
import { orderErrors } from './order-errors.js';
import type { Order } from './order-types.js';
import { orderView } from './order-view.js';

/** The query as sent: each parameter once (a string) or repeated (an array). */
/** The query as sent: this file checks it itself, with the history's own codes (1132, 1133). */
export type HistoryQuery = Record<string, unknown>;

export const HISTORY_ORDER_TYPES = ['NEW', 'RETURN', 'TRANSFER', 'RENEWAL', 'SWITCH', 'REVERT_SWITCH'];
export const HISTORY_STATUSES = ['1000', '1002', '1004', '1008', '1020', '1022', '1024', '1026'];
export const DEFAULT_HISTORY_LIMIT = 25;
export const MAX_HISTORY_LIMIT = 100;
/** How many values one repeated parameter may carry: bounds the work of a filter. */
export const MAX_FILTER_VALUES = 50;
const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;
const ID = /^[\p{L}\d\-]{1,40}$/u;
const REPEATABLE = ['order-type', 'status', 'offer-id'];

const invalid = (name: string, reason: string) => orderErrors.invalidSearch([name], `${name} ${reason}`);

function valuesOf(query: HistoryQuery, name: string): string[] {
  const raw = query[name];
  const values = raw === undefined ? [] : [raw].flat().map(String);
  if (!REPEATABLE.includes(name) && values.length > 1) throw invalid(name, 'may be sent once');
  if (values.length > MAX_FILTER_VALUES) throw invalid(name, `may be repeated at most ${MAX_FILTER_VALUES} times`);
  return values;
}

function oneOf(query: HistoryQuery, name: string, allowed: (v: string) => boolean, expected: string): string[] {
  const values = valuesOf(query, name);
  const bad = values.find((v) => !allowed(v));
  if (bad !== undefined) throw invalid(name, `must be ${expected}, not "${bad.slice(0, 40)}"`);
  return values;
}

function instant(query: HistoryQuery, name: string): number | undefined {
  const [value] = oneOf(query, name, (v) => DATE.test(v) && !Number.isNaN(Date.parse(v)), 'a date (2019-05-02) or a UTC time (2019-05-02T22:49:54Z)');
  return value === undefined ? undefined : Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

function integer(query: HistoryQuery, name: string, fallback: number, min: number): number {
  const [value] = oneOf(query, name, (v) => /^\d{1,9}$/.test(v) && Number(v) >= min, `a whole number of at least ${min}`);
  return value === undefined ? fallback : Number(value);
}

/** Where the current term started: a year before the anniversary, or the customer's creation. */
export function termStart(customer: Customer, now: Date): number {
  if (!customer.cotermDate) return Date.parse(customer.creationDate);
  let start = addYears(customer.cotermDate, -1);
  while (Date.parse(start) > now.getTime()) start = addYears(start, -1);
  return Date.parse(start);
}

const pageLink = (path: string, query: HistoryQuery, offset: number, limit: number) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'offset' || name === 'limit' || value === undefined) continue;
    for (const v of [value].flat()) params.append(name, String(v));
  }
  params.set('offset', String(offset));
  params.set('limit', String(limit));
  return { uri: `${path}?${params}`, method: 'GET' as const, headers: [] as [] };
};

const KNOWN = ['order-type', 'status', 'offer-id', 'reference-order-id', 'reseller-id', 'start-date', 'end-date', 'limit', 'offset', 'fetch-price'];

export function orderHistory(orders: Order[], customer: Customer, query: HistoryQuery, now: Date) {
  const unknown = Object.keys(query).filter((k) => !KNOWN.includes(k));
  if (unknown.length) throw errors.unexpectedFields(unknown.slice(0, 5), `Request contains additional unexpected fields. ${unknown.slice(0, 5).join(', ')} is not a parameter of the order history`);
  const types = oneOf(query, 'order-type', (v) => HISTORY_ORDER_TYPES.includes(v), HISTORY_ORDER_TYPES.join(', '));
  const statuses = oneOf(query, 'status', (v) => HISTORY_STATUSES.includes(v), HISTORY_STATUSES.join(', '));
  const offers = oneOf(query, 'offer-id', (v) => ID.test(v), 'an offer id');
  const [reference] = oneOf(query, 'reference-order-id', (v) => ID.test(v), 'an order id');
  oneOf(query, 'reseller-id', (v) => ID.test(v), 'a reseller id');
  const [fetchPrice] = oneOf(query, 'fetch-price', (v) => v === 'true' || v === 'false', 'true or false');
  const start = instant(query, 'start-date') ?? termStart(customer, now);
  const end = instant(query, 'end-date') ?? now.getTime();
  const limit = Math.min(integer(query, 'limit', DEFAULT_HISTORY_LIMIT, 1), MAX_HISTORY_LIMIT);
  const offset = integer(query, 'offset', 0, 0);

  const matching = orders.filter((o) => {
    const created = Date.parse(o.creationDate);
    return created >= start && created <= end
      && (!types.length || types.includes(o.orderType))
      && (!statuses.length || statuses.includes(o.status))
      && (!offers.length || o.lineItems.some((l) => offers.includes(l.offerId)))
      && (reference === undefined || o.referenceOrderId === reference);
  }).sort((a, b) => b.creationDate.localeCompare(a.creationDate) || b.orderId.localeCompare(a.orderId));
  if (offset > matching.length) throw orderErrors.offsetOutOfRange(['offset'], `offset ${offset} is past the ${matching.length} orders found`);

  const items = matching.slice(offset, offset + limit).map((o) => orderView(o, fetchPrice === 'true'));
  const path = `/v3/customers/${customer.customerId}/orders`;
  const links: Record<string, ReturnType<typeof pageLink>> = { self: pageLink(path, query, offset, limit) };
  if (offset + limit < matching.length) links.next = pageLink(path, query, offset + limit, limit);
  if (offset > 0) links.prev = pageLink(path, query, Math.max(0, offset - limit), limit);
  return { totalCount: matching.length, count: items.length, offset, limit, items, links };
}

