// The control plane's operations (docs/sandbox.md, contracts/sandbox.yaml) as one typed
// interface, with the simulator's own domain types: what an in-process simulator offers
// (startSimulator().sandbox) and what connectSimulator(url) offers over HTTP. Each operation
// rejects with the AdobeError the control plane answered ({status, code, message, additionalDetails}).
import type { ConsoleAdmin, Customer, Distributor, LinkedMembershipGroup, MinimumQuantity, OpenAcquisition, Reseller, WelcomeEmail } from './domain/types.js';
import type { Fault, FaultInput } from './domain/faults.js';
import type { StateDocument } from './domain/state.js';
import type { ClockView } from './domain/time.js';
import type { JournalEntry, JournalFilter } from './http/journal-types.js';

type Seed<T> = Partial<T>;
export type ResellerSeed = Seed<Reseller> & { distributorId: string };
type CustomerFields = Seed<Omit<Customer, 'companyProfile'>>;
export type CustomerSeed = CustomerFields & Pick<Customer, 'resellerId'> & { companyProfile: Seed<Customer['companyProfile']> };
export type CustomerPatch = CustomerFields & { companyProfile?: Seed<Customer['companyProfile']>; marketSubSegments?: string[] };
export interface AdminInput { email: string; firstName: string; lastName: string }
export interface EmailFilter { customerId?: string; to?: string }
export type DistributorPatch = Partial<Omit<Distributor, 'distributorId' | 'name'>>;
export interface AuthorizationCodeIssued { linkedMembershipId: string; code: string; issuedAt: string; expiresAt: string }
export interface ConsoleLicences { productName: string; baseOfferId: string; quantity: number; referenceId?: string }

export interface ControlPlane {
  /** Back to the start fixtures (or nothing); disarms faults and clears the journal. */
  reset(options?: { empty?: boolean }): Promise<void>;
  state(): Promise<StateDocument>;
  /** Replaces everything with the document (the fixture format, as state() exports). */
  importState(doc: StateDocument): Promise<void>;

  resellers(): Promise<Reseller[]>;
  seedReseller(resellerId: string, seed: ResellerSeed): Promise<Reseller>;
  updateReseller(resellerId: string, patch: Seed<Reseller>): Promise<Reseller>;

  /** Every distributor, with its LGA and global-sales enablement. */
  distributors(): Promise<Distributor[]>;
  /** LGA enablement, country, global sales of a distributor. */
  updateDistributor(distributorId: string, patch: DistributorPatch): Promise<Distributor>;

  /** A linked membership group as the sandbox portal shows it (owner, members, terms, levels). */
  linkedMembershipGroup(id: string): Promise<LinkedMembershipGroup>;
  /** The owner accepts or rejects the linked membership terms in Admin Console. */
  answerLinkedMembershipTerms(id: string, status: 'ACCEPTED' | 'REJECTED'): Promise<LinkedMembershipGroup>;
  /** The owner's "Refresh Discount Level": the group's level recalculated now. */
  refreshLinkedMembershipLevel(id: string): Promise<LinkedMembershipGroup>;
  /** The owner's authorization code (valid 72 simulated hours). */
  issueLinkedMembershipCode(id: string): Promise<AuthorizationCodeIssued>;
  joinLinkedMembership(customerId: string, authorizationCode: string): Promise<Customer>;
  /** Licences the customer adds in Admin Console (open acquisitions, 7 days). */
  addOpenAcquisition(customerId: string, licences: ConsoleLicences): Promise<OpenAcquisition[]>;

  /** The customer as the simulator keeps it (admins, 3YC dates, activatesAt…). */
  customer(customerId: string): Promise<Customer>;
  seedCustomer(customerId: string, seed: CustomerSeed): Promise<Customer>;
  updateCustomer(customerId: string, patch: CustomerPatch): Promise<Customer>;

  admins(customerId: string): Promise<ConsoleAdmin[]>;
  addConsoleAdmin(customerId: string, person: AdminInput): Promise<ConsoleAdmin[]>;
  removeConsoleAdmin(customerId: string, email: string): Promise<ConsoleAdmin[]>;

  acceptThreeYearCommit(customerId: string, options?: { ownsQuantities?: boolean }): Promise<Customer>;
  declineThreeYearCommit(customerId: string): Promise<Customer>;
  fulfilThreeYearCommit(customerId: string, options?: { orderedQuantities?: MinimumQuantity[] }): Promise<Customer>;

  /** Welcome emails sent, oldest first. */
  emails(filter?: EmailFilter): Promise<WelcomeEmail[]>;
  clearEmails(): Promise<number>;

  clock(): Promise<ClockView>;
  /** Moves the clock by an ISO-8601 duration (`P30D`, `PT1H`, `-P1D`). */
  advanceClock(duration: string): Promise<ClockView>;
  setClock(now: string | Date, options?: { frozen?: boolean }): Promise<ClockView>;
  /** Stops (true) or restarts (false) the clock where it is. */
  freezeClock(frozen: boolean): Promise<ClockView>;

  faults(): Promise<Fault[]>;
  armFault(input: FaultInput): Promise<Fault>;
  deleteFault(faultId: string): Promise<number>;
  clearFaults(): Promise<number>;

  /** Requests of the simulated API, newest first (default limit 100). */
  journal(filter?: Partial<JournalFilter>): Promise<JournalEntry[]>;
  clearJournal(): Promise<number>;

  /** Sets up a Pact provider state, as POST /__sandbox/provider-states does. */
  providerState(state: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
}
