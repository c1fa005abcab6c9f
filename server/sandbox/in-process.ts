// The control plane of a simulator in this process, as a ControlPlane: what startSimulator()
// returns as `sandbox`, and what the HTTP routes of /__sandbox call. Input is checked against the
// operation's schema in contracts/sandbox.yaml, as over HTTP (the routes, which have checked it
// already, use an instance that skips the check).
import type { Fault, FaultInput } from '../domain/faults.js';
import type { OrderEdit, SubscriptionEdit, SubscriptionSeed } from '../domain/orders/order-control.js';
import type { StateDocument } from '../domain/state.js';
import type { Reseller } from '../domain/types.js';
import { validBody } from '../contract/valid-input.js';
import type { Simulator } from '../service/simulator.js';
import type {
  AdminInput, ControlPlane, CustomerPatch, CustomerSeed, DistributorPatch, EmailFilter, JournalQuery, OpenAcquisitionInput,
  ResellerSeed, StateCounts, ThreeYearCommitAnswer,
} from './control-plane.js';
import type { ClockChange } from './clock.js';
import type { JournalEntry } from './journal-types.js';
import { setupProviderState } from './provider-states.js';
import { matchCount, verifiedEntries, type RequestMatch, type VerifyCount } from './request-match.js';

export class InProcessControlPlane implements ControlPlane {
  constructor(
    private readonly sim: Simulator,
    /** Input has been checked against the contract already (the HTTP routes). */
    private readonly inputChecked = false,
  ) {}

  private valid<T>(operationId: string, input: T): T {
    return this.inputChecked ? input : validBody<T>(this.sim.contract, operationId, input) as T;
  }

  private get ops() {
    return this.sim.operations;
  }

  async reset(options: { empty?: boolean } = {}): Promise<StateCounts> {
    const { empty = false } = this.valid('resetState', options) ?? {};
    await this.sim.reset(empty);
    await this.sim.journal.clearAll();
    return this.sim.counts();
  }

  state(): Promise<StateDocument> {
    return this.sim.export();
  }

  async importState(doc: StateDocument): Promise<StateCounts> {
    await this.sim.load(this.valid('putState', doc));
    return this.sim.counts();
  }

  resellers(): Promise<Reseller[]> {
    return this.ops.resellers();
  }

  seedReseller(resellerId: string, seed: ResellerSeed) {
    return this.ops.seedReseller(resellerId, this.valid('putReseller', seed));
  }

  updateReseller(resellerId: string, patch: Partial<Reseller>) {
    return this.ops.updateReseller(resellerId, this.valid('patchReseller', patch));
  }

  distributors() {
    return this.sim.lga.distributors();
  }

  updateDistributor(distributorId: string, patch: DistributorPatch) {
    return this.sim.lga.updateDistributor(distributorId, this.valid('patchDistributor', patch));
  }

  customer(customerId: string) {
    return this.ops.customer(customerId);
  }

  seedCustomer(customerId: string, seed: CustomerSeed) {
    return this.ops.seedCustomer(customerId, this.valid('putSandboxCustomer', seed));
  }

  updateCustomer(customerId: string, patch: CustomerPatch) {
    return this.ops.updateCustomer(customerId, this.valid('patchSandboxCustomer', patch));
  }

  admins(customerId: string) {
    return this.ops.admins(customerId);
  }

  addConsoleAdmin(customerId: string, person: AdminInput) {
    return this.ops.addConsoleAdmin(customerId, this.valid('addAdmin', person));
  }

  removeConsoleAdmin(customerId: string, email: string) {
    return this.ops.removeConsoleAdmin(customerId, email);
  }

  /** The customer's answer (accept, decline or fulfil) to its 3YC request, as over HTTP. */
  answerThreeYearCommit(customerId: string, answer: string, options?: ThreeYearCommitAnswer) {
    return this.ops.answerThreeYearCommit(customerId, answer, this.valid('answerThreeYearCommit', options));
  }

  acceptThreeYearCommit(customerId: string, options: { ownsQuantities?: boolean } = {}) {
    return this.answerThreeYearCommit(customerId, 'accept', options);
  }

  declineThreeYearCommit(customerId: string) {
    return this.answerThreeYearCommit(customerId, 'decline');
  }

  fulfilThreeYearCommit(customerId: string, options: ThreeYearCommitAnswer = {}) {
    return this.answerThreeYearCommit(customerId, 'fulfil', options);
  }

