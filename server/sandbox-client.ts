// Typed helpers for the control plane of an in-process simulator: the same operations as
// /__sandbox (docs/sandbox.md), called directly. Each throws the AdobeError the HTTP call
// would have answered.
import type { ConsoleAdmin, Customer, Distributor, LinkedMembershipGroup, MinimumQuantity, OpenAcquisition, Reseller, WelcomeEmail } from './domain/types.js';
import type { Fault, FaultInput } from './domain/faults.js';
import type { StateDocument } from './domain/state.js';
import type { ClockView } from './service/clock.js';
import type { ControlResult } from './service/sandbox.js';
import type { Simulator } from './service/simulator.js';
import { setupProviderState } from './service/provider-states.js';
import type { Journal, JournalEntry, JournalFilter } from './http/journal.js';
import { countProblem, missesOf, verificationReport, type RequestMatch, type VerifyCount } from './request-match.js';

export type { RequestMatch, VerifyCount } from './request-match.js';

/** Journal filters; `limit` defaults to everything the journal keeps (its `journalSize`, default 1,000). */
export type JournalQuery = Partial<JournalFilter>;

/** A verification that found the wrong number of requests; its message lists the near misses. */
export class RequestVerificationError extends Error {
  constructor(message: string, readonly matched: JournalEntry[]) {
    super(message);
    this.name = 'RequestVerificationError';
  }
}

type Seed<T> = Partial<T>;

export class SandboxClient {
  constructor(private readonly sim: Simulator, private readonly journalOf: Journal) {}

  private async body<T>(result: Promise<ControlResult>): Promise<T> {
    return (await result).body as T;
  }

  /** Back to the start fixtures (or nothing); disarms faults and clears the journal. */
  async reset(options: { empty?: boolean } = {}): Promise<void> {
    await this.sim.reset(options.empty ?? false);
    this.journalOf.clear();
  }

  state(): Promise<StateDocument> {
    return this.sim.export();
  }

  importState(doc: StateDocument): Promise<void> {
    return this.sim.load(this.sim.sandbox.valid<StateDocument>('StateDocument', doc));
  }

  resellers(): Promise<Reseller[]> {
    return this.body(this.sim.sandbox.listResellers());
  }

  seedReseller(resellerId: string, seed: Seed<Reseller> & { distributorId: string }): Promise<Reseller> {
    return this.body(this.sim.sandbox.putReseller(resellerId, seed));
  }

  updateReseller(resellerId: string, patch: Seed<Reseller>): Promise<Reseller> {
    return this.body(this.sim.sandbox.patchReseller(resellerId, patch));
  }

  customer(customerId: string): Promise<Customer> {
    return this.body(this.sim.sandbox.getCustomer(customerId));
  }

  seedCustomer(customerId: string, seed: Seed<Customer> & Pick<Customer, 'resellerId'> & { companyProfile: Seed<Customer['companyProfile']> }): Promise<Customer> {
    return this.body(this.sim.sandbox.putCustomer(customerId, seed));
  }

  updateCustomer(customerId: string, patch: Seed<Customer> & { marketSubSegments?: string[] }): Promise<Customer> {
    return this.body(this.sim.sandbox.patchCustomer(customerId, patch));
  }

  distributors(): Promise<Distributor[]> {
    return this.body(this.sim.lga.listDistributors());
  }

  /** LGA enablement, country, global sales of a distributor. */
  updateDistributor(distributorId: string, patch: Partial<Omit<Distributor, 'distributorId' | 'name'>>): Promise<Distributor> {
    return this.body(this.sim.lga.patchDistributor(distributorId, patch));
  }

  linkedMembershipGroup(id: string): Promise<LinkedMembershipGroup> {
    return this.body(this.sim.lga.getGroup(id));
  }

  /** The owner accepts or rejects the linked membership terms in Admin Console. */
  answerLinkedMembershipTerms(id: string, status: 'ACCEPTED' | 'REJECTED'): Promise<LinkedMembershipGroup> {
    return this.body(this.sim.lga.answerTerms(id, { status }));
  }

  /** The owner's "Refresh Discount Level": the group's level recalculated now (terms ACCEPTED first). */
  refreshLinkedMembershipLevel(id: string): Promise<LinkedMembershipGroup> {
    return this.body(this.sim.lga.refresh(id));
  }

  /** The owner's authorization code (valid 72 simulated hours). */
  issueLinkedMembershipCode(id: string): Promise<{ linkedMembershipId: string; code: string; issuedAt: string; expiresAt: string }> {
    return this.body(this.sim.lga.issueCode(id));
  }

