// A partner's test in a few lines: partnerClient() calls the simulated API (token, headers,
// correlation ids handled), sim.sandbox drives what Adobe does (the clock, the outbox).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { partnerClient, startSimulator, type PartnerClient, type RunningSimulator } from 'vipm-sim';

let sim: RunningSimulator;
let api: PartnerClient;
before(async () => { sim = await startSimulator(); api = await partnerClient(sim); });
after(() => sim.stop());

it('a new customer is active after a minute and its admin got the welcome email', async () => {
  const created = await api.createCustomer({ resellerId: '5556667778', companyProfile: { companyName: 'Duckburg Widgets', preferredLanguage: 'en-US',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
    contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' }] } });
  await sim.sandbox.advanceClock('P2D');                       // past the activation delay, and the token's lifetime
  assert.equal((await api.getCustomer(created.customerId)).status, '1000');
  assert.equal((await sim.sandbox.emails({ customerId: created.customerId }))[0].to, 'donald@duckburg.example');
});
