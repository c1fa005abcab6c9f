// The PostgreSQL store (--database-url postgres://…): several simulator processes on one
// database behave as one simulator. Every transaction is SERIALIZABLE and takes few round trips
// (BatchedTx below). A transaction given a `lock` first takes a session advisory lock of that
// name (per schema), before its snapshot, so such transactions run one after another across the
// fleet instead of conflicting; within the process they queue for it without a connection. When
// the database still reports a serialization failure or a deadlock (SQLSTATE 40001, 40P01, or a
// unique violation from a concurrent insert), the whole `work` runs again, with jittered
// exponential backoff and a bounded number of attempts — so `work` must do nothing outside the
// transaction. A connection lost before COMMIT was sent is retried too; one lost while the
// message with COMMIT was on its way is not (its outcome is unknown: the client's retry with the
// same correlation id finds out). Any other database failure is a plain Error, which the HTTP
// layer answers with 500/1124; the pool reconnects by itself once the database is back.
import pg from 'pg';
import {
  CREATE_MIGRATIONS_TABLE, MIGRATIONS, MIGRATIONS_TABLE, PURGE_BATCH, RECORDS_TABLE, SCHEMA_VERSION, SEQUENCES_MIGRATION, expiryOf, listByQuery, newerSchemaError, sequenceOf, statementsFor,
} from './migrations.js';
import { overlayIndexed, type PlacedRow } from './indexed-list.js';
import {
  KINDS, SINGLETON, emptyContents, type Collections, type IndexedFields, type IndexedKind, type Kind, type RecordRef, type Store, type StoreContents, type TransactionOptions, type Tx,
} from './store.js';
import { FIRST_IDS, SEQUENCE_NAMES, type SequenceName } from '../domain/id-sequences.js';
import type { Sequences } from '../domain/types.js';
import { PostgresFleet } from './postgres-fleet.js';
import { overlay } from './write-buffer.js';

export interface PostgresOptions {
  /** Use (and create when absent) this schema instead of the connection's default search_path. */
  schema?: string;
  /** Connections each simulator process keeps at most (default: VIPM_SIM_PG_POOL_SIZE or 10). */
  poolSize?: number;
  /** Attempts of one transaction before a serialization failure is given up (default 40). */
  maxAttempts?: number;
  /** How long a call waits for a connection before it fails (default 2 s). */
  connectTimeoutMs?: number;
  /**
   * How long one query may take before it fails (default 2 s): enforced by the server
   * (statement_timeout) and, for a database that stops answering at all, by the client.
   */
  queryTimeoutMs?: number;
  /** How long an unused connection stays open (default 30 s). */
  idleTimeoutMs?: number;
}

const RETRYABLE = new Set(['40001', '40P01', '23505']);
/**
 * The server ran out of predicate locks (SERIALIZABLE keeps each transaction's reads until the
 * transactions overlapping it end; many concurrent changing calls on different locks need
 * `max_pred_locks_per_transaction` above its default, docs/deploy.md): rerun a few times.
 */
const OUT_OF_SHARED_MEMORY = '53200';
const CONNECTION_LOST = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT']);
type Query = (text: string, values: unknown[]) => Promise<pg.QueryResult>;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

const codeOf = (error: unknown) => (error as { code?: string })?.code;
const isRetryable = (error: unknown) => RETRYABLE.has(codeOf(error) ?? '');
function isConnectionLost(error: unknown): boolean {
  const code = codeOf(error);
  if (code && CONNECTION_LOST.has(code)) return true;
  return /Connection terminated|connection timeout|Client has encountered a connection error|Client was closed/i.test((error as Error)?.message ?? '');
}
const isStalled = (error: unknown) => /Query read timeout/i.test((error as Error)?.message ?? '');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Full jitter: a random wait up to an exponentially growing cap. */
const backoff = (attempt: number) => Math.random() * Math.min(500, 5 * 2 ** Math.min(attempt, 10));

