// The memory store's secondary indexes (store.ts INDEXED_FIELDS: a reseller's customers, a
// distributor's resellers): the keys of the records with each value of the field, kept in step
// with the table at commit, so a list of one reseller's customers reads those customers only.
// A bucket keeps the table's order (the order records were first stored): a record that joins a
// bucket by a change of its field would land last, so such a bucket is put back in the table's
// order on its next read (one scan; moves are rare).
export class FieldIndex {
  private readonly buckets = new Map<string, Set<string>>();
  private readonly unordered = new Set<string>();

  constructor(private readonly field: string) {}

  private valueOf(record: unknown): string | undefined {
    const v = (record as Record<string, unknown> | undefined)?.[this.field];
    return typeof v === 'string' ? v : undefined;
  }

  /** A record of the table written (before: what the table held, undefined for a new record; after: undefined for a delete). */
  update(key: string, before: unknown, after: unknown): void {
    const from = before === undefined ? undefined : this.valueOf(before);
    const to = after === undefined ? undefined : this.valueOf(after);
    if (from === to && (before === undefined) === (after === undefined)) return;
    if (from !== undefined && before !== undefined) {
      const bucket = this.buckets.get(from);
      bucket?.delete(key);
      if (bucket && !bucket.size) {
        this.buckets.delete(from);
        this.unordered.delete(from);
      }
    }
    if (to !== undefined && after !== undefined) {
      let bucket = this.buckets.get(to);
      if (!bucket) this.buckets.set(to, (bucket = new Set()));
      bucket.add(key);
      // A record already in the table that joins this bucket keeps its place in the table.
      if (before !== undefined) this.unordered.add(to);
    }
  }

  /** The keys with the value, in the table's order. */
  keys(value: string, table: Iterable<[string, unknown]>): Iterable<string> {
    if (this.unordered.has(value)) {
      const ordered = new Set<string>();
      for (const [key, record] of table) if (this.valueOf(record) === value) ordered.add(key);
      if (ordered.size) this.buckets.set(value, ordered);
      else this.buckets.delete(value);
      this.unordered.delete(value);
    }
    return this.buckets.get(value) ?? [];
  }

  static of(field: string, table: Iterable<[string, unknown]>): FieldIndex {
    const index = new FieldIndex(field);
    for (const [key, record] of table) index.update(key, undefined, record);
    return index;
  }

  /** An index of its own with the same entries (for a copy of the table, e.g. what reset goes back to). */
  copy(): FieldIndex {
    const index = new FieldIndex(this.field);
    for (const [value, keys] of this.buckets) index.buckets.set(value, new Set(keys));
    for (const value of this.unordered) index.unordered.add(value);
    return index;
  }
}
