// The whole simulator state as one JSON document: the format of fixture files, of
// GET/PUT /__sandbox/state, and what the store holds. Fixtures may leave out any field that has
// a default; exporting writes every field, so an export loads back exactly.
import { peopleOf } from '../customers/contacts.js';
import { derivedGroups } from '../commitments/linked-membership-groups.js';
import { clockNow, isoSeconds } from '../time.js';
import { nextResellerId, normalizeReseller } from '../partners/reseller.js';
import type { Catalogue } from '../catalogue/catalogue.js';
import { normalizeFlexDiscount, type FlexDiscount, type FlexDiscountSeed } from '../discounts/flex-discounts.js';
import { orderBooks, subscriptionBooks, type SeededOrder, type SeededSubscription } from '../orders/seeded-holdings.js';
import type { OrderBook, SubscriptionBook } from '../orders/order-types.js';
import type { ResellerChangeCode, ResellerTransfer } from '../partners/reseller-change.js';
import { FIRST_IDS } from '../id-sequences.js';
import { ACTIVE } from '../customers/account-status.js';
import { normalizeVipMembership, type VipMembership, type VipMembershipSeed } from '../migration/vip-membership.js';
import type {
  AccessToken, ClockState, Customer, Distributor, IdempotencyRecord, RequestIdRecord, Reseller,
  Sequences, WelcomeEmail, ApiClient, ConsoleAdmin, LinkedMembershipGroup,
} from '../types.js';

export interface DistributorDocument extends Partial<Distributor> {
  distributorId: string;
  name: string;
  clients: Array<{ clientId: string; clientSecret: string }>;
}

export interface StateDocument {
  /** The simulated time: `now` (it runs on from there, unless `frozen`). */
  clock?: { now?: string; frozen?: boolean };
  sequences?: Partial<Sequences>;
  distributors: DistributorDocument[];
  resellers: Array<Partial<Reseller> & Pick<Reseller, 'resellerId' | 'distributorId'>>;
  customers: Array<Partial<Customer> & Pick<Customer, 'customerId' | 'resellerId' | 'companyProfile'>>;
  emails?: WelcomeEmail[];
  tokens?: AccessToken[];
  idempotency?: IdempotencyRecord[];
  requestIds?: RequestIdRecord[];
  /** Groups left out are derived from the customers' linkedMembership (owner and members). */
  linkedMembershipGroups?: LinkedMembershipGroup[];
  /** The offer catalogue; left out, the default one (fixtures/catalogue.json). */
  catalogue?: Catalogue;
  /** The flexible discounts; left out, the default ones (fixtures/flex-discounts.json). */
  flexDiscounts?: FlexDiscountSeed[];
  orders?: SeededOrder[];
  subscriptions?: SeededSubscription[];
  /** VIP memberships that can migrate (fields left out take the control plane's seed defaults). */
  vipMemberships?: Array<VipMembershipSeed & { membershipId: string }>;
  resellerChangeCodes?: ResellerChangeCode[];
  transfers?: ResellerTransfer[];
}

export interface NormalizedState {
  clock: ClockState;
  sequences: Sequences;
  distributors: Distributor[];
  clients: ApiClient[];
  resellers: Reseller[];
  customers: Customer[];
  emails: WelcomeEmail[];
  tokens: AccessToken[];
  idempotency: IdempotencyRecord[];
  requestIds: RequestIdRecord[];
  linkedMembershipGroups: LinkedMembershipGroup[];
  /** Null when the document has none: the loader supplies the default catalogue. */
  catalogue: Catalogue | null;
  /** Null when the document has none: the loader supplies the default discounts. */
  flexDiscounts: FlexDiscount[] | null;
  orders: OrderBook[];
  subscriptions: SubscriptionBook[];
  vipMemberships: VipMembership[];
  resellerChangeCodes: ResellerChangeCode[];
  transfers: ResellerTransfer[];
}

export const EMPTY_STATE: StateDocument = { distributors: [], resellers: [], customers: [] };

export function normalizeCustomer(c: StateDocument['customers'][number], now: Date): Customer {
  const profile = c.companyProfile;
  const contacts = profile.contacts ?? [];
  const admins: ConsoleAdmin[] = c.admins ?? contacts.map((contact) => ({
    email: contact.email, firstName: contact.firstName, lastName: contact.lastName,
    role: 'SYSTEM_ADMIN', source: 'API', addedAt: now.toISOString(),
  }));
  return {
    customerId: c.customerId,
    resellerId: c.resellerId,
    externalReferenceId: c.externalReferenceId ?? '',
    status: c.status ?? ACTIVE,
    activatesAt: c.activatesAt ?? null,
    globalSalesEnabled: c.globalSalesEnabled ?? false,
    globalSalesEligible: c.globalSalesEligible ?? true,
    companyProfile: {
      ...profile,
      marketSegment: profile.marketSegment ?? 'COM',
      marketSubSegments: profile.marketSubSegments ?? [],
      contacts,
    },
    discounts: c.discounts ?? [{ offerType: 'LICENSE', level: '01' }, { offerType: 'CONSUMABLES', level: 'T1' }],
    tags: c.tags ?? [],
    cotermDate: c.cotermDate ?? '',
    creationDate: c.creationDate ?? isoSeconds(now),
    activeSubscriptions: c.activeSubscriptions ?? 0,
    threeYearCommit: c.threeYearCommit ?? null,
    linkedMembership: c.linkedMembership ?? null,
    admins,
    lga: c.lga ?? null,
    subscriptions: { renewalQuantity: 0, teamOrConsumablesAutoRenewal: false, ...c.subscriptions },
    openAcquisitions: c.openAcquisitions ?? [],
    ...(c.deployments ? { deployments: c.deployments } : {}),
  };
}

