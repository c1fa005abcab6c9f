// `vipm-sim verify` against a simulator with an admin token, an unreachable one, and its colours.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startChildSimulator, type ChildSimulator } from './support/child-simulator.js';

const PACT = 'examples/partner-client/pacts/example-partner-client-adobe-vipmp-customers.json';

function verify(args: string[], env: Record<string, string | undefined> = {}) {
  const merged: Record<string, string | undefined> = { ...process.env, PACT_DO_NOT_TRACK: 'true', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const run = spawnSync(process.execPath, ['bin/vipm-sim.js', 'verify', ...args], { encoding: 'utf8', timeout: 120_000, env: merged as NodeJS.ProcessEnv });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('vipm-sim verify and the control plane', () => {
  let sim: ChildSimulator;
  before(async () => { sim = await startChildSimulator(['--admin-token', 'verify-t0ken']); });
  after(() => sim.stop());

  it('CLI-15 --url with an admin token: refused with a hint without it, verified with --admin-token or VIPM_SIM_ADMIN_TOKEN', () => {
    const without = verify([PACT, '--url', sim.url], { VIPM_SIM_ADMIN_TOKEN: undefined });
    assert.equal(without.status, 1, without.output);
    assert.match(without.output, new RegExp(`${sim.url}/__sandbox/provider-states answered 401: the simulator has an admin token; pass it with --admin-token or VIPM_SIM_ADMIN_TOKEN`));
    const flag = verify([PACT, '--url', sim.url, '--admin-token', 'verify-t0ken']);
    assert.equal(flag.status, 0, flag.output);
    assert.match(flag.output, /every interaction verified/);
    const env = verify([PACT, '--url', sim.url], { VIPM_SIM_ADMIN_TOKEN: 'verify-t0ken' });
    assert.equal(env.status, 0, env.output);
  });

  it('CLI-16 an unreachable --url names the URL and the reason, not just "fetch failed"', async () => {
    const spare = createServer();
    await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
    const { port } = spare.address() as { port: number };
    await new Promise((resolve) => spare.close(resolve));
    const run = verify([PACT, '--url', `http://127.0.0.1:${port}`]);
    assert.equal(run.status, 1);
    assert.ok(run.output.includes(`cannot reach http://127.0.0.1:${port}/__sandbox/provider-states (ECONNREFUSED: nothing listens there (is the simulator running?))`), run.output);
    assert.doesNotMatch(run.output, /fetch failed/);
  });

  it('CLI-17 no ANSI colours when stdout is not a terminal or NO_COLOR is set', () => {
    for (const env of [{ NO_COLOR: '1' }, { NO_COLOR: undefined }]) {
      const run = verify([PACT, '--url', sim.url, '--admin-token', 'verify-t0ken'], env);
      assert.equal(run.status, 0, run.output);
      assert.match(run.output, /has status code 200 \(OK\)/);
      assert.doesNotMatch(run.output, /\x1b\[/);
    }
  });
});
