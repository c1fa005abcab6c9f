#!/usr/bin/env node
// The suites need a SQLite driver. `npm install` compiles nothing (better-sqlite3 is an optional
// peer, not a development dependency: compiling it was most of a fresh install's time), so on a
// runtime without the built-in node:sqlite (Node 20, and 22 before 22.13) `npm test` installs
// better-sqlite3 here first, once, at the range package.json's peerDependencies names.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

const resolves = (name) => {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
};

/** What the SQLite store would run on here, or undefined when it has no driver. */
export function availableSqliteDriver() {
  if (resolves('better-sqlite3')) return 'better-sqlite3';
  // As server/store/sqlite-driver.ts#hasNodeSqlite: Node 22.13+ and 24 have it without a flag.
  if (process.getBuiltinModule?.('node:sqlite')) return 'node:sqlite';
  return undefined;
}

function main() {
  const found = availableSqliteDriver();
  if (found) return 0;
  const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).peerDependencies['better-sqlite3'];
  console.log(`SQLite for the suites: Node ${process.version} has no node:sqlite (22.13+), so installing better-sqlite3@${range} (compiled here: a few minutes, once)`);
  // As a development dependency, not saved: npm never installs an optional peer of the root by itself.
  const install = spawnSync('npm', ['install', '--no-save', '--save-dev', `better-sqlite3@${range}`], { cwd: root, stdio: 'inherit' });
  return install.status ?? 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
