// The SQLite store (--data FILE): one file, WAL journal, synchronous=FULL, so a change is on
// disk before its answer leaves. better-sqlite3 is synchronous while a transaction's work is
// async, so transactions run one at a time (like the memory store). Group commit: the works
// that queued up while the previous batch ran go together into one BEGIN IMMEDIATE … COMMIT,
// each inside a SAVEPOINT of its own, so a throw rolls back only its own work, and no work's
// result is handed back before the COMMIT (one fsync) that makes it durable. Other processes on
// the same file wait for the write lock (busy timeout) rather than fail.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import {
  CREATE_MIGRATIONS_TABLE, MIGRATIONS, MIGRATIONS_TABLE, PURGE_BATCH, RECORDS_TABLE, SCHEMA_VERSION, expiryOf, newerSchemaError, statementsFor,
} from './migrations.js';
import { KINDS, emptyContents, type Kind, type Store, type StoreContents, type Tx } from './store.js';

const BUSY_TIMEOUT_MS = 5000;

export class SqliteStore implements Store {
  readonly name = 'sqlite';

  get description(): string {
    return `SQLite ${this.file} (WAL, synchronous=FULL)`;
  }
  private readonly waiting: Array<{ work: (tx: Tx) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void }> = [];
  /** The batches being run, while there are any. */
  private draining: Promise<void> | undefined;
  private closed = false;
  private readonly statements;

  private constructor(private readonly db: Database.Database, readonly file: string) {
    this.statements = {
      get: db.prepare<[string, string], { value: string }>(`SELECT value FROM ${RECORDS_TABLE} WHERE kind = ? AND key = ?`),
      put: db.prepare(`INSERT INTO ${RECORDS_TABLE} (kind, key, value, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (kind, key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`),
      purge: db.prepare(`DELETE FROM ${RECORDS_TABLE} WHERE kind = ? AND key IN (SELECT key FROM ${RECORDS_TABLE} WHERE kind = ? AND expires_at < ? LIMIT ${PURGE_BATCH})`),
      delete: db.prepare(`DELETE FROM ${RECORDS_TABLE} WHERE kind = ? AND key = ?`),
      list: db.prepare<[string], { value: string }>(`SELECT value FROM ${RECORDS_TABLE} WHERE kind = ? ORDER BY rowid`),
      all: db.prepare<[], { kind: string; key: string; value: string }>(`SELECT kind, key, value FROM ${RECORDS_TABLE} ORDER BY rowid`),
      clear: db.prepare(`DELETE FROM ${RECORDS_TABLE}`),
    };
  }

  /** Opens (creating when absent) and migrates the file; a file that is not ours is a clear Error. */
  static open(file: string): SqliteStore {
    const path = resolve(file);
    if (existsSync(path) && !statSync(path).isFile()) throw new Error(`--data ${file}: not a file`);
    let db: Database.Database;
    try {
      db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
    } catch (error) {
      throw new Error(`--data ${file}: cannot open it as a SQLite database (${(error as Error).message})`);
    }
    try {
      let tables: string[];
      try {
        tables = db.prepare<[], { name: string }>(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all().map((r) => r.name);
      } catch (error) {
        throw new Error(`--data ${file}: not a SQLite database, or a damaged one (${(error as Error).message}); point --data at a new file or at one vipm-sim created`);
      }
      if (tables.length && !tables.includes(MIGRATIONS_TABLE)) {
        throw new Error(`--data ${file}: a SQLite database of something else (tables: ${tables.slice(0, 5).join(', ')}${tables.length > 5 ? ', …' : ''}); vipm-sim only uses a new file or one it created`);
      }
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (String(mode).toLowerCase() !== 'wal') throw new Error(`--data ${file}: cannot switch the database to WAL mode (got ${mode})`);
      db.pragma('synchronous = FULL');
      migrate(db, file);
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') throw new Error(`--data ${file}: the database is damaged (quick_check: ${check})`);
      return new SqliteStore(db, path);
    } catch (error) {
      db.close();
      if ((error as Error).message.startsWith('--data')) throw error;
      throw new Error(`--data ${file}: ${(error as Error).message}`);
    }
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      this.draining ??= this.drain();
    });
  }

  /** Runs batches until none is waiting; clears `draining` in the same step that finds none. */
  private async drain(): Promise<void> {
    try {
      while (this.waiting.length) await this.runBatch(this.waiting.splice(0));
    } finally {
      this.draining = undefined;
    }
  }

  private async runBatch(batch: SqliteStore['waiting']): Promise<void> {
    if (this.closed) {
      for (const item of batch) item.reject(new Error('the SQLite store is closed'));
      return;
    }
    const { db } = this;
    const outcomes: Array<{ value?: unknown; error?: unknown; failed: boolean }> = [];
    try {
      db.exec('BEGIN IMMEDIATE');
      for (const item of batch) {
        db.exec('SAVEPOINT work');
        try {
          outcomes.push({ value: await this.runWork(item.work), failed: false });
          db.exec('RELEASE work');
        } catch (error) {
          db.exec('ROLLBACK TO work');
          db.exec('RELEASE work');
          outcomes.push({ error, failed: true });
        }
      }
      db.exec('COMMIT');
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => (outcomes[i].failed ? item.reject(outcomes[i].error) : item.resolve(outcomes[i].value)));
  }

  private async runWork<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const s = this.statements;
    let open = true;
    const live = () => { if (!open) throw new Error('transaction used after it ended'); };
    const tx: Tx = {
      get: async (kind, key) => {
        live();
        const row = s.get.get(kind, key);
        return row ? JSON.parse(row.value) : undefined;
      },
      put: async (kind, key, value) => { live(); s.put.run(kind, key, JSON.stringify(value), expiryOf(kind, value)); },
      delete: async (kind, key) => { live(); s.delete.run(kind, key); },
      list: async (kind) => { live(); return s.list.all(kind).map((r) => JSON.parse(r.value)); },
    };
    try {
      return await work(tx);
    } finally {
      open = false;
    }
  }

  /** Deletes up to one batch of the kind's records that expired before `now`; answers how many. */
  async purgeExpired(kind: Kind, now: Date): Promise<number> {
    return this.transaction(async () => this.statements.purge.run(kind, kind, now.toISOString()).changes);
  }

  async replaceAll(contents: StoreContents): Promise<void> {
    await this.transaction(async (tx) => {
      this.statements.clear.run();
      for (const kind of KINDS) {
        for (const [key, value] of Object.entries(contents[kind] ?? {})) await tx.put(kind, key, value as never);
      }
    });
  }

  async dump(): Promise<StoreContents> {
    return this.transaction(async () => {
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
    await this.draining;
    this.closed = true;
    this.db.close();
  }
}

function migrate(db: Database.Database, file: string): void {
  db.exec('BEGIN IMMEDIATE');
  try {
    db.exec(CREATE_MIGRATIONS_TABLE);
    const found = db.prepare<[], { v: number | null }>(`SELECT MAX(version) AS v FROM ${MIGRATIONS_TABLE}`).get()?.v ?? 0;
    if (found > SCHEMA_VERSION) throw newerSchemaError(`--data ${file}`, found);
    const record = db.prepare(`INSERT INTO ${MIGRATIONS_TABLE} (version, description, applied_at) VALUES (?, ?, ?) ON CONFLICT (version) DO NOTHING`);
    for (const m of MIGRATIONS) {
      if (m.version <= found) continue;
      for (const sql of statementsFor(m, 'sqlite')) db.exec(sql);
      record.run(m.version, m.description, new Date().toISOString());
    }
    db.exec('COMMIT');
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
