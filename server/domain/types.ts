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
}

export interface Discount {
  offerType: OfferType;
  level: string;
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
}
