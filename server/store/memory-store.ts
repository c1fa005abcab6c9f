// The in-memory store: the default, and what the tests use. Transactions run one at a time
// (so they are serializable), write into an overlay, and apply it only when the work succeeds.
// Records are immutable values (the domain returns new ones), so nothing is copied on the way in;
// the large kinds (COMPACT_KINDS) are kept encoded (record-codec.ts) and decoded on each read.
// The collections that grow with traffic (replay records, used request ids, sent emails, access
// tokens) keep their newest `maxRecords` entries and at most `maxRecordBytes` bytes each
// (replay records hold whole answers), so neither a load test nor a hostile client can exhaust
// memory.
import { FieldIndex } from './memory-index.js';
import { RecordTable } from './record-table.js';
import { INDEXED_FIELDS, KINDS, emptyContents, type Collections, type IndexedKind, type Kind, type Store, type StoreContents, type StoreSnapshot, type Tx } from './store.js';

type Tables = { [K in Kind]: RecordTable<Collections[K]> };
type Indexes = Map<Kind, FieldIndex>;
interface MemorySnapshot extends StoreSnapshot {
  tables: Tables;
  indexes: Indexes;
}
const DELETED = Symbol('deleted');

/** Collections trimmed to `maxRecords` and the byte budget, oldest first. */
export const TRAFFIC_KINDS: readonly Kind[] = ['idempotency', 'requestIds', 'emails', 'tokens'];
export const DEFAULT_MAX_RECORDS = 5_000;
export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;
/**
 * The kinds a large partner's state has hundreds of thousands of, kept encoded: each takes less
 * than half its heap so (bench/heap-breakdown.ts). People index entries are left as they are:
 * four short strings, no smaller encoded.
 */
export const COMPACT_KINDS: readonly Kind[] = ['customers', 'subscriptions', 'orders', 'accounts'];

/** What a traffic record holds, roughly: its key and, for replay records, the stored answer. */
function recordBytes(key: string, value: unknown): number {
  const response = (value as { response?: { body?: string } }).response;
  return 256 + key.length * 2 + (response?.body?.length ?? 0) * 2;
}

export class MemoryStore implements Store {
  readonly name = 'memory';
  private tables: Tables = toTables(emptyContents());
  /** The secondary indexes of the tables (memory-index.ts). */
  private indexes = indexesOf(emptyContents());
  private queue: Promise<unknown> = Promise.resolve();

  /** Bytes held by each traffic collection. */
  private held = new Map<Kind, number>();

