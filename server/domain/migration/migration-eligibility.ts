// Whether a VIP membership may migrate to VIP Marketplace now (docs/migration/index.md's
// eligibility rules, references/error-handling.md's 5117 REASON_CODE table): the reasons the
// rules find, plus those set by hand, in the table's order.
import { findOffer, regionOfCountry, type Catalogue } from '../catalogue/catalogue.js';
import { ANNIVERSARY_WINDOW_DAYS } from '../commitments/three-year-commit.js';
import { RETURN_WINDOW_DAYS } from '../orders/order-create.js';
import { addDays, isoDate } from '../time.js';
import type { Distributor, Reseller } from '../types.js';
import { highVolumeReasons } from './high-volume-discount.js';
import type { VipMembership } from './vip-membership.js';

/** Adobe's 5117 REASON_CODE table, in its order (HVD_CUSTOMER listed once). */
export const REASON_CODES = [
  'INVALID_COUNTRY', 'BAD_MARKET_SEGMENT', 'INACTIVE', 'EXTENDED_TERM_3YC', 'OPEN_PURCHASE_AUTH', 'CONTRACT_NOT_ACCEPTED',
  'IN_WINDOW_PARTIAL_RENEWAL', 'RETURNABLE_PURCHASE', 'NO_TARGET_SKU', 'UNBILLED_ORDER', 'UNPAID_INVOICE', 'LINK_MEMBERSHIP_CHECK',
  'HAS_UNPROCESSED_ORDERS', 'NOT_A_FULL_RENEWAL_IN_RENEWAL_WINDOW', 'LICENSE_WITHOUT_SALE_AQO_REFERENCED', 'SRC_DST_OFFER_IDS_HAS_PA_MISMATCH',
  '3YC_LINKED_MEMBERSHIP', 'HVD_CUSTOMER', 'INVALID_PRICE_LEVEL_LM_MIGRATION', 'LM_OWNER_NOT_MIGRATED', 'NOT_A_WORLDWIDE_PURCHASER',
  '3YC_DISCOUNT_LEVEL_MISMATCH', 'MINIMUM_HVD_QTY_NOT_MET', 'INVALID_LM_MIGRATION_LEVEL', 'OWNER_MEMBER_COUNTRY_MISMATCH',
  'LGA_LM_MARKET_SEGMENT_MISMATCH', 'INVALID_LGA_MARKET_SEGMENT', 'NOT_LGA PARTNER', 'INSUFFICIENT_LGA_MOQ', 'LGA_QTY_LEVEL_MISMATCH',
] as const;

/** "accepted 3YC after March 27th, 2023 or their 3YC end date is before their next anniversary date". */
export const EXTENDED_TERM_CUTOFF = '2023-03-27';

export interface EligibilityContext {
  catalogue: Catalogue;
  /** The caller's distributor. */
  distributor: Distributor;
  /** The reseller the customer would transfer to (a transfer; a preview has none). */
  reseller?: Reseller;
  now: Date;
  /** ignore-order-return=true: returnable purchases do not stop the transfer. */
  ignoreOrderReturn: boolean;
  /** expire-open-pas=true: open purchase authorizations do not stop it (they expire with it). */
  expireOpenPas: boolean;
}

/** The product each VIP subscription maps to must exist in VIP Marketplace, in the customer's segment. */
function hasTargetOffers(m: VipMembership, catalogue: Catalogue): boolean {
  return m.subscriptions.every((s) => findOffer(catalogue, s.offerId)?.segment === m.marketSegment);
}

function sellsInCountry(m: VipMembership, ctx: EligibilityContext): boolean {
  const region = regionOfCountry(ctx.catalogue, m.address.country);
  return !!region && region === regionOfCountry(ctx.catalogue, ctx.distributor.country);
}

function foundReasons(m: VipMembership, ctx: EligibilityContext): string[] {
  const today = isoDate(ctx.now);
  const tyc = m.threeYearCommit;
  const found: string[] = [];
  const when = (reason: string, holds: boolean) => { if (holds) found.push(reason); };
  when('INVALID_COUNTRY', !sellsInCountry(m, ctx));
  when('BAD_MARKET_SEGMENT', !!ctx.reseller && !ctx.reseller.marketSegments.includes(m.marketSegment));
  when('INACTIVE', !m.active);
  when('EXTENDED_TERM_3YC', !!tyc && tyc.acceptedOn <= EXTENDED_TERM_CUTOFF && tyc.commitment.endDate >= m.anniversaryDate);
  when('OPEN_PURCHASE_AUTH', m.openPurchaseAuthorizations);
  when('CONTRACT_NOT_ACCEPTED', !m.termsAccepted);
  when('IN_WINDOW_PARTIAL_RENEWAL', m.renewalStatus !== 'FULL' && today >= addDays(m.anniversaryDate, -ANNIVERSARY_WINDOW_DAYS) && today < m.anniversaryDate);
  when('RETURNABLE_PURCHASE', !!m.lastOrderDate && today < addDays(m.lastOrderDate, RETURN_WINDOW_DAYS));
  when('NO_TARGET_SKU', !hasTargetOffers(m, ctx.catalogue));
  when('LINK_MEMBERSHIP_CHECK', m.linkedMembership);
  when('3YC_LINKED_MEMBERSHIP', m.linkedMembership && !!tyc);
  when('NOT_A_WORLDWIDE_PURCHASER', m.worldwide && !ctx.distributor.globalSalesEnabled);
  return [...found, ...highVolumeReasons(m, ctx.catalogue)];
}

/** Every reason the membership cannot migrate now, in the table's order; none when it can. */
export function ineligibleReasons(m: VipMembership, ctx: EligibilityContext): string[] {
  const all = new Set([...foundReasons(m, ctx), ...m.ineligibleReasons]);
  if (ctx.ignoreOrderReturn) all.delete('RETURNABLE_PURCHASE');
  if (ctx.expireOpenPas) all.delete('OPEN_PURCHASE_AUTH');
  const order = (r: string) => (REASON_CODES as readonly string[]).indexOf(r);
  return [...all].sort((a, b) => order(a) - order(b));
}
