// The one storage interface the simulator uses. Every API call runs inside one transaction:
// what it changes commits together, or not at all. Implementations: memory-store (default),
// sqlite-store (--data FILE) and postgres-store (--database-url); open-store.ts chooses.
import type { Person } from '../domain/customers/contacts.js';
import { FIRST_IDS, type SequenceName } from '../domain/id-sequences.js';
import type { Fault } from '../domain/control/faults.js';
import type { Catalogue } from '../domain/catalogue/catalogue.js';
import type { FlexDiscount } from '../domain/discounts/flex-discounts.js';
import type { OrderBook, SubscriptionBook } from '../domain/orders/order-types.js';
import type { VipMembership } from '../domain/migration/vip-membership.js';
import type { ResellerChangeCode, ResellerTransfer } from '../domain/partners/reseller-change.js';
import type {
  AccessToken, ApiClient, ClockState, Customer, Distributor, IdempotencyRecord, RequestIdRecord,
  LinkedMembershipGroup, Reseller, Sequences, WelcomeEmail,
} from '../domain/types.js';

export interface Collections {
  distributors: Distributor;
  clients: ApiClient;
  resellers: Reseller;
  customers: Customer;
  tokens: AccessToken;
  idempotency: IdempotencyRecord;
  requestIds: RequestIdRecord;
  emails: WelcomeEmail;
  clock: ClockState;
  sequences: Sequences;
  faults: Fault;
  /** Customers by account key (domain/customers/customer-create.ts accountKey): the duplicate-account index. */
  accounts: { key: string; customerIds: string[] };
  /** People by lower-cased email (domain/customers/contacts.ts Person): the first names seen, across customers. */
  people: Person;
  linkedMembershipGroups: LinkedMembershipGroup;
  /** A customer's orders, by customer id (domain/orders/order-types.ts). */
  orders: OrderBook;
  /** A customer's subscriptions, by customer id. */
  subscriptions: SubscriptionBook;
  /** The offer catalogue (one record). */
  catalogue: Catalogue;
  /** VIP memberships that can migrate to VIP Marketplace, each with its transfer once made (domain/migration/vip-membership.ts). */
  vipMemberships: VipMembership;
  /** Flexible discounts, by code (domain/discounts/flex-discounts.ts). */
  flexDiscounts: FlexDiscount;
  /** Reseller-change approval codes, by code (domain/partners/reseller-change.ts). */
  resellerChangeCodes: ResellerChangeCode;
  /** Committed reseller changes, by transfer id. */
  transfers: ResellerTransfer;
}

export type Kind = keyof Collections;
export const KINDS: Kind[] = ['distributors', 'clients', 'resellers', 'customers', 'tokens', 'idempotency', 'requestIds', 'emails', 'clock', 'sequences', 'faults', 'accounts', 'people', 'linkedMembershipGroups', 'orders', 'subscriptions', 'catalogue', 'vipMemberships', 'flexDiscounts', 'resellerChangeCodes', 'transfers'];
/** The key of the single record of the singleton collections (clock, sequences, catalogue). */
export const SINGLETON = 'current';

/** One record's address, for getMany. */
export type RecordRef = readonly [kind: Kind, key: string];

export interface Tx {
  get<K extends Kind>(kind: K, key: string): Promise<Collections[K] | undefined>;
  /**
   * Several records at once, in the order asked (undefined where absent): one round trip on
   * PostgreSQL, where each get is one. Optional: `getMany(tx, refs)` below works on any Tx.
   */
  getMany?(refs: readonly RecordRef[]): Promise<unknown[]>;
  put<K extends Kind>(kind: K, key: string, value: Collections[K]): Promise<void>;
  delete(kind: Kind, key: string): Promise<void>;
  /** Every record of the kind, in the order they were first stored (an update keeps its place). */
  list<K extends Kind>(kind: K): Promise<Collections[K][]>;
  /**
   * The records of the kind whose indexed field has the value, in list's order: from an index
   * where the store keeps one (memory). Optional: `listBy(tx, …)` below works on any Tx.
   */
  listBy?<K extends IndexedKind>(kind: K, field: IndexedFields[K], value: string): Promise<Collections[K][]>;
  /**
   * The first of `count` consecutive ids of the sequence, given to no other transaction, from
   * where the store keeps sequences outside the records (PostgreSQL: ids taken by a transaction
   * that rolls back or reruns are skipped, not reused). Optional: `takeIds(tx, …)` below works
   * on any Tx.
   */
  takeIds?(name: SequenceName, count: number): Promise<number>;
  /**
   * How many records the kind holds: without reading them where the store can (memory, whose
   * large kinds would be decoded by list). Optional: `count(tx, kind)` below works on any Tx.
   */
  count?(kind: Kind): Promise<number>;
}

