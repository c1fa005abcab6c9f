// The records the simulator keeps. They are plain JSON (the state export and the fixture files
// use exactly these shapes), and every domain function treats them as immutable values.

export type MarketSegment = 'COM' | 'EDU' | 'GOV';
export type OfferType = 'LICENSE' | 'CONSUMABLES';

export interface ApiClient {
  clientId: string;
  clientSecret: string;
  distributorId: string;
}

export interface Distributor {
  distributorId: string;
  name: string;
  /** Adobe enabled the distributor for Large Government Agency customers. */
  lgaEnabled: boolean;
  /** Where the distributor sells (ISO 3166-1 alpha-2). */
  country: string;
  /** The direct partner is enabled for global (worldwide) sales; its resellers need no flag. */
  globalSalesEnabled: boolean;
}

export interface Reseller {
  resellerId: string;
  distributorId: string;
  companyName: string;
  /** '1000' active; any other account status makes the reseller inactive. */
  status: string;
  marketSegments: MarketSegment[];
  /** The account fields of the partner API; a reseller seeded without them reads with defaults (domain/partners/reseller-account.ts). */
  externalReferenceId?: string;
  preferredLanguage?: string;
  address?: Address;
  contacts?: Contact[];
  creationDate?: string;
  /** When a pending reseller becomes active on the simulated clock. */
  activatesAt?: string | null;
}

export interface Address {
  country: string;
  region: string;
  city: string;
  addressLine1: string;
  addressLine2?: string;
  postalCode: string;
  phoneNumber?: string;
}

export interface Contact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
}

export interface CompanyProfile {
  companyName: string;
  preferredLanguage: string;
  marketSegment: MarketSegment;
  marketSubSegments: string[];
  address: Address;
  contacts: Contact[];
}

export interface MinimumQuantity {
  offerType: OfferType;
  quantity: number;
}

export type CommitmentStatus =
  | 'REQUESTED' | 'ACCEPTED' | 'COMMITTED' | 'ACTIVE'
  | 'DECLINED' | 'NONCOMPLIANT' | 'EXPIRED' | 'INACTIVE';

export interface CommitmentTerm {
  startDate: string;
  endDate: string;
  status: CommitmentStatus;
  minimumQuantities: MinimumQuantity[];
}

export interface ThreeYearCommit {
  commitment: CommitmentTerm | null;
  commitmentRequest: CommitmentTerm | null;
  recommitmentRequest: CommitmentTerm | null;
  /** When the request in commitmentRequest / recommitmentRequest was made (expiry runs from here). */
  requestedAt?: string | null;
  /** When the customer accepted the current commitmentRequest (the compliance window runs from here). */
  acceptedAt?: string | null;
  /** What the customer ordered toward the ACCEPTED commitment request so far, by offer type. */
  orderedQuantities?: MinimumQuantity[];
}

export interface LinkedMembership {
  id: string;
  name: string;
  type: 'STANDARD' | 'CONSORTIUM';
  linkedMembershipType: 'OWNER' | 'MEMBER';
  creationDate: string;
  /** Shown for LGA linked memberships only. */
  country?: string;
  benefitTypes?: BenefitType[];
}

export type BenefitType = 'THREE_YEAR_COMMIT' | 'LARGE_GOVERNMENT_AGENCY';

/** ACTIVE: an LGA customer; PENDING_UPGRADE: converting at the anniversary; UPGRADE_FAILED: the conversion failed there. */
export type LgaStatus = 'ACTIVE' | 'PENDING_UPGRADE' | 'UPGRADE_FAILED';

export interface LargeGovernmentAgency {
  status: LgaStatus;
  /** When the customer was created as, or asked to become, an LGA. */
  requestedAt: string;
  /** A conversion: the anniversary (coterm) date it takes effect on. */
  upgradeDate: string | null;
  /** Why the conversion failed at the anniversary. */
  failureReason: string | null;
}

/** The few facts of a customer's subscriptions that LGA rules read (seeded through the control plane). */
export interface SubscriptionFacts {
  /** Licences the customer renews at its anniversary. */
  renewalQuantity: number;
  /** The customer holds a Team offer or consumables with auto-renewal on. */
  teamOrConsumablesAutoRenewal: boolean;
}