/** Where a URL points, without its password, for messages. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
  } catch {
    return 'the --database-url';
  }
}

export class PostgresStore implements Store {
  readonly name = 'postgres';
  readonly shared = true;

  get description(): string {
    return `PostgreSQL ${this.where} (serializable)`;
  }
  /** Serialization failures retried since start (for tests and curiosity). */
  retries = 0;
  private readonly maxAttempts: number;
  /** The engine has session advisory locks (PostgreSQL, YugabyteDB); otherwise `lock` is ignored and conflicts are rerun. */
  private advisoryLocks = false;
  private readonly readAheads = new ReadAheads();
  /** Per lock: the last of this process's transactions queued for it. */
  private readonly waitingFor = new Map<string, Promise<void>>();

  /** The fleet's request journal and control-plane values. */
  readonly fleet: PostgresFleet;

  private constructor(private readonly pool: pg.Pool, readonly where: string, maxAttempts: number) {
    this.maxAttempts = maxAttempts;
    this.fleet = new PostgresFleet(pool);
  }

  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const where = describeUrl(url);
    if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) throw new Error(`schema "${options.schema}": use lower-case letters, digits and _`);
    const queryTimeoutMs = options.queryTimeoutMs ?? (Number(process.env.VIPM_SIM_PG_QUERY_TIMEOUT_MS) || 2_000);
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? (Number(process.env.VIPM_SIM_PG_POOL_SIZE) || 10),
      connectionTimeoutMillis: options.connectTimeoutMs ?? 2_000,
      query_timeout: queryTimeoutMs,
      statement_timeout: queryTimeoutMs,
      lock_timeout: queryTimeoutMs,
      idleTimeoutMillis: options.idleTimeoutMs ?? 30_000,
      // Idle connections alone do not keep a process alive (the HTTP server does).
      allowExitOnIdle: true,
      keepAlive: true,
      application_name: 'vipm-sim',
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle connection the server drops must not take the process down; the pool discards it.
    pool.on('error', () => undefined);
    const store = new PostgresStore(pool, where, options.maxAttempts ?? 40);
    try {
      if (options.schema) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`).catch((error) => {
        if (codeOf(error) !== '23505' && codeOf(error) !== '42P06') throw error;
      });
      await store.migrate();
      store.advisoryLocks = await pool.query(`SELECT pg_advisory_unlock_all()`).then(() => true, () => false);
    } catch (error) {
      await pool.end().catch(() => undefined);
      const message = (error as Error).message || codeOf(error) || String(error);
      if (message.includes('schema version')) throw error;
      throw new Error(`PostgreSQL at ${where}: ${message}`);
    }
    return store;
  }

  /** Creates or upgrades the schema: each migration in its own transaction, idempotent. */
  private async migrate(): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.attempt(async (client) => {
          await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
          await client.query(CREATE_MIGRATIONS_TABLE);
          const found = Number((await client.query(`SELECT MAX(version) AS v FROM ${MIGRATIONS_TABLE}`)).rows[0]?.v ?? 0);
          if (found > SCHEMA_VERSION) throw newerSchemaError(`PostgreSQL at ${this.where}`, found);
          for (const m of MIGRATIONS) {
            if (m.version <= found) continue;
            for (const sql of statementsFor(m, 'postgres')) await client.query(sql);
            if (m.version === SEQUENCES_MIGRATION) await seedSequences(client);
            await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (version, description, applied_at) VALUES ($1, $2, $3) ON CONFLICT (version) DO NOTHING`, [m.version, m.description, new Date().toISOString()]);
          }
          await client.query('COMMIT');
        });
        return;
      } catch (error) {
        // Instances starting together race on CREATE TABLE IF NOT EXISTS (duplicate type/relation).
        const raced = isRetryable(error) || codeOf(error) === '42P07' || codeOf(error) === '42710';
        if (!raced || attempt >= 5) throw error;
        await sleep(backoff(attempt) + 20);
      }
    }
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const lock = options.lock !== undefined && this.advisoryLocks ? options.lock : undefined;
    if (lock === undefined) return this.attempts(work, undefined, options);
    // Within the process the lock's waiters queue here, so they hold no connection meanwhile.
    const before = this.waitingFor.get(lock) ?? Promise.resolve();
    const done = before.then(() => this.attempts(work, lock, options));
    const settled = done.then(() => undefined, () => undefined);
    this.waitingFor.set(lock, settled);
    void settled.then(() => { if (this.waitingFor.get(lock) === settled) this.waitingFor.delete(lock); });
    return done;
  }

  private attempts<T>(work: (tx: Tx) => Promise<T>, lock: string | undefined, { shape, snapshot, settled }: TransactionOptions): Promise<T> {
    return this.run(async (client, failed) => {
      const tx = new BatchedTx(client, failed, lock, this.readAheads.get(shape), snapshot ? BEGIN_SNAPSHOT : BEGIN, this.advisoryLocks, lock !== undefined ? settled : undefined);
      try {
        const result = await work(tx);
        await tx.commit();
        this.readAheads.remember(shape, tx.later);
        return result;
      } finally {
        tx.end();
      }
    });
  }

  /**
   * One attempt after another until one commits: on a serialization failure or deadlock the
   * whole body runs again (jittered backoff, bounded), on a connection lost before COMMIT at most
   * three times. The body's first failed query decides, not what the work made of it.
   */
  private async run<T>(body: (client: pg.PoolClient, failed: (error: unknown) => void) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      let failure: unknown;
      try {
        return await this.attempt((client) => body(client, (error) => { failure ??= error; }));
      } catch (error) {
        if (error instanceof CommitUnknown) throw error.cause;
        const cause = failure ?? error;
        const again = isRetryable(cause) ? attempt < this.maxAttempts : (isConnectionLost(cause) || codeOf(cause) === OUT_OF_SHARED_MEMORY) && attempt < 3;
        if (!again) throw failure && isConnectionLost(failure) ? failure : error;
        if (isRetryable(cause)) this.retries++;
        await sleep(backoff(attempt));
      }
    }
  }

  /** One attempt on one connection; the body sends BEGIN … COMMIT itself. ROLLBACK on any throw. */
  private async attempt<T>(body: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let destroy: Error | undefined;
    // A connection that dies while checked out also emits 'error'; the failed query reports it.
    const onError = (error: Error) => { destroy ??= error; };
    client.on('error', onError);
    try {
      return await body(client);
    } catch (error) {
      if (error instanceof CommitUnknown) destroy ??= error.cause;
      // A connection whose query timed out on the client side may be stalled: never reuse it.
      if (isStalled(error)) destroy ??= error as Error;
      if (!destroy) {
        try {
          // Also ends a transaction and a lock the failed statement left (harmless when none).
          await client.query(`ROLLBACK; SELECT pg_advisory_unlock_all()`);
        } catch (rollbackError) {
          destroy = rollbackError as Error;
        }
      }
      throw error;
    } finally {
      client.off('error', onError);
      client.release(destroy);
    }
  }

  /** `body`'s parameterised queries in one serializable transaction (the bulk operations). */
  private serializable<T>(body: (q: Query) => Promise<T>): Promise<T> {
    return this.run(async (client, failed) => {
      const q: Query = async (text, values) => {
        try {
          return await client.query(text, values);
        } catch (error) {
          failed(error);
          throw error;
        }
      };
      await q('BEGIN ISOLATION LEVEL SERIALIZABLE', []);
      const result = await body(q);
      await commitOrUnknown(() => q('COMMIT', []));
      return result;
    });
  }

  /** Deletes up to one batch of the kind's records that expired before `now`; answers how many. */
  async purgeExpired(kind: Kind, now: Date): Promise<number> {
    return this.serializable(async (q) => (await q(
      `DELETE FROM ${RECORDS_TABLE} WHERE kind = $1 AND key IN (SELECT key FROM ${RECORDS_TABLE} WHERE kind = $1 AND expires_at < $2 LIMIT ${PURGE_BATCH})`,
      [kind, now.toISOString()],
    )).rowCount ?? 0);
  }

  async replaceAll(contents: StoreContents): Promise<void> {
    const rows: Array<Array<string | null>> = [];
    for (const kind of KINDS) {
      for (const [key, value] of Object.entries(contents[kind] ?? {})) rows.push([kind, key, JSON.stringify(value), expiryOf(kind, value)]);
    }
    await this.serializable(async (q) => {
      await q(`DELETE FROM ${RECORDS_TABLE}`, []);
      for (let i = 0; i < rows.length; i += 500) {
        const batch = rows.slice(i, i + 500);
        const params = batch.map((_, j) => `($${j * 4 + 1}, $${j * 4 + 2}, $${j * 4 + 3}, $${j * 4 + 4})`).join(', ');
        await q(`INSERT INTO ${RECORDS_TABLE} (kind, key, value, expires_at) VALUES ${params}`, batch.flat());
      }
      // Not undone by a rollback: a rerun sets them again, and a transaction that took ids from
      // the old ones conflicts with this one (it read records this one deletes) and reruns too.
      if (this.advisoryLocks) await q(setSequences(contents.sequences[SINGLETON]), []);
    });
  }

  async dump(): Promise<StoreContents> {
    return this.serializable(async (q) => {
      const contents = emptyContents();
      const { rows } = await q(`SELECT kind, key, value FROM ${RECORDS_TABLE} ORDER BY kind, seq`, []);
      for (const row of rows) {
        const table = contents[row.kind as Kind] as Record<string, unknown> | undefined;
        if (table) table[row.key] = JSON.parse(row.value);
      }
      const record = contents.sequences[SINGLETON];
      // Read after the records, so at or past every id they hold.
      if (record && this.advisoryLocks) contents.sequences[SINGLETON] = withTaken(record, (await q(SELECT_SEQUENCES, [])).rows);
      return contents;
    });
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** COMMIT was sent but its answer lost: the change may or may not be in. Never retried. */
class CommitUnknown extends Error {
  constructor(override readonly cause: Error) {
    super(cause.message);
  }
}

/** Sends the COMMIT; a connection lost meanwhile leaves the outcome unknown (never retried). */
async function commitOrUnknown<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (isConnectionLost(error)) throw new CommitUnknown(error as Error);
    throw error;
  }
}

