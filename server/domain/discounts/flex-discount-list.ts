// GET /v3/flex-discounts and GET /v3/customers/{customer-id}/flex-discounts, as the flexible
// discount APIs page describes them: filters ANDed, paged (limit 20 by default, at most 50) with
// links to the next and previous pages that carry the query (a client follows them with one
// correlation id: the replay key includes the query).
import { BASE_LEVEL, findOffer, offerIdOf, regionOfCountry, type Catalogue } from '../catalogue/catalogue.js';
import { errors } from '../protocol/errors.js';
import { orderErrors } from '../orders/order-errors.js';
import type { Order } from '../orders/order-types.js';
import type { Distributor, MarketSegment } from '../types.js';
import { firstRedemption } from './flex-discount-apply.js';
import { invalidCountryForPartner } from './flex-discount-errors.js';
import { flexDiscountStatus, flexDiscountView, type FlexDiscount } from './flex-discounts.js';

export const DEFAULT_FLEX_LIMIT = 20;
export const MAX_FLEX_LIMIT = 50;
/** How many offer ids, categories or values one parameter may carry: bounds the work of a filter. */
export const MAX_FLEX_FILTER_VALUES = 50;

export type FlexQuery = Record<string, unknown>;

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?$/;
const CATEGORIES = ['STANDARD', 'INTRO'];
const KNOWN = ['categories', 'market-segment', 'country', 'offer-ids', 'flex-discount-id', 'flex-discount-code', 'include-eligible-reusable-discounts', 'start-date', 'end-date', 'limit', 'offset'];
const invalid = (name: string, reason: string) => orderErrors.invalidSearch([name], `${name} ${reason}`);

function single(query: FlexQuery, name: string): string | undefined {
  const raw = query[name];
  if (raw === undefined) return undefined;
  if (Array.isArray(raw)) throw invalid(name, 'may be sent once');
  return String(raw);
}

/** A comma-separated list (the pages' offer-ids), bounded. */
function list(query: FlexQuery, name: string): string[] {
  const value = single(query, name);
  const values = value === undefined ? [] : value.split(',').map((v) => v.trim()).filter(Boolean);
  if (values.length > MAX_FLEX_FILTER_VALUES) throw invalid(name, `may name at most ${MAX_FLEX_FILTER_VALUES} values`);
  return values;
}

function instant(query: FlexQuery, name: string): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(value))) throw invalid(name, 'must be a date (2025-05-02) or a UTC time (2025-05-02T22:49:54Z)');
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value);
}

function integer(query: FlexQuery, name: string, fallback: number, min: number): number {
  const value = single(query, name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value) || Number(value) < min) throw invalid(name, `must be a whole number of at least ${min}`);
  return Number(value);
}

function paging(query: FlexQuery) {
  return { limit: Math.min(integer(query, 'limit', DEFAULT_FLEX_LIMIT, 1), MAX_FLEX_LIMIT), offset: integer(query, 'offset', 0, 0) };
}

const pageLink = (path: string, query: FlexQuery, offset: number, limit: number) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'offset' || name === 'limit' || value === undefined) continue;
    for (const v of [value].flat()) params.append(name, String(v));
  }
  params.set('limit', String(limit));
  params.set('offset', String(offset));
  return { uri: `${path}?${params}`, method: 'GET' as const, headers: [] as [] };
};

/** One page of discounts, with the pages' count fields and links (next and prev only when there is such a page). */
function page(path: string, query: FlexQuery, found: FlexDiscount[], now: Date) {
  const { limit, offset } = paging(query);
  if (offset > found.length) throw orderErrors.offsetOutOfRange(['offset'], `offset ${offset} is past the ${found.length} discounts found`);
  const flexDiscounts = found.slice(offset, offset + limit).map((d) => flexDiscountView(d, now));
  const links: Record<string, ReturnType<typeof pageLink>> = { self: pageLink(path, query, offset, limit) };
  if (offset + limit < found.length) links.next = pageLink(path, query, offset + limit, limit);
  if (offset > 0) links.prev = pageLink(path, query, Math.max(0, offset - limit), limit);
  return { limit, offset, count: flexDiscounts.length, totalCount: found.length, flexDiscounts, links };
}

/** What the partner may ask about: its resellers' segments, and the countries of its region (any, with global sales). */
export interface PartnerReach {
  distributor: Distributor;
  marketSegments: MarketSegment[];
}

const baseOf = (catalogue: Catalogue, offerId: string) => {
  const offer = findOffer(catalogue, offerId);
  return offer ? offerIdOf(offer.product, offer.segment, BASE_LEVEL[offer.product.offerType]) : offerId;
};

