// startSimulator() refuses what it cannot run with an Error that has a `code`, before opening anything.
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { StartError, startSimulator, type SimulatorOptions } from '../server/index.js';

async function refusal(options: unknown): Promise<StartError> {
  const error = await startSimulator(options as SimulatorOptions).then(async (sim) => { await sim.stop(); return undefined; }, (e: unknown) => e);
  assert.ok(error instanceof StartError, `expected a StartError, got ${error}`);
  return error;
}

describe('startSimulator() errors', () => {
  it('CLI-12 wrong option types and unknown keys are refused with VIPM_SIM_INVALID_OPTIONS, naming each', async () => {
    const delay = await refusal({ settings: { activationDelayMs: 'PT0S' } });
    assert.equal(delay.code, 'VIPM_SIM_INVALID_OPTIONS');
    assert.match(delay.message, /settings\.activationDelayMs must be a number of milliseconds \(0 or more\), not an ISO-8601 duration, not "PT0S"/);
    const unknown = await refusal({ prot: 4000, settings: { tokenTTL: 1 } });
    assert.match(unknown.message, /prot is not an option \(known: port, host/);
    assert.match(unknown.message, /settings\.tokenTTL is not an option \(known: activationDelayMs, orderDelayMs, tokenTtlMs, threeYearCommitMode\)/);
    for (const [options, pattern] of [
      [{ port: '3000' }, /port must be a port number \(0-65535\), not "3000"/],
      [{ port: 70000 }, /port must be a port number/],
      [{ journalSize: 0 }, /journalSize must be a whole number \(1 or more\)/],
      [{ settings: { threeYearCommitMode: 'test' } }, /threeYearCommitMode must be one of production, sandbox/],
      [{ log: { level: 'loud' } }, /log\.level must be one of fatal, error, warn, info, debug, trace, silent/],
      [{ data: 'a.db', databaseUrl: 'postgres://x' }, /data and databaseUrl exclude each other/],
      ['fast', /the options must be an object/],
    ] as const) {
      const error = await refusal(options);
      assert.equal(error.code, 'VIPM_SIM_INVALID_OPTIONS');
      assert.match(error.message, pattern);
    }
  });

  it('CLI-13 a port in use rejects with code EADDRINUSE naming the port', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as { port: number };
    try {
      const error = await refusal({ port });
      assert.equal(error.code, 'EADDRINUSE');
      assert.match(error.message, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('CLI-14 unreadable or invalid fixtures reject with VIPM_SIM_UNREADABLE_FIXTURES or VIPM_SIM_INVALID_FIXTURES', async () => {
    assert.equal((await refusal({ fixtures: '/nonexistent.json' })).code, 'VIPM_SIM_UNREADABLE_FIXTURES');
    const invalid = await refusal({ fixtures: { distributors: [], resellers: [{ resellerId: 'x' }], customers: [] } });
    assert.equal(invalid.code, 'VIPM_SIM_INVALID_FIXTURES');
    assert.match(invalid.message, /resellers\[0\]/);
    const open = await refusal({ host: '0.0.0.0' });
    assert.equal(open.code, 'VIPM_SIM_ADMIN_TOKEN_REQUIRED');
  });
});
