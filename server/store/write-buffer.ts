// A view of a transaction that holds its writes back until flush(): an operation that fails
// with an Adobe error leaves nothing behind, while the same transaction still records the
// error response for replay.
import { count, getMany, listBy, recordKey, type Collections, type IndexedFields, type IndexedKind, type Kind, type RecordRef, type Tx } from './store.js';

export class WriteBuffer implements Tx {
  private readonly writes = new Map<string, { kind: Kind; key: string; value: unknown | undefined }>();

  /** The store's own sequences, where it has them: ids taken outside the transaction are not held back. */
  readonly takeIds?: Tx['takeIds'];

  constructor(private readonly tx: Tx) {
    if (tx.takeIds) this.takeIds = (name, count) => tx.takeIds!(name, count);
  }

  async get<K extends Kind>(kind: K, key: string): Promise<Collections[K] | undefined> {
    const w = this.writes.get(`${kind}\u0000${key}`);
    return w ? (w.value as Collections[K] | undefined) : this.tx.get(kind, key);
  }

  async getMany(refs: readonly RecordRef[]): Promise<unknown[]> {
    const unwritten = refs.filter(([kind, key]) => !this.writes.has(`${kind}\u0000${key}`));
    const read = await getMany(this.tx, unwritten);
    let next = 0;
    return refs.map(([kind, key]) => {
      const w = this.writes.get(`${kind}\u0000${key}`);
      return w ? w.value : read[next++];
    });
  }

  async put<K extends Kind>(kind: K, key: string, value: Collections[K]): Promise<void> {
    this.writes.set(`${kind}\u0000${key}`, { kind, key, value });
  }

  async delete(kind: Kind, key: string): Promise<void> {
    this.writes.set(`${kind}\u0000${key}`, { kind, key, value: undefined });
  }

  async list<K extends Kind>(kind: K): Promise<Collections[K][]> {
    const mine = [...this.writes.values()].filter((w) => w.kind === kind);
    if (!mine.length) return this.tx.list(kind);
    return overlay(kind, await this.tx.list(kind), mine) as Collections[K][];
  }

  async listBy<K extends IndexedKind>(kind: K, field: IndexedFields[K], value: string): Promise<Collections[K][]> {
    const listed = await listBy(this.tx, kind, field, value);
    const mine = [...this.writes.values()].filter((w) => w.kind === kind);
    if (!mine.length) return listed;
    const has = (r: unknown) => (r as Record<string, unknown>)[field] === value;
    const keys = new Set(listed.map((r) => recordKey(kind, r)));
    const joining = mine.filter((w) => !keys.has(w.key) && w.value !== undefined && has(w.value));
    // A stored record moved to the value keeps its place in list's order, which only list() knows.
    if ((await getMany(this.tx, joining.map((w) => [kind, w.key] as const))).some((r) => r !== undefined)) return (await this.list(kind)).filter(has);
    return overlay(kind, listed, mine).filter(has) as Collections[K][];
  }

  async count(kind: Kind): Promise<number> {
    if (![...this.writes.values()].some((w) => w.kind === kind)) return count(this.tx, kind);
    return (await this.list(kind)).length;
  }

  async flush(): Promise<void> {
    for (const w of this.writes.values()) {
      if (w.value === undefined) await this.tx.delete(w.kind, w.key);
      else await this.tx.put(w.kind, w.key, w.value as never);
    }
  }
}

/** The stored records with a transaction's writes applied: updates in place, new ones last. */
export function overlay(kind: Kind, stored: unknown[], writes: Iterable<{ key: string; value: unknown | undefined }>): unknown[] {
  const merged = new Map<string, unknown>(stored.map((v) => [recordKey(kind, v as never), v]));
  for (const w of writes) {
    if (w.value === undefined) merged.delete(w.key);
    else merged.set(w.key, w.value);
  }
  return [...merged.values()];
}
