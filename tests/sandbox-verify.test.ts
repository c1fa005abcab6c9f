// The typed client's request verification (WireMock's verify): count and match journal entries.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, beforeEach, describe, it } from 'node:test';
import { RequestVerificationError, startSimulator, type RunningSimulator } from '../server/index.js';
import { tokenFor } from './support/child-simulator.js';

describe('sandbox.verify()', () => {
  let sim: RunningSimulator;
  let token: string;
  const patch = (customerId: string, body: unknown) => fetch(`${sim.url}/v3/customers/${customerId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': randomUUID(), 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  /** A request is journaled as its response finishes, a moment after the client may have it. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
  const ping = () => fetch(`${sim.url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } });

  before(async () => {
    sim = await startSimulator();
    token = await tokenFor(sim.url);
  });
  beforeEach(() => sim.sandbox.reset());
  after(() => sim.stop());

  it('VER-01 matches by method, path pattern and body fields (partial, deep) and answers the entries', async () => {
    const { companyProfile } = await sim.sandbox.customer('9876543210');
    const profile = { ...companyProfile, marketSubSegments: undefined };
    assert.equal((await patch('9876543210', { externalReferenceId: 'x', companyProfile: profile })).status, 200);
    await patch('9876543210', { externalReferenceId: 'y', companyProfile: profile });
    await settle();
    const found = await sim.sandbox.verify({ method: 'PATCH', path: '/v3/customers/*', body: { externalReferenceId: 'x', companyProfile: { address: { country: 'US' } } } }, { count: 1 });
    assert.equal(found.length, 1);
    assert.equal(found[0].status, 200);
    assert.equal(await sim.sandbox.count({ method: 'patch', path: '/v3/**' }), 2);
    assert.equal(await sim.sandbox.count({ body: { externalReferenceId: /^[xy]$/ } }), 2);
    await sim.sandbox.verify({ method: 'PATCH', status: 200 }, { atLeast: 2, atMost: 2 });
  });

  it('VER-02 a failed verification throws a readable error listing the near misses and why each missed', async () => {
    const { companyProfile } = await sim.sandbox.customer('9876543210');
    await patch('9876543210', { externalReferenceId: 'y', companyProfile: { ...companyProfile, marketSubSegments: undefined } });
    await ping();
    await settle();
    const error = await sim.sandbox.verify({ method: 'PATCH', path: '/v3/customers/*', body: { externalReferenceId: 'x' } }, { count: 1 }).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof RequestVerificationError);
    assert.match(error.message, /^expected exactly 1 request\(s\) matching PATCH \/v3\/customers\/\* body \{"externalReferenceId":"x"\}, found 0 \(among 2 journal entries/);
    assert.match(error.message, /Near misses \(closest first\):\n {2}#\d+ PATCH \/v3\/customers\/9876543210 → 200: body\.externalReferenceId is "y", not "x"\n {2}#\d+ GET \/partnerservice\/ping → 200: method is GET; path is \/partnerservice\/ping; body is null, not an object/);
    await assert.rejects(sim.sandbox.verify({ method: 'DELETE' }), /expected at least 1 request\(s\) matching DELETE any path, found 0/);
    await assert.rejects(sim.sandbox.verify({ method: 'GET' }, { count: 0 }), /expected exactly 0/);
  });

  it('VER-03 journal() is asynchronous and returns every entry the journal keeps, not the first 100', async () => {
    for (let i = 0; i < 120; i++) await ping();
    await settle();
    const entries = sim.sandbox.journal();
    assert.ok(entries instanceof Promise);
    assert.equal((await entries).length, 120);
    assert.equal((await sim.sandbox.journal({ limit: 5 })).length, 5);
    assert.equal(await sim.sandbox.count({ path: '/partnerservice/ping' }), 120);
    assert.equal(await sim.sandbox.clearJournal(), 120);
  });

  it('VER-04 the journal masks a client secret sent as a query parameter (POST /ims/token/v2), so verify and logs never show it', async () => {
    await fetch(`${sim.url}/ims/token/v2?grant_type=client_credentials&client_id=vipm-sim-client&client_secret=vipm-sim-secret`, { method: 'POST' });
    await settle();
    const [entry] = await sim.sandbox.verify({ path: '/ims/token/v2', query: { client_id: 'vipm-sim-client' } }, { count: 1 });
    assert.equal(entry.query.client_secret, '****');
  });
});
