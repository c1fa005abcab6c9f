// One collection of the memory store: records by key, in the order they were first stored. The
// large kinds keep each record encoded (record-codec.ts) and decode it on read; the records read
// or written last are kept decoded too, and a record written is encoded only when it leaves them,
// so the hot ones (the customer a test or a load works on) cost neither. A table can be shared
// (the copy reset goes back to): both sides read the same entries until one of them writes, which
// copies the entries first.
import { RecordCodec } from './record-codec.js';

/** Decoded records an encoded table keeps at hand. */
const RECENT = 256;

export class RecordTable<V = unknown> implements Iterable<[string, V]> {
  /** The records read or written last, oldest first: those written are in `entries` as they are, not yet encoded. */
  private readonly recent = new Map<string, V>();

  private constructor(private entries: Map<string, unknown>, private readonly codec: RecordCodec | undefined, private shared = false) {}

  /** A table of these records; `compact`: kept encoded, against a template chosen from them (record-codec.ts). */
  static of<V>(records: Iterable<[string, V]>, compact: boolean): RecordTable<V> {
    if (!compact) return new RecordTable<V>(new Map(records), undefined);
    const all = [...records];
    const codec = new RecordCodec(all.map(([, record]) => record));
    return new RecordTable<V>(new Map(all.map(([key, record]) => [key, codec.encode(record)])), codec);
  }

  get size(): number {
    return this.entries.size;
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  get(key: string): V | undefined {
    const stored = this.entries.get(key);
    if (!this.codec || typeof stored !== 'string') return stored as V | undefined;
    const known = this.recent.get(key);
    if (known !== undefined) return known;
    const record = this.codec.decode(stored as string) as V;
    this.remember(key, record);
    return record;
  }

  set(key: string, record: V): void {
    this.own().set(key, record);
    if (!this.codec) return;
    this.recent.delete(key);
    this.remember(key, record);
  }

  delete(key: string): void {
    this.own().delete(key);
    this.recent.delete(key);
  }

  private remember(key: string, record: V): void {
    this.recent.set(key, record);
    if (this.recent.size <= RECENT) return;
    const [oldest, held] = this.recent.entries().next().value!;
    this.recent.delete(oldest);
    this.encode(oldest, held);
  }

  /** A record written is encoded once it is no longer among the recent ones (or the table is shared). */
  private encode(key: string, record: V): void {
    if (this.entries.get(key) === record) this.own().set(key, this.codec!.encode(record));
  }

  *[Symbol.iterator](): Iterator<[string, V]> {
    for (const key of this.entries.keys()) yield [key, this.get(key)!];
  }

  keys(): Iterable<string> {
    return this.entries.keys();
  }

  *values(): Iterable<V> {
    for (const [, record] of this) yield record;
  }

  /** A table with the same records, sharing them until either side writes. */
  share(): RecordTable<V> {
    if (this.codec) for (const [key, record] of this.recent) this.encode(key, record);
    this.shared = true;
    return new RecordTable<V>(this.entries, this.codec, true);
  }

  private own(): Map<string, unknown> {
    if (this.shared) {
      this.entries = new Map(this.entries);
      this.shared = false;
    }
    return this.entries;
  }
}
