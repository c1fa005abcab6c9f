import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Journal } from '../server/control-plane/journal.js';
import { startSimulator } from '../server/index.js';
import { assertError, fairmontUpdate, harness, newCustomer, openTestStore } from './support/harness.js';

describe('control plane: faults', () => {
  it('SBX-14 the next N matching requests get the armed status and Adobe code; then the API answers again', async () => {
    const h = await harness();
    const armed = await h.control('POST', '/faults', { method: 'PATCH', path: '/v3/customers/*', action: 'respond', status: 500, count: 2 });
    assert.equal(armed.status, 201);
    assert.equal(armed.body.remaining, 2);
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).status, 200, 'a PATCH fault leaves GETs alone');
    for (let i = 0; i < 2; i++) assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'faulted' }) }), 500, '1124', []);
    assert.equal((await h.customer('9876543210')).externalReferenceId, '342', 'a fault applies nothing');
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() })).status, 200);
    assert.deepEqual((await h.control('GET', '/faults')).body, []);
  });

  it('SBX-14 the journal keeps the body of a request a fault answered', async () => {
    const h = await harness();
    await h.sandbox.armFault({ method: 'PATCH', path: '/v3/customers/*', action: 'respond', status: 500 });
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'faulted' }) }), 500, '1124', []);
    const [entry] = await h.sim.controlPlane.journal({ method: 'PATCH' });
    assert.equal(entry.fault, 'respond');
    assert.equal((entry.requestBody as { externalReferenceId?: string }).externalReferenceId, 'faulted');
  });

  it('SBX-14 429 gets 4118, 504 gets the gateway\'s own body, and a fault may carry a code and message', async () => {
    const h = await harness();
    await h.control('POST', '/faults', { path: '/v3/**', action: 'respond', status: 429 });
    assertError(await h.call('GET', '/v3/customers/9876543210'), 429, '4118');
    await h.control('POST', '/faults', { method: 'POST', path: '/v3/customers', action: 'respond', status: 504 });
    const timeout = await h.agent.post('/v3/customers').send({});
    assert.equal(timeout.status, 504);
    assert.deepEqual(timeout.body, { error_code: '504001', message: 'Gateway Timeout' });
    await h.control('POST', '/faults', { path: '/v3/customers/*', action: 'respond', status: 400, code: '1117', message: 'Some fields are invalid' });
    assertError(await h.call('GET', '/v3/customers/9876543210'), 400, '1117');
  });

  it('SBX-14 faults can be listed, disarmed one by one or all, and are validated', async () => {
    const h = await harness();
    const a = (await h.control('POST', '/faults', { path: '/v3/customers', action: 'respond', status: 500 })).body;
    await h.control('POST', '/faults', { path: '/v3/**', action: 'delay', delayMs: 10 });
    assert.equal((await h.control('GET', '/faults')).body.length, 2);
    assert.deepEqual((await h.control('DELETE', `/faults/${a.id}`)).body, { cleared: 1 });
    assertError(await h.control('DELETE', `/faults/${a.id}`), 404, '4040');
    assert.deepEqual((await h.control('DELETE', '/faults')).body, { cleared: 1 });
    assertError(await h.control('POST', '/faults', { path: 'v3', action: 'explode' }), 400, '1117', ['path', 'action']);
    assertError(await h.control('POST', '/faults', { path: '/v3/**', action: 'delay' }), 400, '1122', ['delayMs']);
    assertError(await h.control('POST', '/faults', { action: 'drop' }), 400, '1122', ['path']);
  });

  it('SBX-14 a delay fault holds the request, then it is handled normally', async () => {
    const h = await harness();
    await h.control('POST', '/faults', { method: 'GET', path: '/v3/customers/*', action: 'delay', delayMs: 150 });
    const started = Date.now();
    const reply = await h.call('GET', '/v3/customers/9876543210');
    assert.equal(reply.status, 200);
    assert.ok(Date.now() - started >= 140, 'the answer came after the delay');
  });

  it('SBX-15 a PATCH dropped after commit, retried with the same correlation id, gets the stored result and applies once', async () => {
    const sim = await startSimulator({ store: await openTestStore() });
    try {
      const token = (await (await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) })).json()).access_token;
      await fetch(`${sim.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'PATCH', path: '/v3/customers/9876543210', action: 'drop-after-commit' }) });
      const patch = () => fetch(`${sim.url}/v3/customers/9876543210`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': 'retry-me', 'x-request-id': 'attempt', 'content-type': 'application/json' },
        body: JSON.stringify(fairmontUpdate({ externalReferenceId: 'once' })),
      });
      await assert.rejects(patch(), /fetch failed/);
      const emails = async () => (await (await fetch(`${sim.url}/__sandbox/emails?customerId=9876543210`)).json()).length;
      assert.equal(await emails(), 1, 'the change was committed before the connection dropped');
      const retry = await patch();
      assert.equal(retry.status, 200);
      assert.equal((await retry.json()).externalReferenceId, 'once');
      assert.equal(await emails(), 1, 'the retry applied nothing again');
      const journal = await (await fetch(`${sim.url}/__sandbox/journal?correlationId=retry-me`)).json();
      assert.deepEqual(journal.entries.map((e: any) => [e.status, e.fault ?? null]), [[200, null], [0, 'drop-after-commit']]);
    } finally {
      await sim.stop();
    }
  });

  it('SBX-15 a drop fault closes the connection without doing anything', async () => {
    const sim = await startSimulator();
    try {
      await fetch(`${sim.url}/__sandbox/faults`, { method: 'POST', body: JSON.stringify({ path: '/partnerservice/ping', action: 'drop' }) });
      await assert.rejects(fetch(`${sim.url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } }), /fetch failed/);
      assert.equal(await (await fetch(`${sim.url}/partnerservice/ping`, { headers: { 'x-api-key': 'vipm-sim-client' } })).text(), 'pong');
    } finally {
      await sim.stop();
    }
  });
});

