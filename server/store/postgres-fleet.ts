// What a fleet on PostgreSQL shares besides the records: the request journal (a table capped
// at the newest rows) and small control-plane values. Plain autocommit statements, each one
// round trip: a journal row is written once and never updated, so it needs no serializable
// transaction, and its writer (server/control-plane/fleet-journal.ts) batches rows off the request path.
/** The part of pg's Pool this uses, typed here so the published types need no pg. */
interface Queryable {
  query(text: string, values?: unknown[]): Promise<{ rows: Array<Record<string, unknown>>; rowCount: number | null }>;
}
import { FLEET_VALUES_TABLE, JOURNAL_TABLE } from './migrations.js';
import type { FleetJournalRow, FleetJournalSearch, FleetShared } from './store.js';

const CLEARED_AT = 'journalClearedAt';
const VISIBLE = `recorded_at > COALESCE((SELECT value::BIGINT FROM ${FLEET_VALUES_TABLE} WHERE key = '${CLEARED_AT}'), 0)`;
const COLUMNS = 6;
/** By the time recorded (the ids of different instances' batches are not in that order). */
const NEWEST_FIRST = 'recorded_at DESC, id DESC';

export class PostgresFleet implements FleetShared {
  constructor(private readonly pool: Queryable) {}

  async appendJournal(rows: FleetJournalRow[], capacity: number): Promise<void> {
    if (!rows.length) return;
    const values = rows.map((_, i) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${i * COLUMNS + c + 2}`).join(', ')})`).join(', ');
    const params = rows.flatMap((r) => [r.recordedAt, r.method, r.status, r.customerId ?? null, r.correlationId ?? null, r.entry]);
    // The delete sees the table before this insert: what it keeps beyond `capacity` goes with the next batch.
    await this.pool.query(
      `WITH added AS (INSERT INTO ${JOURNAL_TABLE} (recorded_at, method, status, customer_id, correlation_id, entry) VALUES ${values})
       DELETE FROM ${JOURNAL_TABLE} WHERE id IN (SELECT id FROM ${JOURNAL_TABLE} ORDER BY ${NEWEST_FIRST} OFFSET $1)`,
      [capacity, ...params],
    );
  }

  async readJournal(search: FleetJournalSearch, limit: number): Promise<Array<{ id: number; entry: string }>> {
    const { rows } = await this.pool.query(
      `SELECT id, entry FROM ${JOURNAL_TABLE} WHERE ${VISIBLE}
         AND ($1::TEXT IS NULL OR method = $1) AND ($2::INTEGER IS NULL OR status = $2)
         AND ($3::TEXT IS NULL OR customer_id = $3) AND ($4::TEXT IS NULL OR correlation_id = $4)
       ORDER BY ${NEWEST_FIRST} LIMIT $5`,
      [search.method ?? null, search.status ?? null, search.customerId ?? null, search.correlationId ?? null, limit],
    );
    return rows.map((r) => ({ id: Number(r.id), entry: String(r.entry) }));
  }

  async countJournal(): Promise<number> {
    return Number((await this.pool.query(`SELECT COUNT(*) AS n FROM ${JOURNAL_TABLE} WHERE ${VISIBLE}`)).rows[0].n);
  }

  async clearJournal(now: number): Promise<number> {
    // First the mark (rows an instance is still sending are hidden by it), then the rows.
    await this.pool.query(
      `INSERT INTO ${FLEET_VALUES_TABLE} (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = GREATEST(${FLEET_VALUES_TABLE}.value::BIGINT, excluded.value::BIGINT)::TEXT`,
      [CLEARED_AT, String(now)],
    );
    return (await this.pool.query(`DELETE FROM ${JOURNAL_TABLE}`)).rowCount ?? 0;
  }

  async value(key: string): Promise<string | undefined> {
    const value = (await this.pool.query(`SELECT value FROM ${FLEET_VALUES_TABLE} WHERE key = $1`, [key])).rows[0]?.value;
    return value === undefined || value === null ? undefined : String(value);
  }

  async setValue(key: string, value: string): Promise<void> {
    await this.pool.query(`INSERT INTO ${FLEET_VALUES_TABLE} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [key, value]);
  }
}
