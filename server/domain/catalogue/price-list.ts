// POST /v3/pricelist: the catalogue's offers for a region, segment, currency and month, as the
// price list page describes them — the partner's own region and segments only (1160, 1161), a
// month that has a price list (1162), filters ANDed, the attributes asked for (5122), paged.
import type { PartnerSchema } from '../../api-types/operation-types.js';
import { orderErrors } from '../orders/order-errors.js';
import type { MarketSegment } from '../types.js';
import { levelsOf, offerIdOf, regionNamed, regionOfCountry, unitPrice, type Catalogue, type CatalogueProduct } from './catalogue.js';

/** The price-list request, as the contract types it (null filters are sent as none). */
export type PriceListRequest = PartnerSchema<'PriceListRequest'>;

export interface PriceListPartner {
  /** The distributor's country. */
  country: string;
  /** The segments its resellers sell in. */
  marketSegments: MarketSegment[];
}

export const DEFAULT_PRICE_LIST_LIMIT = 20;
/** Offers sell until further notice: the simulator's catalogue has no end of sale. */
const LAST_ORDER_DATE = '2099-12-31T00:00:00.000+00:00';

/** A 3YC price list lists the 3YC levels and tiers (12–14, TB–TG); the others the volume levels and T1. */
const THREE_YEAR_COMMIT_LEVELS = new Set(['12', '13', '14', 'TB', 'TC', 'TD', 'TE', 'TF', 'TG']);
const LEVEL_BANDS: Record<string, string> = {
  '01': 'Level 1 1 - 9', '02': 'Level 2 10 - 49', '03': 'Level 3 50 - 99', '04': 'Level 4 100+',
  '12': 'Level 12 10 - 49', '13': 'Level 13 50 - 99', '14': 'Level 14 100+',
  T1: 'Tier 1', TB: 'Tier B 1,000 - 2,499', TC: 'Tier C 2,500 - 4,999', TD: 'Tier D 5,000 - 14,999', TE: 'Tier E 15,000 - 49,999', TF: 'Tier F 50,000 - 99,999', TG: 'Tier G 100,000+',
};

/** The attributes each offer can carry, beyond the defaults every offer has. */
function attributesOf(product: CatalogueProduct, segment: MarketSegment, level: string, price: number): Record<string, string> {
  const licence = product.offerType === 'LICENSE';
  return {
    productType: licence ? 'Subscription New' : 'Team Consumption',
    productTypeDetail: licence ? 'Annual' : 'No Proration',
    operatingSystem: 'Multiple Platforms',
    language: 'Multi NorthAmerican Language',
    version: 'ALL',
    users: licence ? '1 User' : 'Per Credit Pack',
    levelDetails: LEVEL_BANDS[level] ?? level,
    estimatedStreetPrice: (price * 1.0638).toFixed(2),
    pool: 'Application',
    duration: '12 Months',
    partNumber: offerIdOf(product, segment, level),
  };
}

export const OFFER_ATTRIBUTES = [
  'productFamily', 'productType', 'productTypeDetail', 'operatingSystem', 'language', 'version', 'users', 'metric', 'bridge', 'partNumber',
  'acdIndicator', 'acdEffectiveDate', 'levelDetails', 'firstOrderDate', 'lastOrderDate', 'partnerPrice', 'estimatedStreetPrice', 'discountCode',
  'estimatedShipDate', 'publicAnnounceDate', 'rmaRequestDeadline', 'acdDescription', 'pool', 'duration', 'additionalDetail',
];

const monthOf = (now: Date) => now.toISOString().slice(0, 7).replace('-', '');

export function priceList(request: PriceListRequest, partner: PriceListPartner, catalogue: Catalogue, paging: { limit: number; offset: number }, now: Date) {
  const unknown = (request.includeOfferAttributes ?? []).filter((a) => !OFFER_ATTRIBUTES.includes(a));
  if (unknown.length) throw orderErrors.invalidRequest(['includeOfferAttributes'], `unknown offer attributes ${unknown.slice(0, 5).join(', ')}`);
  const home = regionOfCountry(catalogue, partner.country);
  const region = regionNamed(catalogue, request.region);
  if (!region || region !== home) throw orderErrors.invalidCurrencyRegion(['region'], `the partner sells in ${home?.region ?? 'no region'}, not ${request.region}`);
  if (!region.currencies.includes(request.currency)) throw orderErrors.invalidCurrencyRegion(['currency'], `${region.region} sells in ${region.currencies.join(', ')}, not ${request.currency}`);
  if (!partner.marketSegments.includes(request.marketSegment)) throw orderErrors.invalidMarketSegmentForPartner(['marketSegment'], `the partner's resellers sell ${partner.marketSegments.join(', ') || 'no segment'}`);
  if (request.priceListMonth < catalogue.firstPriceListMonth || request.priceListMonth > monthOf(now)) {
    throw orderErrors.priceListNotFound(['priceListMonth'], `price lists exist from ${catalogue.firstPriceListMonth} to ${monthOf(now)}`);
  }
  const type = request.priceListType ?? 'STANDARD';
  const firstOrderDate = `${catalogue.firstPriceListMonth.slice(0, 4)}-${catalogue.firstPriceListMonth.slice(4)}-01T00:00:00.000+00:00`;
  const asked = new Set(request.includeOfferAttributes ?? []);
  const f = request.filters ?? {};
  const offers = catalogue.products
    .filter((p) => p.segments[request.marketSegment] && p.prices[request.currency] !== undefined && (!f.productFamily || p.productFamily === f.productFamily))
    .flatMap((p) => levelsOf(p.offerType)
      .filter((level) => (type === '3YC') === THREE_YEAR_COMMIT_LEVELS.has(level))
      .map((level) => {
        const price = unitPrice(catalogue, p, level, request.currency)!;
        const extra = Object.fromEntries(Object.entries(attributesOf(p, request.marketSegment, level, price)).filter(([k]) => asked.has(k)));
        return { offerId: offerIdOf(p, request.marketSegment, level), productFamily: p.productFamily, firstOrderDate, lastOrderDate: LAST_ORDER_DATE, partnerPrice: price.toFixed(2), ...extra };
      }))
    .filter((o) => (!f.offerId || o.offerId === f.offerId)
      && (!f.firstOrderDate || o.firstOrderDate.slice(0, 10) > f.firstOrderDate.slice(0, 10))
      && (!f.lastOrderDate || o.lastOrderDate.slice(0, 10) >= f.lastOrderDate.slice(0, 10))
      && !f.discountCode);
  if (paging.offset > 0 && paging.offset >= offers.length) throw orderErrors.priceListNotFound(['offset'], `offset ${paging.offset} is past the ${offers.length} offers found`);
  const page = offers.slice(paging.offset, paging.offset + paging.limit);
  return {
    priceListMonth: request.priceListMonth, marketSegment: request.marketSegment, region: region.region, currency: request.currency, priceListType: type,
    totalCount: offers.length, count: page.length, limit: paging.limit, offset: paging.offset, offers: page,
  };
}