/** Licences the customer added in Admin Console that the partner has not ordered yet. */
export interface OpenAcquisition {
  referenceId: string;
  creationDate: string;
  expiryDate: string;
  quantity: number;
  productName: string;
  baseOfferId: string;
}

export interface Discount {
  offerType: OfferType;
  level: string;
  /** A customer migrated from VIP with High Volume Discount: its VIP level and pricing (domain/migration/high-volume-discount.ts). */
  discountCode?: string;
}

export type AdminSource = 'API' | 'CONSOLE';

export interface ConsoleAdmin {
  email: string;
  firstName: string;
  lastName: string;
  role: 'SYSTEM_ADMIN';
  source: AdminSource;
  addedAt: string;
}

export interface Customer {
  customerId: string;
  resellerId: string;
  externalReferenceId: string;
  status: string;
  /** Set while the customer is pending (1002): when it becomes active (1000). */
  activatesAt: string | null;
  globalSalesEnabled: boolean;
  /** Adobe's own eligibility of the customer for global sales (set in the sandbox portal). */
  globalSalesEligible: boolean;
  companyProfile: CompanyProfile;
  discounts: Discount[];
  tags: string[];
  cotermDate: string;
  creationDate: string;
  activeSubscriptions: number;
  threeYearCommit: ThreeYearCommit | null;
  linkedMembership: LinkedMembership | null;
  /** The customer's Admin Console: every System Admin, whatever added it. */
  admins: ConsoleAdmin[];
  lga: LargeGovernmentAgency | null;
  subscriptions: SubscriptionFacts;
  openAcquisitions: OpenAcquisition[];
  /** A global customer's deployments (domain/customers/deployments.ts); absent when it has none. */
  deployments?: Deployment[];
}

/** Where a global customer uses what it buys outside its home country: an address, active (1000) or inactive (1004). */
export interface Deployment {
  deploymentId: string;
  companyProfile: { address: Address };
  creationDate: string;
  status: '1000' | '1004';
}

export interface WelcomeEmail {
  emailId: string;
  to: string;
  customerId: string;
  firstName: string;
  lastName: string;
  template: 'ADMIN_WELCOME';
  sentAt: string;
  requestId: string;
  correlationId: string;
}

export interface AccessToken {
  accessToken: string;
  clientId: string;
  issuedAt: string;
  expiresAt: string;
  /** The simulated clock passed expiresAt once: setting the clock back does not revive the token. */
  expired?: boolean;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface IdempotencyRecord {
  key: string;
  response: StoredResponse;
  expiresAt: string;
}

export interface RequestIdRecord {
  key: string;
  expiresAt: string;
}

/** The simulated clock: real time shifted by an offset, or frozen at an instant. */
export interface ClockState {
  offsetMs: number;
  frozenAt: string | null;
}

export interface Sequences {
  customer: number;
  linkedMembership: number;
  email: number;
  /** The next order id (absent in states saved before orders existed). */
  order?: number;
  /** The next deployment id (absent in states saved before deployments existed). */
  deployment?: number;
  /** The next reseller-change transfer id (absent in states saved before transfers existed). */
  transfer?: number;
  /** The next reseller id (absent in stores written before it was kept: found from the resellers once). */
  reseller?: number;
}

export type TermsAcceptanceStatus = 'REQUESTED' | 'ACCEPTED' | 'REJECTED';

export interface AuthorizationCode {
  code: string;
  issuedAt: string;
  expiresAt: string;
}

/** A linked membership group: its own record, with the owner and members it links. */
export interface LinkedMembershipGroup {
  id: string;
  name: string;
  type: 'STANDARD' | 'CONSORTIUM';
  country: string;
  marketSegment: MarketSegment;
  benefitTypes: BenefitType[];
  /** The distributor of the owner's reseller. */
  distributorId: string;
  ownerId: string;
  members: Array<{ customerId: string; joinedAt: string }>;
  /** As Adobe sends it: no time zone. */
  creationDate: string;
  termsAcceptanceStatus: TermsAcceptanceStatus;
  discounts: Discount[];
  /** When the discount level was last calculated (the creation, then each anniversary). */
  lastRefreshDate: string;
  authorizationCodes: AuthorizationCode[];
}
