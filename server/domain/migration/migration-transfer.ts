// The transfer of a VIP membership to VIP Marketplace (docs/migration/preview-offers.md,
// transfer-subscription.md, get-transfer-details.md): the checks both calls share, the preview,
// the transfer that creates the customer with its subscriptions, anniversary and 3YC, and the
// transfer as Adobe shows it (1002 while its asynchronous part runs on the clock, then 1000).
import { createHash } from 'node:crypto';
import { BASE_LEVEL, findOffer, offerIdOf, type Catalogue, type Offer } from '../catalogue/catalogue.js';
import { normalizeCustomer } from '../control/state.js';
import { PENDING } from '../customers/account-status.js';
import { subscriptionIdOf } from '../orders/order-settle.js';
import { SUBSCRIPTION_INACTIVE, type Subscription } from '../orders/order-types.js';
import { normalizeSubscription } from '../orders/seeded-holdings.js';
import { isoDate, isoSeconds } from '../time.js';
import type { CommitmentTerm, Customer, ThreeYearCommit } from '../types.js';
import { HVD_MIGRATED_TAG, discountCodeOf, migratedDiscounts, migratedLicenceLevel } from './high-volume-discount.js';
import { ineligibleReasons, type EligibilityContext } from './migration-eligibility.js';
import { migrationErrors, notEligible } from './migration-errors.js';
import type { MembershipTransferRecord, TransferLine, VipMembership, VipSubscription } from './vip-membership.js';

export const TRANSFER_COMPLETE = '1000';
export const TRANSFER_IN_PROGRESS = '1002';

export const transferStatus = (t: MembershipTransferRecord, now: Date) =>
  (now.getTime() >= Date.parse(t.completesAt) ? TRANSFER_COMPLETE : TRANSFER_IN_PROGRESS);

/** The membership, or 5115 (an id no membership has). */
export function membershipOrFail(m: VipMembership | undefined, membershipId: string): VipMembership {
  if (!m) throw migrationErrors.invalidMembership(['membership-id'], membershipId);
  return m;
}

/**
 * What stops a preview or a transfer, in this order: a membership already transferred (5118) or
 * being transferred (5121), no admin contact (5120), then every eligibility reason at once (5117).
 */
export function assertCanMigrate(m: VipMembership, ctx: EligibilityContext): void {
  if (m.transfer) {
    if (transferStatus(m.transfer, ctx.now) === TRANSFER_COMPLETE) throw migrationErrors.alreadyTransferred(['membership-id'], `membership ${m.membershipId}`);
    throw migrationErrors.transferInProgress(['membership-id'], `transfer ${m.transfer.transferId}`);
  }
  if (!m.contacts.length) throw migrationErrors.noAdminContacts(['membership-id']);
  const reasons = ineligibleReasons(m, ctx);
  if (reasons.length) throw notEligible(reasons);
}

/** The VIP Marketplace offer a VIP subscription becomes, at the level the customer will have (the membership is eligible: the offer exists). */
function targetOffer(m: VipMembership, s: VipSubscription, catalogue: Catalogue): { offer: Offer; offerId: string } {
  const offer = findOffer(catalogue, s.offerId)!;
  const level = offer.product.offerType === 'LICENSE' ? migratedLicenceLevel(m) : BASE_LEVEL.CONSUMABLES;
  return { offer, offerId: offerIdOf(offer.product, offer.segment, level) };
}

function threeYearCommitBenefits(m: VipMembership) {
  const tyc = m.threeYearCommit;
  return tyc ? [{ type: 'THREE_YEAR_COMMIT' as const, commitment: tyc.commitment, commitmentRequest: tyc.commitmentRequest }] : [];
}

/** The preview: one item per subscription; benefits and discounts for a 3YC customer ("Benefits and discount will be shown if customer is a 3yc customer"). */
export function previewOffers(m: VipMembership, catalogue: Catalogue) {
  const items = m.subscriptions.map((s) => ({ offerId: targetOffer(m, s, catalogue).offerId, currencyCode: s.currencyCode, quantity: s.quantity, renewalDate: s.renewalDate }));
  const code = discountCodeOf(m);
  const discounts = m.threeYearCommit
    ? [{ level: migratedLicenceLevel(m), offerType: 'LICENSE' as const, ...(code ? { discountCode: code } : {}) }]
    : [];
  return { totalCount: items.length, items, benefits: threeYearCommitBenefits(m), discounts };
}

/** An opaque transfer id, the same for a membership every time (a membership transfers once). */
export const transferIdOf = (membershipId: string) => createHash('sha256').update(`transfer:${membershipId}`).digest('hex').slice(0, 17);