/**
 * Id sequences (migration 6). A transaction takes a block of ids with nextval and setval, which
 * are not undone by a rollback: no two transactions get the same id, and ids taken by one that
 * rolls back or reruns are skipped. Taking a block and setting a sequence (reset, import) hold
 * the sequence's own advisory lock for that one statement, so no other taker comes between the
 * nextval and the setval; the lock is released in the same message.
 */
function underSequenceLock(name: SequenceName, statement: string): string[] {
  const key = `hashtextextended(current_schema() || ' id sequence ${name}', 0)`;
  return [`SELECT pg_advisory_lock(${key})`, statement, `SELECT pg_advisory_unlock(${key})`];
}

/** The statements that take `count` consecutive ids; the second answers the first id. */
function takeIdsStatements(name: SequenceName, count: number): string[] {
  const seq = `'${sequenceOf(name)}'`;
  return underSequenceLock(name, `SELECT setval(${seq}, nextval(${seq}) + ${count - 1}) - ${count - 1} AS first`);
}

/** Gives a block back: the sequence's next id becomes its first again, if it is still the one after its last. */
function giveBackStatements(name: SequenceName, first: number, count: number): string[] {
  const seq = sequenceOf(name);
  const end = first + count - 1;
  return underSequenceLock(name, `SELECT setval('${seq}', ${first}, false) FROM ${seq} WHERE (last_value = ${end} AND is_called) OR (last_value = ${end + 1} AND NOT is_called)`);
}

