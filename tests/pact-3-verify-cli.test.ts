// `vipm-sim verify` as a partner runs it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startChildSimulator, type ChildSimulator } from './support/child-simulator.js';

const EXAMPLE_PACT = 'examples/partner-client/pacts/example-partner-client-adobe-vipmp-customers.json';
const plain = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '');

function verify(...args: string[]) {
  const run = spawnSync(process.execPath, ['bin/vipm-sim.js', 'verify', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, PACT_DO_NOT_TRACK: 'true' } });
  return { status: run.status, output: plain(`${run.stdout}${run.stderr}`) };
}

function alteredPact(change: (pact: any) => void): string {
  const pact = JSON.parse(readFileSync(EXAMPLE_PACT, 'utf8'));
  change(pact);
  const file = join(mkdtempSync(join(tmpdir(), 'vipm-pact-')), 'altered.json');
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

describe('vipm-sim verify', () => {
  it('PACT-02 the example project\'s pacts verify, on a simulator it starts itself', () => {
    const run = verify('examples/partner-client/pacts');
    assert.equal(run.status, 0, run.output);
    assert.match(run.output, /every interaction verified/);
  });

  it('PACT-03 a pact expecting a wrong status fails with a readable report', () => {
    const file = alteredPact((pact) => { pact.interactions.find((i: any) => i.request.method === 'GET' && i.response.status === 200).response.status = 201; });
    const run = verify(file);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /a request for customer 1005512199/);
    assert.match(run.output, /has status code 201 \(FAILED\)/);
    assert.match(run.output, /There were 1 pact failures/);
    assert.match(run.output, /verification failed/);
  });

  it('PACT-04 a provider state the catalogue does not know fails, listing the known ones', () => {
    const file = alteredPact((pact) => { pact.interactions[0].providerStates = [{ name: 'a unicorn exists' }]; });
    const run = verify(file);
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, /"a unicorn exists"/);
    assert.match(run.output, /Known states[^]*"an active customer exists"/);
  });

  /** A one-line error and exit 1. */
  function refused(run: ReturnType<typeof verify>, message: RegExp) {
    assert.equal(run.status, 1, run.output);
    assert.match(run.output, message);
    assert.equal(run.output.trim().split('\n').length, 1, run.output);
  }

  it('PACT-05 nothing to verify, or a missing file, is a clear error', () => {
    refused(verify('no/such/pacts'), /no pact file or folder at no\/such\/pacts/);
    refused(verify(), /nothing to verify/);
  });

  it('PACT-07 broker options are checked before anything runs', () => {
    refused(verify('--broker-url', 'http://127.0.0.1:9'), /--broker-url needs --provider/);
    refused(verify(EXAMPLE_PACT, '--publish'), /--publish needs --provider-version/);
  });

  describe('against a running simulator (--url)', () => {
    let sim: ChildSimulator;
    before(async () => { sim = await startChildSimulator(); });
    after(() => sim.stop());

    it('PACT-06 verifies against the simulator at --url and leaves it running', () => {
      const run = verify(EXAMPLE_PACT, '--url', sim.url);
      assert.equal(run.status, 0, run.output);
      assert.equal(sim.process.exitCode, null);
    });
  });
});
