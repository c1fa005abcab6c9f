// The two SQLite drivers the SQLite store runs on, behind the few calls it makes: better-sqlite3
// (a native module, an optional peer dependency: the only choice on Node 20) and node:sqlite
// (built into Node 22.13+ and 24: nothing to install or compile). better-sqlite3 is used when it
// is installed, node:sqlite otherwise; VIPM_SIM_SQLITE_DRIVER names one (docs/deploy.md has the
// figures of both). The writer thread opens its own connection with the same code
// (WRITER_CONNECTION), so the two stay one implementation per driver.
import { createRequire } from 'node:module';

export const SQLITE_DRIVERS = ['better-sqlite3', 'node:sqlite'] as const;
export type SqliteDriver = (typeof SQLITE_DRIVERS)[number];

export interface SqliteStatement<R> {
  get(...params: unknown[]): R | undefined;
  all(...params: unknown[]): R[];
  run(...params: unknown[]): { changes: number | bigint };
}

export interface SqliteConnection {
  prepare<R = unknown>(sql: string): SqliteStatement<R>;
  exec(sql: string): void;
  /** `PRAGMA <text>`: the first column of its first row. */
  pragma(text: string): unknown;
  /** Runs `work` inside BEGIN IMMEDIATE … COMMIT; ROLLBACK when it throws. */
  immediate(work: () => void): void;
  close(): void;
}

const require = createRequire(import.meta.url);

/**
 * How a connection is opened, as CommonJS source the writer thread evaluates too (it cannot
 * import this TypeScript module). Defines `openConnection(driver, driverPath, file, busyTimeoutMs)`.
 */
export const WRITER_CONNECTION = `
function quietly(load) {
  // node:sqlite announces itself as experimental on every load; the store says which driver it uses.
  const emitWarning = process.emitWarning;
  process.emitWarning = (warning, ...rest) => (/SQLite/.test(String(warning)) ? undefined : emitWarning.call(process, warning, ...rest));
  try { return load(); } finally { process.emitWarning = emitWarning; }
}
function openConnection(driver, driverPath, file, busyTimeoutMs) {
  if (driver === 'better-sqlite3') {
    const Database = require(driverPath);
    const db = new Database(file, { timeout: busyTimeoutMs });
    return {
      prepare: (sql) => db.prepare(sql),
      exec: (sql) => { db.exec(sql); },
      pragma: (text) => db.pragma(text, { simple: true }),
      immediate: (work) => db.transaction(work).immediate(),
      close: () => db.close(),
    };
  }
  const { DatabaseSync } = quietly(() => require('node:sqlite'));
  const db = new DatabaseSync(file);
  db.exec('PRAGMA busy_timeout = ' + Number(busyTimeoutMs));
  const first = (row) => (row ? Object.values(row)[0] : undefined);
  return {
    prepare: (sql) => db.prepare(sql),
    exec: (sql) => { db.exec(sql); },
    pragma: (text) => first(db.prepare('PRAGMA ' + text).get()),
    immediate: (work) => {
      db.exec('BEGIN IMMEDIATE');
      try { work(); db.exec('COMMIT'); } catch (error) { try { db.exec('ROLLBACK'); } catch {} throw error; }
    },
    close: () => db.close(),
  };
}
`;

const openConnection = new Function('require', 'process', `${WRITER_CONNECTION}; return openConnection;`)(require, process) as
  (driver: SqliteDriver, driverPath: string | undefined, file: string, busyTimeoutMs: number) => SqliteConnection;

/** Where better-sqlite3 is installed, or undefined. */
function betterSqlitePath(): string | undefined {
  try {
    return require.resolve('better-sqlite3');
  } catch {
    return undefined;
  }
}

/** Node 22.13+ and 24 have node:sqlite without a flag. */
export function hasNodeSqlite(): boolean {
  return typeof (process as { getBuiltinModule?: (id: string) => unknown }).getBuiltinModule === 'function'
    && (process as unknown as { getBuiltinModule: (id: string) => unknown }).getBuiltinModule('node:sqlite') !== undefined;
}

/** The driver to use: the one asked for, else better-sqlite3 when installed, else node:sqlite when the runtime has it. */
export function chooseDriver(asked: string | undefined = process.env.VIPM_SIM_SQLITE_DRIVER): { driver: SqliteDriver; path?: string } | { missing: string } {
  if (asked !== undefined && asked !== '' && !(SQLITE_DRIVERS as readonly string[]).includes(asked)) {
    return { missing: `VIPM_SIM_SQLITE_DRIVER=${asked}: use ${SQLITE_DRIVERS.join(' or ')}` };
  }
  const path = betterSqlitePath();
  if (asked === 'node:sqlite' || (!asked && !path && hasNodeSqlite())) {
    return hasNodeSqlite() ? { driver: 'node:sqlite' } : { missing: `--data with node:sqlite needs Node 22.13 or later (this is ${process.version}): npm i better-sqlite3@12` };
  }
  return path ? { driver: 'better-sqlite3', path } : { missing: '--data needs better-sqlite3: npm i better-sqlite3@12' };
}

export function openSqlite(driver: SqliteDriver, driverPath: string | undefined, file: string, busyTimeoutMs: number): SqliteConnection {
  return openConnection(driver, driverPath, file, busyTimeoutMs);
}