  constructor(private readonly maxRecords = DEFAULT_MAX_RECORDS, private readonly maxRecordBytes = DEFAULT_MAX_RECORD_BYTES) {}

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const run = this.queue.then(() => this.runIsolated(work));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async runIsolated<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const overlay = new Map<Kind, Map<string, unknown>>();
    const pending = (kind: Kind) => {
      let m = overlay.get(kind);
      if (!m) overlay.set(kind, (m = new Map()));
      return m;
    };
    const tables = this.tables;
    const tx: Tx = {
      get: async (kind, key) => {
        const written = overlay.get(kind)?.get(key);
        if (written === DELETED) return undefined;
        return (written ?? tables[kind].get(key)) as never;
      },
      put: async (kind, key, value) => { pending(kind).set(key, value); },
      delete: async (kind, key) => { pending(kind).set(key, DELETED); },
      list: async (kind) => {
        const written = overlay.get(kind);
        if (!written) return [...tables[kind].values()] as never;
        const merged = new Map<string, unknown>(tables[kind]);
        for (const [k, v] of written) (v === DELETED ? merged.delete(k) : merged.set(k, v));
        return [...merged.values()] as never;
      },
      count: async (kind) => (overlay.get(kind)?.size ? (await tx.list(kind)).length : tables[kind].size),
      listBy: async (kind, field, value) => {
        const index = this.indexes.get(kind);
        if (!index || overlay.get(kind)?.size) {
          return (await tx.list(kind)).filter((r) => (r as unknown as Record<string, unknown>)[field] === value) as never;
        }
        const table = tables[kind] as RecordTable;
        return [...index.keys(value, table)].map((key) => table.get(key)) as never;
      },
    };
    const result = await work(tx);
    for (const [kind, writes] of overlay) {
      const table = tables[kind] as RecordTable;
      if (!TRAFFIC_KINDS.includes(kind)) {
        const index = this.indexes.get(kind);
        for (const [k, v] of writes) {
          if (index) index.update(k, table.get(k), v === DELETED ? undefined : v);
          if (v === DELETED) table.delete(k);
          else table.set(k, v);
        }
        continue;
      }
      let held = this.held.get(kind) ?? 0;
      for (const [k, v] of writes) {
        const before = table.get(k);
        if (before !== undefined) held -= recordBytes(k, before);
        if (v === DELETED) table.delete(k);
        else {
          table.set(k, v);
          held += recordBytes(k, v);
        }
      }
      this.held.set(kind, held);
      this.trim(kind, table);
    }
    return result;
  }

  /** Maps keep insertion order: the first keys are the oldest. */
  private trim(kind: Kind, table: RecordTable): void {
    let held = this.held.get(kind) ?? 0;
    for (const key of table.keys()) {
      if (table.size <= this.maxRecords && held <= this.maxRecordBytes) break;
      held -= recordBytes(key, table.get(key));
      table.delete(key);
    }
    this.held.set(kind, held);
  }

  async replaceAll(contents: StoreContents): Promise<void> {
    await this.transaction(async () => this.hold(toTables(contents), indexesOf(contents)));
  }

  async snapshot(): Promise<StoreSnapshot> {
    return this.transaction(async (): Promise<MemorySnapshot> => ({ madeBy: this, tables: shared(this.tables), indexes: copies(this.indexes) }));
  }

  async restore(snapshot: StoreSnapshot, replacing: Partial<StoreContents>): Promise<void> {
    if (snapshot.madeBy !== this) throw new Error('a snapshot of another store');
    const { tables, indexes } = snapshot as MemorySnapshot;
    await this.transaction(async () => {
      const next = shared(tables);
      const nextIndexes = copies(indexes);
      for (const kind of Object.keys(replacing) as Kind[]) {
        next[kind] = tableOf(kind, replacing[kind] ?? {}) as never;
        const field = INDEXED_FIELDS[kind as IndexedKind];
        if (field) nextIndexes.set(kind, FieldIndex.of(field, Object.entries(replacing[kind] ?? {})));
      }
      this.hold(next, nextIndexes);
    });
  }

  /** Takes these tables as the store's, the traffic collections trimmed to their bounds. */
  private hold(tables: Tables, indexes: Indexes): void {
    this.tables = tables;
    this.indexes = indexes;
    for (const kind of TRAFFIC_KINDS) {
      const table = this.tables[kind] as RecordTable;
      let held = 0;
      for (const [key, value] of table) held += recordBytes(key, value);
      this.held.set(kind, held);
      this.trim(kind, table);
    }
  }

  async dump(): Promise<StoreContents> {
    return this.transaction(async () => structuredClone(Object.fromEntries(
      KINDS.map((k) => [k, Object.fromEntries(this.tables[k])]),
    ) as StoreContents));
  }

  async close(): Promise<void> {}
}

/** The indexes of the contents, from their records as given (no decoding). */
function indexesOf(contents: StoreContents): Indexes {
  return new Map((Object.keys(INDEXED_FIELDS) as IndexedKind[]).map((kind) => [kind, FieldIndex.of(INDEXED_FIELDS[kind], Object.entries(contents[kind] ?? {}))]));
}

function tableOf(kind: Kind, records: Record<string, unknown>): RecordTable {
  return RecordTable.of(Object.entries(records), COMPACT_KINDS.includes(kind));
}

function toTables(contents: StoreContents): Tables {
  return Object.fromEntries(KINDS.map((k) => [k, tableOf(k, contents[k] ?? {})])) as Tables;
}

const shared = (tables: Tables): Tables => Object.fromEntries(KINDS.map((k) => [k, tables[k].share()])) as Tables;
const copies = (indexes: Indexes): Indexes => new Map([...indexes].map(([kind, index]) => [kind, index.copy()]));
