// connectSimulator(url): the control plane of a running simulator over HTTP, as a ControlPlane.
// It uses only fetch, so it runs in Node 20+ and in browsers (the web console uses it).
import { AdobeError } from '../domain/errors.js';
import type { StateDocument } from '../domain/state.js';
import type { ControlPlane, JournalQuery, StateCounts } from './control-plane.js';
import type { JournalEntry } from './journal-types.js';
import { matchCount, verifiedEntries } from './request-match.js';

export type { ControlPlane } from './control-plane.js';

/** The most entries GET /__sandbox/journal answers at once (its `limit` maximum). */
const JOURNAL_PAGE = 10_000;

export interface ConnectOptions {
  /** The simulator's --admin-token, when it has one. */
  adminToken?: string;
  /** A fetch of one's own (default: the global fetch). */
  fetch?: typeof fetch;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Query = Record<string, string | number | undefined>;

/** An answer that is not Adobe's error shape still becomes an AdobeError, keeping its status. */
function toError(status: number, body: unknown, text: string): AdobeError {
  const b = body as { code?: unknown; message?: unknown; additionalDetails?: unknown } | undefined;
  if (b && typeof b.code === 'string' && typeof b.message === 'string') {
    return new AdobeError(status, b.code, b.message, Array.isArray(b.additionalDetails) ? b.additionalDetails.map(String) : []);
  }
  return new AdobeError(status, String(status), text.slice(0, 500) || `HTTP ${status}`);
}

export function connectSimulator(url: string, options: ConnectOptions = {}): ControlPlane {
  const base = `${url.replace(/\/+$/, '')}/__sandbox`;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function call<T>(method: Method, path: string, body?: unknown, query: Query = {}): Promise<T> {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') params.set(k, String(v));
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.adminToken) headers.authorization = `Bearer ${options.adminToken}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await doFetch(`${base}${path}${params.size ? `?${params}` : ''}`, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!res.ok) throw toError(res.status, parsed, text);
    return parsed as T;
  }
  const id = encodeURIComponent;
  const cleared = async (p: Promise<{ cleared: number }>) => (await p).cleared;
  const journalPage = (filter: JournalQuery = {}) =>
    call<{ capacity: number; entries: JournalEntry[] }>('GET', '/journal', undefined, { limit: JOURNAL_PAGE, ...filter });

  return {
    reset: (opts = {}) => call<StateCounts>('POST', '/reset', opts.empty === undefined ? undefined : { empty: opts.empty }),
    state: () => call<StateDocument>('GET', '/state'),
    importState: (doc) => call<StateCounts>('PUT', '/state', doc),
    resellers: () => call('GET', '/resellers'),
    seedReseller: (resellerId, seed) => call('PUT', `/resellers/${id(resellerId)}`, seed),
    updateReseller: (resellerId, patch) => call('PATCH', `/resellers/${id(resellerId)}`, patch),
    distributors: () => call('GET', '/distributors'),
    updateDistributor: (distributorId, patch) => call('PATCH', `/distributors/${id(distributorId)}`, patch),
    customer: (customerId) => call('GET', `/customers/${id(customerId)}`),
    seedCustomer: (customerId, seed) => call('PUT', `/customers/${id(customerId)}`, seed),
    updateCustomer: (customerId, patch) => call('PATCH', `/customers/${id(customerId)}`, patch),
    admins: (customerId) => call('GET', `/customers/${id(customerId)}/admins`),
    addConsoleAdmin: (customerId, person) => call('POST', `/customers/${id(customerId)}/admins`, person),
    removeConsoleAdmin: (customerId, email) => call('DELETE', `/customers/${id(customerId)}/admins/${id(email)}`),
    acceptThreeYearCommit: (customerId, opts) => call('POST', `/customers/${id(customerId)}/3yc/accept`, opts),
    declineThreeYearCommit: (customerId) => call('POST', `/customers/${id(customerId)}/3yc/decline`),
    fulfilThreeYearCommit: (customerId, opts) => call('POST', `/customers/${id(customerId)}/3yc/fulfil`, opts),
    linkedMembershipGroup: (groupId) => call('GET', `/linked-memberships/${id(groupId)}`),
    answerLinkedMembershipTerms: (groupId, status) => call('POST', `/linked-memberships/${id(groupId)}/terms`, { status }),
    refreshLinkedMembershipLevel: (groupId) => call('POST', `/linked-memberships/${id(groupId)}/refresh`),
    issueLinkedMembershipCode: (groupId) => call('POST', `/linked-memberships/${id(groupId)}/authorization-codes`),
    joinLinkedMembership: (customerId, authorizationCode) => call('POST', `/customers/${id(customerId)}/linked-membership/join`, { authorizationCode }),
    addOpenAcquisition: (customerId, licences) => call('POST', `/customers/${id(customerId)}/open-acquisitions`, licences),
    orders: (customerId) => call('GET', `/customers/${id(customerId)}/orders`),
    updateOrder: (customerId, orderId, edit) => call('PATCH', `/customers/${id(customerId)}/orders/${id(orderId)}`, edit),
    failNextOrder: (customerId, status) => call('POST', `/customers/${id(customerId)}/order-failure`, { status }),
    subscriptions: (customerId) => call('GET', `/customers/${id(customerId)}/subscriptions`),
    seedSubscription: (customerId, seed) => call('POST', `/customers/${id(customerId)}/subscriptions`, seed),
    updateSubscription: (customerId, subscriptionId, edit) => call('PATCH', `/customers/${id(customerId)}/subscriptions/${id(subscriptionId)}`, edit),
    emails: (filter = {}) => call('GET', '/emails', undefined, { ...filter }),
    clearEmails: () => cleared(call('DELETE', '/emails')),
    clock: () => call('GET', '/clock'),
    advanceClock: (duration) => call('POST', '/clock', { advance: duration }),
    setClock: (now, opts = {}) => call('POST', '/clock', { now: typeof now === 'string' ? now : now.toISOString(), ...opts }),
    freezeClock: (frozen) => call('POST', '/clock', { frozen }),
    faults: () => call('GET', '/faults'),
    armFault: (input) => call('POST', '/faults', input),
    deleteFault: (faultId) => cleared(call('DELETE', `/faults/${id(faultId)}`)),
    clearFaults: () => cleared(call('DELETE', '/faults')),
    journal: async (filter) => (await journalPage(filter)).entries,
    clearJournal: () => cleared(call('DELETE', '/journal')),
    async verify(match, expected = {}) {
      const { capacity, entries } = await journalPage();
      return verifiedEntries(entries, match, expected, capacity);
    },
    count: async (match) => matchCount((await journalPage()).entries, match),
    providerState: (state, params = {}) => call('POST', '/provider-states', { state, params, action: 'setup' }),
  };
}