  joinLinkedMembership(customerId: string, authorizationCode: string): Promise<Customer> {
    return this.body(this.sim.lga.join(customerId, { authorizationCode }));
  }

  /** Licences the customer adds in Admin Console (open acquisitions, 7 days). */
  addOpenAcquisition(customerId: string, licences: { productName: string; baseOfferId: string; quantity: number; referenceId?: string }): Promise<OpenAcquisition[]> {
    return this.body(this.sim.lga.addOpenAcquisition(customerId, licences));
  }

  admins(customerId: string): Promise<ConsoleAdmin[]> {
    return this.body(this.sim.sandbox.listAdmins(customerId));
  }

  addConsoleAdmin(customerId: string, person: { email: string; firstName: string; lastName: string }): Promise<ConsoleAdmin[]> {
    return this.body(this.sim.sandbox.addAdmin(customerId, person));
  }

  removeConsoleAdmin(customerId: string, email: string): Promise<ConsoleAdmin[]> {
    return this.body(this.sim.sandbox.removeAdmin(customerId, email));
  }

  acceptThreeYearCommit(customerId: string, options: { ownsQuantities?: boolean } = {}): Promise<Customer> {
    return this.body(this.sim.sandbox.answerThreeYearCommit(customerId, 'accept', options));
  }

  declineThreeYearCommit(customerId: string): Promise<Customer> {
    return this.body(this.sim.sandbox.answerThreeYearCommit(customerId, 'decline', undefined));
  }

  fulfilThreeYearCommit(customerId: string, options?: { orderedQuantities?: MinimumQuantity[] }): Promise<Customer> {
    return this.body(this.sim.sandbox.answerThreeYearCommit(customerId, 'fulfil', options));
  }

  emails(filter: { customerId?: string; to?: string } = {}): Promise<WelcomeEmail[]> {
    return this.body(this.sim.sandbox.listEmails(filter));
  }

  async clearEmails(): Promise<number> {
    return (await this.body<{ cleared: number }>(this.sim.sandbox.clearEmails())).cleared;
  }

  clock(): Promise<ClockView> {
    return this.sim.clock();
  }

  /** Moves the clock by an ISO-8601 duration (`P30D`, `PT1H`, `-P1D`). */
  advanceClock(duration: string): Promise<ClockView> {
    return this.sim.changeClock(this.sim.sandbox.valid('ClockChange', { advance: duration }));
  }

  setClock(now: string | Date, options: { frozen?: boolean } = {}): Promise<ClockView> {
    const at = typeof now === 'string' ? now : now.toISOString();
    return this.sim.changeClock(this.sim.sandbox.valid('ClockChange', { now: at, ...options }));
  }

  faults(): Promise<Fault[]> {
    return this.body(this.sim.sandbox.listFaults());
  }

  armFault(input: FaultInput): Promise<Fault> {
    return this.body(this.sim.sandbox.armFault(input));
  }

  async clearFaults(): Promise<number> {
    return (await this.body<{ cleared: number }>(this.sim.sandbox.clearFaults())).cleared;
  }

  /**
   * Requests of the simulated API, newest first. The journal keeps the last `journalSize`
   * (default 1,000) requests of this process; older ones are gone.
   */
  async journal(filter: JournalQuery = {}): Promise<JournalEntry[]> {
    // A response the client already has may still be on its way into the journal (its simulated time is read first).
    await new Promise((resolve) => setImmediate(resolve));
    return this.journalOf.find({ limit: this.journalOf.capacity, ...filter });
  }

  async clearJournal(): Promise<number> {
    return this.journalOf.clear();
  }

  /**
   * Checks that the journal holds the expected number of requests matching `match` (default: at
   * least one) and answers them, newest first; otherwise throws a RequestVerificationError listing
   * the near misses and why each missed.
   */
  async verify(match: RequestMatch, expected: VerifyCount = {}): Promise<JournalEntry[]> {
    const entries = await this.journal();
    const matched = entries.filter((entry) => missesOf(match, entry).length === 0);
    const problem = countProblem(matched.length, expected);
    if (problem) throw new RequestVerificationError(verificationReport(match, entries, matched.length, problem, this.journalOf.capacity), matched);
    return matched;
  }

  /** How many journal requests match. */
  async count(match: RequestMatch): Promise<number> {
    return (await this.journal()).filter((entry) => missesOf(match, entry).length === 0).length;
  }

  /** Sets up a Pact provider state, as POST /__sandbox/provider-states does. */
  providerState(state: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    return setupProviderState(this.sim, { state, params, action: 'setup' });
  }
}
