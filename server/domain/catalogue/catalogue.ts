// The offer catalogue: Adobe's products as the simulator sells them, and the offer ids built from
// them. An offer id is `<8-digit product code><2-letter segment code><2-character level>A12`
// (`65304479CA01A12`: Creative Cloud All Apps, COM, level 01): the product and level positions
// follow the pages' examples (`65322435CAT1A12` a consumable at tier T1); the segment code is the
// catalogue's (COM CA, EDU EA, GOV CC in the default one) and `A12` is constant (docs/rules.md CAT-01).
import type { MarketSegment, OfferType } from '../types.js';

export type Edition = 'TEAM' | 'ENTERPRISE';

export interface CatalogueProduct {
  productCode: string;
  productFamily: string;
  offerType: OfferType;
  edition: Edition;
  /** The segments the product is sold in, each with its two-letter code in the offer id. */
  segments: Partial<Record<MarketSegment, string>>;
  /** The full-term level-01 (or T1) partner price, by currency. */
  prices: Record<string, number>;
  /** An add-on of this product (its code): bought only with it (docs/rules.md ORD-23). */
  addOnTo?: string;
  /** Products a customer cannot hold or order together with this one (ORD-23). */
  incompatibleWith?: string[];
  /** Bought at most once a term (ORD-23). */
  oncePerTerm?: boolean;
}

export interface CatalogueRegion {
  region: string;
  countries: string[];
  currencies: string[];
}

export type SwitchType = 'PARTIAL_ALLOWED' | 'FULL_ONLY';

/** A mid-term upgrade path: a product and the products it may switch to, in sequence (domain/catalogue/switch-paths.ts). */
export interface SwitchPath {
  from: string;
  to: Array<{ productCode: string; switchType: SwitchType }>;
}

export interface Catalogue {
  regions: CatalogueRegion[];
  /** The share of the level-01 price taken off at each level or tier. */
  levelDiscounts: Record<string, number>;
  /** The first month a price list exists for (YYYYMM). */
  firstPriceListMonth: string;
  products: CatalogueProduct[];
  /** Mid-term upgrade paths; none when left out. */
  switchPaths?: SwitchPath[];
  /** What is recommended for a product held or ordered (domain/catalogue/recommendations.ts); absent, nothing. */
  recommendations?: RecommendationRule[];
}

export type RecommendationCategory = 'upsell' | 'crossSell' | 'addOn';

/** For a customer holding or ordering product `from`, recommend product `to` in the category. */
export interface RecommendationRule {
  category: RecommendationCategory;
  from: string;
  to: string;
}

export const LICENSE_LEVELS = ['01', '02', '03', '04', '12', '13', '14'] as const;
export const CONSUMABLE_TIERS = ['T1', 'TB', 'TC', 'TD', 'TE', 'TF', 'TG'] as const;
export const BASE_LEVEL: Record<OfferType, string> = { LICENSE: '01', CONSUMABLES: 'T1' };
const OFFER_SUFFIX = 'A12';
const OFFER_ID = /^(\d{8})([A-Z]{2})([0-9A-Z]{2})A12$/;

/** Most licences of one Team line or subscription; Enterprise allows more (docs/rules.md ORD-06). */
export const MAX_QUANTITY: Record<Edition, number> = { TEAM: 10_000, ENTERPRISE: 599_000 };

/** One offer of the catalogue: a product, in a segment, at a level. */
export interface Offer {
  offerId: string;
  product: CatalogueProduct;
  segment: MarketSegment;
  level: string;
}

export const offerIdOf = (product: CatalogueProduct, segment: MarketSegment, level: string) =>
  `${product.productCode}${product.segments[segment]}${level}${OFFER_SUFFIX}`;

export const levelsOf = (offerType: OfferType): readonly string[] => (offerType === 'LICENSE' ? LICENSE_LEVELS : CONSUMABLE_TIERS);

/** The offer an id names, or undefined when the catalogue has no such offer. */
export function findOffer(catalogue: Catalogue, offerId: string): Offer | undefined {
  const match = OFFER_ID.exec(offerId);
  if (!match) return undefined;
  const [, code, segmentCode, level] = match;
  const product = catalogue.products.find((p) => p.productCode === code);
  if (!product || !levelsOf(product.offerType).includes(level)) return undefined;
  const segment = (Object.keys(product.segments) as MarketSegment[]).find((s) => product.segments[s] === segmentCode);
  return segment ? { offerId, product, segment, level } : undefined;
}

export const regionOfCountry = (catalogue: Catalogue, country: string) => catalogue.regions.find((r) => r.countries.includes(country));
export const regionNamed = (catalogue: Catalogue, region: string) => catalogue.regions.find((r) => r.region === region);

/** The full-term unit price of a product at a level, in a currency (undefined when not sold in it). */
export function unitPrice(catalogue: Catalogue, product: CatalogueProduct, level: string, currency: string): number | undefined {
  const base = product.prices[currency];
  if (base === undefined) return undefined;
  return roundPrice(base * (1 - (catalogue.levelDiscounts[level] ?? 0)));
}

/** Prices carry two decimals (JPY none, but two do no harm). */
export const roundPrice = (amount: number) => Math.round(amount * 100) / 100;

/** What is wrong with a catalogue beyond its schema (contracts/sandbox.yaml Catalogue): each problem as a path and a reason. */
export function catalogueProblems(catalogue: Catalogue): Array<{ path: string; reason: string }> {
  const problems: Array<{ path: string; reason: string }> = [];
  const seen = new Set<string>();
  const codes = new Set(catalogue.products.map((p) => p.productCode));
  const currencies = new Set(catalogue.regions.flatMap((r) => r.currencies));
  const countries = new Set<string>();
  catalogue.regions.forEach((r, i) => r.countries.forEach((c) => {
    if (countries.has(c)) problems.push({ path: `catalogue.regions[${i}].countries`, reason: `lists ${c}, which another region lists too` });
    countries.add(c);
  }));
  catalogue.products.forEach((p, i) => {
    if (seen.has(p.productCode)) problems.push({ path: `catalogue.products[${i}].productCode`, reason: `${p.productCode} is listed twice` });
    seen.add(p.productCode);
    for (const currency of Object.keys(p.prices)) {
      if (!currencies.has(currency)) problems.push({ path: `catalogue.products[${i}].prices.${currency}`, reason: 'is a currency no region sells in' });
    }
    const related = [...(p.addOnTo ? [['addOnTo', p.addOnTo]] : []), ...(p.incompatibleWith ?? []).map((c) => ['incompatibleWith', c])];
    for (const [field, code] of related) {
      if (code === p.productCode || !codes.has(code)) problems.push({ path: `catalogue.products[${i}].${field}`, reason: `names ${code}, which is not another product of the catalogue` });
    }
    for (const level of levelsOf(p.offerType)) {
      if (catalogue.levelDiscounts[level] === undefined) problems.push({ path: 'catalogue.levelDiscounts', reason: `has no discount for level ${level}` });
    }
  });
  (catalogue.recommendations ?? []).forEach((rule, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!seen.has(rule[end])) problems.push({ path: `catalogue.recommendations[${i}].${end}`, reason: `${rule[end]} is not a product of the catalogue` });
    }
    if (rule.from === rule.to) problems.push({ path: `catalogue.recommendations[${i}].to`, reason: 'recommends the product itself' });
  });
  return [...new Map(problems.map((p) => [`${p.path} ${p.reason}`, p])).values()];
}
