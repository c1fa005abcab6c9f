// The SQLite store (--data FILE): one file, WAL journal, synchronous=FULL, so a change is on
// disk before its answer leaves. Transactions run one at a time (like the memory store), reading
// through the main thread's connection; a transaction's writes wait in memory until it succeeds
// (a throw leaves nothing), then join the batch being gathered. Group commit off the event loop:
// a writer thread with a connection of its own commits one batch at a time (BEGIN IMMEDIATE …
// COMMIT, one fsync), and the batch that gathered meanwhile goes next. Later transactions read
// the writes still on their way (so they see a serial order), and no result is handed back
// before the COMMIT that makes its writes — and every write it read — durable; a batch that
// fails fails every transaction after it too. One process per file: another process on it
// waits for the write lock (busy timeout) rather than corrupt it, but is not a supported set-up.
// The driver is better-sqlite3 or Node's built-in node:sqlite (sqlite-driver.ts).
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { chooseDriver, openSqlite, WRITER_CONNECTION, type SqliteConnection, type SqliteDriver, type SqliteStatement } from './sqlite-driver.js';
import { MissingPeerError } from '../platform/optional-peer.js';
import {
  CREATE_MIGRATIONS_TABLE, MIGRATIONS, MIGRATIONS_TABLE, PURGE_BATCH, RECORDS_TABLE, SCHEMA_VERSION, expiryOf, listByQuery, newerSchemaError, statementsFor,
} from './migrations.js';
import { overlayIndexed, type PlacedRow } from './indexed-list.js';
import { INDEXED_FIELDS, KINDS, emptyContents, type IndexedKind, type Kind, type Store, type StoreContents, type Tx } from './store.js';

const BUSY_TIMEOUT_MS = 5000;

/** One record write of a batch: JSON text, or null for a delete. */
type Row = [kind: string, key: string, value: string | null, expiresAt: string | null];
type Done = { resolve: () => void; reject: (error: unknown) => void };

/**
 * The writer thread: its own connection to the file (WAL, synchronous=FULL), one BEGIN IMMEDIATE
 * … COMMIT per batch it is sent, answering only once COMMIT (and its fsync) returned.
 */
