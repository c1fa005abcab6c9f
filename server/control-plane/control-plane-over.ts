// The ControlPlane's methods, written once over `invoke(operationId, input)`: the in-process
// control plane (in-process.ts) and connectSimulator(url) (http-client.ts) differ only in how they
// invoke an operation of contracts/sandbox.yaml.
import type { CallInput, ControlOperationId, ControlOperations, ResultOf } from '../api-types/operation-types.js';
import type { StateDocument } from '../domain/control/state.js';
import type { ControlPlane, StateCounts } from './control-plane.js';
import type { JournalEntry } from './journal-types.js';
import { matchCount, verifiedEntries } from './request-match.js';

export type { CallInput };
/** Calls one operation of contracts/sandbox.yaml; rejects with the AdobeError it answers. */
export type Invoke = <Id extends ControlOperationId>(operationId: Id, input?: CallInput<Id>) => Promise<unknown>;

/** The most entries one journal read answers (the `limit` maximum of GET /__sandbox/journal). */
const JOURNAL_PAGE = 10_000;

type Journal = ResultOf<ControlOperations['getJournal']> & { entries: JournalEntry[] };
const clearedCount = async (p: Promise<unknown>) => ((await p) as { cleared: number }).cleared;

export function controlPlaneOver(invoke: Invoke): ControlPlane {
  // Each answer is the operation's success body as the contract describes it; the interface names its domain type.
  const call = <T>(p: Promise<unknown>) => p as Promise<T>;
  const journalPage = (query: CallInput<'getJournal'>['query'] = {}) => call<Journal>(invoke('getJournal', { query: { limit: JOURNAL_PAGE, ...query } }));
  const customer = (customerId: string) => ({ 'customer-id': customerId });
  const group = (groupId: string) => ({ 'linked-membership-id': groupId });
  const answer = (customerId: string, answer: 'accept' | 'decline' | 'fulfil', body?: CallInput<'answerThreeYearCommit'>['body']) =>
    call<Awaited<ReturnType<ControlPlane['customer']>>>(invoke('answerThreeYearCommit', { path: { 'customer-id': customerId, answer }, body }));

  return {
    invoke: (operationId, input) => call(invoke(operationId, input)),
    reset: (opts = {}) => call<StateCounts>(invoke('resetState', { body: opts.empty === undefined ? undefined : { empty: opts.empty } })),
    state: () => call<StateDocument>(invoke('getState')),
    importState: (doc) => call<StateCounts>(invoke('putState', { body: doc as CallInput<'putState'>['body'] })),
    resellers: () => call(invoke('listResellers')),
    seedReseller: (resellerId, seed) => call(invoke('putReseller', { path: { 'reseller-id': resellerId }, body: seed })),
    updateReseller: (resellerId, patch) => call(invoke('patchReseller', { path: { 'reseller-id': resellerId }, body: patch })),
    distributors: () => call(invoke('listDistributors')),
    updateDistributor: (distributorId, patch) => call(invoke('patchDistributor', { path: { 'distributor-id': distributorId }, body: patch })),
    putApiClient: (distributorId, clientId, clientSecret) =>
      call(invoke('putApiClient', { path: { 'distributor-id': distributorId, 'client-id': clientId }, body: { clientSecret } })),
    customer: (customerId) => call(invoke('getSandboxCustomer', { path: customer(customerId) })),
    seedCustomer: (customerId, seed) => call(invoke('putSandboxCustomer', { path: customer(customerId), body: seed })),
    updateCustomer: (customerId, patch) => call(invoke('patchSandboxCustomer', { path: customer(customerId), body: patch })),
    admins: (customerId) => call(invoke('listAdmins', { path: customer(customerId) })),
    addConsoleAdmin: (customerId, person) => call(invoke('addAdmin', { path: customer(customerId), body: person })),
    removeConsoleAdmin: (customerId, email) => call(invoke('removeAdmin', { path: { 'customer-id': customerId, email } })),
    acceptThreeYearCommit: (customerId, opts) => answer(customerId, 'accept', opts),
    declineThreeYearCommit: (customerId) => answer(customerId, 'decline'),
    fulfilThreeYearCommit: (customerId, opts) => answer(customerId, 'fulfil', opts),
    linkedMembershipGroup: (groupId) => call(invoke('getLinkedMembershipGroup', { path: group(groupId) })),
    answerLinkedMembershipTerms: (groupId, status) => call(invoke('answerLinkedMembershipTerms', { path: group(groupId), body: { status } })),
    refreshLinkedMembershipLevel: (groupId) => call(invoke('refreshLinkedMembershipLevel', { path: group(groupId) })),
    issueLinkedMembershipCode: (groupId) => call(invoke('issueLinkedMembershipCode', { path: group(groupId) })),
    joinLinkedMembership: (customerId, authorizationCode) => call(invoke('joinLinkedMembership', { path: customer(customerId), body: { authorizationCode } })),
    addOpenAcquisition: (customerId, licences) => call(invoke('addOpenAcquisition', { path: customer(customerId), body: licences })),
    orders: (customerId) => call(invoke('listSandboxOrders', { path: customer(customerId) })),
    updateOrder: (customerId, orderId, edit) => call(invoke('patchSandboxOrder', { path: { 'customer-id': customerId, 'order-id': orderId }, body: edit })),
    failNextOrder: (customerId, status) => call(invoke('armOrderFailure', { path: customer(customerId), body: { status } })),
    subscriptions: (customerId) => call(invoke('listSandboxSubscriptions', { path: customer(customerId) })),
    seedSubscription: (customerId, seed) => call(invoke('seedSandboxSubscription', { path: customer(customerId), body: seed })),
    updateSubscription: (customerId, subscriptionId, edit) =>
      call(invoke('patchSandboxSubscription', { path: { 'customer-id': customerId, 'subscription-id': subscriptionId }, body: edit })),
    emails: (filter = {}) => call(invoke('listEmails', { query: filter })),
    clearEmails: () => clearedCount(invoke('clearEmails')),
    clock: () => call(invoke('getClock')),
    advanceClock: (duration) => call(invoke('changeClock', { body: { advance: duration } })),
    setClock: (now, opts = {}) => call(invoke('changeClock', { body: { now: typeof now === 'string' ? now : now.toISOString(), ...opts } })),
    freezeClock: (frozen) => call(invoke('changeClock', { body: { frozen } })),
    faults: () => call(invoke('listFaults')),
    armFault: (input) => call(invoke('armFault', { body: input })),
    deleteFault: (faultId) => clearedCount(invoke('deleteFault', { path: { 'fault-id': faultId } })),
    clearFaults: () => clearedCount(invoke('clearFaults')),
    journal: async (filter) => (await journalPage(filter)).entries,
    clearJournal: () => clearedCount(invoke('clearJournal')),
    async verify(match, expected = {}) {
      const { capacity, entries } = await journalPage();
      return verifiedEntries(entries, match, expected, capacity);
    },
    count: async (match) => matchCount((await journalPage()).entries, match),
    providerState: (state, params = {}) => call(invoke('setupProviderState', { body: { state, params, action: 'setup' } })),
  };
}
