// Provider side of the published pacts: the committed contracts/pacts/ verified against a real
// simulator process, provider states set up through its providerStatesSetupUrl. It needs no other
// test first: tests/pact-1-consumer.test.ts only checks that the committed file is what it writes.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { verifyPacts } from '../server/verify/verify-pacts.js';
import { startChildSimulator, type ChildSimulator } from './support/child-simulator.js';

describe('published pacts verify against the simulator', () => {
  let sim: ChildSimulator;
  before(async () => { sim = await startChildSimulator(); });
  after(() => sim.stop());

  it('PACT-01 every interaction of contracts/pacts verifies', async () => {
    await verifyPacts({ sources: ['contracts/pacts'], url: sim.url, clientId: 'vipm-sim-client', clientSecret: 'vipm-sim-secret', logLevel: 'error' });
    const current = await (await fetch(`${sim.url}/__sandbox/provider-states/current`)).json();
    assert.ok(current.state, 'the verifier set provider states up through the simulator');
  });
});