  linkedMembershipGroup(groupId: string) {
    return this.sim.lga.linkedMembershipGroup(groupId);
  }

  answerLinkedMembershipTerms(groupId: string, status: 'ACCEPTED' | 'REJECTED') {
    return this.sim.lga.answerLinkedMembershipTerms(groupId, this.valid('answerLinkedMembershipTerms', { status }).status);
  }

  refreshLinkedMembershipLevel(groupId: string) {
    return this.sim.lga.refreshLinkedMembershipLevel(groupId);
  }

  issueLinkedMembershipCode(groupId: string) {
    return this.sim.lga.issueLinkedMembershipCode(groupId);
  }

  joinLinkedMembership(customerId: string, authorizationCode: string) {
    return this.sim.lga.joinLinkedMembership(customerId, this.valid('joinLinkedMembership', { authorizationCode }).authorizationCode);
  }

  addOpenAcquisition(customerId: string, licences: OpenAcquisitionInput) {
    return this.sim.lga.addOpenAcquisition(customerId, this.valid('addOpenAcquisition', licences));
  }

  orders(customerId: string) {
    return this.sim.orders.orders(customerId);
  }

  updateOrder(customerId: string, orderId: string, edit: OrderEdit) {
    return this.sim.orders.updateOrder(customerId, orderId, this.valid('patchSandboxOrder', edit));
  }

  failNextOrder(customerId: string, status: string) {
    return this.sim.orders.failNextOrder(customerId, this.valid('armOrderFailure', { status }).status);
  }

  subscriptions(customerId: string) {
    return this.sim.orders.subscriptions(customerId);
  }

  seedSubscription(customerId: string, seed: SubscriptionSeed) {
    return this.sim.orders.seedSubscription(customerId, this.valid('seedSandboxSubscription', seed));
  }

  updateSubscription(customerId: string, subscriptionId: string, edit: SubscriptionEdit) {
    return this.sim.orders.updateSubscription(customerId, subscriptionId, this.valid('patchSandboxSubscription', edit));
  }

  emails(filter: EmailFilter = {}) {
    return this.ops.emails(filter);
  }

  clearEmails() {
    return this.ops.clearEmails();
  }

  clock() {
    return this.sim.clock();
  }

  /** Moves, sets or freezes the clock (ClockChange of contracts/sandbox.yaml). */
  changeClock(change: ClockChange) {
    return this.sim.changeClock(this.valid('changeClock', change));
  }

  advanceClock(duration: string) {
    return this.changeClock({ advance: duration });
  }

  setClock(now: string | Date, options: { frozen?: boolean } = {}) {
    return this.changeClock({ now: typeof now === 'string' ? now : now.toISOString(), ...options });
  }

  freezeClock(frozen: boolean) {
    return this.changeClock({ frozen });
  }

  faults(): Promise<Fault[]> {
    return this.ops.faults();
  }

  armFault(input: FaultInput): Promise<Fault> {
    return this.ops.armFault(this.valid('armFault', input));
  }

  deleteFault(faultId: string) {
    return this.ops.deleteFault(faultId);
  }

  clearFaults() {
    return this.ops.clearFaults();
  }

  /**
   * Requests of the simulated API, newest first. The journal keeps the last `journalSize`
   * (default 1,000) requests of this process — on a shared store (PostgreSQL) of the whole
   * fleet; older ones are gone.
   */
  async journal(filter: JournalQuery = {}): Promise<JournalEntry[]> {
    // A response the client already has may still be on its way into the journal (its simulated time is read first).
    await new Promise((resolve) => setImmediate(resolve));
    return this.sim.journal.search({ limit: this.sim.journal.capacity, ...filter });
  }

  async clearJournal(): Promise<number> {
    return this.sim.journal.clearAll();
  }

  async verify(match: RequestMatch, expected: VerifyCount = {}): Promise<JournalEntry[]> {
    return verifiedEntries(await this.journal(), match, expected, this.sim.journal.capacity);
  }

  async count(match: RequestMatch): Promise<number> {
    return matchCount(await this.journal(), match);
  }

  providerState(state: string, params: Record<string, unknown> = {}) {
    return setupProviderState(this.sim, this.valid('setupProviderState', { state, params, action: 'setup' }));
  }
}
