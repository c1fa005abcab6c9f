// A partner's integration test with node:test: one simulator per test file, in-process, on a
// free port, with its own state. Run: node --import tsx --test examples/in-process/*.node.test.ts
import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startSimulator, type RunningSimulator } from 'vipm-sim';

let sim: RunningSimulator;
let token: string;

async function api(method: string, path: string, body?: unknown) {
  const res = await fetch(`${sim.url}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`, 'X-Api-Key': 'vipm-sim-client', 'X-Correlation-Id': crypto.randomUUID(),
      ...(body ? { 'Content-Type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: await res.json() };
}

describe('onboarding a customer (node:test)', () => {
  before(async () => {
    sim = await startSimulator();
    const res = await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) });
    token = (await res.json()).access_token;
  });
  beforeEach(() => sim.sandbox.reset());
  after(() => sim.stop());

  it('creates a customer that activates after a simulated minute', async () => {
    const created = await api('POST', '/v3/customers', {
      resellerId: '5556667778',
      companyProfile: {
        companyName: 'Duckburg Widgets', preferredLanguage: 'en-US',
        address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
        contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' }],
      },
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.status, '1002');
    await sim.sandbox.advanceClock('PT1M');
    assert.equal((await api('GET', `/v3/customers/${created.body.customerId}`)).body.status, '1000');
    assert.deepEqual((await sim.sandbox.emails({ customerId: created.body.customerId })).map((e) => e.to), ['donald@duckburg.example']);
  });

  it('retries a PATCH after a 500 from Adobe', async () => {
    await sim.sandbox.armFault({ method: 'PATCH', path: '/v3/customers/*', action: 'respond', status: 500 });
    const customer = await sim.sandbox.customer('9876543210');
    const update = { companyProfile: { ...customer.companyProfile, marketSubSegments: undefined } };
    assert.equal((await api('PATCH', '/v3/customers/9876543210', update)).status, 500);
    assert.equal((await api('PATCH', '/v3/customers/9876543210', update)).status, 200);
    // Both attempts reached the simulator (verify throws, listing the near misses, otherwise); the retry carried the body.
    await sim.sandbox.verify({ method: 'PATCH', path: '/v3/customers/*' }, { count: 2 });
    await sim.sandbox.verify({ method: 'PATCH', status: 200, body: { companyProfile: { companyName: customer.companyProfile.companyName } } }, { count: 1 });
    assert.deepEqual((await sim.sandbox.journal({ method: 'PATCH' })).map((e) => e.status), [200, 500]);
  });

  it('keeps two simulators apart', async () => {
    const other = await startSimulator({ fixtures: 'empty' });
    try {
      assert.equal((await other.sandbox.state()).customers.length, 0);
      assert.equal((await sim.sandbox.state()).customers.length, 7);
    } finally {
      await other.stop();
    }
  });
});