/**
 * Sets every sequence so that its next id is the record's (or the first id where it names none);
 * `locked` while ids may be taken meanwhile.
 */
function setSequences(record: Sequences | undefined, locked = true): string {
  return SEQUENCE_NAMES.flatMap((name) => {
    const next = record?.[name] ?? FIRST_IDS[name];
    // A sequence starts at 1: a state may name any integer (the other stores would give it out).
    const set = `SELECT setval('${sequenceOf(name)}', ${Number.isSafeInteger(next) ? Math.max(1, next) : FIRST_IDS[name]}, false)`;
    return locked ? underSequenceLock(name, set) : [set];
  }).join('; ');
}

/**
 * Starts the sequences from the sequences record, when the database already holds a state (in
 * the migration's transaction: no instance takes ids from them before it commits).
 */
async function seedSequences(client: pg.PoolClient): Promise<void> {
  const { rows } = await client.query(`SELECT value FROM ${RECORDS_TABLE} WHERE kind = 'sequences' AND key = $1`, [SINGLETON]);
  await client.query(setSequences(rows[0] ? JSON.parse(rows[0].value) : undefined, false));
}

const SELECT_SEQUENCES = SEQUENCE_NAMES.map((name) => `SELECT '${name}' AS name, last_value, is_called FROM ${sequenceOf(name)}`).join(' UNION ALL ');

