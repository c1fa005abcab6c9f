/** What the SQLite store would run on here, or undefined when it has no driver. */
export function availableSqliteDriver(): 'better-sqlite3' | 'node:sqlite' | undefined;
