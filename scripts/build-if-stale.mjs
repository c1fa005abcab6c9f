#!/usr/bin/env node
// Builds dist/ (`npm run build:steps`) only when a source changed since the last build, so that
// `npm install && npm start` builds once and a second `npm start` starts at once. The sources'
// fingerprint (path, size and mtime of every input file) is taken before a build and written to
// dist/.build-stamp after it succeeds; a file edited during the build makes the next run build
// again. `--force` builds whatever the stamp says (`npm run build`).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** What the build reads; the tests, docs and examples are not in dist/. */
export const INPUTS = ['server', 'console', 'contracts', 'bin', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function files(root, path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(root.length + 1));
}

/** One hash of the path, size and mtime of every input file under `root`. */
export function fingerprint(root, inputs = INPUTS) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((path) => files(root, path)).sort()) {
    const { size, mtimeMs } = statSync(join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function main(force) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const stamp = join(root, 'dist', '.build-stamp');
  const before = fingerprint(root);
  if (!force && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === before) {
    console.log('dist/ is up to date with the sources (npm run build rebuilds it)');
    return 0;
  }
  const build = spawnSync('npm', ['run', '--silent', 'build:steps'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) return build.status ?? 1;
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, `${before}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.includes('--force'));
