// High Volume Discount customers of VIP (levels 17–22) migrating to VIP Marketplace
// (docs/migration/migrate-hvd.md, sandbox/sandbox-portal/migrate-hvd-customers): who may migrate,
// the level they get (13 or 14) and the discount code that records their VIP level and pricing.
import { findOffer, type Catalogue } from '../catalogue/catalogue.js';
import type { Discount } from '../types.js';
import { isHighVolumeLevel, type VipMembership } from './vip-membership.js';

/** Licences that earn level 13; from LEVEL_14_LICENCES, 14 ("50-99 licenses ... 13 ... 100 + licenses ... 14"). */
export const LEVEL_13_LICENCES = 50;
export const LEVEL_14_LICENCES = 100;
/** The 3YC minimum a level needs (the sandbox portal: "≥ 50 if ... 17", "≥ 100 if ... 18"; 19–22 as 18). */
const minimumCommitFor = (level: string) => (level === '17' ? LEVEL_13_LICENCES : LEVEL_14_LICENCES);

export const licencesOf = (m: Pick<VipMembership, 'subscriptions'>) => m.subscriptions.reduce((sum, s) => sum + s.quantity, 0);

const committedLicences = (m: VipMembership) =>
  m.threeYearCommit?.commitment.minimumQuantities.find((q) => q.offerType === 'LICENSE')?.quantity ?? 0;

const isAcrobat = (catalogue: Catalogue, offerId: string) => /^Acrobat\b/.test(findOffer(catalogue, offerId)?.product.productFamily ?? '');

/**
 * Why a High Volume Discount membership cannot migrate (none for other levels): only 3YC Acrobat
 * customers of COM and GOV (HVD_CUSTOMER), with at least 50 licences and no fewer than their
 * minimum commitment (MINIMUM_HVD_QTY_NOT_MET), whose minimum matches their level
 * (3YC_DISCOUNT_LEVEL_MISMATCH).
 */
export function highVolumeReasons(m: VipMembership, catalogue: Catalogue): string[] {
  if (!isHighVolumeLevel(m.discountLevel)) return [];
  const reasons: string[] = [];
  const acrobatOnly = m.subscriptions.every((s) => isAcrobat(catalogue, s.offerId));
  if (!['COM', 'GOV'].includes(m.marketSegment) || !m.threeYearCommit || !acrobatOnly) reasons.push('HVD_CUSTOMER');
  const licences = licencesOf(m);
  if (licences < LEVEL_13_LICENCES || licences < committedLicences(m)) reasons.push('MINIMUM_HVD_QTY_NOT_MET');
  if (m.threeYearCommit && committedLicences(m) < minimumCommitFor(m.discountLevel)) reasons.push('3YC_DISCOUNT_LEVEL_MISMATCH');
  return reasons;
}

/** The VIP Marketplace LICENSE level after the migration: HVD 13 or 14 by licences, any other the VIP level. */
export function migratedLicenceLevel(m: VipMembership): string {
  if (!isHighVolumeLevel(m.discountLevel)) return m.discountLevel;
  return licencesOf(m) >= LEVEL_14_LICENCES ? '14' : '13';
}

/** HVD_L18_PRE: the VIP level and whether the customer had pre- or post-price-action pricing. */
export const discountCodeOf = (m: VipMembership): string | undefined =>
  isHighVolumeLevel(m.discountLevel) ? `HVD_L${m.discountLevel}_${m.hvdPricing ?? 'PRE'}` : undefined;

/** The customer's discounts after the migration (the HVD page's "tags" and "discounts" of Get Customer Details). */
export function migratedDiscounts(m: VipMembership): Discount[] {
  const code = discountCodeOf(m);
  return [{ offerType: 'LICENSE', level: migratedLicenceLevel(m), ...(code ? { discountCode: code } : {}) }, { offerType: 'CONSUMABLES', level: 'T1' }];
}

export const HVD_MIGRATED_TAG = 'HVD_MIGRATED_CUSTOMER';
