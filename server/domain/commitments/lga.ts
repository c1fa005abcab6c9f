// Large Government Agencies (LGA): who may create or convert one, its discount levels, and what
// the anniversary does to a conversion (docs/lga/*.md).
import { errorFor, errors } from '../protocol/errors.js';
import { holdsLga, lgaErrors } from './lga-errors.js';
import type { PartnerSchema } from '../../api-types/operation-types.js';

export type BenefitInput = PartnerSchema<'BenefitRequest'>;
export type CompanyProfileInput = PartnerSchema<'CompanyProfileRequest'>;
import { hasThreeYearCommit } from './three-year-commit.js';
import { addDays, addYears, isoDate } from '../time.js';
import type { Customer, Discount, Distributor, LargeGovernmentAgency } from '../types.js';

export const LGA = 'LARGE_GOVERNMENT_AGENCY';
export const LGA_COUNTRIES: readonly string[] = ['US', 'CA'];
export const LGA_SUB_SEGMENTS: readonly string[] = ['FEDERAL', 'STATE'];
/** An LGA's coterm date may be at most this many months out. */
export const LGA_MAX_COTERM_MONTHS = 23;
/** Conversion is allowed in the last days of the term: AD-30. */
export const CONVERSION_WINDOW_DAYS = 30;
/** A conversion needs a renewal quantity over this. */
export const CONVERSION_MIN_RENEWAL = 100;

export const asksForLga = (benefits: BenefitInput[] | undefined) => !!benefits?.some((b) => b.type === LGA);
const asksForThreeYearCommit = (benefits: BenefitInput[] | undefined) => !!benefits?.some((b) => b.type === 'THREE_YEAR_COMMIT');

/** LGA discount level by licences: 06 (up to 999; the LGA floor), 07 from 1,000, 08 from 5,000, 09 from 10,000. */
export function lgaLevel(licences: number): string {
  if (licences >= 10_000) return '09';
  if (licences >= 5_000) return '08';
  if (licences >= 1_000) return '07';
  return '06';
}

/** The discounts with the LICENSE level replaced (consumable tiers stay). */
export function withLicenseLevel(discounts: Discount[], level: string): Discount[] {
  const others = discounts.filter((d) => d.offerType !== 'LICENSE');
  return [{ offerType: 'LICENSE', level }, ...others];
}

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return isoDate(target);
}

function assertLgaPartner(distributor: Distributor | undefined): void {
  if (!distributor?.lgaEnabled) throw lgaErrors.partnerNotEnabled();
  if (!LGA_COUNTRIES.includes(distributor.country)) throw lgaErrors.countryNotAllowed();
}

function assertLgaProfile(country: string, segment: string | undefined, subSegments: string[]): void {
  if (!LGA_COUNTRIES.includes(country)) throw lgaErrors.countryNotAllowed();
  if (segment !== 'GOV') throw lgaErrors.segmentNotAllowed();
  if (!subSegments.length || subSegments.some((s) => !LGA_SUB_SEGMENTS.includes(s))) throw lgaErrors.subSegmentNotAllowed();
}

function assertPlainLgaBenefit(benefits: BenefitInput[]): void {
  benefits.forEach((b, i) => {
    if (b.type !== LGA) return;
    const extra = (['commitmentRequest', 'recommitmentRequest'] as const).filter((k) => b[k]);
    if (extra.length) throw errorFor(errors.invalidFields, extra.map((k) => ({ path: `benefits[${i}].${k}`, reason: `is not allowed with ${LGA}` })));
  });
}

/**
 * A create that asks for the LGA benefit: an ACTIVE LGA, or Adobe's LGA error. Undefined when the
 * request does not ask for it.
 */
export function lgaForCreate(
  request: { benefits?: BenefitInput[]; cotermDate?: string; companyProfile: CompanyProfileInput },
  distributor: Distributor | undefined, now: Date,
): LargeGovernmentAgency | undefined {
  if (!asksForLga(request.benefits)) return undefined;
  if (asksForThreeYearCommit(request.benefits)) throw lgaErrors.threeYearCommitNotAllowed();
  assertPlainLgaBenefit(request.benefits!);
  assertLgaPartner(distributor);
  const profile = request.companyProfile;
  assertLgaProfile(profile.address.country, profile.marketSegment ?? 'COM', profile.marketSubSegments ?? []);
  if (request.cotermDate && request.cotermDate > addMonths(isoDate(now), LGA_MAX_COTERM_MONTHS)) throw lgaErrors.cotermTooLate();
  return { status: 'ACTIVE', requestedAt: now.toISOString(), upgradeDate: null, failureReason: null };
}

export interface ConversionContext {
  distributor: Distributor | undefined;
  now: Date;
  /** The segment and sub-segments the update leaves the customer with. */
  segment: string;
  subSegments: string[];
  createsLinkedMembership: boolean;
}

const conversionProblem = (reason: string) => errorFor(errors.invalidFields, [{ path: 'benefits', reason }]);