/** The fields lists select by (a reseller's customers, a distributor's resellers, a country's linked-membership groups): what listBy answers from an index. */
export interface IndexedFields {
  customers: 'resellerId';
  resellers: 'distributorId';
  linkedMembershipGroups: 'country';
}
export type IndexedKind = keyof IndexedFields;
export const INDEXED_FIELDS: { [K in IndexedKind]: IndexedFields[K] } = { customers: 'resellerId', resellers: 'distributorId', linkedMembershipGroups: 'country' };

/** The records whose field has the value: from the store's index where it keeps one, a scan of list otherwise. */
export function listBy<K extends IndexedKind>(tx: Tx, kind: K, field: IndexedFields[K], value: string): Promise<Collections[K][]> {
  if (tx.listBy) return tx.listBy(kind, field, value);
  return tx.list(kind).then((all) => all.filter((r) => (r as unknown as Record<string, unknown>)[field] === value));
}

/** How many records the kind holds: from the store where it knows, the length of list otherwise. */
export function count(tx: Tx, kind: Kind): Promise<number> {
  return tx.count ? tx.count(kind) : tx.list(kind).then((all) => all.length);
}

/** Reads the records in one batch where the Tx can (PostgreSQL), one by one otherwise. */
export function getMany(tx: Tx, refs: readonly RecordRef[]): Promise<unknown[]> {
  return tx.getMany ? tx.getMany(refs) : Promise.all(refs.map(([kind, key]) => tx.get(kind, key)));
}

/**
 * The first of `count` consecutive ids of the sequence: from the store's own sequences where it
 * has them, else from the `sequences` record (read and written in the transaction, so two
 * transactions taking ids conflict: fine where transactions run one at a time).
 */
export async function takeIds(tx: Tx, name: SequenceName, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`takeIds: ${count} ids of ${name}`);
  if (tx.takeIds) return tx.takeIds(name, count);
  const sequences = (await tx.get('sequences', SINGLETON))!;
  const first = sequences[name] ?? FIRST_IDS[name];
  await tx.put('sequences', SINGLETON, { ...sequences, [name]: first + count });
  return first;
}

/** The next id of the sequence that is not `taken` yet (a state may be imported with ids of its own). */
export async function takeFreeId(tx: Tx, name: SequenceName, taken: (id: string) => Promise<boolean> | boolean): Promise<string> {
  for (;;) {
    const id = String(await takeIds(tx, name, 1));
    if (!(await taken(id))) return id;
  }
}

export interface TransactionOptions {
  /**
   * Transactions naming the same lock run one after another across every process sharing the
   * store (PostgreSQL: an advisory lock taken before the transaction's snapshot), instead of
   * conflicting and being rerun. Stores that run one transaction at a time ignore it.
   */
  lock?: string;
  /**
   * What kind of work this is (e.g. method and path): a store with round trips (PostgreSQL)
   * fetches the records the last work of the same shape read, with this one's first query.
   */
  shape?: string;
  /**
   * The work writes only records no other transaction reads and then writes on (a read call's
   * own replay record): snapshot isolation is enough (PostgreSQL: REPEATABLE READ, where two
   * writes of one record still conflict), which spares it SERIALIZABLE's false conflicts.
   */
  snapshot?: boolean;
  /**
   * Records whose state the `lock` settles: only transactions holding the same lock write them,
   * and two inserts of one fail on its key. A store that tracks what a serializable transaction
   * reads (PostgreSQL, by index page) reads these just before the transaction's snapshot, under
   * the lock but outside that tracking, so transactions on other locks that insert records
   * beside them are not taken for conflicts (a call's own replay record, say).
   */
  settled?: readonly RecordRef[];
}

