// Hostile requests: each defect a shared sandbox met, answered with a bounded, Adobe-shaped error
// that changes nothing. (How fast they are answered is measured by bench/hardening.ts.)
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { jsonLimitViolation, API_BODY_LIMITS } from '../server/domain/protocol/limits.js';
import { maskSecrets } from '../server/domain/protocol/secrets.js';
import { wildcardMatcher } from '../server/domain/control/wildcard.js';
import { FairScheduler } from '../server/http/fair-scheduler.js';
import { Journal } from '../server/control-plane/journal.js';
import { startSimulator } from '../server/index.js';
import { assertError, fairmontUpdate, harness, newCustomer } from './support/harness.js';

const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);

/** A raw HTTP exchange on a socket, for requests no HTTP client would send. */
function rawRequest(url: string, text: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(text));
    let reply = '';
    socket.setEncoding('utf8').on('data', (c) => { reply += c; }).on('end', () => resolve(reply)).on('error', reject);
  });
}

const statusAndBody = (reply: string) => ({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(reply)?.[1]), body: JSON.parse(reply.slice(reply.indexOf('\r\n\r\n') + 4)) });

describe('hardening: bounded work per request', () => {
  it('HARD-01 a body nested 5,000 deep is refused naming the limit, and the journal still reads', async () => {
    const h = await harness();
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { raw: deep(5000) }), 400, '1117');
    assert.match(error.message, /nests deeper than 16 levels/);
    const unauthenticated = await h.agent.post('/v3/customers').set('content-type', 'application/json').send(deep(5000));
    assert.equal(unauthenticated.status, 403);
    const journal = await h.control('GET', '/journal');
    assert.equal(journal.status, 200, 'reading a journal that holds the deep bodies does not crash');
    assert.equal(typeof journal.body.entries[0].requestBody, 'string', 'a body over the limits is shown as text, not parsed');
    const fault = await h.control('POST', '/faults', `{"path":"/v3/**","action":"respond","body":${deep(5000)}}`);
    assert.match(assertError(fault, 400, '1117').message, /nests deeper than 32 levels/);
    assert.deepEqual((await h.control('GET', '/faults')).body, []);
  });

  it('HARD-02 an array of 450,000 items is refused at the array limit before any validation', async () => {
    const h = await harness();
    const body = JSON.stringify(fairmontUpdate()).replace(/"contacts":\[[^\]]*\]/, `"contacts":[${'1,'.repeat(449_999)}1]`);
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { raw: body }), 400, '1117', ['companyProfile.contacts']);
    assert.match(error.message, /more than 1000 items/);
    assert.ok(Buffer.byteLength(JSON.stringify(error)) < 2000, 'the answer stays small');
  });

  it('HARD-03 validation answers name at most 20 problems and count the rest', async () => {
    const h = await harness();
    const contacts = Array.from({ length: 90 }, () => 1);
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts }) }), 400, '1117');
    assert.equal(error.additionalDetails.length, 21);
    assert.equal(error.additionalDetails[20], 'and 70 more');
    assert.match(error.message, /; and 70 more$/);
  });

  it('HARD-04 the limits scanner measures structure in one pass and names where a limit breaks', () => {
    assert.equal(jsonLimitViolation('{"a":[1,2,3],"b":{"c":"x"}}', API_BODY_LIMITS), undefined);
    assert.deepEqual(jsonLimitViolation(`{"a":{"b":[${'0,'.repeat(1000)}0]}}`, API_BODY_LIMITS)?.path, 'a.b');
    assert.equal(jsonLimitViolation(`{"s":"${'é'.repeat(16_385)}"}`, API_BODY_LIMITS)?.keyword, 'maxLength');
    assert.equal(jsonLimitViolation(`{"s":"${'é'.repeat(16_384)}"}`, API_BODY_LIMITS), undefined, 'characters, not bytes');
    assert.equal(jsonLimitViolation('["]]]]]]]]]]]]]]]]]]]]", "\\"[[[["]', API_BODY_LIMITS), undefined, 'brackets inside strings are text');
  });

  it('HARD-05 company-name wildcards match in linear time (no regular expression from user input)', async () => {
    const h = await harness();
    await h.control('PUT', '/customers/7000000001', { resellerId: '5556667778', companyProfile: { ...newCustomer().companyProfile, companyName: 'a'.repeat(80) } });
    const started = performance.now();
    const list = await h.call('GET', `/v3/resellers/5556667778/customers?company-name=${'*a'.repeat(30)}*b`);
    assert.equal(list.status, 200);
    assert.equal(list.body.totalCount, 0);
    assert.ok(performance.now() - started < 2000, 'a backtracking matcher takes minutes here');
    const match = wildcardMatcher('fair*', { caseInsensitive: true });
    assert.equal(match('Fairmont'), true);
    assert.equal(match('Unfair'), false);
    const path = wildcardMatcher('/v3/customers/*', { segments: true });
    assert.equal(path('/v3/customers/123'), true);
    assert.equal(path('/v3/customers/123/x'), false);
    assert.equal(wildcardMatcher('/v3/**', { segments: true })('/v3/customers/123/x'), true);
  });
});

