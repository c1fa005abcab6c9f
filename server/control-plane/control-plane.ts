// The control plane's operations (docs/sandbox.md, contracts/sandbox.yaml) as one typed
// interface, with the simulator's own domain types. Two implementations: in-process
// (startSimulator().sandbox, in-process.ts) and over HTTP (connectSimulator(url), http-client.ts).
// Each operation answers domain values or rejects with the AdobeError the control plane answers
// ({status, code, message, additionalDetails}); neither ever answers an HTTP status.
import type { AuthorizationCode as StoredCode, ConsoleAdmin, Customer, Distributor, LinkedMembershipGroup, MinimumQuantity, OpenAcquisition, Reseller, WelcomeEmail } from '../domain/types.js';
import type { Fault } from '../domain/control/faults.js';
import type { ConsoleLicenceInput } from '../domain/commitments/open-acquisitions.js';
import type { CallInput, ControlOperationId, ControlOperations, QueryOf, ResultOf, SandboxSchema } from '../api-types/operation-types.js';
import type { StateDocument } from '../domain/control/state.js';
import type { ClockView } from '../domain/time.js';
import type { Order, Subscription } from '../domain/orders/order-types.js';
import type { JournalEntry, JournalFilter } from './journal-types.js';
import type { RequestMatch, VerifyCount } from './request-match.js';

type Seed<T> = Partial<T>;
export type ResellerSeed = SandboxSchema<'ResellerSeed'>;
/** A customer in any state, as the control plane seeds it (the simulator fills in what is left out). */
export type CustomerSeed = SandboxSchema<'CustomerSeed'>;
export type CustomerPatch = SandboxSchema<'CustomerPatch'>;
export type AdminInput = SandboxSchema<'AdminInput'>;
export type EmailFilter = QueryOf<ControlOperations['listEmails']>;
export type ThreeYearCommitAnswer = SandboxSchema<'ThreeYearCommitAnswer'>;
export type DistributorPatch = SandboxSchema<'DistributorPatch'>;
export type AuthorizationCode = StoredCode & { linkedMembershipId: string };
export type OpenAcquisitionInput = ConsoleLicenceInput;
/** Journal filters; `limit` defaults to everything the journal keeps (`--journal-size`, default 1,000). */
export type JournalQuery = Partial<QueryOf<ControlOperations['getJournal']>>;
export interface StateCounts { distributors: number; resellers: number; customers: number; emails: number }

export interface ControlPlane {
  /**
   * Any operation of contracts/sandbox.yaml by its operationId, with its path parameters, query and
   * body typed from the contract; answers its success body. The methods below are this, named.
   */
  invoke<Id extends ControlOperationId>(operationId: Id, input?: CallInput<Id>): Promise<ResultOf<ControlOperations[Id]>>;

  /** Back to the start fixtures (or nothing); disarms faults and clears the journal. */
  reset(options?: { empty?: boolean }): Promise<StateCounts>;
  state(): Promise<StateDocument>;
  /** Replaces everything with the document (the fixture format, as state() exports). */
  importState(doc: StateDocument): Promise<StateCounts>;

  resellers(): Promise<Reseller[]>;
  seedReseller(resellerId: string, seed: ResellerSeed): Promise<Reseller>;
  updateReseller(resellerId: string, patch: SandboxSchema<'ResellerPatch'>): Promise<Reseller>;

  /** LGA enablement, country and global sales of each distributor. */
  distributors(): Promise<Distributor[]>;
  updateDistributor(distributorId: string, patch: DistributorPatch): Promise<Distributor>;
  /** Gives the distributor an API client (X-Api-Key and secret), or a new secret to one it has. */
  putApiClient(distributorId: string, clientId: string, clientSecret: string): Promise<{ clientId: string; distributorId: string }>;

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

  linkedMembershipGroup(groupId: string): Promise<LinkedMembershipGroup>;
  /** The owner accepts or rejects the linked membership terms in Admin Console. */
  answerLinkedMembershipTerms(groupId: string, status: 'ACCEPTED' | 'REJECTED'): Promise<LinkedMembershipGroup>;
  /** Recalculates the group's level now, as the sandbox portal's refresh does. */
  refreshLinkedMembershipLevel(groupId: string): Promise<LinkedMembershipGroup>;
  /** The owner's authorization code (valid 72 simulated hours). */
  issueLinkedMembershipCode(groupId: string): Promise<AuthorizationCode>;
  joinLinkedMembership(customerId: string, authorizationCode: string): Promise<Customer>;
  /** Licences the customer adds in Admin Console (open acquisitions, listed 7 days). */
  addOpenAcquisition(customerId: string, licences: OpenAcquisitionInput): Promise<OpenAcquisition[]>;

  /** The customer's orders as kept (completesAt, failsWith), settled on the clock, oldest first. */
  orders(customerId: string): Promise<Order[]>;
  /** Sets an order's status (an open order set to 1000 or a failure settles at once) or its creation date. */
  updateOrder(customerId: string, orderId: string, edit: NonNullable<CallInput<'patchSandboxOrder'>['body']>): Promise<Order>;
  /** The customer's next NEW or RETURN order fails with this status when it settles. */
  failNextOrder(customerId: string, status: NonNullable<CallInput<'armOrderFailure'>['body']>['status']): Promise<{ customerId: string; failNext: string }>;
  subscriptions(customerId: string): Promise<Subscription[]>;
  /** Gives the customer a subscription, as if ordered. */
  seedSubscription(customerId: string, seed: NonNullable<CallInput<'seedSandboxSubscription'>['body']>): Promise<Subscription>;
  updateSubscription(customerId: string, subscriptionId: string, edit: NonNullable<CallInput<'patchSandboxSubscription'>['body']>): Promise<Subscription>;

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
  armFault(input: SandboxSchema<'FaultInput'>): Promise<Fault>;
  deleteFault(faultId: string): Promise<number>;
  clearFaults(): Promise<number>;

  /** Requests of the simulated API, newest first. */
  journal(filter?: JournalQuery): Promise<JournalEntry[]>;
  clearJournal(): Promise<number>;
  /**
   * Checks that the journal holds the expected number of requests matching `match` (default: at
   * least one) and answers them, newest first; otherwise throws a RequestVerificationError listing
   * the near misses and why each missed.
   */
  verify(match: RequestMatch, expected?: VerifyCount): Promise<JournalEntry[]>;
  /** How many journal requests match. */
  count(match: RequestMatch): Promise<number>;

  /** Sets up a Pact provider state, as POST /__sandbox/provider-states does. */
  providerState(state: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
}
