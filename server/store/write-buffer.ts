// A view of a transaction that holds its writes back until flush(): an operation that fails
// with an Adobe error leaves nothing behind, while the same transaction still records the
// error response for replay.
import { recordKey, type Collections, type Kind, type Tx } from './store.js';

export class WriteBuffer implements Tx {
  private readonly writes = new Map<string, { kind: Kind; key: string; value: unknown | undefined }>();

  constructor(private readonly tx: Tx) {}

  async get<K extends Kind>(kind: K, key: string): Promise<Collections[K] | undefined> {
    const w = this.writes.get(`${kind}\u0000${key}`);
    return w ? (w.value as Collections[K] | undefined) : this.tx.get(kind, key);
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
    const keys = new Set(mine.map((w) => w.key));
    const base = (await this.tx.list(kind)).filter((v) => !keys.has(recordKey(kind, v)));
    return [...base, ...mine.filter((w) => w.value !== undefined).map((w) => w.value as Collections[K])];
  }

  async flush(): Promise<void> {
    for (const w of this.writes.values()) {
      if (w.value === undefined) await this.tx.delete(w.kind, w.key);
      else await this.tx.put(w.kind, w.key, w.value as never);
    }
  }
}
