// Mid-term upgrade paths (GET /v3/offer-switch-paths): which products a licence product may switch
// to. The catalogue names them by product code; a path applies in every market segment where both
// products are sold, and in a country when both are sold in a currency of its region. Answers name
// base offers (level 01), as the pages' `sourceBaseOfferId` and `targetBaseOfferId` do.
import { BASE_LEVEL, offerIdOf, regionOfCountry, type Catalogue, type CatalogueProduct, type SwitchType } from './catalogue.js';
import { findOffer } from './catalogue.js';
import { errors } from '../protocol/errors.js';
import { SUBSCRIPTION_ACTIVE, type Subscription } from '../orders/order-types.js';
import type { Customer, MarketSegment } from '../types.js';

/** Every offer of the catalogue is a MULT (multi-language) offer: other languages have no paths. */
export const SWITCH_LANGUAGE = 'MULT';

export interface SwitchTarget {
  product: CatalogueProduct;
  sequence: number;
  switchType: SwitchType;
}

/** Where a product is sold: in the segment, and (with a country) in a currency of its region. Consumables never switch. */
function switchable(product: CatalogueProduct, segment: MarketSegment, currencies: string[] | undefined): boolean {
  return product.offerType === 'LICENSE' && product.segments[segment] !== undefined
    && (!currencies || currencies.some((c) => product.prices[c] !== undefined));
}

/** The products a product may switch to in a segment (and a country's region), in the path's sequence. */
export function switchTargets(catalogue: Catalogue, source: CatalogueProduct, segment: MarketSegment, country?: string): SwitchTarget[] {
  const currencies = country === undefined ? undefined : regionOfCountry(catalogue, country)?.currencies ?? [];
  if (!switchable(source, segment, currencies)) return [];
  const path = catalogue.switchPaths?.find((p) => p.from === source.productCode);
  return (path?.to ?? []).flatMap((t, i) => {
    const product = catalogue.products.find((p) => p.productCode === t.productCode);
    return product && switchable(product, segment, currencies) ? [{ product, sequence: i + 1, switchType: t.switchType }] : [];
  });
}

export interface SwitchPathsQuery {
  segment: MarketSegment;
  country: string;
  language: string;
  /** Only the paths from this product (an offer of it, at any level). */
  source?: CatalogueProduct | null;
  limit: number;
  offset: number;
}

export interface ProductUpgrade {
  sourceBaseOfferId: string;
  targetList: Array<{ targetBaseOfferId: string; sequence: number; switchType: SwitchType }>;
}

const baseOffer = (product: CatalogueProduct, segment: MarketSegment) => offerIdOf(product, segment, BASE_LEVEL[product.offerType]);

/**
 * One page of upgrade paths: a source with no target in the segment and country is left out; a
 * `source` of null (an offer id the catalogue does not have) selects nothing. In the catalogue's
 * order of paths; linear in the paths and products.
 */
export function switchPathsPage(catalogue: Catalogue, query: SwitchPathsQuery) {
  const fromPaths = () => (catalogue.switchPaths ?? []).flatMap((p) => catalogue.products.filter((product) => product.productCode === p.from));
  const sources = query.language !== SWITCH_LANGUAGE || query.source === null ? [] : query.source ? [query.source] : fromPaths();
  const upgrades: ProductUpgrade[] = sources.flatMap((source) => {
    const targets = switchTargets(catalogue, source, query.segment, query.country);
    return targets.length ? [{
      sourceBaseOfferId: baseOffer(source, query.segment),
      targetList: targets.map((t) => ({ targetBaseOfferId: baseOffer(t.product, query.segment), sequence: t.sequence, switchType: t.switchType })),
    }] : [];
  });
  const page = upgrades.slice(query.offset, query.offset + query.limit);
  return { totalCount: upgrades.length, count: page.length, offset: query.offset, limit: query.limit, productUpgrades: page };
}

/** What GET /v3/offer-switch-paths asks: one customer's subscription, or a segment and country. */
export type SwitchPathsSelection =
  | { kind: 'subscription'; customerId: string; subscriptionId: string }
  | { kind: 'market'; segment: MarketSegment; country: string };

/**
 * The query's selection: customer-id and subscription-id together select a subscription (the
 * other fields then come from the customer); otherwise market-segment and country are required
 * (1122 naming what is missing).
 */
export function switchPathsSelection(query: { 'market-segment'?: MarketSegment; country?: string; 'customer-id'?: string; 'subscription-id'?: string }): SwitchPathsSelection {
  const customerId = query['customer-id'];
  const subscriptionId = query['subscription-id'];
  if (customerId !== undefined || subscriptionId !== undefined) {
    if (customerId === undefined) throw errors.missingFields(['customer-id'], 'Request is missing required fields: customer-id goes with subscription-id');
    if (subscriptionId === undefined) throw errors.missingFields(['subscription-id'], 'Request is missing required fields: subscription-id goes with customer-id');
    return { kind: 'subscription', customerId, subscriptionId };
  }
  const missing = (['market-segment', 'country'] as const).filter((k) => query[k] === undefined);
  if (missing.length) throw errors.missingFields([...missing], `Request is missing required fields: ${missing.join(', ')}`);
  return { kind: 'market', segment: query['market-segment']!, country: query.country! };
}

/**
 * The paths of one subscription of a customer: from its product, in the customer's segment and
 * country; none when the subscription is not active (the mid-term FAQ: "Original subscription must
 * be active").
 */
export function subscriptionSwitchPaths(catalogue: Catalogue, customer: Customer, subscription: Subscription, paging: { language: string; limit: number; offset: number }) {
  const offer = findOffer(catalogue, subscription.offerId);
  return switchPathsPage(catalogue, {
    ...paging, segment: customer.companyProfile.marketSegment, country: customer.companyProfile.address.country,
    source: offer && subscription.status === SUBSCRIPTION_ACTIVE ? offer.product : null,
  });
}

/** What is wrong with a catalogue's switch paths beyond its schema: each problem as a path and a reason. */
export function switchPathProblems(catalogue: Catalogue): Array<{ path: string; reason: string }> {
  const problems: Array<{ path: string; reason: string }> = [];
  const products = new Map(catalogue.products.map((p) => [p.productCode, p]));
  const sources = new Set<string>();
  (catalogue.switchPaths ?? []).forEach((path, i) => {
    const at = `catalogue.switchPaths[${i}]`;
    const from = products.get(path.from);
    if (!from) problems.push({ path: `${at}.from`, reason: `${path.from} is not a product of the catalogue` });
    else if (from.offerType !== 'LICENSE') problems.push({ path: `${at}.from`, reason: `${path.from} is a consumable; only licences switch` });
    if (sources.has(path.from)) problems.push({ path: `${at}.from`, reason: `${path.from} has another path; list its targets in one` });
    sources.add(path.from);
    const targets = new Set<string>();
    path.to.forEach((t, j) => {
      const to = products.get(t.productCode);
      if (!to) problems.push({ path: `${at}.to[${j}].productCode`, reason: `${t.productCode} is not a product of the catalogue` });
      else if (to.offerType !== 'LICENSE') problems.push({ path: `${at}.to[${j}].productCode`, reason: `${t.productCode} is a consumable; only licences switch` });
      if (t.productCode === path.from) problems.push({ path: `${at}.to[${j}].productCode`, reason: 'a product does not switch to itself' });
      if (targets.has(t.productCode)) problems.push({ path: `${at}.to[${j}].productCode`, reason: `${t.productCode} is listed twice` });
      targets.add(t.productCode);
    });
  });
  return problems;
}