describe('control plane: request journal', () => {
  it('SBX-16 records requests and responses newest first, with the token masked', async () => {
    const h = await harness();
    await h.call('GET', '/v3/customers/9876543210', { headers: { 'x-correlation-id': 'j1', 'x-request-id': 'rq1' } });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'j2' }), headers: { 'x-correlation-id': 'j2' } });
    await h.call('GET', '/v3/customers/0000000000', { headers: { 'x-correlation-id': 'j3' } });
    const journal = (await h.control('GET', '/journal')).body;
    assert.deepEqual(journal.entries.slice(0, 3).map((e: any) => [e.method, e.status, e.correlationId]), [['GET', 404, 'j3'], ['PATCH', 200, 'j2'], ['GET', 200, 'j1']]);
    const first = journal.entries[2];
    assert.equal(first.requestId, 'rq1');
    assert.equal(first.customerId, '9876543210');
    assert.match(first.requestHeaders.authorization, /^Bearer \*\*\*\*.{4}$/);
    assert.ok(!JSON.stringify(journal).includes(h.defaultToken), 'the token never appears');
    assert.equal(journal.entries[1].requestBody.externalReferenceId, 'j2');
    assert.equal(journal.entries[1].responseBody.externalReferenceId, 'j2');
    assert.match(first.time, /^2026-11-01T09:/);
    const token = journal.entries.find((e: any) => e.path === '/ims/token/v3');
    assert.match(token.requestBody.client_secret, /^\*\*\*\*/);
    assert.match(token.responseBody.access_token, /^\*\*\*\*/);
  });

  it('SBX-16 a create is journaled under the customer id it answered with', async () => {
    const h = await harness();
    const created = await h.call('POST', '/v3/customers', { body: newCustomer() });
    const entries = (await h.control('GET', `/journal?customerId=${created.body.customerId}`)).body.entries;
    assert.deepEqual(entries.map((e: any) => [e.method, e.path, e.status]), [['POST', '/v3/customers', 201]]);
  });

  it('SBX-16 filters by path, customer, status and correlation id; clears', async () => {
    const h = await harness();
    await h.call('GET', '/v3/customers/9876543210');
    await h.call('GET', '/v3/customers/1005000002');
    await h.call('GET', '/v3/resellers/5556667778/customers');
    await h.call('GET', '/v3/customers/0000000000', { headers: { 'x-correlation-id': 'missing' } });
    const get = async (q: string) => (await h.control('GET', `/journal?${q}`)).body.entries.map((e: any) => e.path);
    assert.deepEqual(await get('path=/v3/customers/*'), ['/v3/customers/0000000000', '/v3/customers/1005000002', '/v3/customers/9876543210']);
    assert.deepEqual(await get('customerId=1005000002'), ['/v3/customers/1005000002']);
    assert.deepEqual(await get('status=404'), ['/v3/customers/0000000000']);
    assert.deepEqual(await get('correlationId=missing'), ['/v3/customers/0000000000']);
    assert.deepEqual(await get('path=/v3/**&limit=2'), ['/v3/customers/0000000000', '/v3/resellers/5556667778/customers']);
    assertError(await h.control('GET', '/journal?status=abc'), 400, '1117', ['status']);
    assert.deepEqual((await h.control('DELETE', '/journal')).body, { cleared: 5 });
    assert.equal((await h.control('GET', '/journal')).body.total, 0);
  });

  it('SBX-16 the journal stays at its cap: --journal-size entries, served through the control plane', async () => {
    const journal = new Journal(50);
    const h = await harness({ journal });
    for (let i = 0; i < 120; i++) {
      const res = await h.agent.get('/partnerservice/ping').set('x-api-key', 'vipm-sim-client').set('x-correlation-id', `load-${i}`);
      assert.equal(res.status, 200);
    }
    const body = (await h.control('GET', '/journal?limit=1000')).body;
    assert.equal(body.total, 50);
    assert.equal(body.capacity, 50);
    assert.equal(body.entries.length, 50);
    assert.equal(body.entries[0].correlationId, 'load-119');
    assert.equal(body.entries[49].correlationId, 'load-70');
  });
});
