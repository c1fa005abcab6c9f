// Product recommendations (docs/recommendations/): upsells, cross-sells and add-ons from the
// catalogue's rules (Catalogue.recommendations). Adobe leaves its engine to itself; the simulator's
// rules are the catalogue's, applied to the offers sent or the products the customer holds, never
// recommending what the customer holds or is ordering (docs/rules.md RCM-02, RCM-03).
import { AdobeError } from '../protocol/errors.js';
import { SUBSCRIPTION_ACTIVE, type Subscription } from '../orders/order-types.js';
import type { Customer } from '../types.js';
import {
  BASE_LEVEL, findOffer, offerIdOf, regionOfCountry, type Catalogue, type CatalogueProduct, type RecommendationCategory,
} from './catalogue.js';

export type RecommendationContext = 'GENERIC' | 'ORDER_PREVIEW' | 'RENEWAL_ORDER_PREVIEW' | 'ORDERS_VIEW';
export const RECOMMENDATION_LANGUAGES = ['EN', 'MULT'];
export const DEFAULT_RECOMMENDATION_LANGUAGE = 'MULT';

const make = (code: string, message: string) => (value: string) =>
  new AdobeError(400, code, `${message} ${value.slice(0, 10)}`, []);

export const recommendationErrors = {
  invalidCountry: make('5136', 'Not allowed to fetch Recommendations for Country Code'),
  invalidLanguage: make('5137', 'Not allowed to fetch Recommendations for Language'),
};

export interface RecommendationInput {
  context?: RecommendationContext;
  /** The offer ids of the cart (the request's offers, a PREVIEW's lines). */
  offerIds: string[];
  country?: string;
  language?: string;
}

export interface Recommendation {
  rank: number;
  product: { baseOfferId: string };
  source: { sourceType: 'OFFER'; offerIds: string[] };
}

export interface ProductRecommendations {
  upsells: Recommendation[];
  crossSells: Recommendation[];
  addOns: Recommendation[];
}

const LISTS: Record<RecommendationCategory, keyof ProductRecommendations> = { upsell: 'upsells', crossSell: 'crossSells', addOn: 'addOns' };

/**
 * The countries a customer may ask recommendations for (5136 otherwise): its own and those of its
 * active deployments, where a global customer buys.
 */
export function recommendationCountries(customer: Customer): Set<string> {
  return new Set([customer.companyProfile.address.country, ...(customer.deployments ?? []).filter((d) => d.status === '1000').map((d) => d.companyProfile.address.country)]);
}

/** The recommendations, or 5136 / 5137 (400). */
export function recommendationsFor(customer: Customer, subscriptions: Subscription[], catalogue: Catalogue, input: RecommendationInput): ProductRecommendations {
  const country = input.country ?? customer.companyProfile.address.country;
  if (!recommendationCountries(customer).has(country)) throw recommendationErrors.invalidCountry(country);
  const language = input.language ?? DEFAULT_RECOMMENDATION_LANGUAGE;
  if (!RECOMMENDATION_LANGUAGES.includes(language)) throw recommendationErrors.invalidLanguage(language);

  const segment = customer.companyProfile.marketSegment;
  const held = subscriptions.filter((s) => s.status === SUBSCRIPTION_ACTIVE).map((s) => s.offerId);
  const cartOnly = (input.context === 'ORDER_PREVIEW' || input.context === 'RENEWAL_ORDER_PREVIEW') && input.offerIds.length > 0;
  const sources = [...new Set(cartOnly ? input.offerIds : [...held, ...input.offerIds])];
  const codeOf = (offerId: string) => findOffer(catalogue, offerId)?.product.productCode;
  // Each offer's product once: the rules below only compare codes (bounded by the 499 offers and the rules).
  const sourceCodes = sources.map((offerId) => [offerId, codeOf(offerId)] as const);
  const owned = new Set([...held, ...input.offerIds].map(codeOf).filter(Boolean));
  const region = regionOfCountry(catalogue, country);
  const sellable = (p: CatalogueProduct) => p.segments[segment] !== undefined && (!region || region.currencies.some((c) => p.prices[c] !== undefined));

  const found = new Map<string, { category: RecommendationCategory; product: CatalogueProduct; offerIds: string[] }>();
  for (const rule of catalogue.recommendations ?? []) {
    const from = sourceCodes.filter(([, code]) => code === rule.from).map(([offerId]) => offerId);
    const product = catalogue.products.find((p) => p.productCode === rule.to);
    if (!from.length || !product || owned.has(rule.to) || !sellable(product)) continue;
    const key = `${rule.category} ${rule.to}`;
    const entry = found.get(key) ?? { category: rule.category, product, offerIds: [] };
    entry.offerIds = [...new Set([...entry.offerIds, ...from])];
    found.set(key, entry);
  }
  const result: ProductRecommendations = { upsells: [], crossSells: [], addOns: [] };
  for (const { category, product, offerIds } of found.values()) {
    const list = result[LISTS[category]];
    list.push({ rank: list.length, product: { baseOfferId: offerIdOf(product, segment, BASE_LEVEL[product.offerType]) }, source: { sourceType: 'OFFER', offerIds } });
  }
  return result;
}

/** The recommendations block of a PREVIEW or a subscription list: a failure is its errorDetails, the call succeeding (docs/rules.md RCM-04). */
export function recommendationsBlock(customer: Customer, subscriptions: Subscription[], catalogue: Catalogue, input: RecommendationInput) {
  try {
    return { productRecommendations: recommendationsFor(customer, subscriptions, catalogue, input) };
  } catch (error) {
    if (error instanceof AdobeError) return { errorDetails: error.toBody() };
    throw error;
  }
}
