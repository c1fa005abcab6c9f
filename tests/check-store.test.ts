// The store-dependent pass checks its store once before running: no PostgreSQL, one line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

describe('npm run test:behaviour on PostgreSQL', () => {
  it('without a reachable PostgreSQL says once what is missing and exits 1, before any test runs', () => {
    const { CI: _ci, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/check-store.ts'], {
      encoding: 'utf8', timeout: 60_000,
      env: { ...env, VIPM_SIM_TEST_STORE: 'postgres', VIPM_SIM_TEST_DATABASE_URL: 'postgres://postgres@127.0.0.1:1/test' },
    });
    assert.equal(run.status, 1, run.stderr);
    const lines = run.stderr.trim().split('\n');
    assert.equal(lines.length, 1, run.stderr);
    assert.match(lines[0], /^the PostgreSQL pass cannot run: PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/test is unreachable \(.*ECONNREFUSED.*\); start one/);
  });
});
