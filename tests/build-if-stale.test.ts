// `npm start` and `npm install` build dist/ only when a source changed since the last build.
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fingerprint } from '../scripts/build-if-stale.mjs';

describe('build only when stale', () => {
  it('CLI-18 the sources fingerprint changes when a source is added, edited or touched, and only then', () => {
    const root = mkdtempSync(join(tmpdir(), 'vipm-stale-'));
    mkdirSync(join(root, 'server/domain'), { recursive: true });
    writeFileSync(join(root, 'server/domain/a.ts'), 'export const a = 1;\n');
    writeFileSync(join(root, 'README.md'), 'not an input\n');
    const built = fingerprint(root);
    assert.equal(fingerprint(root), built, 'nothing changed: no build');
    writeFileSync(join(root, 'README.md'), 'still not an input\n');
    assert.equal(fingerprint(root), built, 'a file the build does not read');
    utimesSync(join(root, 'server/domain/a.ts'), new Date(), new Date(Date.now() + 5_000));
    const touched = fingerprint(root);
    assert.notEqual(touched, built, 'touched (a checkout, an editor)');
    writeFileSync(join(root, 'package.json'), '{}');
    assert.notEqual(fingerprint(root), touched, 'a new input');
  });
});

describe('a fresh install compiles nothing', () => {
  const root = join(import.meta.dirname, '..');
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8'));

  it('CLI-19 no package a clone installs runs an install script but esbuild\'s (it only checks its prebuilt binary); better-sqlite3 stays an optional peer, installed by npm test where Node has no node:sqlite', () => {
    const lock = read('package-lock.json') as { packages: Record<string, { hasInstallScript?: boolean }> };
    const scripted = Object.entries(lock.packages).filter(([, entry]) => entry.hasInstallScript).map(([path]) => path);
    assert.deepEqual(scripted, ['node_modules/esbuild']);
    const pkg = read('package.json');
    assert.equal(pkg.devDependencies['better-sqlite3'], undefined);
    assert.equal(pkg.peerDependenciesMeta['better-sqlite3'].optional, true);
    const steps = (pkg.scripts.test as string).split(' && ');
    const ensure = steps.indexOf('node scripts/ensure-sqlite-driver.mjs');
    assert.ok(ensure >= 0 && ensure < steps.findIndex((step) => step.includes('test:memory')), 'the driver is there before the first suite');
  });
});
