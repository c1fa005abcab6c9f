import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { startChildSimulator } from './support/child-simulator.js';

const CLI = ['--import', 'tsx', 'server/cli.ts'];

describe('command line', () => {
  it('CLI-01 --help lists the serve options', () => {
    const out = spawnSync(process.execPath, [...CLI, 'serve', '--help'], { encoding: 'utf8' });
    assert.equal(out.status, 0, out.stderr);
    for (const option of ['--port', '--host', '--fixtures', '--empty', '--activation-delay', '--token-ttl', '--3yc-mode', 'vipm-sim-client']) {
      assert.ok(out.stdout.includes(option), `--help does not mention ${option}`);
    }
  });

  it('CLI-02 refuses a non-loopback host and a bad duration with a clear message', () => {
    const host = spawnSync(process.execPath, [...CLI, 'serve', '--host', '0.0.0.0'], { encoding: 'utf8' });
    assert.notEqual(host.status, 0);
    assert.match(host.stderr, /refusing to listen on 0\.0\.0\.0/);
    const delay = spawnSync(process.execPath, [...CLI, 'serve', '--activation-delay', 'soon'], { encoding: 'utf8' });
    assert.notEqual(delay.status, 0);
    assert.match(delay.stderr, /not an ISO-8601 duration/);
    const fixtures = spawnSync(process.execPath, [...CLI, 'serve', '--fixtures', '/nonexistent.json'], { encoding: 'utf8' });
    assert.notEqual(fixtures.status, 0);
    assert.match(fixtures.stderr, /cannot read fixtures/);
  });

  it('CLI-03 serve prints its URL and credentials, answers, and stops cleanly on SIGTERM', async () => {
    const sim = await startChildSimulator([], { command: [process.execPath, ...CLI] });
    assert.match(sim.output(), /vipm-sim-secret/);
    const url = sim.url;
    const pong = await fetch(`${url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } });
    assert.equal(await pong.text(), 'pong');
    await sim.stop();
    assert.equal(sim.process.exitCode, 0);
  });
});
