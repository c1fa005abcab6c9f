// What Adobe invoices a line: the full-term unit price at the line's level, and the part of the
// term left until the customer's anniversary for licences (consumables are not prorated).
import { roundPrice, unitPrice, type Catalogue, type CatalogueProduct } from '../catalogue/catalogue.js';
import type { LinePricing } from './order-types.js';

const DAY_MS = 86_400_000;
export const TERM_DAYS = 365;

/** Days from today to the anniversary (a customer without one starts a full term). */
export function proratedDays(cotermDate: string, now: Date): number {
  if (!cotermDate) return TERM_DAYS;
  const today = Date.parse(now.toISOString().slice(0, 10));
  return Math.min(TERM_DAYS, Math.max(1, Math.round((Date.parse(cotermDate) - today) / DAY_MS)));
}

/** The pricing of a line (docs/rules.md ORD-13): no flexible discount, so the discounted price is the partner price. */
export function linePricing(catalogue: Catalogue, product: CatalogueProduct, level: string, currency: string, quantity: number, cotermDate: string, now: Date): { proratedDays: number; pricing: LinePricing } {
  const partnerPrice = unitPrice(catalogue, product, level, currency) ?? 0;
  const days = product.offerType === 'LICENSE' ? proratedDays(cotermDate, now) : TERM_DAYS;
  const netPartnerPrice = Math.round((partnerPrice * days / TERM_DAYS) * 1000) / 1000;
  return {
    proratedDays: days,
    pricing: { partnerPrice, discountedPartnerPrice: partnerPrice, netPartnerPrice, lineItemPartnerPrice: roundPrice(netPartnerPrice * quantity) },
  };
}

/** One total per currency, as the pages' pricingSummary. */
export function pricingSummary(lines: Array<{ currencyCode: string; pricing?: LinePricing }>): Array<{ totalLineItemPartnerPrice: number; currencyCode: string }> {
  const totals = new Map<string, number>();
  for (const line of lines) if (line.pricing) totals.set(line.currencyCode, roundPrice((totals.get(line.currencyCode) ?? 0) + line.pricing.lineItemPartnerPrice));
  return [...totals].map(([currencyCode, totalLineItemPartnerPrice]) => ({ totalLineItemPartnerPrice, currencyCode }));
}
