// npm run test:python (clients/python/test.sh) never passes silently without Python: a skip that
// says so on a developer's machine, a failure in CI.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

const run = (env: Record<string, string>) =>
  spawnSync('bash', ['clients/python/test.sh'], { encoding: 'utf8', env: { ...process.env, VIPM_SIM_PYTHON: '/nonexistent/python3', ...env } });

describe('the Python tests without a python3 that has pytest', () => {
  it('fail with CI=true, naming what to install', () => {
    const r = run({ CI: 'true' });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /no python3 with pytest .*apt-get install python3-pytest.*: failing, as CI=true/);
  });

  it('are skipped elsewhere, with a line that says so', () => {
    const r = run({ CI: '' });
    assert.equal(r.status, 0);
    assert.match(r.stdout, /no python3 with pytest .*: skipped$/m);
  });
});
