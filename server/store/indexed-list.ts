// listBy on a store that answers it with an indexed query (SQLite, PostgreSQL): the committed
// records with the value, in list's order, and the transaction's writes not committed yet laid
// over them as list() lays them — so the answer is always list() filtered by the field.

/** A committed record with the value: its key, JSON text and place in list's order (rowid, seq). */
export interface PlacedRow {
  key: string;
  value: string;
  place: number;
}

/** A write not committed yet: the record, or undefined for a delete. */
export interface PendingWrite {
  key: string;
  value: unknown | undefined;
}

const hasValue = (record: unknown, field: string, value: string) => (record as Record<string, unknown>)[field] === value;

/**
 * The records with the value: the rows, each replaced or deleted by its last write; a record
 * written with the value that is not among the rows (a new one, or one that moved to the value)
 * joins at the place `placesOf` answers for it — its committed place — or last, in the order of
 * the writes, when it has none (a record never committed).
 */
export async function overlayIndexed(
  rows: readonly PlacedRow[],
  writes: Iterable<PendingWrite>,
  field: string,
  value: string,
  placesOf: (keys: string[]) => Map<string, number> | Promise<Map<string, number>>,
): Promise<unknown[]> {
  const last = new Map<string, unknown>();
  for (const w of writes) last.set(w.key, w.value);
  const entries = new Map<string, { place: number; record: unknown }>();
  for (const row of rows) entries.set(row.key, { place: row.place, record: last.has(row.key) ? last.get(row.key) : JSON.parse(row.value) });
  const joining = [...last].filter(([key, record]) => !entries.has(key) && record !== undefined && hasValue(record, field, value));
  if (!joining.length) return [...entries.values()].filter((e) => e.record !== undefined && hasValue(e.record, field, value)).map((e) => e.record);
  const places = await placesOf(joining.map(([key]) => key));
  for (const [key, record] of joining) entries.set(key, { place: places.get(key) ?? Infinity, record });
  // Stable: records never committed stay in the order they were written.
  return [...entries.values()]
    .filter((e) => e.record !== undefined && hasValue(e.record, field, value))
    .sort((a, b) => (a.place === b.place ? 0 : a.place < b.place ? -1 : 1))
    .map((e) => e.record);
}