const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
${WRITER_CONNECTION}
const db = openConnection(workerData.driver, workerData.driverPath, workerData.file, workerData.busyTimeoutMs);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const put = db.prepare(workerData.put);
const del = db.prepare(workerData.del);
const write = (rows) => db.immediate(() => {
  for (const [kind, key, value, expiresAt] of rows) value === null ? del.run(kind, key) : put.run(kind, key, value, expiresAt);
});
parentPort.on('message', (batch) => {
  if (batch === 'close') { db.close(); parentPort.close(); return; }
  try {
    write(batch.rows);
    parentPort.postMessage({ id: batch.id });
  } catch (error) {
    parentPort.postMessage({ id: batch.id, error: error.message });
  }
});
`;

export class SqliteStore implements Store {
  readonly name = 'sqlite';

  get description(): string {
    return `SQLite ${this.file} (WAL, synchronous=FULL, ${this.driver})`;
  }
  /** Transactions run one at a time, in order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Written by transactions that ran but whose batch is not committed yet: key → row, batch. */
  private readonly pending = new Map<string, { row: Row; batch: number }>();
  /** The batch being gathered (sent once the one in flight is committed). */
  private gathering: { id: number; rows: Map<string, Row>; done: Done[] } | undefined;
  private inFlight: { id: number; done: Done[] } | undefined;
  private nextBatch = 1;
  /** Bumped when a batch fails: transactions that ran before may have read its writes. */
  private generation = 0;
  private closed = false;
  private readonly writer: Worker;
  private readonly statements;

  private constructor(private readonly db: SqliteConnection, readonly file: string, readonly driver: SqliteDriver, driverPath: string | undefined) {
    const put = `INSERT INTO ${RECORDS_TABLE} (kind, key, value, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`;
    const del = `DELETE FROM ${RECORDS_TABLE} WHERE kind = ? AND key = ?`;
    this.statements = {
      get: db.prepare<{ value: string }>(`SELECT value FROM ${RECORDS_TABLE} WHERE kind = ? AND key = ?`),
      put: db.prepare(put),
      purge: db.prepare(`DELETE FROM ${RECORDS_TABLE} WHERE kind = ? AND key IN (SELECT key FROM ${RECORDS_TABLE} WHERE kind = ? AND expires_at < ? LIMIT ${PURGE_BATCH})`),
      list: db.prepare<{ key: string; value: string }>(`SELECT key, value FROM ${RECORDS_TABLE} WHERE kind = ? ORDER BY rowid`),
      listBy: Object.fromEntries((Object.keys(INDEXED_FIELDS) as IndexedKind[]).map((kind) => [kind, db.prepare<PlacedRow>(listByQuery('sqlite', kind, INDEXED_FIELDS[kind], '?'))])) as Record<IndexedKind, SqliteStatement<PlacedRow>>,
      place: db.prepare<{ place: number }>(`SELECT rowid AS place FROM ${RECORDS_TABLE} WHERE kind = ? AND key = ?`),
      all: db.prepare<{ kind: string; key: string; value: string }>(`SELECT kind, key, value FROM ${RECORDS_TABLE} ORDER BY rowid`),
      clear: db.prepare(`DELETE FROM ${RECORDS_TABLE}`),
    };
    this.writer = new Worker(WRITER, { eval: true, workerData: { driver, driverPath, file, busyTimeoutMs: BUSY_TIMEOUT_MS, put, del } });
    this.writer.on('message', (answer: { id: number; error?: string }) => this.committed(answer));
    this.writer.on('error', (error) => this.writerFailed(error));
    this.writer.unref();
  }
  /**
   * Opens (creating when absent) and migrates the file; a file that is not ours is a clear Error.
   * `driver` (default: VIPM_SIM_SQLITE_DRIVER, else better-sqlite3 when installed, else node:sqlite).
   */
  static open(file: string, driver?: SqliteDriver): SqliteStore {
    const chosen = chooseDriver(driver);
    if ('missing' in chosen) throw new MissingPeerError(chosen.missing);
    const path = resolve(file);
    if (existsSync(path) && !statSync(path).isFile()) throw new Error(`--data ${file}: not a file`);
    let db: SqliteConnection;
    try {
      db = openSqlite(chosen.driver, chosen.path, path, BUSY_TIMEOUT_MS);
    } catch (error) {
      throw new Error(`--data ${file}: cannot open it as a SQLite database (${(error as Error).message})`);
    }
    try {
      let tables: string[];
      try {
        tables = db.prepare<{ name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all().map((r) => r.name);
      } catch (error) {
        throw new Error(`--data ${file}: not a SQLite database, or a damaged one (${(error as Error).message}); point --data at a new file or at one vipm-sim created`);
      }
      if (tables.length && !tables.includes(MIGRATIONS_TABLE)) {
        throw new Error(`--data ${file}: a SQLite database of something else (tables: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}); vipm-sim only uses a new file or one it created`);
      }
      const mode = db.pragma('journal_mode = WAL');
      if (String(mode).toLowerCase() !== 'wal') throw new Error(`--data ${file}: cannot switch the database to WAL mode (got ${mode})`);
      db.pragma('synchronous = FULL');
      migrate(db, file);
      const check = db.pragma('quick_check');
      if (check !== 'ok') throw new Error(`--data ${file}: the database is damaged (quick_check: ${check})`);
      return new SqliteStore(db, path, chosen.driver, chosen.path);
    } catch (error) {
      db.close();
      if ((error as Error).message.startsWith('--data')) throw error;
      throw new Error(`--data ${file}: ${(error as Error).message}`);
    }
  }

  /**
   * Runs `work` after the transactions before it; hands its result back once the batch holding
   * its writes is committed (a transaction that wrote nothing still waits for the writes it may
   * have read).
   */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    // The next transaction starts once this one's work is done, not once its batch is on disk.
    const ran = this.queue.then(() => this.runWork(work));
    this.queue = ran.catch(() => undefined);
    return ran.then(async ({ result, committed }) => {
      await committed;
      return result;
    });
  }

  private async runWork<T>(work: (tx: Tx) => Promise<T>): Promise<{ result: T; committed: Promise<void> }> {
    if (this.closed) throw new Error('the SQLite store is closed');
    const generation = this.generation;
    const s = this.statements;
    const mine = new Map<string, Row>();
    let open = true;
    const live = () => { if (!open) throw new Error('transaction used after it ended'); };
    const text = (kind: string, key: string): string | null | undefined => {
      const id = `${kind}\u0000${key}`;
      const row = mine.get(id) ?? this.pending.get(id)?.row;
      if (row) return row[2];
      return s.get.get(kind, key)?.value;
    };
    const tx: Tx = {
      get: async (kind, key) => {
        live();
        const found = text(kind, key);
        return found ? JSON.parse(found) : undefined;
      },
      put: async (kind, key, value) => { live(); mine.set(`${kind}\u0000${key}`, [kind, key, JSON.stringify(value), expiryOf(kind, value)]); },
      delete: async (kind, key) => { live(); mine.set(`${kind}\u0000${key}`, [kind, key, null, null]); },
      list: async (kind) => {
        live();
        const merged = new Map<string, string | null>(s.list.all(kind).map((r) => [r.key, r.value]));
        for (const writes of [[...this.pending.values()].map((p) => p.row), [...mine.values()]]) {
          for (const [k, key, value] of writes) if (k === kind) merged.set(key, value);
        }
        return [...merged.values()].filter((v): v is string => v !== null).map((v) => JSON.parse(v));
      },
      listBy: async (kind, field, value) => {
        live();
        const writes = [...[...this.pending.values()].map((p) => p.row), ...mine.values()]
          .filter(([k]) => k === kind)
          .map(([, key, text]) => ({ key, value: text === null ? undefined : JSON.parse(text) }));
        const placesOf = (keys: string[]) => new Map(keys.flatMap((key) => {
          const found = s.place.get(kind, key);
          return found ? [[key, found.place] as const] : [];
        }));
        return overlayIndexed(s.listBy[kind].all(value), writes, field, value, placesOf) as never;
      },
    };
    let result: T;
    try {
      result = await work(tx);
    } finally {
      open = false;
    }
    if (generation !== this.generation) throw new Error('the SQLite store could not commit a change this transaction read; nothing of it was kept');
    return { result, committed: this.commit(mine) };
  }

  /** Adds the writes to the batch being gathered; resolves once that batch is on disk. */
  private commit(rows: Map<string, Row>): Promise<void> {
    if (!rows.size && !this.pending.size) return Promise.resolve();
    const batch = (this.gathering ??= { id: this.nextBatch++, rows: new Map<string, Row>(), done: [] as Done[] });
    for (const [id, row] of rows) {
      batch.rows.set(id, row);
      this.pending.set(id, { row, batch: batch.id });
    }
    const committed = new Promise<void>((resolve, reject) => batch.done.push({ resolve, reject }));
    this.send();
    return committed;
  }

  /** Sends the gathered batch when none is in flight: one COMMIT (one fsync) for all of it. */
  private send(): void {
    if (this.inFlight || !this.gathering) return;
    const batch = this.gathering;
    this.gathering = undefined;
    this.inFlight = { id: batch.id, done: batch.done };
    // The writer keeps the process alive only while a batch is on its way.
    this.writer.ref();
    this.writer.postMessage({ id: batch.id, rows: [...batch.rows.values()] });
  }

  private committed(answer: { id: number; error?: string }): void {
    const batch = this.inFlight;
    if (!batch || batch.id !== answer.id) return;
    this.inFlight = undefined;
    this.writer.unref();
    if (answer.error !== undefined) return this.fail(new Error(`SQLite ${this.file}: ${answer.error}`));
    for (const [id, p] of this.pending) if (p.batch === batch.id) this.pending.delete(id);
    for (const d of batch.done) d.resolve();
    this.send();
  }

  /** A batch that fails fails everything after it too (it may have read the failed writes). */
  private fail(error: Error): void {
    this.generation++;
    const done = [...(this.inFlight?.done ?? []), ...(this.gathering?.done ?? [])];
    this.inFlight = undefined;
    this.gathering = undefined;
    this.pending.clear();
    this.writer.unref();
    for (const d of done) d.reject(error);
  }

  private writerFailed(error: Error): void {
    this.closed = true;
    this.fail(new Error(`SQLite ${this.file}: the writer stopped (${error.message})`));
  }

  /** Waits until every transaction so far is committed, then runs `fn` alone on the main connection. */
  private exclusive<T>(fn: () => T): Promise<T> {
    return this.transaction(async () => {
      await this.drained();
      return fn();
    });
  }

  private async drained(): Promise<void> {
    for (let batch = this.gathering ?? this.inFlight; batch; batch = this.gathering ?? this.inFlight) {
      const { done } = batch;
      await new Promise<void>((resolve, reject) => done.push({ resolve, reject }));
    }
  }

  /** Deletes up to one batch of the kind's records that expired before `now`; answers how many. */
  async purgeExpired(kind: Kind, now: Date): Promise<number> {
    return this.exclusive(() => Number(this.statements.purge.run(kind, kind, now.toISOString()).changes));
  }

  async replaceAll(contents: StoreContents): Promise<void> {
    await this.exclusive(() => this.db.immediate(() => {
      this.statements.clear.run();
      for (const kind of KINDS) {
        for (const [key, value] of Object.entries(contents[kind] ?? {})) this.statements.put.run(kind, key, JSON.stringify(value), expiryOf(kind, value));
      }
    }));
  }

  async dump(): Promise<StoreContents> {
    return this.exclusive(() => {
      const contents = emptyContents();
      for (const row of this.statements.all.all()) {
        const table = contents[row.kind as Kind] as Record<string, unknown> | undefined;
        if (table) table[row.key] = JSON.parse(row.value);
      }
      return contents;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.queue;
    await this.drained().catch(() => undefined);
    this.closed = true;
    const exited = new Promise((resolve) => this.writer.once('exit', resolve));
    this.writer.ref();
    this.writer.postMessage('close');
    await exited;
    this.db.close();
  }
}

function migrate(db: SqliteConnection, file: string): void {
  db.immediate(() => {
    db.exec(CREATE_MIGRATIONS_TABLE);
    const found = Number(db.prepare<{ v: number | null }>(`SELECT MAX(version) AS v FROM ${MIGRATIONS_TABLE}`).get()?.v ?? 0);
    if (found > SCHEMA_VERSION) throw newerSchemaError(`--data ${file}`, found);
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, description, applied_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING`);
    for (const m of MIGRATIONS) {
      if (m.version <= found) continue;
      for (const sql of statementsFor(m, 'sqlite')) db.exec(sql);
      record.run(m.version, m.description, new Date().toISOString());
    }
  });
}