/** The VIP 3YC as the customer keeps it: a request for the next term is its recommitment. */
function customerThreeYearCommit(m: VipMembership): ThreeYearCommit | null {
  const tyc = m.threeYearCommit;
  if (!tyc) return null;
  const request: CommitmentTerm | null = tyc.commitmentRequest;
  const nextTerm = !!request && request.startDate > tyc.commitment.endDate;
  return {
    commitment: tyc.commitment,
    commitmentRequest: nextTerm ? null : request,
    recommitmentRequest: nextTerm ? request : null,
    requestedAt: null,
    acceptedAt: null,
  };
}

export interface TransferInput {
  resellerId: string;
  customerId: string;
  catalogue: Catalogue;
  now: Date;
  /** How long the asynchronous part takes on the simulated clock (the new customer is pending meanwhile). */
  delayMs: number;
  expireOpenPas: boolean;
}

/**
 * Starts the transfer of an eligible membership: the customer (pending until the transfer
 * completes) under the reseller, with the VIP anniversary as cotermDate, the 3YC and the migrated
 * discounts (an HVD customer tagged), and one subscription per VIP subscription (auto-renewing;
 * inactive when its renewal date has passed). Open purchase authorizations expire with it.
 */
export function startTransfer(m: VipMembership, input: TransferInput): { membership: VipMembership; customer: Customer; subscriptions: Subscription[] } {
  const completesAt = new Date(input.now.getTime() + input.delayMs).toISOString();
  const creationDate = isoSeconds(input.now);
  const customer = normalizeCustomer({
    customerId: input.customerId,
    resellerId: input.resellerId,
    status: PENDING,
    activatesAt: completesAt,
    globalSalesEnabled: m.worldwide,
    companyProfile: {
      companyName: m.companyName, preferredLanguage: m.preferredLanguage, marketSegment: m.marketSegment, marketSubSegments: [],
      address: m.address, contacts: m.contacts,
    },
    discounts: migratedDiscounts(m),
    tags: discountCodeOf(m) ? [HVD_MIGRATED_TAG] : [],
    cotermDate: m.anniversaryDate,
    creationDate,
    threeYearCommit: customerThreeYearCommit(m),
  }, input.now);
  const today = isoDate(input.now);
  const subscriptions: Subscription[] = [];
  const lineItems: TransferLine[] = m.subscriptions.map((s, i) => {
    const { offer, offerId } = targetOffer(m, s, input.catalogue);
    const base = offerIdOf(offer.product, offer.segment, BASE_LEVEL[offer.product.offerType]);
    const lapsed = s.renewalDate < today;
    const subscription = normalizeSubscription({
      customerId: customer.customerId, subscriptionId: subscriptionIdOf(customer.customerId, `${base}:${i}`), offerId: base,
      currentQuantity: s.quantity, renewalDate: s.renewalDate, currencyCode: s.currencyCode, creationDate,
      ...(lapsed ? { status: SUBSCRIPTION_INACTIVE, autoRenewal: { enabled: false, renewalQuantity: s.quantity } } : {}),
    }, customer, input.now);
    subscriptions.push(subscription);
    return { lineItemNumber: i + 1, offerId, quantity: s.quantity, subscriptionId: subscription.subscriptionId, currencyCode: s.currencyCode };
  });
  const transfer: MembershipTransferRecord = {
    transferId: transferIdOf(m.membershipId), resellerId: input.resellerId, customerId: customer.customerId, creationDate, completesAt, lineItems,
  };
  const membership = { ...m, transfer, ...(input.expireOpenPas ? { openPurchaseAuthorizations: false } : {}) };
  return { membership, customer, subscriptions };
}

/** The transfer as the pages show it: customerId and subscriptionIds empty until it completes. */
export function transferView(m: VipMembership, now: Date) {
  const t = m.transfer!;
  const done = transferStatus(t, now) === TRANSFER_COMPLETE;
  return {
    transferId: t.transferId,
    customerId: done ? t.customerId : '',
    membershipId: m.membershipId,
    resellerId: t.resellerId,
    creationDate: t.creationDate,
    status: transferStatus(t, now),
    lineItems: t.lineItems.map((l) => ({ ...l, subscriptionId: done ? l.subscriptionId : '' })),
    links: { self: { uri: `/v3/memberships/${m.membershipId}/transfers/${t.transferId}`, method: 'GET' as const, headers: [] as [] } },
  };
}

/** The transfer named, seen by the caller's distributor, or 5116. */
export function transferOrFail(m: VipMembership | undefined, transferId: string, visible: (resellerId: string) => boolean): VipMembership {
  if (!m?.transfer || m.transfer.transferId !== transferId || !visible(m.transfer.resellerId)) {
    throw migrationErrors.invalidTransfer(['transfer-id'], transferId);
  }
  return m;
}
