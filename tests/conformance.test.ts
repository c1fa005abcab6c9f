// OpenAPI conformance through Stoplight Prism. CON-03 puts `prism proxy --errors` between a real
// simulator and this test and drives every operation × documented status of
// contracts/openapi.yaml through it (the 500s both from an armed fault and from a failing store,
// the simulator's own); CON-04 runs `prism mock` on the same file.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it, type TestContext } from 'node:test';
import { parse } from 'yaml';
import { errors } from '../server/domain/protocol/errors.js';
import { startSimulator, type RunningSimulator } from '../server/index.js';
import type { JournalEntry } from '../server/control-plane/journal.js';
import { defaultContract } from '../server/simulator.js';
import { MemoryStore } from '../server/store/memory-store.js';
import { ADDRESS, CLIENT, fairmontUpdate, newCustomer } from './support/harness.js';
import { PRISM_ERROR_TYPE, SPEC, startPrismMock, startPrismProxy, type RunningPrism } from './support/prism.js';

type Json = Record<string, any>;

/** A hung step fails (and the after hooks still stop Prism) instead of hanging the run. */
const LIMIT = { timeout: 45_000 };

const spec = parse(readFileSync(SPEC, 'utf8')) as Json;
const contract = defaultContract();
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every (operationId, status) the spec documents, as `operationId status`. */
function documentedPairs(doc: Json): string[] {
  const pairs: string[] = [];
  for (const item of Object.values<Json>(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      assert.ok(op.operationId, `${method} has no operationId`);
      for (const status of Object.keys(op.responses ?? {})) pairs.push(`${op.operationId} ${status}`);
    }
  }
  return pairs;
}

interface Request {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  /** Default headers to leave out (lower case). */
  omit?: string[];
  /** JSON bodies are sent as compact JSON.stringify text; form bodies as given. */
  body?: string;
}

interface Expected {
  status: number;
  /** Adobe error code, or IMS `error`. */
  code?: string;
  error?: string;
  /** The whole body, when it is known exactly. */
  body?: unknown;
}

type Route = 'prism' | 'direct';

/** What each documented pair was reached with, and along which route. */
const covered = new Map<string, Array<{ route: Route; how: string }>>();
function record(operationId: string, status: number, route: Route, how: string) {
  const key = `${operationId} ${status}`;
  covered.set(key, [...(covered.get(key) ?? []), { route, how }]);
}

let sim: RunningSimulator;
let prism: RunningPrism;
let token: string;

const customerHeaders = (): Record<string, string> => ({
  authorization: `Bearer ${token}`,
  'x-api-key': CLIENT.id,
  accept: 'application/json',
});

function build(req: Request, marker: { correlationId: string; requestId: string }): RequestInit {
  const headers: Record<string, string> = {
    // A fresh correlation id and request id on every request: they also find the request in the
    // simulator's journal (the token endpoints and ping ignore both).
    'x-correlation-id': marker.correlationId,
    'x-request-id': marker.requestId,
    ...(req.path.startsWith('/v3/') ? customerHeaders() : {}),
  };
  if (req.body !== undefined && req.path.startsWith('/v3/')) headers['content-type'] = 'application/json';
  if (req.body !== undefined && req.path === '/ims/token/v3') headers['content-type'] = 'application/x-www-form-urlencoded';
  for (const name of req.omit ?? []) delete headers[name];
  Object.assign(headers, req.headers);
  return { method: req.method, headers, body: req.body };
}

interface Answer {
  status: number;
  contentType: string;
  violations: string | null;
  text: string;
  body: any;
}

async function send(base: string, req: Request, marker = { correlationId: randomUUID(), requestId: randomUUID() }): Promise<Answer & { marker: typeof marker }> {
  const res = await fetch(`${base}${req.path}`, { ...build(req, marker), signal: AbortSignal.timeout(10_000) });
  const text = await res.text();
  const contentType = res.headers.get('content-type') ?? '';
  let body: any = text;
  if (/json/.test(contentType)) body = JSON.parse(text);
  return { status: res.status, contentType, violations: res.headers.get('sl-violations'), text, body, marker };
}

