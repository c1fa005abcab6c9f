// The schema of the SQL stores (SQLite and PostgreSQL), as numbered migrations. Each runs once,
// in a transaction, on start; every statement is idempotent (IF NOT EXISTS), so a migration
// interrupted half-way or raced by another instance is simply run again. Keep the SQL plain:
// TEXT columns, composite primary keys, a BIGSERIAL, INSERT … ON CONFLICT, sequences (PostgreSQL) — what SQLite, PostgreSQL,
// CockroachDB, YugabyteDB and Aurora all accept (docs/deploy.md lists it).
import { SEQUENCE_NAMES, type SequenceName } from '../domain/id-sequences.js';

export const MIGRATIONS_TABLE = 'vipm_schema_migrations';
export const RECORDS_TABLE = 'vipm_records';
/** The fleet's request journal, and the control plane's values every instance reads (PostgreSQL only). */
export const JOURNAL_TABLE = 'vipm_journal';
export const FLEET_VALUES_TABLE = 'vipm_fleet_values';
/** The database sequence each kind of id is taken from (PostgreSQL only). */
export const sequenceOf = (name: SequenceName) => `vipm_ids_${name.toLowerCase()}`;

export type Engine = 'sqlite' | 'postgres';

export interface Migration {
  version: number;
  description: string;
  /** The same statements for both engines, or each engine's own where their SQL differs. */
  statements: string[] | Record<Engine, string[]>;
}

export const statementsFor = (m: Migration, engine: Engine): string[] => (Array.isArray(m.statements) ? m.statements : m.statements[engine]);

/** Collections whose records expire (their `expiresAt`), purged in batches once expired. */
export const EXPIRING_KINDS = ['idempotency', 'requestIds', 'tokens'] as const;
export const PURGE_BATCH = 500;

/**
 * The fields migration 5 indexes: store.ts INDEXED_FIELDS as it stood then (a field added there
 * later needs a migration of its own).
 */
const LIST_INDEXES = [['customers', 'resellerId'], ['resellers', 'distributorId'], ['linkedMembershipGroups', 'country']] as const;

/**
 * A record's field as the SQL stores index it and listBy selects it: the same text in both, so
 * the planner uses the index. Kind and field are the store's own names, never a caller's.
 */
export function fieldExpression(engine: Engine, field: string): string {
  return engine === 'sqlite' ? `json_extract(value, '$.${field}')` : `(value::json ->> '${field}')`;
}

/**
 * The records of one kind with one value of the field, in list's order (rowid, seq): a partial
 * index per kind, which a query naming the kind as a literal uses.
 */
export function listByQuery(engine: Engine, kind: string, field: string, value: string): string {
  const order = engine === 'sqlite' ? 'rowid' : 'seq';
  return `SELECT key, value, ${order} AS place FROM ${RECORDS_TABLE} WHERE kind = '${kind}' AND ${fieldExpression(engine, field)} = ${value} ORDER BY ${order}`;
}

function listIndex(engine: Engine, kind: string, field: string): string {
  // SQLite orders an index's equal entries by rowid; PostgreSQL needs seq in the index for the order.
  const columns = engine === 'sqlite' ? fieldExpression(engine, field) : `${fieldExpression(engine, field)}, seq`;
  return `CREATE INDEX IF NOT EXISTS vipm_records_${kind}_by_${field.toLowerCase()} ON ${RECORDS_TABLE} (${columns}) WHERE kind = '${kind}'`;
}

/** The migration that adds the id sequences (PostgreSQL). */
export const SEQUENCES_MIGRATION = 6;

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    description: 'records by kind and key, as JSON text',
    statements: [
      // TEXT, not JSONB: records come back byte for byte (JSONB reorders object keys, which a
      // replayed response would show).
      `CREATE TABLE IF NOT EXISTS ${RECORDS_TABLE} (kind TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (kind, key))`,
    ],
  },
  {
    version: 2,
    description: 'expiry of replay records, request ids and tokens, for purging',
    statements: {
      // SQLite has no ADD COLUMN IF NOT EXISTS; one process owns a SQLite file, so it never races.
      sqlite: [`ALTER TABLE ${RECORDS_TABLE} ADD COLUMN expires_at TEXT`, `CREATE INDEX IF NOT EXISTS vipm_records_expiry ON ${RECORDS_TABLE} (kind, expires_at)`],
      postgres: [`ALTER TABLE ${RECORDS_TABLE} ADD COLUMN IF NOT EXISTS expires_at TEXT`, `CREATE INDEX IF NOT EXISTS vipm_records_expiry ON ${RECORDS_TABLE} (kind, expires_at)`],
    },
  },
  {
    version: 3,
    description: 'the order records were first stored in, for lists',
    statements: {
      // SQLite lists by rowid, which an upsert keeps; PostgreSQL needs a column for it.
      sqlite: [],
      postgres: [`ALTER TABLE ${RECORDS_TABLE} ADD COLUMN IF NOT EXISTS seq BIGSERIAL`, `CREATE INDEX IF NOT EXISTS vipm_records_order ON ${RECORDS_TABLE} (kind, seq)`],
    },
  },
  {
    version: 4,
    description: 'the request journal of a fleet, and the current provider state',
    statements: {
      // One SQLite file has one process: its journal stays in memory.
      sqlite: [],
      postgres: [
        `CREATE TABLE IF NOT EXISTS ${JOURNAL_TABLE} (id BIGSERIAL PRIMARY KEY, recorded_at BIGINT NOT NULL, method TEXT NOT NULL, status INTEGER NOT NULL, customer_id TEXT, correlation_id TEXT, entry TEXT NOT NULL)`,
        // Newest first is by the time recorded: instances send their batches at their own pace, so ids are not in that order.
        `CREATE INDEX IF NOT EXISTS vipm_journal_recent ON ${JOURNAL_TABLE} (recorded_at DESC, id DESC)`,
        `CREATE TABLE IF NOT EXISTS ${FLEET_VALUES_TABLE} (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL)`,
      ],
    },
  },
  {
    version: 5,
    description: 'an index of each field lists select by (a reseller\'s customers, a distributor\'s resellers, a country\'s linked-membership groups)',
    statements: {
      sqlite: LIST_INDEXES.map(([kind, field]) => listIndex('sqlite', kind, field)),
      postgres: LIST_INDEXES.map(([kind, field]) => listIndex('postgres', kind, field)),
    },
  },
  {
    version: SEQUENCES_MIGRATION,
    description: 'a sequence per kind of id, so that calls creating records for different customers share no counter',
    statements: {
      // One SQLite file has one writer: its ids stay in the sequences record.
      sqlite: [],
      // Started from the sequences record by the store, in the same transaction (postgres-store.ts#seedSequences).
      postgres: SEQUENCE_NAMES.map((name) => `CREATE SEQUENCE IF NOT EXISTS ${sequenceOf(name)} AS BIGINT`),
    },
  },
];

/** The expiry stored beside a record, for the kinds that expire. */
export function expiryOf(kind: string, value: unknown): string | null {
  if (!(EXPIRING_KINDS as readonly string[]).includes(kind)) return null;
  return (value as { expiresAt?: string }).expiresAt ?? null;
}

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export const CREATE_MIGRATIONS_TABLE =
  `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)`;

export function newerSchemaError(where: string, found: number): Error {
  return new Error(`${where} has schema version ${found}, newer than this vipm-sim understands (${SCHEMA_VERSION}): upgrade vipm-sim, or use another database`);
}