describe('hardening: bounded memory', () => {
  it('HARD-06 the journal keeps copies of at most 16 KB per body and stays within its byte budget', () => {
    const journal = new Journal(1000, 1024 * 1024);
    const big = Buffer.alloc(900_000, 'x');
    for (let i = 0; i < 200; i++) {
      journal.add({ at: new Date(), method: 'PATCH', path: '/v3/customers/1', query: {}, headers: {}, requestBody: big, status: 400, responseHeaders: {}, responseBody: undefined, durationMs: 1 });
    }
    assert.ok(journal.heldBytes <= 1024 * 1024, `held ${journal.heldBytes} bytes`);
    assert.ok(journal.size < 200 && journal.size > 10);
    const [entry] = journal.find({ limit: 1 });
    assert.match(String(entry.requestBody), /… \(900000 bytes\)$/);
  });

  it('HARD-07 the journal stays at its entry cap (checked on the Journal itself)', () => {
    const journal = new Journal(1000);
    for (let i = 0; i < 10_000; i++) {
      journal.add({ at: new Date(), method: 'GET', path: '/partnerservice/ping', query: {}, headers: {}, requestBody: undefined, status: 200, responseHeaders: {}, responseBody: undefined, correlationId: `load-${i}`, durationMs: 0 });
    }
    const entries = journal.find({ limit: 10_000 });
    assert.equal(journal.size, 1000);
    assert.equal(entries.length, 1000);
    assert.equal(entries[0].correlationId, 'load-9999');
    assert.equal(entries[999].correlationId, 'load-9000');
  });

  it('HARD-08 replay records are kept within a byte budget, oldest dropped first', async () => {
    const { MemoryStore } = await import('../server/store/memory-store.js');
    const store = new MemoryStore(5000, 200_000);
    for (let i = 0; i < 50; i++) {
      await store.transaction(async (tx) => tx.put('idempotency', `k${i}`, { key: `k${i}`, expiresAt: '2099-01-01T00:00:00Z', response: { status: 200, headers: {}, body: 'x'.repeat(10_000) } }));
    }
    const kept = await store.transaction((tx) => tx.list('idempotency'));
    assert.ok(kept.length < 50 && kept.length >= 5, `kept ${kept.length}`);
    assert.equal(kept[kept.length - 1].key, 'k49', 'the newest stays');
  });
});