/** The simulator's journal entry of a request, polled briefly (it is written when the response finishes). */
async function journalEntry(marker: { correlationId: string; requestId: string }, withinMs = 2_000): Promise<JournalEntry | undefined> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = (await sim.sandbox.journal({ limit: 1000 })).find((e) => e.correlationId === marker.correlationId || e.requestId === marker.requestId);
    if (found || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function operationOf(req: Request): string {
  const op = contract.operationFor(req.method, req.path.split('?')[0]);
  assert.ok(op, `${req.method} ${req.path} is no operation of the spec`);
  return op.operationId;
}

function assertAnswer(answer: Answer, expected: Expected, where: string) {
  assert.equal(answer.status, expected.status, `${where}: expected ${expected.status}, got ${answer.status}: ${answer.text}`);
  if (expected.code) assert.equal(answer.body?.code, expected.code, `${where}: ${answer.text}`);
  if (expected.error) assert.equal(answer.body?.error, expected.error, `${where}: ${answer.text}`);
  if (expected.body !== undefined) assert.deepEqual(answer.body, expected.body, where);
}

/**
 * Sends a request through `prism proxy --errors` and asserts that Prism reported no violation of
 * the request or of the response (no `sl-violations` header, no answer of Prism's own), that the
 * simulator itself answered it (its journal holds it, with the same status) with the expected
 * status and code, and that the simulator's own ajv contract accepts the body as well.
 */
async function throughPrism(how: string, req: Request, expected: Expected) {
  const operationId = operationOf(req);
  const where = `${operationId} ${expected.status} through Prism (${how})`;
  const answer = await send(prism.url, req);
  assert.equal(answer.violations, null, `${where}: Prism reported violations: ${answer.violations}\n${answer.text}`);
  assert.ok(!answer.contentType.startsWith('application/problem+json') && !String(answer.body?.type ?? '').startsWith(PRISM_ERROR_TYPE),
    `${where}: Prism answered itself: ${answer.text}`);
  assertAnswer(answer, expected, where);
  const entry = await journalEntry(answer.marker);
  assert.ok(entry, `${where}: the simulator never received the request`);
  assert.equal(entry.status, answer.status, `${where}: the simulator answered ${entry.status}, the client got ${answer.status}`);
  assert.equal(contract.responseErrors(operationId, answer.status, answer.body), undefined, `${where}: ${answer.text}`);
  record(operationId, expected.status, 'prism', how);
  return answer;
}

/**
 * For requests that break the spec on purpose: Prism refuses them itself (an answer of its own,
 * never forwarded), so they go straight to the simulator, whose answer is validated against the
 * spec with the simulator's contract.
 */
async function directly(how: string, req: Request, expected: Expected, why: string) {
  const operationId = operationOf(req);
  const where = `${operationId} ${expected.status} directly (${how})`;
  const refused = await send(prism.url, req);
  // Prism's answers to a request it will not forward (VIOLATIONS would mean it did forward).
  const refusals = ['UNPROCESSABLE_ENTITY', 'UNAUTHORIZED', 'INVALID_CONTENT_TYPE'].map((name) => `${PRISM_ERROR_TYPE}${name}`);
  assert.ok(refused.contentType.startsWith('application/problem+json') && refusals.includes(refused.body?.type),
    `${where}: expected Prism to refuse the request (${why}), got ${refused.status}: ${refused.text.slice(0, 500)}`);
  assert.equal(await journalEntry(refused.marker, 0), undefined, `${where}: Prism forwarded a request it refused`);
  const answer = await send(sim.url, req);
  assertAnswer(answer, expected, where);
  assert.equal(contract.responseErrors(operationId, answer.status, answer.body), undefined, `${where}: ${answer.text}`);
  record(operationId, expected.status, 'direct', `${how} — ${why}; Prism: ${refused.status} ${String(refused.body.type).replace(PRISM_ERROR_TYPE, '')}`);
  return answer;
}

/** A memory store that can be made to fail every transaction, as a database that went away. */
class BreakableStore extends MemoryStore {
  broken = false;
  override transaction<T>(work: Parameters<MemoryStore['transaction']>[0]): Promise<T> {
    if (this.broken) return Promise.reject(new Error('the store is down on purpose'));
    return super.transaction(work) as Promise<T>;
  }
}
const store = new BreakableStore();

/** The bodies the simulator answers 429 and 500 with, fault or not: errors.ts's. */
const TOO_MANY = { status: 429, code: '4118', body: errors.tooManyRequests().toBody() };
const INTERNAL = { status: 500, code: '1124', body: errors.internal().toBody() };

/** The next request of the customer API answers as a fault says (429 or 500, Adobe's body). */
async function withFault<T>(method: 'GET' | 'POST' | 'PATCH', status: number, work: () => Promise<T>): Promise<T> {
  await sim.sandbox.armFault({ method, path: '/v3/**', action: 'respond', status });
  try {
    return await work();
  } finally {
    await sim.sandbox.clearFaults();
  }
}

/** The simulator's own 500: every transaction fails while `work` runs. */
async function withBrokenStore<T>(work: () => Promise<T>): Promise<T> {
  store.broken = true;
  try {
    return await work();
  } finally {
    store.broken = false;
  }
}

const json = (value: unknown) => JSON.stringify(value);
const BAD_TOKEN = { authorization: 'Bearer not-a-token-the-ims-issued' };
const UNKNOWN_KEY = { 'x-api-key': 'unknown-client' };
const NOT_ACCEPTABLE = { accept: 'text/html' };
/** Matches the spec's application/json for Prism (a +json suffix), but is not application/json for the simulator. */
const NOT_JSON_CONTENT = { 'content-type': 'application/merge-patch+json' };
/** A create body of 10,000 contacts, over the 1 MB limit, that also breaks the schema (an 81-character companyName). */
const oversized = () => json(newCustomer({}, { companyName: 'A'.repeat(81), contacts: Array.from({ length: 10_000 }, (_, i) => ({ firstName: 'Donald', lastName: 'Duck', email: `donald.${i}@duckburg.example`, phoneNumber: '408-555-0101' })) }));
const newReseller = (overrides: Record<string, unknown> = {}) => ({
  distributorId: '5000000001', externalReferenceId: '888', ...overrides,
  companyProfile: { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegments: ['COM', 'EDU'], address: ADDRESS, contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' }] },
});
const TOO_LARGE_WHY = 'Prism re-serialises the JSON it forwards, so the oversized body also breaks the schema for Prism to refuse it; the simulator checks the size first';

describe('CON-03 prism proxy --errors in front of the simulator', () => {
  before(async () => {
    sim = await startSimulator({ log: () => {}, store });
    prism = await startPrismProxy(sim.url);
    const issued = await send(sim.url, { method: 'POST', path: '/ims/token/v3', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret }).toString() });
    assert.equal(issued.status, 200, issued.text);
    token = issued.body.access_token;
  }, LIMIT);

  after(async () => {
    await prism?.stop();
    await sim?.stop();
  });

  it('CON-03 getTokenV3 answers 200, 400 and 401 through Prism', LIMIT, async () => {
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    await throughPrism('client credentials of vipm-sim-client', { method: 'POST', path: '/ims/token/v3', body: form({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret, scope: 'openid,AdobeID,read_organizations' }) }, { status: 200 });
    await throughPrism('empty client_secret (the spec allows an empty string)', { method: 'POST', path: '/ims/token/v3', body: form({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: '' }) }, { status: 400, error: 'invalid_request' });
    await throughPrism('wrong client_secret', { method: 'POST', path: '/ims/token/v3', body: form({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: 'wrong' }) }, { status: 401, error: 'invalid_client' });
  });

  it('CON-03 getTokenV2 answers 200, 400 and 401 through Prism', LIMIT, async () => {
    const query = (fields: Record<string, string>) => `/ims/token/v2?${new URLSearchParams(fields)}`;
    await throughPrism('client credentials as query parameters', { method: 'POST', path: query({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret }) }, { status: 200 });
    await throughPrism('grant_type=password', { method: 'POST', path: query({ grant_type: 'password', client_id: CLIENT.id, client_secret: CLIENT.secret }) }, { status: 400, error: 'unsupported_grant_type' });
    await throughPrism('wrong client_secret', { method: 'POST', path: query({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: 'wrong' }) }, { status: 401, error: 'invalid_client' });
  });

  it('CON-03 ping answers 200, 401 and 403 through Prism, at /partnerservice/ping and /ping', LIMIT, async () => {
    for (const path of ['/partnerservice/ping', '/ping']) {
      const ping = await throughPrism(`${path}: X-Api-Key alone`, { method: 'GET', path, headers: { 'x-api-key': CLIENT.id } }, { status: 200 });
      assert.equal(ping.text, 'pong');
      await throughPrism(`${path}: X-Api-Key and a token the IMS did not issue`, { method: 'GET', path, headers: { 'x-api-key': CLIENT.id, ...BAD_TOKEN } }, { status: 401, code: '4116' });
      await throughPrism(`${path}: an unknown X-Api-Key`, { method: 'GET', path, headers: UNKNOWN_KEY }, { status: 403, code: '4115' });
    }
  });

  it('CON-03 createCustomer answers every documented status', LIMIT, async () => {
    const create = (body: unknown, headers?: Record<string, string>): Request => ({ method: 'POST', path: '/v3/customers', body: json(body), headers });
    const created = await throughPrism('a valid new customer', create(newCustomer()), { status: 201 });
    assert.equal(created.body.status, '1002');
    await throughPrism('inactive reseller 5556667780', create(newCustomer({ resellerId: '5556667780' })), { status: 400, code: '1126' });
    await throughPrism('a token the IMS did not issue', create(newCustomer(), BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', create(newCustomer(), UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('unknown reseller 9999999999', create(newCustomer({ resellerId: '9999999999' })), { status: 404, code: '1115' });
    await throughPrism('Accept: text/html', create(newCustomer(), NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/customers', body: oversized() }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', create(newCustomer(), NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await withFault('POST', 429, () => throughPrism('an armed 429 fault', create(newCustomer()), TOO_MANY));
    await withFault('POST', 500, () => throughPrism('an armed 500 fault', create(newCustomer()), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', create(newCustomer()), INTERNAL));
  });

  it('CON-03 getCustomer answers every documented status', LIMIT, async () => {
    const get = (id: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}`, headers });
    // Every fixture customer of the distributor: active, EDU K_12, pending, subscriptions, 3YC, linked membership.
    for (const id of ['9876543210', '1005000002', '1005000003', '1005000004', '1005000005', '1005000006']) {
      await throughPrism(`fixture customer ${id}`, get(id), { status: 200 });
    }
    const requestId = randomUUID();
    assert.equal((await send(sim.url, get('9876543210', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', get('9876543210', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', get('9876543210', BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', get('9876543210', UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('unknown customer 1234567890', get('1234567890'), { status: 404, code: '1116' });
    await throughPrism("the other distributor's customer 2005000001", get('2005000001'), { status: 404, code: '1116' });
    await throughPrism('Accept: text/html', get('9876543210', NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', get('9876543210'), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', get('9876543210'), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', get('9876543210'), INTERNAL));
  });

  it('CON-03 updateCustomer answers every documented status', LIMIT, async () => {
    const patch = (id: string, body: unknown, headers?: Record<string, string>): Request => ({ method: 'PATCH', path: `/v3/customers/${id}`, body: json(body), headers });
    await throughPrism('a full profile update of 9876543210', patch('9876543210', fairmontUpdate({ externalReferenceId: '99999' })), { status: 200 });
    await throughPrism('pending customer 1005000003', patch('1005000003', fairmontUpdate()), { status: 400, code: '1125' });
    await throughPrism('a token the IMS did not issue', patch('9876543210', fairmontUpdate(), BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', patch('9876543210', fairmontUpdate(), UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('unknown customer 1234567890', patch('1234567890', fairmontUpdate()), { status: 404, code: '1116' });
    await throughPrism('Accept: text/html', patch('9876543210', fairmontUpdate(), NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await directly('a 1.2 MB body', { method: 'PATCH', path: '/v3/customers/9876543210', body: oversized() }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', patch('9876543210', fairmontUpdate(), NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await withFault('PATCH', 429, () => throughPrism('an armed 429 fault', patch('9876543210', fairmontUpdate()), TOO_MANY));
    await withFault('PATCH', 500, () => throughPrism('an armed 500 fault', patch('9876543210', fairmontUpdate()), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', patch('9876543210', fairmontUpdate()), INTERNAL));
  });

  it('CON-03 listCustomers answers every documented status', LIMIT, async () => {
    const list = (reseller: string, query = '', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/resellers/${reseller}/customers${query}`, headers });
    await throughPrism('active customers of 5556667778', list('5556667778'), { status: 200 });
    await throughPrism('pending customers, sorted by name, one page of 2', list('5556667778', '?status=1002&limit=2&offset=0&sort-by=companyName&order-by=asc&company-name=*'), { status: 200 });
    const requestId = randomUUID();
    assert.equal((await send(sim.url, list('5556667778', '', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', list('5556667778', '', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', list('5556667778', '', BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', list('5556667778', '', UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('unknown reseller 9999999999', list('9999999999'), { status: 404, code: '1115' });
    await throughPrism('Accept: text/html', list('5556667778', '', NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', list('5556667778'), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', list('5556667778'), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', list('5556667778'), INTERNAL));
  });

  it('CON-03 createReseller answers every documented status', LIMIT, async () => {
    const create = (body: unknown, headers?: Record<string, string>): Request => ({ method: 'POST', path: '/v3/resellers', body: json(body), headers });
    const created = await throughPrism('a valid new reseller', create(newReseller()), { status: 201 });
    assert.equal(created.body.status, '1002');
    await throughPrism('another distributor', create(newReseller({ distributorId: '5000000002' })), { status: 400, code: '1114' });
    await throughPrism('a token the IMS did not issue', create(newReseller(), BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', create(newReseller(), UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('Accept: text/html', create(newReseller(), NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/resellers', body: oversized() }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', create(newReseller(), NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await withFault('POST', 429, () => throughPrism('an armed 429 fault', create(newReseller()), TOO_MANY));
    await withFault('POST', 500, () => throughPrism('an armed 500 fault', create(newReseller()), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', create(newReseller()), INTERNAL));
  });

  it('CON-03 getReseller answers every documented status', LIMIT, async () => {
    const get = (id: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/resellers/${id}`, headers });
    await throughPrism('fixture reseller 5556667778', get('5556667778'), { status: 200 });
    const requestId = randomUUID();
    assert.equal((await send(sim.url, get('5556667778', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', get('5556667778', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', get('5556667778', BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', get('5556667778', UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism("the other distributor's reseller 6667778889", get('6667778889'), { status: 404, code: '1115' });
    await throughPrism('Accept: text/html', get('5556667778', NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', get('5556667778'), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', get('5556667778'), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', get('5556667778'), INTERNAL));
  });

  it('CON-03 updateReseller answers every documented status', LIMIT, async () => {
    const patch = (id: string, body: unknown, headers?: Record<string, string>): Request => ({ method: 'PATCH', path: `/v3/resellers/${id}`, body: json(body), headers });
    const current = (await send(sim.url, { method: 'GET', path: '/v3/resellers/5556667779' })).body;
    const body = { externalReferenceId: '999', companyProfile: { ...newReseller().companyProfile, companyName: current.companyProfile.companyName, marketSegments: current.companyProfile.marketSegments } };
    await throughPrism('a full profile update of 5556667779', patch('5556667779', body), { status: 200 });
    await throughPrism('removing a market segment', patch('5556667779', { ...body, companyProfile: { ...body.companyProfile, marketSegments: [] } }), { status: 400, code: '1134' });
    await throughPrism('a token the IMS did not issue', patch('5556667779', body, BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', patch('5556667779', body, UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('unknown reseller 9999999999', patch('9999999999', body), { status: 404, code: '1115' });
    await throughPrism('Accept: text/html', patch('5556667779', body, NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await directly('a 1.2 MB body', { method: 'PATCH', path: '/v3/resellers/5556667779', body: oversized() }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', patch('5556667779', body, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await withFault('PATCH', 429, () => throughPrism('an armed 429 fault', patch('5556667779', body), TOO_MANY));
    await withFault('PATCH', 500, () => throughPrism('an armed 500 fault', patch('5556667779', body), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', patch('5556667779', body), INTERNAL));
  });

  it('CON-03 createResellerTransfer answers every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a customer with a valid reseller-change code', {});
    const change = (action: string, approvalCode = '62159861', resellerId = '5556667779') => ({ type: 'RESELLER_CHANGE', action, approvalCode, resellerId, requestedBy: 'customer-admin@email.com' });
    const post = (body: unknown, headers?: Record<string, string>): Request => ({ method: 'POST', path: '/v3/transfers', body: json(body), headers });
    await throughPrism('a PREVIEW with the customer\'s code', post(change('PREVIEW')), { status: 201 });
    await throughPrism('the customer\'s own reseller', post(change('PREVIEW', '62159861', '5556667778')), { status: 400, code: '1134' });
    await throughPrism('a token the IMS did not issue', post(change('PREVIEW'), BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', post(change('PREVIEW'), UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('an approval code no customer generated', post(change('PREVIEW', '8318322')), { status: 404, code: '1128' });
    await throughPrism("the other distributor's reseller 6667778889", post(change('PREVIEW', '62159861', '6667778889')), { status: 404, code: '1115' });
    await throughPrism('Accept: text/html', post(change('PREVIEW'), NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/transfers', body: oversized() }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', post(change('PREVIEW'), NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await withFault('POST', 429, () => throughPrism('an armed 429 fault', post(change('PREVIEW')), TOO_MANY));
    await withFault('POST', 500, () => throughPrism('an armed 500 fault', post(change('PREVIEW')), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', post(change('PREVIEW')), INTERNAL));
    await throughPrism('the COMMIT', post(change('COMMIT')), { status: 201 });
    await throughPrism('the code again, used', post(change('COMMIT', '62159861', '5556667778')), { status: 400, code: '1131' });
    await sim.sandbox.reset();
  });

  it('CON-03 getResellerTransfer answers every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a customer with a valid reseller-change code', {});
    const committed = await send(sim.url, { method: 'POST', path: '/v3/transfers', body: json({ type: 'RESELLER_CHANGE', action: 'COMMIT', approvalCode: '62159861', resellerId: '5556667779' }) });
    assert.equal(committed.status, 201);
    const id = committed.body.transferId;
    const get = (transferId: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/transfers/${transferId}`, headers });
    await throughPrism('the committed transfer', get(id), { status: 200 });
    const requestId = randomUUID();
    assert.equal((await send(sim.url, get(id, { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', get(id, { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', get(id, BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', get(id, UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('a transfer id that does not exist', get('1234567890'), { status: 404, code: '5116' });
    await throughPrism('Accept: text/html', get(id, NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', get(id), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', get(id), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', get(id), INTERNAL));
    await sim.sandbox.reset();
  });

  it('CON-03 getResellerList answers every documented status', LIMIT, async () => {
    const list = (query = '', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/resellers${query}`, headers });
    await throughPrism('active resellers', list(), { status: 200 });
    await throughPrism('inactive resellers by name, one page of 2', list('?status=1004&limit=2&offset=0&sort-by=companyName&order-by=ASC&company-name=Reseller*'), { status: 200 });
    const requestId = randomUUID();
    assert.equal((await send(sim.url, list('', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', list('', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', list('', BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', list('', UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('Accept: text/html', list('', NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', list(), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', list(), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', list(), INTERNAL));
  });

  it('CON-03 getNotifications answers every documented status', LIMIT, async () => {
    const pending = (query = '&reseller-id=5556667778', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER${query}`, headers });
    await throughPrism('licences pending an order at reseller 5556667778', pending(), { status: 200 });
    await throughPrism('one page of 2', pending('&reseller-id=5556667778&limit=2&offset=0'), { status: 200 });
    const requestId = randomUUID();
    assert.equal((await send(sim.url, pending('&reseller-id=5556667778', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', pending('&reseller-id=5556667778', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('a token the IMS did not issue', pending(undefined, BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', pending(undefined, UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('Accept: text/html', pending(undefined, NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault('GET', 429, () => throughPrism('an armed 429 fault', pending(), TOO_MANY));
    await withFault('GET', 500, () => throughPrism('an armed 500 fault', pending(), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', pending(), INTERNAL));
  });

  it('CON-03 requests that break the spec on purpose: Prism refuses them, the simulator answers a documented error', LIMIT, async () => {
    const why = 'the request breaks the spec on purpose';
    await directly('no X-Correlation-Id', { method: 'GET', path: '/v3/customers/9876543210', omit: ['x-correlation-id'] }, { status: 400, code: '4119' }, why);
    await directly('a company name of 81 characters', { method: 'POST', path: '/v3/customers', body: json(newCustomer({}, { companyName: 'A'.repeat(81) })) }, { status: 400, code: '1117' }, why);
    await directly('no Authorization header', { method: 'GET', path: '/v3/customers/9876543210', omit: ['authorization'] }, { status: 403, code: '4117' }, why);
    await directly('no X-Api-Key', { method: 'GET', path: '/partnerservice/ping' }, { status: 403, code: '4115' }, why);
    await directly('Content-Type: text/plain', { method: 'PATCH', path: '/v3/customers/9876543210', body: json(fairmontUpdate()), headers: { 'content-type': 'text/plain' } }, { status: 415, code: '4150' }, why);
    await directly('grant_type=password', { method: 'POST', path: '/ims/token/v3', body: `grant_type=password&client_id=${CLIENT.id}&client_secret=${CLIENT.secret}` }, { status: 400, error: 'unsupported_grant_type' }, why);
  });

  /** The answers every partner operation documents alike: bad token, unknown key, Accept, armed 429/500 faults and a failing store. */
  async function commonStatuses(method: 'GET' | 'POST' | 'PATCH', make: (headers?: Record<string, string>) => Request) {
    await throughPrism('a token the IMS did not issue', make(BAD_TOKEN), { status: 401, code: '4116' });
    await throughPrism('an unknown X-Api-Key', make(UNKNOWN_KEY), { status: 403, code: '4115' });
    await throughPrism('Accept: text/html', make(NOT_ACCEPTABLE), { status: 406, code: '4060' });
    await withFault(method, 429, () => throughPrism('an armed 429 fault', make(), TOO_MANY));
    await withFault(method, 500, () => throughPrism('an armed 500 fault', make(), INTERNAL));
    await withBrokenStore(() => throughPrism('a store that fails', make(), INTERNAL));
  }

  it('CON-03 searchLinkedMembershipGroups answers every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('an LGA linked membership group with members exists', { name: 'Federal Agencies Group' });
    const search = (query: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/linked_membership_groups${query}`, headers });
    const found = await throughPrism('US groups named like "federal"', search('?country=US&name=federal'), { status: 200 });
    assert.equal(found.body[0].id, '51002001');
    await throughPrism('country=DE', search('?country=DE'), { status: 400, code: '1118' });
    await directly('no country', search('?name=federal'), { status: 400, code: '1118' }, 'the spec makes country required');
    await throughPrism('no Canadian group', search('?country=CA'), { status: 404, code: '1143' });
    await commonStatuses('GET', (headers) => search('?country=US', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 enrollLinkedMembership answers every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('an LGA linked membership group with members exists', {});
    const enroll = (customerId: string, groupId: string, headers?: Record<string, string>): Request => ({ method: 'POST', path: `/v3/customers/${customerId}/linked_membership/enroll/${groupId}`, headers: { 'content-type': 'application/json', ...headers } });
    const joined = await throughPrism('the LGA customer 9876543210 into group 51002001', enroll('9876543210', '51002001'), { status: 200 });
    assert.equal(joined.body.message, 'Customer Successfully enrolled in the Linked Membership');
    await throughPrism('the non-LGA customer 1005000002', enroll('1005000002', '51002001'), { status: 400, code: '1165' });
    await throughPrism('unknown group 59999999', enroll('9876543210', '59999999'), { status: 404, code: '1143' });
    await throughPrism('Content-Type: application/merge-patch+json', enroll('9876543210', '51002001', NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => enroll('9876543210', '51002001', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 getOpenAcquisitions answers every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a customer with open acquisitions exists', {});
    const get = (id: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/open-acquisitions`, headers });
    const open = await throughPrism('customer 9876543210 with two licences added in Admin Console', get('9876543210'), { status: 200 });
    assert.equal(open.body.licenseCount, 2);
    const requestId = randomUUID();
    assert.equal((await send(sim.url, get('9876543210', { 'x-request-id': requestId }))).status, 200);
    await throughPrism('an X-Request-Id already used, with a new correlation id', get('9876543210', { 'x-request-id': requestId }), { status: 400, code: '4120' });
    await throughPrism('unknown customer 1234567890', get('1234567890'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => get('9876543210', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 previewMembershipOffers, createMembershipTransfer and getMembershipTransfer answer every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a VIP membership eligible to migrate', { membershipId: '12345678' });
    await sim.sandbox.invoke('putVipMembership', { path: { 'membership-id': '87654321' }, body: { companyName: 'Returnable Corp', lastOrderDate: (await sim.sandbox.clock()).now.slice(0, 10) } });
    const offers = (id: string, query = '', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/memberships/${id}/offers${query}`, headers });
    const previewed = await throughPrism('the eligible membership 12345678', offers('12345678'), { status: 200 });
    assert.equal(previewed.body.totalCount, 1);
    await throughPrism('unknown membership 99999999', offers('99999999'), { status: 400, code: '5115' });
    await throughPrism('a returnable VIP purchase', offers('87654321'), { status: 400, code: '5117' });
    await directly('ignore-order-return=maybe', offers('87654321', '?ignore-order-return=maybe'), { status: 400, code: '1117' }, 'the spec makes ignore-order-return a boolean');
    await commonStatuses('GET', (headers) => offers('12345678', '', headers));
    const start = (id: string, resellerId: string, headers?: Record<string, string>): Request => ({ method: 'POST', path: `/v3/memberships/${id}/transfers`, body: json({ resellerId }), headers });
    await throughPrism('an inactive reseller', start('12345678', '5556667780'), { status: 400, code: '5119' });
    await throughPrism("the other distributor's reseller", start('12345678', '6667778889'), { status: 404, code: '1115' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/memberships/12345678/transfers', body: oversizedWith({ resellerId: '5556667778' }) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', start('12345678', '5556667778', NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => start('12345678', '5556667778', headers));
    const started = await throughPrism('membership 12345678 to reseller 5556667778', start('12345678', '5556667778'), { status: 202 });
    const details = (id: string, transferId: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/memberships/${id}/transfers/${transferId}`, headers });
    await throughPrism('the transfer started', details('12345678', started.body.transferId), { status: 200 });
    await throughPrism('unknown transfer', details('12345678', 'nosuchtransfer'), { status: 400, code: '5116' });
    await commonStatuses('GET', (headers) => details('12345678', started.body.transferId, headers));
    await sim.sandbox.reset();
  });

  /** A body over the 1 MB limit that also breaks the schema (an unexpected field), so Prism refuses it itself. */
  const oversizedWith = (body: Record<string, unknown>) => json({ ...body, padding: 'x'.repeat(1_200_000) });
  const ORDER = { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 2 }] };
  /** 400 through Prism on any operation: an X-Request-Id the simulator has seen (4120). */
  async function duplicateRequestId(make: (headers?: Record<string, string>) => Request) {
    const requestId = randomUUID();
    assert.equal((await send(sim.url, make({ 'x-request-id': requestId }))).status < 500, true);
    await throughPrism('an X-Request-Id already used, with a new correlation id', make({ 'x-request-id': requestId }), { status: 400, code: '4120' });
  }
  async function placedOrder(): Promise<string> {
    const placed = await send(sim.url, { method: 'POST', path: '/v3/customers/9876543210/orders', body: json(ORDER) });
    assert.equal(placed.status, 201, placed.text);
    return placed.body.orderId;
  }

  it('CON-03 createOrder answers every documented status', LIMIT, async () => {
    const create = (id: string, body: unknown, headers?: Record<string, string>, query = ''): Request => ({ method: 'POST', path: `/v3/customers/${id}/orders${query}`, body: json(body), headers });
    const preview = await throughPrism('a PREVIEW with fetch-price', create('9876543210', { ...ORDER, orderType: 'PREVIEW' }, undefined, '?fetch-price=true'), { status: 201 });
    assert.equal(typeof preview.body.lineItems[0].pricing.partnerPrice, 'number');
    await throughPrism('a PREVIEW_RENEWAL for a customer with no subscription renewing', create('9876543210', { orderType: 'PREVIEW_RENEWAL' }), { status: 400, code: '2136' });
    const placed = await throughPrism('a NEW order', create('9876543210', ORDER), { status: 201 });
    await sim.sandbox.updateOrder('9876543210', placed.body.orderId, { status: '1000' });
    const renewal = await throughPrism('a PREVIEW_RENEWAL without lines, with fetch-price', create('9876543210', { orderType: 'PREVIEW_RENEWAL' }, undefined, '?fetch-price=true'), { status: 201 });
    assert.equal(renewal.body.lineItems[0].proratedDays, 365);
    await throughPrism('an offer the catalogue does not have', create('9876543210', { ...ORDER, lineItems: [{ extLineItemNumber: 1, offerId: '99999999CA01A12', quantity: 1 }] }), { status: 400, code: '2122' });
    await throughPrism('unknown customer 1234567890', create('1234567890', ORDER), { status: 404, code: '1116' });
    await throughPrism('a PREVIEW for a customer not created yet (ORD-24)', create('1234567890', { ...ORDER, orderType: 'PREVIEW' }), { status: 201 });
    await throughPrism('an HVD discount code (ORD-25)', create('9876543210', { ...ORDER, orderType: 'PREVIEW', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 1, discountCode: 'HVD_L18_PRE' }] }), { status: 400, code: '5135' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/customers/9876543210/orders', body: oversizedWith(ORDER) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', create('9876543210', ORDER, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => create('9876543210', ORDER, headers));
    await sim.sandbox.reset();
  });

  it('CON-03 getOfferSwitchPaths and getSubscriptionSwitchPaths answer every documented status', LIMIT, async () => {
    const paths = (query: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/offer-switch-paths${query}`, headers });
    const found = await throughPrism('the COM paths in the US', paths('?market-segment=COM&country=US&language=MULT'), { status: 200 });
    assert.equal(found.body.totalCount, 4);
    await throughPrism('no market-segment', paths('?country=US'), { status: 400, code: '1122' });
    await throughPrism('another distributor\'s customer', paths('?customer-id=1234567890&subscription-id=abc'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => paths('?market-segment=COM&country=US', headers));
    const listed = await send(sim.url, { method: 'GET', path: '/v3/customers/1005000004/subscriptions' });
    const acrobat = listed.body.items.find((s: { offerId: string }) => s.offerId === '65304921CA01A12').subscriptionId;
    const ofSubscription = (sub: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/1005000004/subscriptions/${sub}/offer-switch-paths`, headers });
    const one = await throughPrism('the Acrobat Pro subscription of 1005000004', ofSubscription(acrobat), { status: 200 });
    assert.equal(one.body.productUpgrades[0].sourceBaseOfferId, '65304921CA01A12');
    await duplicateRequestId((headers) => ofSubscription(acrobat, headers));
    await throughPrism('unknown subscription', ofSubscription('nosuchsubscription'), { status: 404, code: '3115' });
    await commonStatuses('GET', (headers) => ofSubscription(acrobat, headers));
    // A switch order through Prism: the contract's request and answer of PREVIEW_SWITCH.
    const preview = { orderType: 'PREVIEW_SWITCH', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 2 }], cancellingItems: [{ extLineItemNumber: 1, referenceLineItemNumber: 1, subscriptionId: acrobat, quantity: 2 }] };
    const previewed = await throughPrism('a PREVIEW_SWITCH with fetch-price', { method: 'POST', path: '/v3/customers/1005000004/orders?fetch-price=true', body: json(preview) }, { status: 201 });
    assert.equal(previewed.body.cancellingItems[0].subscriptionId, acrobat);
    await throughPrism('a SWITCH of more licences than held', { method: 'POST', path: '/v3/customers/1005000004/orders', body: json({ ...preview, orderType: 'SWITCH', lineItems: [{ ...preview.lineItems[0], quantity: 13 }], cancellingItems: [{ ...preview.cancellingItems[0], quantity: 13 }] }) }, { status: 400, code: '2151' });
    await sim.sandbox.reset();
  });

  it('CON-03 getOrderHistory answers every documented status', LIMIT, async () => {
    await placedOrder();
    const history = (id: string, query = '', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/orders${query}`, headers });
    const found = await throughPrism('NEW or RETURN orders, one page of 1', history('9876543210', '?order-type=NEW&order-type=RETURN&limit=1&offset=0'), { status: 200 });
    assert.equal(found.body.totalCount, 1);
    await throughPrism('status=9999', history('9876543210', '?status=9999'), { status: 400, code: '1132' });
    await throughPrism('unknown customer 1234567890', history('1234567890'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => history('9876543210', '', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 getOrder and updateOrder answer every documented status', LIMIT, async () => {
    const orderId = await placedOrder();
    const get = (id: string, order: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/orders/${order}`, headers });
    const patch = (id: string, order: string, headers?: Record<string, string>): Request => ({ method: 'PATCH', path: `/v3/customers/${id}/orders/${order}`, body: json({ externalReferenceId: '34567' }), headers });
    await throughPrism('the order placed', get('9876543210', orderId), { status: 200 });
    await duplicateRequestId((headers) => get('9876543210', orderId, headers));
    await throughPrism('unknown order 5999999999', get('9876543210', '5999999999'), { status: 404, code: '2115' });
    await commonStatuses('GET', (headers) => get('9876543210', orderId, headers));
    await throughPrism('a new externalReferenceId', patch('9876543210', orderId), { status: 200 });
    await duplicateRequestId((headers) => patch('9876543210', orderId, headers));
    await throughPrism('unknown order 5999999999', patch('9876543210', '5999999999'), { status: 404, code: '2115' });
    await directly('a 1.2 MB body', { method: 'PATCH', path: `/v3/customers/9876543210/orders/${orderId}`, body: oversizedWith({ externalReferenceId: '1' }) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', patch('9876543210', orderId, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('PATCH', (headers) => patch('9876543210', orderId, headers));
    await sim.sandbox.reset();
  });

  it('CON-03 listSubscriptions, getSubscription and updateSubscription answer every documented status', LIMIT, async () => {
    const list = (id: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/subscriptions`, headers });
    const listed = await throughPrism('the three subscriptions of 1005000004', list('1005000004'), { status: 200 });
    const subscriptionId = listed.body.items[0].subscriptionId;
    await duplicateRequestId((headers) => list('1005000004', headers));
    await throughPrism('unknown customer 1234567890', list('1234567890'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => list('1005000004', headers));
    const get = (sub: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/1005000004/subscriptions/${sub}`, headers });
    await throughPrism('one subscription', get(subscriptionId), { status: 200 });
    await duplicateRequestId((headers) => get(subscriptionId, headers));
    await throughPrism('unknown subscription', get('nosuchsubscription'), { status: 404, code: '3115' });
    await commonStatuses('GET', (headers) => get(subscriptionId, headers));
    const patch = (sub: string, body: unknown, headers?: Record<string, string>): Request => ({ method: 'PATCH', path: `/v3/customers/1005000004/subscriptions/${sub}`, body: json(body), headers });
    await throughPrism('a renewal quantity of 7', patch(subscriptionId, { autoRenewal: { enabled: true, renewalQuantity: 7 } }), { status: 200 });
    await throughPrism('a renewal quantity of 10,001', patch(subscriptionId, { autoRenewal: { renewalQuantity: 10_001 } }), { status: 400, code: '3116' });
    await throughPrism('unknown subscription', patch('nosuchsubscription', { autoRenewal: { enabled: false } }), { status: 404, code: '3115' });
    await directly('a 1.2 MB body', { method: 'PATCH', path: `/v3/customers/1005000004/subscriptions/${subscriptionId}`, body: oversizedWith({ autoRenewal: { enabled: true } }) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', patch(subscriptionId, { autoRenewal: { enabled: true } }, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('PATCH', (headers) => patch(subscriptionId, { autoRenewal: { enabled: true } }, headers));
    await sim.sandbox.reset();
  });

  it('CON-03 createSubscription answers every documented status', LIMIT, async () => {
    const body = { offerId: '65304470CA01A12', autoRenewal: { enabled: true, renewalQuantity: 100 } };
    const create = (id: string, headers?: Record<string, string>): Request => ({ method: 'POST', path: `/v3/customers/${id}/subscriptions`, body: json(body), headers });
    await throughPrism('outside the window before the anniversary', create('1005000004'), { status: 400, code: '1117' });
    await sim.sandbox.setClock('2027-02-20T09:00:00Z');
    const issued = await send(sim.url, { method: 'POST', path: '/ims/token/v3', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret }).toString() });
    token = issued.body.access_token;
    await throughPrism('Photoshop for the next term of 1005000004', create('1005000004'), { status: 200 });
    await throughPrism('unknown customer 1234567890', create('1234567890'), { status: 404, code: '1116' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/customers/1005000004/subscriptions', body: oversizedWith(body) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', create('1005000004', NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => create('1005000004', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 getPriceList answers every documented status', LIMIT, async () => {
    const body = { region: 'NA', marketSegment: 'COM', currency: 'USD', priceListMonth: '202611' };
    const fetchList = (b: unknown, query = '', headers?: Record<string, string>): Request => ({ method: 'POST', path: `/v3/pricelist${query}`, body: json(b), headers });
    const list = await throughPrism('COM in USD, a page of 5', fetchList(body, '?limit=5&offset=0'), { status: 200 });
    assert.equal(list.body.count, 5);
    await throughPrism('region WE', fetchList({ ...body, region: 'WE', currency: 'EUR' }), { status: 400, code: '1161' });
    await throughPrism('a month with no price list yet', fetchList({ ...body, priceListMonth: '209901' }), { status: 404, code: '1162' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/pricelist', body: oversizedWith(body) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', fetchList(body, '', NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => fetchList(body, '', headers));
  });

  it('CON-03 getFlexDiscounts and getCustomerFlexDiscounts answer every documented status', LIMIT, async () => {
    const list = (query: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/flex-discounts${query}`, headers });
    const found = await throughPrism('COM discounts in the US, a page of 2', list('?market-segment=COM&country=US&limit=2'), { status: 200 });
    assert.equal(found.body.count, 2);
    await throughPrism('no country', list('?market-segment=COM'), { status: 400, code: '1122' });
    await commonStatuses('GET', (headers) => list('?market-segment=COM&country=US', headers));
    const mine = (id: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/flex-discounts`, headers });
    await throughPrism('the reusable discounts customer 9876543210 used', mine('9876543210'), { status: 200 });
    await throughPrism('a parameter other than limit and offset', { ...mine('9876543210'), path: '/v3/customers/9876543210/flex-discounts?categories=INTRO' }, { status: 400, code: '1121' });
    await throughPrism('unknown customer 1234567890', mine('1234567890'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => mine('9876543210', headers));
    const create = (body: unknown): Request => ({ method: 'POST', path: '/v3/customers/9876543210/orders?fetch-price=true', body: json(body) });
    const line = { extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 2, flexDiscountCodes: ['SUMMER_SALE_123'] };
    const preview = await throughPrism('a PREVIEW with a flexible discount code', create({ orderType: 'PREVIEW', currencyCode: 'USD', lineItems: [line] }), { status: 201 });
    assert.equal(preview.body.lineItems[0].flexDiscounts[0].result, 'SUCCESS');
    await throughPrism('an unknown flexible discount code', create({ orderType: 'PREVIEW', lineItems: [{ ...line, flexDiscountCodes: ['NO-SUCH-CODE'] }] }), { status: 400, code: '2146' });
    await sim.sandbox.reset();
  });

  const BERLIN = { country: 'DE', region: 'BE', city: 'Berlin', addressLine1: 'Unter den Linden 1', postalCode: '10117' };
  const DEPLOYMENTS = '/v3/customers/9876543210/deployments';

  it('CON-03 createDeployment and listDeployments answer every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a global customer with a deployment', {});
    const create = (id: string, body: unknown, headers?: Record<string, string>): Request => ({ method: 'POST', path: `/v3/customers/${id}/deployments`, body: json(body), headers });
    const abroad = { companyProfile: { address: BERLIN } };
    const created = await throughPrism('a deployment in Germany', create('9876543210', abroad), { status: 201 });
    assert.equal(created.body.status, '1000');
    await throughPrism("a deployment in the customer's own country", create('9876543210', { companyProfile: { address: ADDRESS } }), { status: 400, code: '1141' });
    await throughPrism('unknown customer 1234567890', create('1234567890', abroad), { status: 404, code: '1116' });
    await directly('a 1.2 MB body', { method: 'POST', path: DEPLOYMENTS, body: oversizedWith(abroad) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', create('9876543210', abroad, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => create('9876543210', abroad, headers));
    const list = (id: string, query = '', headers?: Record<string, string>): Request => ({ method: 'GET', path: `/v3/customers/${id}/deployments${query}`, headers });
    const listed = await throughPrism('the active deployments, a page of 1', list('9876543210', '?status=1000&limit=1&offset=0'), { status: 200 });
    assert.equal(listed.body.count, 1);
    await duplicateRequestId((headers) => list('9876543210', '', headers));
    await throughPrism('unknown customer 1234567890', list('1234567890'), { status: 404, code: '1116' });
    await commonStatuses('GET', (headers) => list('9876543210', '', headers));
    await sim.sandbox.reset();
  });

  it('CON-03 getDeployment and updateDeployment answer every documented status', LIMIT, async () => {
    await sim.sandbox.providerState('a global customer with a deployment', {});
    const get = (deployment: string, headers?: Record<string, string>): Request => ({ method: 'GET', path: `${DEPLOYMENTS}/${deployment}`, headers });
    await throughPrism('deployment 3454000001', get('3454000001'), { status: 200 });
    await duplicateRequestId((headers) => get('3454000001', headers));
    await throughPrism('unknown deployment 3454999999', get('3454999999'), { status: 404, code: '2138' });
    await commonStatuses('GET', (headers) => get('3454000001', headers));
    const patch = (deployment: string, body: unknown, headers?: Record<string, string>): Request => ({ method: 'PATCH', path: `${DEPLOYMENTS}/${deployment}`, body: json(body), headers });
    await throughPrism('a deactivation', patch('3454000001', { status: '1004' }), { status: 200 });
    await throughPrism('another country', patch('3454000001', { companyProfile: { address: BERLIN } }), { status: 400, code: '1119' });
    await throughPrism('unknown deployment 3454999999', patch('3454999999', { status: '1000' }), { status: 404, code: '2138' });
    await directly('a 1.2 MB body', { method: 'PATCH', path: `${DEPLOYMENTS}/3454000001`, body: oversizedWith({ status: '1000' }) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', patch('3454000001', { status: '1000' }, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('PATCH', (headers) => patch('3454000001', { status: '1000' }, headers));
    await sim.sandbox.reset();
  });

  it('CON-03 fetchRecommendations answers every documented status', LIMIT, async () => {
    const body = { recommendationContext: 'ORDER_PREVIEW', customerId: '9876543210', offers: [{ offerId: '65304470CA01A12', quantity: 10 }], country: 'US', language: 'MULT' };
    const fetchThem = (b: unknown, headers?: Record<string, string>): Request => ({ method: 'POST', path: '/v3/recommendations', body: json(b), headers });
    const found = await throughPrism('a cart of Photoshop', fetchThem(body), { status: 200 });
    assert.equal(found.body.productRecommendations.upsells[0].product.baseOfferId, '65304479CA01A12');
    await throughPrism('country GB for a US customer', fetchThem({ ...body, country: 'GB' }), { status: 400, code: '5136' });
    await throughPrism('unknown customer 1234567890', fetchThem({ ...body, customerId: '1234567890' }), { status: 404, code: '1116' });
    await directly('a 1.2 MB body', { method: 'POST', path: '/v3/recommendations', body: oversizedWith(body) }, { status: 413, code: '4130' }, TOO_LARGE_WHY);
    await throughPrism('Content-Type: application/merge-patch+json', fetchThem(body, NOT_JSON_CONTENT), { status: 415, code: '4150' });
    await commonStatuses('POST', (headers) => fetchThem(body, headers));
  });

  it('CON-03 the detector works: an off-contract answer of the simulator is reported by Prism', LIMIT, async () => {
    const get: Request = { method: 'GET', path: '/v3/customers/9876543210' };
    // A body outside the Error schema: Prism replaces the answer with its own VIOLATIONS error.
    await sim.sandbox.armFault({ method: 'GET', path: '/v3/**', action: 'respond', status: 500, body: { oops: true } });
    const wrongBody = await send(prism.url, get);
    assert.equal(wrongBody.status, 500, wrongBody.text);
    assert.equal(wrongBody.body.type, `${PRISM_ERROR_TYPE}VIOLATIONS`, wrongBody.text);
    assert.match(wrongBody.violations ?? '', /response/);
    assert.equal((await journalEntry(wrongBody.marker))?.status, 500);
    // A status the spec does not document is only a warning: forwarded, but listed in sl-violations.
    await sim.sandbox.armFault({ method: 'GET', path: '/v3/**', action: 'respond', status: 418, code: '1124', message: 'teapot' });
    const undocumented = await send(prism.url, get);
    assert.equal(undocumented.status, 418, undocumented.text);
    assert.match(undocumented.violations ?? '', /Unable to match the returned status code/);
    await sim.sandbox.clearFaults();
  });

  it('CON-03 every operation × documented status of contracts/openapi.yaml was exercised', LIMIT, (t: TestContext) => {
    const required = documentedPairs(spec);
    assert.ok(required.length >= 40, `only ${required.length} pairs found in the spec`);
    for (const pair of required) {
      const ways = covered.get(pair) ?? [];
      const by = (route: Route) => ways.filter((w) => w.route === route).map((w) => w.how);
      const routes = (['prism', 'direct'] as const).filter((r) => by(r).length).map((r) => `${r}: ${by(r).join(' | ')}`);
      t.diagnostic(`${pair.padEnd(20)} ${routes.join(' ; ') || 'MISSING'}`);
    }
    assert.deepEqual(required.filter((pair) => !covered.has(pair)), [], 'documented pairs never exercised');
    assert.deepEqual([...covered.keys()].filter((pair) => !required.includes(pair)), [], 'pairs exercised that the spec does not document');
    // Only the 413s cannot be reached through Prism.
    const directOnly = required.filter((pair) => !covered.get(pair)!.some((w) => w.route === 'prism'));
    assert.deepEqual(directOnly, ['createCustomer 413', 'updateCustomer 413', 'createOrder 413', 'updateOrder 413', 'createSubscription 413', 'updateSubscription 413', 'getPriceList 413', 'createMembershipTransfer 413', 'createReseller 413', 'updateReseller 413', 'createResellerTransfer 413', 'createDeployment 413', 'updateDeployment 413', 'fetchRecommendations 413']);
  });
});

describe('CON-04 prism mock contracts/openapi.yaml', () => {
  let mock: RunningPrism;

  before(async () => {
    mock = await startPrismMock();
  }, LIMIT);

  after(async () => {
    await mock?.stop();
  });

  it('CON-04 prism mock serves the spec examples as a stateless mock', LIMIT, async () => {
    const headers = { authorization: 'Bearer any-token', 'x-api-key': CLIENT.id, accept: 'application/json' };
    const get = async () => {
      const res = await fetch(`${mock.url}/v3/customers/9876543210`, { headers: { ...headers, 'x-correlation-id': randomUUID() }, signal: AbortSignal.timeout(10_000) });
      return { status: res.status, violations: res.headers.get('sl-violations'), contentType: res.headers.get('content-type') ?? '', body: await res.json() };
    };
    const first = await get();
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(first.violations, null);
    assert.match(first.contentType, /^application\/json/);
    assert.equal(contract.responseErrors('getCustomer', 200, first.body), undefined);
    const validate = contract.schema('Customer');
    assert.ok(validate(first.body), JSON.stringify(validate.errors));
    assert.deepEqual(first.body, spec.components.examples.ActiveCustomer.value);

    // Stateless: an update answers the example and changes nothing.
    const update = spec.paths['/v3/customers/{customer-id}'].patch.requestBody.content['application/json'].examples.seedPage.value;
    const patched = await fetch(`${mock.url}/v3/customers/9876543210`, { method: 'PATCH', headers: { ...headers, 'x-correlation-id': randomUUID(), 'content-type': 'application/json' }, body: json({ ...update, externalReferenceId: 'changed' }), signal: AbortSignal.timeout(10_000) });
    assert.equal(patched.status, 200);
    assert.equal(patched.headers.get('sl-violations'), null);
    assert.deepEqual(await patched.json(), spec.components.examples.ActiveCustomer.value);
    assert.deepEqual((await get()).body, first.body);
  });
});
