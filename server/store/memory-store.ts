// The in-memory store: the default, and what the tests use. Transactions run one at a time
// (so they are serializable), write into an overlay, and apply it only when the work succeeds.
// Records are immutable values (the domain returns new ones), so nothing is copied on the way in.
// The collections that grow with traffic (replay records, used request ids, sent emails, access
// tokens) keep their newest `maxRecords` entries and at most `maxRecordBytes` bytes each
// (replay records hold whole answers), so neither a load test nor a hostile client can exhaust
// memory.
import { FieldIndex } from './memory-index.js';
import { INDEXED_FIELDS, KINDS, emptyContents, type Collections, type IndexedKind, type Kind, type Store, type StoreContents, type Tx } from './store.js';

type Tables = { [K in Kind]: Map<string, Collections[K]> };
const DELETED = Symbol('deleted');

/** Collections trimmed to `maxRecords` and the byte budget, oldest first. */
export const TRAFFIC_KINDS: readonly Kind[] = ['idempotency', 'requestIds', 'emails', 'tokens'];
export const DEFAULT_MAX_RECORDS = 5_000;
export const DEFAULT_MAX_RECORD_BYTES = 32 * 1024 * 1024;

/** What a traffic record holds, roughly: its key and, for replay records, the stored answer. */
function recordBytes(key: string, value: unknown): number {
  const response = (value as { response?: { body?: string } }).response;
  return 256 + key.length * 2 + (response?.body?.length ?? 0) * 2;
}

export class MemoryStore implements Store {
  readonly name = 'memory';
  private tables: Tables = toTables(emptyContents());
  /** The secondary indexes of the tables (memory-index.ts). */
  private indexes = indexesOf(this.tables);
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
      listBy: async (kind, field, value) => {
        const index = this.indexes.get(kind);
        if (!index || overlay.get(kind)?.size) {
          return (await tx.list(kind)).filter((r) => (r as unknown as Record<string, unknown>)[field] === value) as never;
        }
        const table = tables[kind] as Map<string, unknown>;
        return [...index.keys(value, table)].map((key) => table.get(key)) as never;
      },
    };
    const result = await work(tx);
    for (const [kind, writes] of overlay) {
      const table = tables[kind] as Map<string, unknown>;
      if (!TRAFFIC_KINDS.includes(kind)) {
        const index = this.indexes.get(kind);
        for (const [k, v] of writes) {
          index?.update(k, table.get(k), v === DELETED ? undefined : v);
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
  private trim(kind: Kind, table: Map<string, unknown>): void {
    let held = this.held.get(kind) ?? 0;
    for (const [key, value] of table) {
      if (table.size <= this.maxRecords && held <= this.maxRecordBytes) break;
      held -= recordBytes(key, value);
      table.delete(key);
    }
    this.held.set(kind, held);
  }

  async replaceAll(contents: StoreContents): Promise<void> {
    await this.transaction(async () => {
      this.tables = toTables(contents);
      this.indexes = indexesOf(this.tables);
      for (const kind of TRAFFIC_KINDS) {
        const table = this.tables[kind] as Map<string, unknown>;
        let held = 0;
        for (const [key, value] of table) held += recordBytes(key, value);
        this.held.set(kind, held);
        this.trim(kind, table);
      }
    });
  }

  async dump(): Promise<StoreContents> {
    return this.transaction(async () => structuredClone(Object.fromEntries(
      KINDS.map((k) => [k, Object.fromEntries(this.tables[k])]),
    ) as StoreContents));
  }

  async close(): Promise<void> {}
}

function indexesOf(tables: Tables): Map<Kind, FieldIndex> {
  return new Map((Object.keys(INDEXED_FIELDS) as IndexedKind[]).map((kind) => [kind, FieldIndex.of(INDEXED_FIELDS[kind], tables[kind] as Map<string, unknown>)]));
}

function toTables(contents: StoreContents): Tables {
  return Object.fromEntries(KINDS.map((k) => [k, new Map(Object.entries(contents[k] ?? {}))])) as Tables;
}