/**
 * The sequences record with each sequence's next id: a name the record leaves out (a state saved
 * before that kind of id existed) stays out until an id of it is taken.
 */
function withTaken(record: Sequences, rows: Array<{ name: SequenceName; last_value: string; is_called: boolean }>): Sequences {
  const next: Sequences = { ...record };
  for (const { name, last_value: last, is_called: called } of rows) {
    if (called || record[name] !== undefined) next[name] = Number(last) + (called ? 1 : 0);
  }
  return next;
}

type Written = { kind: Kind; key: string; value: unknown | undefined };
const refKey = (kind: string, key: string) => `${kind}\u0000${key}`;

/** What the last transaction of one shape read after its first query: fetched with the next one's first. */
export interface ReadAhead {
  refs: RecordRef[];
  lists: Kind[];
  /** Blocks of ids taken (sequence, count), in order. */
  ids: Array<readonly [SequenceName, number]>;
}

/** How many shapes are remembered, and how much of each. */
const READ_AHEAD_SHAPES = 256;
const READ_AHEAD_REFS = 32;

/** The read-ahead of the shapes seen last, the oldest forgotten first. */
export class ReadAheads {
  private readonly shapes = new Map<string, ReadAhead>();

  get(shape: string | undefined): ReadAhead | undefined {
    return shape === undefined ? undefined : this.shapes.get(shape);
  }

  remember(shape: string | undefined, ahead: ReadAhead): void {
    if (shape === undefined) return;
    this.shapes.delete(shape);
    this.shapes.set(shape, { refs: ahead.refs.slice(0, READ_AHEAD_REFS), lists: ahead.lists.slice(0, 4), ids: ahead.ids.slice(0, 4) });
    if (this.shapes.size > READ_AHEAD_SHAPES) this.shapes.delete(this.shapes.keys().next().value!);
  }
}

/**
 * One transaction attempt in few round trips: BEGIN (after the advisory lock, when asked) goes
 * out with the first read, and with it the records the last transaction of the same shape read
 * later (read-ahead); every record read is kept, so reading it again costs nothing; writes wait
 * in memory and go out at the end in one multi-row upsert and one delete, sent together with
 * COMMIT (and the unlock). Statements carry their values as escaped literals, so several travel
 * in one simple-protocol message.
 */
