// A customer's VIP membership, as Adobe's sandbox portal creates it (Transfer Memberships: Quick
// Create, Custom Create) and as the migration to VIP Marketplace reads it (docs/migration/). The
// record is plain JSON: the state format and the control plane use exactly this shape.
import type { CommitmentTerm, CompanyProfile, Contact, MarketSegment } from '../types.js';
import { addDays, isoDate, isoSeconds } from '../time.js';

export type VipRenewalStatus = 'FULL' | 'PARTIAL' | 'NO';
export type HvdPricing = 'PRE' | 'POST';

export interface VipSubscription {
  /** The VIP Marketplace offer the VIP product maps to (any level). */
  offerId: string;
  quantity: number;
  /** A date past: the product did not renew, and transfers as an inactive subscription. */
  renewalDate: string;
  currencyCode: string;
}

export interface VipThreeYearCommit {
  commitment: CommitmentTerm;
  commitmentRequest: CommitmentTerm | null;
  /** When the customer accepted 3YC in VIP (the migration page's March 27th, 2023 rule). */
  acceptedOn: string;
}

export interface TransferLine {
  lineItemNumber: number;
  offerId: string;
  quantity: number;
  subscriptionId: string;
  currencyCode: string;
}

export interface MembershipTransferRecord {
  transferId: string;
  resellerId: string;
  /** The VIP Marketplace customer the transfer creates (shown once the transfer completes). */
  customerId: string;
  creationDate: string;
  /** When the asynchronous part ends on the simulated clock: status 1002 before, 1000 from then. */
  completesAt: string;
  lineItems: TransferLine[];
}

export interface VipMembership {
  membershipId: string;
  companyName: string;
  preferredLanguage: string;
  marketSegment: MarketSegment;
  address: CompanyProfile['address'];
  /** The VIP admin contacts: none, and the customer cannot transfer (5120). */
  contacts: Contact[];
  /** The VIP anniversary: the customer's cotermDate after the transfer. */
  anniversaryDate: string;
  subscriptions: VipSubscription[];
  /** The VIP LICENSE level: 01–04, 12–14 (3YC), 17–22 (High Volume Discount). */
  discountLevel: string;
  hvdPricing: HvdPricing | null;
  threeYearCommit: VipThreeYearCommit | null;
  renewalStatus: VipRenewalStatus;
  active: boolean;
  termsAccepted: boolean;
  linkedMembership: boolean;
  worldwide: boolean;
  openPurchaseAuthorizations: boolean;
  lastOrderDate: string | null;
  /** Reason codes set by hand (Custom Create), on top of those the rules find. */
  ineligibleReasons: string[];
  creationDate: string;
  transfer: MembershipTransferRecord | null;
}

/** A membership as the control plane or a state file gives it: only the company name is needed. */
export type VipMembershipSeed = Partial<Omit<VipMembership, 'subscriptions' | 'threeYearCommit'>> & {
  companyName: string;
  subscriptions?: Array<Partial<VipSubscription> & Pick<VipSubscription, 'offerId' | 'quantity'>>;
  threeYearCommit?: (Partial<VipThreeYearCommit> & Pick<VipThreeYearCommit, 'commitment'>) | null;
};

/** Creative Cloud All Apps, COM, level 01: what Quick Create gives a membership left at its defaults. */
export const QUICK_CREATE_OFFER = '65304479CA01A12';
export const QUICK_CREATE_QUANTITY = 10;
/** Days from now to the anniversary of a membership seeded without one. */
export const DEFAULT_ANNIVERSARY_DAYS = 180;

const DEFAULT_ADDRESS: CompanyProfile['address'] = {
  country: 'US', region: 'CA', city: 'San Jose', addressLine1: '345 Park Avenue', postalCode: '95110', phoneNumber: '800-833-6687',
};

const defaultContact = (membershipId: string): Contact => ({
  firstName: 'Vip', lastName: 'Admin', email: `admin-${membershipId.toLowerCase()}@vip-membership.example`,
});

/** The membership a seed describes, with every default filled in (an eligible membership unless a field says otherwise). */
export function normalizeVipMembership(membershipId: string, seed: VipMembershipSeed, now: Date): VipMembership {
  const anniversaryDate = seed.anniversaryDate ?? addDays(isoDate(now), DEFAULT_ANNIVERSARY_DAYS);
  const tyc = seed.threeYearCommit;
  const hvd = isHighVolumeLevel(seed.discountLevel ?? '01');
  return {
    membershipId,
    companyName: seed.companyName,
    preferredLanguage: seed.preferredLanguage ?? 'en-US',
    marketSegment: seed.marketSegment ?? 'COM',
    address: seed.address ?? DEFAULT_ADDRESS,
    contacts: seed.contacts ?? [defaultContact(membershipId)],
    anniversaryDate,
    subscriptions: (seed.subscriptions ?? [{ offerId: QUICK_CREATE_OFFER, quantity: QUICK_CREATE_QUANTITY }]).map((s) => ({
      offerId: s.offerId, quantity: s.quantity, renewalDate: s.renewalDate ?? anniversaryDate, currencyCode: s.currencyCode ?? 'USD',
    })),
    discountLevel: seed.discountLevel ?? '01',
    hvdPricing: hvd ? seed.hvdPricing ?? 'PRE' : null,
    threeYearCommit: tyc ? { commitment: tyc.commitment, commitmentRequest: tyc.commitmentRequest ?? null, acceptedOn: tyc.acceptedOn ?? tyc.commitment.startDate } : null,
    renewalStatus: seed.renewalStatus ?? 'FULL',
    active: seed.active ?? true,
    termsAccepted: seed.termsAccepted ?? true,
    linkedMembership: seed.linkedMembership ?? false,
    worldwide: seed.worldwide ?? false,
    openPurchaseAuthorizations: seed.openPurchaseAuthorizations ?? false,
    lastOrderDate: seed.lastOrderDate ?? null,
    ineligibleReasons: seed.ineligibleReasons ?? [],
    creationDate: seed.creationDate ?? isoSeconds(now),
    transfer: seed.transfer ?? null,
  };
}

/** VIP's High Volume Discount levels (docs/migration/migrate-hvd.md: "discount level 17-22"). */
export const isHighVolumeLevel = (level: string) => /^(1[7-9]|2[0-2])$/.test(level);