/**
 * What an update does to the customer's LGA benefit: a GOV customer converting within AD-30 gets
 * PENDING_UPGRADE (docs/lga/convert.md); an LGA customer keeps its benefit but may not leave GOV.
 */
export function lgaForUpdate(customer: Customer, benefits: BenefitInput[] | undefined, ctx: ConversionContext): LargeGovernmentAgency | null {
  if (holdsLga(customer)) {
    if (ctx.segment !== 'GOV') throw lgaErrors.segmentNotAllowed();
    if (asksForThreeYearCommit(benefits)) throw lgaErrors.threeYearCommitNotAllowed();
    if (asksForLga(benefits)) assertPlainLgaBenefit(benefits!);
    if (ctx.createsLinkedMembership && customer.lga!.status === 'PENDING_UPGRADE') {
      throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: `cannot be created before the LGA upgrade on ${customer.lga!.upgradeDate}: the customer may join an LGA linked membership after the anniversary date` }]);
    }
    return customer.lga;
  }
  if (!asksForLga(benefits)) return customer.lga;
  if (asksForThreeYearCommit(benefits)) throw lgaErrors.threeYearCommitNotAllowed();
  assertPlainLgaBenefit(benefits!);
  assertLgaPartner(ctx.distributor);
  assertLgaProfile(customer.companyProfile.address.country, ctx.segment, ctx.subSegments);
  if (hasThreeYearCommit(customer)) throw lgaErrors.threeYearCommitNotAllowed();
  if (ctx.createsLinkedMembership) {
    throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: 'cannot be created in the update that converts the customer to LGA: it may join an LGA linked membership after the anniversary date' }]);
  }
  if (customer.linkedMembership) throw conversionProblem(`${LGA} is not allowed while the customer is in linked membership ${customer.linkedMembership.id}`);
  const today = isoDate(ctx.now);
  if (!customer.cotermDate) throw conversionProblem(`${LGA} needs an anniversary date: the customer has no coterm date yet`);
  const opens = addDays(customer.cotermDate, -CONVERSION_WINDOW_DAYS);
  if (today < opens || today >= customer.cotermDate) {
    throw conversionProblem(`${LGA} conversion is only allowed from ${opens} until the anniversary date ${customer.cotermDate} (AD-30)`);
  }
  if (customer.subscriptions.renewalQuantity <= CONVERSION_MIN_RENEWAL) throw lgaErrors.quantityNotAllowed();
  if (customer.subscriptions.teamOrConsumablesAutoRenewal) throw lgaErrors.offerNotAllowed();
  return { status: 'PENDING_UPGRADE', requestedAt: ctx.now.toISOString(), upgradeDate: customer.cotermDate, failureReason: null };
}

/** Why a pending conversion cannot complete at the anniversary; undefined when it can. */
function upgradeBlocker(c: Customer): string | undefined {
  const profile = c.companyProfile;
  if (profile.marketSegment !== 'GOV') return 'the market segment is no longer GOV';
  if (!profile.marketSubSegments.length || profile.marketSubSegments.some((s) => !LGA_SUB_SEGMENTS.includes(s))) return 'the market sub-segment is not FEDERAL or STATE';
  if (!LGA_COUNTRIES.includes(profile.address.country)) return 'the country is not US or CA';
  if (hasThreeYearCommit(c)) return 'the customer has a 3YC';
  if (c.linkedMembership) return 'the customer is in a linked membership';
  if (c.subscriptions.renewalQuantity <= CONVERSION_MIN_RENEWAL) return `the renewal quantity ${c.subscriptions.renewalQuantity} is not over ${CONVERSION_MIN_RENEWAL}`;
  if (c.subscriptions.teamOrConsumablesAutoRenewal) return 'a Team offer or consumables still auto-renew';
  return undefined;
}

/**
 * The anniversary of a pending conversion: the customer renews as an LGA (level by renewal
 * quantity, a new term) when the conditions still hold; otherwise the renewal does not happen and
 * its subscriptions expire (the customer must order again).
 */
export function advanceLga(c: Customer, now: Date): Customer {
  const lga = c.lga;
  if (lga?.status !== 'PENDING_UPGRADE' || !lga.upgradeDate || isoDate(now) < lga.upgradeDate) return c;
  const blocker = upgradeBlocker(c);
  if (blocker) {
    return {
      ...c, lga: { ...lga, status: 'UPGRADE_FAILED', failureReason: blocker },
      activeSubscriptions: 0, subscriptions: { ...c.subscriptions, renewalQuantity: 0 },
    };
  }
  return {
    ...c, lga: { ...lga, status: 'ACTIVE' }, cotermDate: addYears(lga.upgradeDate, 1),
    discounts: withLicenseLevel(c.discounts, lgaLevel(c.subscriptions.renewalQuantity)),
  };
}

/** The LGA entry of the customer's `benefits` (none once a conversion failed). */
export function lgaBenefits(c: Customer): Array<{ type: typeof LGA; status: 'ACTIVE' | 'PENDING_UPGRADE' }> {
  return c.lga && c.lga.status !== 'UPGRADE_FAILED' ? [{ type: LGA, status: c.lga.status }] : [];
}
