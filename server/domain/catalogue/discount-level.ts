// The level of an offer a customer is entitled to, and the level its licences earn it.
import type { Customer, Discount, OfferType } from '../types.js';
import { BASE_LEVEL, levelsOf } from './catalogue.js';

const THREE_YEAR_COMMIT_LEVELS = ['12', '13', '14'];

/**
 * The volume level of a number of licences held: 1–9 level 01, 10–49 02, 50–99 03, 100 and more
 * 04 (the price list's "Level 1 1 - 9" and the 3YC page's bands; docs/rules.md ORD-12).
 */
export function volumeLevel(licences: number): string {
  if (licences >= 100) return '04';
  if (licences >= 50) return '03';
  if (licences >= 10) return '02';
  return '01';
}

export const customerLevel = (customer: Pick<Customer, 'discounts'>, offerType: OfferType) =>
  customer.discounts.find((d) => d.offerType === offerType)?.level ?? BASE_LEVEL[offerType];

/**
 * The level a customer gets for an offer type when it will hold `licences` licences: a 3YC level
 * (or consumable tier) stays as it is; otherwise the better of its current level and the volume
 * level of the licences. Never below what it has: levels go down only at renewal (the order
 * management page: "reevaluated at the renewal time").
 */
export function entitledLevel(customer: Pick<Customer, 'discounts'>, offerType: OfferType, licences: number): string {
  const current = customerLevel(customer, offerType);
  if (offerType === 'CONSUMABLES') return levelsOf('CONSUMABLES').includes(current) ? current : BASE_LEVEL.CONSUMABLES;
  if (THREE_YEAR_COMMIT_LEVELS.includes(current)) return current;
  const earned = volumeLevel(licences);
  return levelsOf('LICENSE').includes(current) && current > earned ? current : earned;
}

/** The customer's discounts with its LICENSE level raised to what the licences it holds earn. */
export function discountsForLicences(customer: Pick<Customer, 'discounts'>, licences: number): Discount[] {
  const current = customerLevel(customer, 'LICENSE');
  // A level the catalogue has no offers at (an LGA's 06–09) is Adobe's to change, not the orders'.
  if (!levelsOf('LICENSE').includes(current)) return customer.discounts;
  const level = entitledLevel(customer, 'LICENSE', licences);
  if (level === current) return customer.discounts;
  const others = customer.discounts.filter((d) => d.offerType !== 'LICENSE');
  return [{ offerType: 'LICENSE', level }, ...others];
}