class BatchedTx implements Tx {
  private readonly read = new Map<string, string | null>();
  private readonly listed = new Map<Kind, Array<Record<string, string>>>();
  /** listBy's committed rows, by kind and value. */
  private readonly listedBy = new Map<string, PlacedRow[]>();
  private readonly writes = new Map<string, Written>();
  /** What still has to be sent before the first statement: the lock and BEGIN. */
  private prelude: string[];
  /** Records read with the prelude, before the snapshot (TransactionOptions.settled). */
  private readonly settled: readonly RecordRef[];
  /** Read with the prelude, or already read: not to be asked for again. */
  private asked(kind: string, key: string): boolean {
    return this.read.has(refKey(kind, key)) || (this.prelude.length > 0 && this.settled.some(([k, v]) => k === kind && v === key));
  }
  private open = true;
  /** What this transaction read after its first query: the read-ahead of the next of its shape. */
  readonly later: ReadAhead = { refs: [], lists: [], ids: [] };
  /**
   * Blocks of ids taken with the first message, as the last transaction of this shape took them:
   * a take of the same sequence and count uses one; those left unused go back (see giveBack).
   */
  private readonly prefetched: Array<{ name: SequenceName; count: number; first: number; used: boolean }> = [];

  constructor(
    private readonly client: pg.PoolClient,
    private readonly failed: (error: unknown) => void,
    private readonly lock: string | undefined,
    private ahead: ReadAhead | undefined,
    begin: string,
    sequences: boolean,
    settled: readonly RecordRef[] = [],
  ) {
    // The settled records are read between the lock and BEGIN: in an implicit transaction of their own.
    this.settled = settled.filter(([, key]) => !key.includes('\0'));
    const before = this.settled.length ? [this.selectRefs(this.settled)] : [];
    this.prelude = lock !== undefined ? [`SELECT pg_advisory_lock(${this.lockId()})`, ...before, 'COMMIT', begin] : [begin];
    this.sequences = sequences;
    if (sequences) this.takeIds = (name, count) => this.takeFromSequence(name, count);
  }

  /** Ids from the database's sequences, where the engine has the advisory locks taking a block needs; else from the sequences record. */
  readonly takeIds?: (name: SequenceName, count: number) => Promise<number>;

  private readonly sequences: boolean;

  private async takeFromSequence(name: SequenceName, count: number): Promise<number> {
    this.later.ids.push([name, count]);
    // The first message takes the blocks ahead; this take comes after them, or it would leave them a gap.
    if (this.prelude.length) await this.send([]);
    const ahead = this.prefetched.find((b) => !b.used && b.name === name && b.count === count);
    if (ahead) {
      ahead.used = true;
      return ahead.first;
    }
    const rows = await this.send([...this.giveBack(name), ...takeIdsStatements(name, count)], 1);
    return Number(rows[0].first);
  }

  /**
   * Statements that give the unused blocks taken ahead (of one sequence, or all) back, the last
   * taken first, each only while no other transaction has taken ids after it: serial calls leave
   * no gap (a rejected call changes nothing, as on the other stores).
   */
  private giveBack(name?: SequenceName): string[] {
    const unused = this.prefetched.filter((b) => !b.used && (name === undefined || b.name === name)).reverse();
    return unused.flatMap((b) => {
      b.used = true;
      return giveBackStatements(b.name, b.first, b.count);
    });
  }

  private lockId(): string {
    return `hashtextextended(current_schema() || ' ' || ${this.lit(this.lock!)}, 0)`;
  }

  private lit(value: string | null): string {
    return value === null ? 'NULL' : this.client.escapeLiteral(value);
  }

  private selectRefs(refs: readonly RecordRef[]): string {
    const tuples = [...new Set(refs.map(([kind, key]) => `(${this.lit(kind)}, ${this.lit(key)})`))].join(', ');
    return `SELECT kind, key, value FROM ${RECORDS_TABLE} WHERE (kind, key) IN (${tuples})`;
  }

  private selectList(kind: Kind): string {
    return `SELECT key, value FROM ${RECORDS_TABLE} WHERE kind = ${this.lit(kind)} ORDER BY seq`;
  }