/** GET /v3/flex-discounts: the open discounts for a segment and country (1160, 1178 otherwise). */
export function flexDiscountList(discounts: FlexDiscount[], query: FlexQuery, reach: PartnerReach, catalogue: Catalogue, now: Date) {
  const unknown = Object.keys(query).filter((k) => !KNOWN.includes(k));
  if (unknown.length) throw errors.unexpectedFields(unknown.slice(0, 5), `Request contains additional unexpected fields. ${unknown.slice(0, 5).join(', ')} is not a parameter of the flexible discounts`);
  const segment = single(query, 'market-segment');
  const country = single(query, 'country');
  const missing = [...(segment === undefined ? ['market-segment'] : []), ...(country === undefined ? ['country'] : [])];
  if (missing.length) throw errors.missingFields(missing, `Request is missing required fields: ${missing.join(', ')}`);
  if (!reach.marketSegments.includes(segment as MarketSegment)) throw orderErrors.invalidMarketSegmentForPartner(['market-segment'], `the partner's resellers sell ${reach.marketSegments.join(', ') || 'no segment'}, not ${segment}`);
  const region = regionOfCountry(catalogue, reach.distributor.country);
  const countryAllowed = reach.distributor.globalSalesEnabled ? !!regionOfCountry(catalogue, country!) : !!region?.countries.includes(country!);
  if (!countryAllowed) throw invalidCountryForPartner(['country'], `the partner sells in ${reach.distributor.globalSalesEnabled ? 'the catalogue\'s countries' : region?.countries.join(', ') ?? reach.distributor.country}, not ${country}`);

  const id = single(query, 'flex-discount-id');
  const optional = KNOWN.filter((k) => !['market-segment', 'country', 'flex-discount-id', 'limit', 'offset'].includes(k) && query[k] !== undefined);
  if (id !== undefined && optional.length) throw invalid('flex-discount-id', `cannot be sent with ${optional.join(', ')}`);
  if (id !== undefined && id.length > 40) throw invalid('flex-discount-id', 'has at most 40 characters');
  const categories = list(query, 'categories');
  const badCategory = categories.find((c) => !CATEGORIES.includes(c));
  if (badCategory) throw invalid('categories', `must be STANDARD or INTRO, not "${badCategory.slice(0, 40)}"`);
  const offers = list(query, 'offer-ids').map((o) => baseOf(catalogue, o));
  const code = single(query, 'flex-discount-code');
  const reusable = single(query, 'include-eligible-reusable-discounts');
  if (reusable !== undefined && reusable !== 'true' && reusable !== 'false') throw invalid('include-eligible-reusable-discounts', 'must be true or false');
  const from = instant(query, 'start-date');
  const until = instant(query, 'end-date');

  const found = discounts.filter((d) => {
    const status = flexDiscountStatus(d, now);
    return d.listed
      && (id === undefined || d.id === id)
      && (!d.marketSegments.length || d.marketSegments.includes(segment as MarketSegment))
      && (!d.countries.length || d.countries.includes(country!))
      && (status === 'ACTIVE' || (status === 'REUSABLE' && reusable === 'true'))
      && (!categories.length || categories.includes(d.category))
      && (!offers.length || !d.baseOfferIds.length || d.baseOfferIds.some((o) => offers.includes(o)))
      && (code === undefined || d.code === code)
      && (from === undefined || Date.parse(d.discountLockEndDate && reusable === 'true' ? d.discountLockEndDate : d.endDate) >= from)
      && (until === undefined || Date.parse(d.startDate) <= until);
  });
  return page('/v3/flex-discounts', query, found, now);
}

/** GET /v3/customers/{customer-id}/flex-discounts: the reusable discounts the customer redeemed, ACTIVE or REUSABLE. */
export function customerFlexDiscountList(discounts: FlexDiscount[], orders: Order[], customerId: string, query: FlexQuery, now: Date) {
  const unknown = Object.keys(query).filter((k) => k !== 'limit' && k !== 'offset');
  if (unknown.length) throw errors.unexpectedFields(unknown.slice(0, 5), `Request contains additional unexpected fields. Only limit and offset are parameters here, not ${unknown.slice(0, 5).join(', ')}`);
  const found = discounts.filter((d) => d.discountLockEndDate && flexDiscountStatus(d, now) !== 'EXPIRED' && firstRedemption(orders, d.code) !== undefined);
  return page(`/v3/customers/${customerId}/flex-discounts`, query, found, now);
}