/** A journal entry as the fleet's journal stores it: the columns it is searched by, and the entry as JSON. */
export interface FleetJournalRow {
  /**
   * Real time it was recorded at, in µs (fleet-journal.ts#realMicros): the journal's order, and a
   * clear hides the rows recorded before it, however late they arrive.
   */
  recordedAt: number;
  method: string;
  status: number;
  customerId?: string;
  correlationId?: string;
  entry: string;
}

export interface FleetJournalSearch {
  method?: string;
  status?: number;
  customerId?: string;
  correlationId?: string;
}

/**
 * What the instances of a fleet share besides the records (PostgreSQL): the request journal and
 * small values of the control plane (the current provider state). Outside the records, so reset
 * and state imports leave them as they leave an instance's own.
 */
export interface FleetShared {
  /** Appends the rows, then deletes all but the `capacity` recorded last. */
  appendJournal(rows: FleetJournalRow[], capacity: number): Promise<void>;
  /** The rows matching, recorded last first, at most `limit`: each with the id the store gave it. */
  readJournal(search: FleetJournalSearch, limit: number): Promise<Array<{ id: number; entry: string }>>;
  countJournal(): Promise<number>;
  /** Deletes every row, and hides those still on their way; answers how many were deleted. */
  clearJournal(nowMicros: number): Promise<number>;
  value(key: string): Promise<string | undefined>;
  setValue(key: string, value: string): Promise<void>;
}

/** What a store's `snapshot` keeps: only the store that made it reads it. */
export interface StoreSnapshot {
  readonly madeBy: Store;
}

/** Every record of every collection, by key: what reset, import and export move as a whole. */
export type StoreContents = { [K in Kind]: Record<string, Collections[K]> };

export interface Store {
  /** What it is, for the health check and start-up lines: memory, sqlite, postgres. */
  readonly name?: string;
  /** Other processes write it too (PostgreSQL): nothing read from it may be cached in-process. */
  readonly shared?: boolean;
  /** One line for start-up output, without secrets (e.g. the SQLite file). */
  readonly description?: string;
  /** Runs `work` as one serializable transaction; a throw rolls back everything it wrote. */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Replaces everything the store holds, atomically. */
  replaceAll(contents: StoreContents): Promise<void>;
  dump(): Promise<StoreContents>;
  /**
   * The records held now, kept to go back to with `restore` (memory: shared with the store's own,
   * which stay encoded, so reset costs neither a copy of every record nor the time to make one).
   * Stores without it are given the contents again.
   */
  snapshot?(): Promise<StoreSnapshot>;
  /** Replaces everything the store holds with the snapshot's records, the kinds in `replacing` with those. */
  restore?(snapshot: StoreSnapshot, replacing: Partial<StoreContents>): Promise<void>;
  /**
   * Deletes up to one small batch of the kind's records that expired before `now` and answers
   * how many; stores that bound their collections otherwise (memory) need not have it.
   */
  purgeExpired?(kind: Kind, now: Date): Promise<number>;
  /** A shared store's journal and control-plane values (PostgreSQL); absent, each process keeps its own. */
  readonly fleet?: FleetShared;
  close(): Promise<void>;
}

export const emptyContents = (): StoreContents =>
  Object.fromEntries(KINDS.map((k) => [k, {}])) as StoreContents;

/** The key each record is stored under. */
export function recordKey<K extends Kind>(kind: K, value: Collections[K]): string {
  const v = value as unknown as Record<string, string>;
  switch (kind) {
    case 'customers': return v.customerId;
    case 'resellers': return v.resellerId;
    case 'emails': return v.emailId;
    case 'clients': return v.clientId;
    case 'distributors': return v.distributorId;
    case 'tokens': return v.accessToken;
    case 'faults': case 'linkedMembershipGroups': return v.id;
    case 'orders': case 'subscriptions': return v.customerId;
    case 'vipMemberships': return v.membershipId;
    case 'flexDiscounts': return v.code;
    case 'resellerChangeCodes': return v.code;
    case 'transfers': return v.transferId;
    case 'clock': case 'sequences': case 'catalogue': return SINGLETON;
    default: return v.key;
  }
}