  private keepRows(refs: readonly RecordRef[], rows: Array<Record<string, string>>): void {
    for (const [kind, key] of refs) this.read.set(refKey(kind, key), null);
    for (const row of rows) this.read.set(refKey(row.kind, row.key), row.value);
  }

  /**
   * Sends the statements (after the prelude and the read-ahead, when not sent yet) in one
   * message; answers the rows of the statement `answering` places before the last (0: the last).
   */
  private async send(statements: string[], answering = 0): Promise<Array<Record<string, string>>> {
    if (!this.open) throw new Error('transaction used after it ended');
    const first = this.prelude.length > 0;
    const ahead = this.ahead;
    this.ahead = undefined;
    // A predicted key with a NUL is absent too (see getMany), and would break the query text.
    const aheadRefs = ahead?.refs.filter(([kind, key]) => !key.includes('\0') && !this.asked(kind, key)) ?? [];
    const aheadLists = ahead?.lists.filter((kind) => !this.listed.has(kind)) ?? [];
    const aheadIds = this.sequences ? ahead?.ids ?? [] : [];
    const extra = [
      ...(aheadRefs.length ? [this.selectRefs(aheadRefs)] : []), ...aheadLists.map((k) => this.selectList(k)),
      ...aheadIds.flatMap(([name, count]) => takeIdsStatements(name, count)),
    ];
    const all = [...this.prelude, ...extra, ...statements];
    const settledRead = first && this.settled.length > 0;
    this.prelude = [];
    let results: pg.QueryResult[];
    try {
      const result = await this.client.query(all.join('; '));
      results = Array.isArray(result) ? result : [result];
    } catch (error) {
      this.failed(error);
      throw error;
    }
    // The prelude's statements come first: the lock, then the settled records' read.
    if (settledRead) this.keepRows(this.settled, results[1].rows);
    let at = results.length - statements.length - extra.length;
    if (aheadRefs.length) this.keepRows(aheadRefs, results[at++].rows);
    for (const kind of aheadLists) this.listed.set(kind, results[at++].rows);
    for (const [name, count] of aheadIds) {
      this.prefetched.push({ name, count, first: Number(results[at + 1].rows[0].first), used: false });
      at += 3;
    }
    this.firstSent ||= first;
    return results[results.length - 1 - answering].rows;
  }

  /** Set once the first message went out: reads after it are what read-ahead learns. */
  private firstSent = false;

  async get<K extends Kind>(kind: K, key: string): Promise<Collections[K] | undefined> {
    return (await this.getMany([[kind, key]]))[0] as Collections[K] | undefined;
  }

  async getMany(refs: readonly RecordRef[]): Promise<unknown[]> {
    if (this.firstSent) for (const ref of refs) if (!this.writes.has(refKey(...ref))) this.later.refs.push(ref);
    // PostgreSQL text holds no NUL, so no stored key has one: such a key is absent without asking.
    const missing = refs.filter(([kind, key]) => !key.includes('\0') && !this.writes.has(refKey(kind, key)) && !this.asked(kind, key));
    if (missing.length) this.keepRows(missing, await this.send([this.selectRefs(missing)]));
    else if (this.prelude.length && refs.some(([kind, key]) => this.asked(kind, key))) await this.send([]);
    return refs.map(([kind, key]) => {
      const id = refKey(kind, key);
      const written = this.writes.get(id);
      if (written) return written.value;
      const text = this.read.get(id);
      return text ? JSON.parse(text) : undefined;
    });
  }

  async put<K extends Kind>(kind: K, key: string, value: Collections[K]): Promise<void> {
    if (!this.open) throw new Error('transaction used after it ended');
    this.writes.set(refKey(kind, key), { kind, key, value });
  }

  async delete(kind: Kind, key: string): Promise<void> {
    if (!this.open) throw new Error('transaction used after it ended');
    if (key.includes('\0')) return;
    this.writes.set(refKey(kind, key), { kind, key, value: undefined });
  }