/** The next id after the highest numeric one (a loop: a spread of 100,000s of ids overflows the stack). */
function nextAfter(ids: string[], floor: number): number {
  let next = floor;
  for (const id of ids) {
    const n = Number(id);
    if (Number.isSafeInteger(n) && n + 1 > next) next = n + 1;
  }
  return next;
}

/** The clock a document starts: at its `clock.now` (or real time), frozen or running. */
export function clockOf(doc: StateDocument, realNowMs: number): ClockState {
  const nowMs = doc.clock?.now ? Date.parse(doc.clock.now) : realNowMs;
  return doc.clock?.frozen
    ? { offsetMs: 0, frozenAt: new Date(nowMs).toISOString() }
    : { offsetMs: nowMs - realNowMs, frozenAt: null };
}

/** The next deployment id, where the document has deployments or names it (left out otherwise, as in states saved before deployments). */
function deploymentSequence(doc: StateDocument): Pick<Sequences, 'deployment'> {
  const ids = doc.customers.flatMap((c) => (c.deployments ?? []).map((d) => d.deploymentId));
  if (doc.sequences?.deployment) return { deployment: doc.sequences.deployment };
  return ids.length ? { deployment: nextAfter(ids, FIRST_IDS.deployment) } : {};
}

export function normalizeState(doc: StateDocument, realNowMs: number): NormalizedState {
  const clock = clockOf(doc, realNowMs);
  const now = clockNow(clock, realNowMs);
  // One person per email across customers: the first name in the document is the one that persists.
  const { customers } = peopleOf(doc.customers.map((c) => normalizeCustomer(c, now)));
  const emails = doc.emails ?? [];
  return {
    clock,
    sequences: {
      customer: doc.sequences?.customer ?? nextAfter(customers.map((c) => c.customerId), FIRST_IDS.customer),
      linkedMembership: doc.sequences?.linkedMembership
        ?? nextAfter(customers.map((c) => c.linkedMembership?.id ?? ''), FIRST_IDS.linkedMembership),
      email: doc.sequences?.email ?? nextAfter(emails.map((e) => e.emailId), FIRST_IDS.email),
      order: doc.sequences?.order ?? nextAfter((doc.orders ?? []).map((o) => o.orderId), FIRST_IDS.order),
      ...deploymentSequence(doc),
      transfer: doc.sequences?.transfer ?? nextAfter((doc.transfers ?? []).map((t) => t.transferId), FIRST_IDS.transfer),
      reseller: Math.max(doc.sequences?.reseller ?? 0, nextResellerId(doc.resellers.map((r) => r.resellerId))),
    },
    distributors: doc.distributors.map((d) => normalizeDistributor(d)),
    clients: doc.distributors.flatMap((d) => d.clients.map((c) => ({ ...c, distributorId: d.distributorId }))),
    resellers: doc.resellers.map(normalizeReseller),
    customers,
    emails,
    tokens: doc.tokens ?? [],
    idempotency: doc.idempotency ?? [],
    requestIds: doc.requestIds ?? [],
    linkedMembershipGroups: [...(doc.linkedMembershipGroups ?? []), ...derivedGroups(customers, doc.linkedMembershipGroups ?? [], resellerDistributors(doc))],
    catalogue: doc.catalogue ?? null,
    flexDiscounts: doc.flexDiscounts?.map(normalizeFlexDiscount) ?? null,
    orders: orderBooks(doc.orders ?? []),
    subscriptions: subscriptionBooks(doc.subscriptions ?? [], customers, now),
    vipMemberships: (doc.vipMemberships ?? []).map((m) => normalizeVipMembership(m.membershipId, m, now)),
    resellerChangeCodes: doc.resellerChangeCodes ?? [],
    transfers: doc.transfers ?? [],
  };
}

export const normalizeDistributor = (d: Partial<Distributor> & Pick<Distributor, 'distributorId' | 'name'>): Distributor => ({
  distributorId: d.distributorId, name: d.name, lgaEnabled: d.lgaEnabled ?? false, country: d.country ?? 'US', globalSalesEnabled: d.globalSalesEnabled ?? false,
});

const resellerDistributors = (doc: StateDocument) => new Map(doc.resellers.map((r) => [r.resellerId, r.distributorId]));

export function stateDocument(state: NormalizedState, realNowMs: number): StateDocument {
  return {
    clock: { now: clockNow(state.clock, realNowMs).toISOString(), frozen: state.clock.frozenAt !== null },
    sequences: state.sequences,
    distributors: state.distributors.map((d) => ({
      ...d,
      clients: state.clients.filter((c) => c.distributorId === d.distributorId).map(({ clientId, clientSecret }) => ({ clientId, clientSecret })),
    })),
    resellers: state.resellers,
    customers: state.customers,
    emails: state.emails,
    tokens: state.tokens,
    idempotency: state.idempotency,
    requestIds: state.requestIds,
    linkedMembershipGroups: state.linkedMembershipGroups,
    ...(state.catalogue ? { catalogue: state.catalogue } : {}),
    ...(state.flexDiscounts ? { flexDiscounts: state.flexDiscounts } : {}),
    orders: state.orders.flatMap((b) => b.orders),
    subscriptions: state.subscriptions.flatMap((b) => b.subscriptions),
    vipMemberships: state.vipMemberships,
    resellerChangeCodes: state.resellerChangeCodes,
    transfers: state.transfers,
  };
}