describe('hardening: every error is a proper answer', () => {
  it('HARD-09 a path parameter that does not percent-decode is 400/1117, not 500', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/%E0%A4%A'), 400, '1117', ['path']);
    assertError(await h.control('GET', '/customers/%E0%A4%A'), 400, '1117', ['path']);
  });

  it('HARD-10 a corrupt Content-Encoding body is 400/1117; a valid gzip body is read', async () => {
    const h = await harness();
    for (const encoding of ['gzip', 'br', 'deflate']) {
      const res = await h.agent.patch('/v3/customers/9876543210').set('authorization', `Bearer ${h.defaultToken}`).set('x-api-key', 'vipm-sim-client')
        .set('x-correlation-id', `enc-${encoding}`).set('content-type', 'application/json').set('content-encoding', encoding).send('not compressed at all');
      assert.equal(res.status, 400, `${encoding}: ${res.text}`);
      assert.equal(res.body.code, '1117');
    }
    const sim = await startSimulator();
    try {
      const token = (await (await fetch(`${sim.url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) })).json()).access_token;
      const ok = await fetch(`${sim.url}/v3/customers/9876543210`, {
        method: 'PATCH', body: gzipSync(JSON.stringify(fairmontUpdate())),
        headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': 'gzipped', 'content-type': 'application/json', 'content-encoding': 'gzip' },
      });
      assert.equal(ok.status, 200, await ok.text());
    } finally {
      await sim.stop();
    }
  });

  it('HARD-11 the token endpoints answer every error in the IMS shape', async () => {
    const h = await harness();
    const many = Array.from({ length: 1200 }, (_, i) => `p${i}=1`).join('&');
    const tooMany = await h.agent.post('/ims/token/v3').type('form').send(many);
    assert.equal(tooMany.status, 400);
    assert.deepEqual(Object.keys(tooMany.body).sort(), ['error', 'error_description']);
    const tooLarge = await h.agent.post('/ims/token/v3').type('form').send(`client_id=${'x'.repeat(20_000)}`);
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.body.error, 'invalid_request');
    const wrongMethod = await h.agent.get('/ims/token/v3');
    assert.equal(wrongMethod.status, 405);
    assert.equal(typeof wrongMethod.body.error_description, 'string');
    const twice = await h.agent.post('/ims/token/v3').type('form').send('grant_type=client_credentials&client_id=vipm-sim-client&client_secret=a&client_secret=vipm-sim-secret');
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error_description, 'client_secret must be sent once');
  });

  it('HARD-12 requests Node\'s parser refuses get an Adobe-shaped body (400, 431, 417)', async () => {
    const sim = await startSimulator();
    try {
      const cases: Array<[string, string, number]> = [
        ['CR in a header', 'GET /partnerservice/ping HTTP/1.1\r\nHost: x\r\nX-Bad: a\rb\r\n\r\n', 400],
        ['NUL in a header', 'GET /partnerservice/ping HTTP/1.1\r\nHost: x\r\nX-Bad: a\u0000b\r\n\r\n', 400],
        ['duplicate Content-Length', 'POST /v3/customers HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}', 400],
        ['a 20 KB header', `GET /partnerservice/ping HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
        ['a 100 KB URL', `GET /${'a'.repeat(100_000)} HTTP/1.1\r\nHost: x\r\n\r\n`, 431],
        ['Expect: bogus', 'GET /partnerservice/ping HTTP/1.1\r\nHost: x\r\nExpect: bogus\r\nConnection: close\r\n\r\n', 417],
      ];
      for (const [what, text, status] of cases) {
        const reply = statusAndBody(await rawRequest(sim.url, text));
        assert.equal(reply.status, status, what);
        assert.deepEqual(Object.keys(reply.body).sort(), ['additionalDetails', 'code', 'message'], what);
      }
      assert.equal((await fetch(`${sim.url}/healthz`)).status, 200, 'the server still answers');
    } finally {
      await sim.stop();
    }
  });

  it('HARD-20 an HTTP/1.1 request without Host is 400/1117 naming Host (IMS\'s shape on the token endpoints), as is a parser refusal there', async () => {
    const sim = await startSimulator();
    try {
      const noHost = statusAndBody(await rawRequest(sim.url, 'GET /ping HTTP/1.1\r\nX-Api-Key: vipm-sim-client\r\n\r\n'));
      assert.deepEqual([noHost.status, noHost.body.code, noHost.body.additionalDetails], [400, '1117', ['Host']]);
      const tokenNoHost = statusAndBody(await rawRequest(sim.url, 'POST /ims/token/v3 HTTP/1.1\r\nContent-Length: 0\r\n\r\n'));
      assert.deepEqual([tokenNoHost.status, tokenNoHost.body.error], [400, 'invalid_request']);
      assert.match(tokenNoHost.body.error_description, /Host/);
      const tokenBadHeader = statusAndBody(await rawRequest(sim.url, 'POST /ims/token/v3 HTTP/1.1\r\nHost: x\r\nX-Bad: a\rb\r\n\r\n'));
      assert.deepEqual([tokenBadHeader.status, Object.keys(tokenBadHeader.body).sort()], [400, ['error', 'error_description']]);
      const http10 = await rawRequest(sim.url, 'GET /ping HTTP/1.0\r\nX-Api-Key: vipm-sim-client\r\n\r\n');
      assert.match(http10, /^HTTP\/1\.1 200[^]*pong$/, 'HTTP/1.0 has no Host requirement');
    } finally {
      await sim.stop();
    }
  });
});

describe('hardening: secrets', () => {
  it('HARD-13 the journal masks every secret: query, form, JSON body fields and credential headers', async () => {
    const h = await harness();
    await h.agent.post('/ims/token/v2?grant_type=client_credentials&client_id=vipm-sim-client&client_secret=vipm-sim-secret-in-query');
    await h.agent.post('/ims/token/v3').type('form').send('grant_type=client_credentials&client_id=vipm-sim-client&client_secret=one-secret-value-x&client_secret=two-secret-value-y&password=hunter2hunter2hunter2');
    await h.agent.get('/partnerservice/ping').set('x-api-key', 'vipm-sim-client').set('proxy-authorization', 'Basic c2VjcmV0LXByb3h5LWNyZWRlbnRpYWw=').set('cookie', 'session=abcdefabcdefabcdef');
    await h.call('PATCH', '/v3/customers/9876543210', { raw: JSON.stringify({ ...fairmontUpdate(), apiToken: 'json-body-token-value', nested: { password: 'nested-password-value' } }) });
    const text = JSON.stringify((await h.control('GET', '/journal')).body);
    for (const secret of ['vipm-sim-secret-in-query', 'one-secret-value-x', 'two-secret-value-y', 'hunter2hunter2hunter2', 'c2VjcmV0LXByb3h5LWNyZWRlbnRpYWw=', 'abcdefabcdefabcdef', 'json-body-token-value', 'nested-password-value', h.defaultToken]) {
      assert.ok(!text.includes(secret), `${secret} is masked`);
    }
    assert.deepEqual(maskSecrets({ client_secret: 'abc', list: [{ password: 'p' }], ok: 'x' }), { client_secret: '****', list: [{ password: '****' }], ok: 'x' });
  });
});

describe('hardening: smaller defects', () => {
  it('HARD-14 an expired token stays invalid when the clock is set back', async () => {
    const h = await harness();
    const token = await h.token();
    await h.control('POST', '/clock', { advance: 'P2D' });
    assertError(await h.call('GET', '/v3/customers/9876543210', { client: { id: 'vipm-sim-client', token } }), 401, '4116');
    await h.control('POST', '/clock', { advance: '-P2D' });
    assertError(await h.call('GET', '/v3/customers/9876543210', { client: { id: 'vipm-sim-client', token } }), 401, '4116');
    const fresh = await h.token();
    assert.equal((await h.call('GET', '/v3/customers/9876543210', { client: { id: 'vipm-sim-client', token: fresh } })).status, 200, 'a token issued after the move is valid');
  });

  it('HARD-15 DELETE /__sandbox/faults/ (trailing slash) clears nothing: 404', async () => {
    const h = await harness();
    await h.control('POST', '/faults', { path: '/v3/**', action: 'respond', status: 500 });
    assertError(await h.control('DELETE', '/faults/'), 404, '4040');
    assert.equal((await h.control('GET', '/faults')).body.length, 1);
  });

  it('HARD-16 the control plane\'s admin token is compared in constant time, of any length', async () => {
    const h = await harness({ adminToken: 'a-long-admin-token' });
    for (const presented of ['x', 'a-long-admin-toke', 'a-long-admin-token-', 'A-LONG-ADMIN-TOKEN']) {
      assertError(await h.control('GET', '/clock', undefined, { authorization: `Bearer ${presented}` }), 401, '4010');
    }
    assert.equal((await h.control('GET', '/clock', undefined, { authorization: 'Bearer a-long-admin-token' })).status, 200);
  });

  it('HARD-17 requests are started first come, first served, a bounded number per event-loop turn', async () => {
    const scheduler = new FairScheduler();
    const order: number[] = [];
    for (let i = 0; i < 100; i++) scheduler.middleware({} as never, {} as never, () => order.push(i));
    assert.deepEqual(order, [], 'nothing runs in the turn that read the requests');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(order.length, 32);
    for (let turn = 0; turn < 10 && order.length < 100; turn++) await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(order, Array.from({ length: 100 }, (_, i) => i), 'all of them, in order, within a few turns');
  });
});
