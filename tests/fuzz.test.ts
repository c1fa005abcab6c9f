// Generated invalid requests against every operation of both contracts (fast-check, fixed seed,
// bounded count). The oracle: never a 5xx, always an Adobe-shaped (or, on the token endpoints,
// IMS-shaped) body without a stack trace, and the state unchanged — except the records that
// exist to remember requests (replay records, used request ids), which the oracle leaves out.
// VIPM_SIM_FUZZ_RUNS sets the count (default 2,000); VIPM_SIM_FUZZ_SEED the seed.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { StateDocument } from '../server/domain/control/state.js';
import { harness, type Harness } from './support/harness.js';

const RUNS = Number(process.env.VIPM_SIM_FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.VIPM_SIM_FUZZ_SEED ?? 20261201);

interface Operation { method: string; path: string; hasBody: boolean; api: boolean }

function operationsOf(h: Harness): Operation[] {
  const ops: Operation[] = [];
  for (const [name, doc] of Object.entries(h.sim.contract.documents)) {
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { requestBody?: unknown }>>)) {
      for (const method of ['get', 'post', 'patch', 'put', 'delete']) {
        const op = item[method];
        if (!op) continue;
        const hasBody = !!op.requestBody;
        // Control-plane operations without a body (DELETE /emails, POST /reset …) are valid by
        // construction; only the ones whose body can be made invalid are fuzzed, plus all reads.
        if (name === 'sandbox' && !hasBody && method !== 'get') continue;
        ops.push({ method: method.toUpperCase(), path, hasBody, api: name === 'openapi' });
      }
    }
  }
  return ops;
}

const segment = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom('9876543210', '5556667778', '%E0%A4%A', '%', '%00', '..', '%2F', 'a'.repeat(300), '\u00e9\u4e2d', '*', '**'),
);
const headerValue = fc.oneof(fc.string({ maxLength: 80 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')), fc.constantFrom('', 'Bearer', 'Bearer x', 'application/xml', '*/*'));
const jsonBody = fc.oneof(
  fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ __fuzz: v })),
  fc.string({ maxLength: 200 }),
  fc.nat({ max: 3000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.nat({ max: 2000 }).map((n) => `{"companyProfile":{"contacts":[${'1,'.repeat(n)}1]}}`),
  fc.constantFrom('', '{', 'null', '{"__proto__":{"x":1}}', '{"resellerId":5}', '\u0000'),
);
/** Control-plane bodies that no schema accepts: unexpected fields, non-objects, broken JSON, never empty. */
const invalidControlBody = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ __fuzz: v })),
  fc.oneof(fc.integer(), fc.boolean(), fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 })).map((v) => JSON.stringify(v)),
  fc.string({ minLength: 1, maxLength: 200 }).filter((t) => t.trim() !== '').map((t) => `{${t}`),
  fc.nat({ max: 3000 }).map((n) => '['.repeat(n + 1) + ']'.repeat(n + 1)),
);
const queryString = fc.array(fc.tuple(fc.constantFrom('status', 'limit', 'offset', 'company-name', 'sort-by', 'order-by', 'from-created-date', 'x', 'path', 'customerId'), fc.string({ maxLength: 30 })), { maxLength: 4 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : ''));

function requestArbitrary(ops: Operation[]) {
  return fc.record({
    op: fc.constantFrom(...ops),
    params: fc.array(segment, { minLength: 3, maxLength: 3 }),
    query: queryString,
    body: fc.oneof(jsonBody, invalidControlBody),
    controlBody: invalidControlBody,
    credentials: fc.constantFrom('valid', 'none', 'garbage'),
    correlationId: fc.oneof(fc.uuid(), headerValue),
    contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8', ''),
    accept: fc.constantFrom(undefined, 'application/json', 'text/html', '*/*'),
  });
}

type Generated = fc.Arbitrary<ReturnType<typeof requestArbitrary> extends fc.Arbitrary<infer T> ? T : never>;

/** The state without the records that legitimately remember a request. */
function comparable(doc: StateDocument) {
  const { idempotency: _i, requestIds: _r, tokens: _t, ...rest } = doc;
  return rest;
}

const STACK_TRACE = /\n\s+at |node:internal|\.ts:\d+:\d+/;

describe('fuzzing every operation with invalid requests', () => {
  let h: Harness;
  let url: string;
  let close: () => Promise<void>;

  before(async () => {
    h = await harness();
    await h.sim.keeper.changeClock({ frozen: true });
    const server = createServer(h.app).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });
  });
  after(() => close());

  it(`FUZZ-01 ${RUNS} generated invalid requests: no 5xx, always an Adobe- or IMS-shaped error, state unchanged`, { timeout: 600_000 }, async () => {
    const before = comparable(await h.state());
    const ops = operationsOf(h);
    const statuses = new Map<number, number>();
    await fc.assert(fc.asyncProperty(requestArbitrary(ops) as Generated, async (r) => {
      let i = 0;
      const path = r.op.path.replace(/\{[^}]+\}/g, () => r.params[i++] ?? 'x');
      const headers: Record<string, string> = { 'x-correlation-id': r.correlationId };
      if (r.credentials === 'valid') Object.assign(headers, { authorization: `Bearer ${h.defaultToken}`, 'x-api-key': 'vipm-sim-client' });
      if (r.credentials === 'garbage') Object.assign(headers, { authorization: 'Bearer garbage', 'x-api-key': 'nobody' });
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.accept) headers.accept = r.accept;
      const res = await fetch(`${url}${path}${r.query}`, { method: r.op.method, headers, body: r.op.method === 'GET' ? undefined : r.op.api ? r.body : r.controlBody });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      assert.ok(res.status < 500, `${r.op.method} ${path}${r.query} answered ${res.status}: ${text.slice(0, 300)}`);
      assert.ok(!STACK_TRACE.test(text), `a stack trace in ${text.slice(0, 300)}`);
      if (res.status >= 400) {
        const body = JSON.parse(text);
        const keys = Object.keys(body).sort().join();
        const ims = path.startsWith('/ims/');
        assert.equal(keys, ims ? 'error,error_description' : 'additionalDetails,code,message', `${r.op.method} ${path}: ${text.slice(0, 300)}`);
      }
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });
    assert.deepEqual(comparable(await h.state()), before, 'no invalid request changed the state');
    assert.ok((statuses.get(200) ?? 0) + (statuses.get(400) ?? 0) > 0, `answers seen: ${JSON.stringify([...statuses])}`);
  });
});
