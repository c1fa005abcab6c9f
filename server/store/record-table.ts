// One collection of the memory store: records by key, in the order they were first stored. The
// large kinds keep each record encoded (record-codec.ts) and decode it on read; the records read
// or written last are kept decoded too, so the hot ones (the customer a test or a load works on)
// cost no decoding. A table can be shared (the copy reset goes back to): both sides read the same
// entries until one of them writes, which copies the entries first.
import { RecordCodec } from './record-codec.js';

/** Decoded records an encoded table keeps at hand. */
const RECENT = 256;

export class RecordTable<V = unknown> implements Iterable<[string, V]> {
  private readonly recent = new Map<string, V>();

  private constructor(private entries: Map<string, unknown>, private readonly codec: RecordCodec | undefined, private shared = false) {}

  /** A table of these records; `compact`: kept encoded, against the last of them as the template. */
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
    if (!this.codec || stored === undefined) return stored as V | undefined;
    const known = this.recent.get(key);
    if (known !== undefined) return known;
    const record = this.codec.decode(stored as string) as V;
    this.remember(key, record);
    return record;
  }

  set(key: string, record: V): void {
    if (!this.codec) {
      this.own().set(key, record);
      return;
    }
    this.own().set(key, this.codec.encode(record));
    this.recent.delete(key);
    this.remember(key, record);
  }

  delete(key: string): void {
    this.own().delete(key);
    this.recent.delete(key);
  }

  private remember(key: string, record: V): void {
    this.recent.set(key, record);
    if (this.recent.size > RECENT) this.recent.delete(this.recent.keys().next().value!);
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