  async list<K extends Kind>(kind: K): Promise<Collections[K][]> {
    if (this.firstSent) this.later.lists.push(kind);
    let rows = this.listed.get(kind);
    if (!rows) this.listed.set(kind, (rows = await this.send([this.selectList(kind)])));
    for (const row of rows) this.read.set(refKey(kind, row.key), row.value);
    const stored = rows.map((row) => JSON.parse(row.value));
    const mine = [...this.writes.values()].filter((w) => w.kind === kind);
    return (mine.length ? overlay(kind, stored, mine) : stored) as Collections[K][];
  }

  async listBy<K extends IndexedKind>(kind: K, field: IndexedFields[K], value: string): Promise<Collections[K][]> {
    const id = refKey(kind, value);
    let rows = this.listedBy.get(id);
    if (!rows) {
      // No stored text holds a NUL (see getMany); seq is a BIGSERIAL, which pg answers as text.
      rows = value.includes('\0') ? [] : (await this.send([listByQuery('postgres', kind, field, this.lit(value))])).map((r) => ({ key: r.key, value: r.value, place: Number(r.place) }));
      this.listedBy.set(id, rows);
    }
    for (const row of rows) this.read.set(refKey(kind, row.key), row.value);
    const mine = [...this.writes.values()].filter((w) => w.kind === kind);
    const placesOf = async (keys: string[]) => {
      keys = keys.filter((key) => !key.includes('\0'));
      if (!keys.length) return new Map<string, number>();
      const tuples = keys.map((key) => `(${this.lit(kind)}, ${this.lit(key)})`).join(', ');
      const found = await this.send([`SELECT key, seq FROM ${RECORDS_TABLE} WHERE (kind, key) IN (${tuples})`]);
      return new Map(found.map((r) => [r.key, Number(r.seq)]));
    };
    return (await overlayIndexed(rows, mine, field, value, placesOf)) as Collections[K][];
  }

  /** The writes, COMMIT and the unlock in one message; nothing at all when nothing was sent or written. */
  private upsert(puts: Written[]): string {
    const rows = puts.map((w) => `(${this.lit(w.kind)}, ${this.lit(w.key)}, ${this.lit(JSON.stringify(w.value))}, ${this.lit(expiryOf(w.kind, w.value))})`);
    return `INSERT INTO ${RECORDS_TABLE} (kind, key, value, expires_at) VALUES ${rows.join(', ')} ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`;
  }

  async commit(): Promise<void> {
    const puts = [...this.writes.values()].filter((w) => w.value !== undefined);
    const deletes = [...this.writes.values()].filter((w) => w.value === undefined);
    if (this.prelude.length && !puts.length && !deletes.length) return;
    // A state loaded into an empty database is one transaction of every record: its upserts go
    // ahead in messages of a bounded size (still before COMMIT), not as one text of them all.
    let from = 0;
    for (; puts.length - from > WRITES_PER_MESSAGE; from += WRITES_PER_MESSAGE) await this.send([this.upsert(puts.slice(from, from + WRITES_PER_MESSAGE))]);
    const statements: string[] = [];
    if (from < puts.length) statements.push(this.upsert(puts.slice(from)));
    if (deletes.length) {
      statements.push(`DELETE FROM ${RECORDS_TABLE} WHERE (kind, key) IN (${deletes.map((w) => `(${this.lit(w.kind)}, ${this.lit(w.key)})`).join(', ')})`);
    }
    statements.push(...this.giveBack(), 'COMMIT');
    if (this.lock !== undefined) statements.push(`SELECT pg_advisory_unlock(${this.lockId()})`);
    this.ahead = undefined;
    await commitOrUnknown(() => this.send(statements));
  }

  end(): void {
    this.open = false;
  }
}

/** Records one message of a transaction's writes holds at most (the last goes with COMMIT). */
const WRITES_PER_MESSAGE = 1_000;

const BEGIN = 'BEGIN ISOLATION LEVEL SERIALIZABLE';
const BEGIN_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ';
