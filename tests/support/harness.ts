// A simulator per test, driven through HTTP with supertest. Every response of the simulated
// API that passes through `call` is checked against contracts/openapi.yaml.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createApp } from '../../server/app.js';
import { connectSimulator } from '../../server/control-plane/http-client.js';
import type { Journal } from '../../server/control-plane/journal.js';
import type { StateDocument } from '../../server/domain/control/state.js';
import type { Customer } from '../../server/domain/types.js';
import { readFixtures } from '../../server/startup/fixtures.js';
import type { SimulatorSettings } from '../../server/settings.js';
import { buildSimulator } from '../../server/simulator.js';
import { MemoryStore } from '../../server/store/memory-store.js';
import { PostgresStore } from '../../server/store/postgres-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import type { Store } from '../../server/store/store.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import pg from 'pg';

import { TEST_DATABASE_URL, TEST_STORE, type StoreKind } from './test-database.js';

export { postgresUnavailable, TEST_DATABASE_URL, TEST_STORE, type StoreKind } from './test-database.js';

let tempDir: string | undefined;
let sweptSchemas = false;

/** A fresh schema name; schemas of earlier runs older than an hour are dropped once per process. */
export async function freshSchema(): Promise<string> {
  if (!sweptSchemas) {
    sweptSchemas = true;
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'vipm_t_%'`);
      const cutoff = Math.floor(Date.now() / 1000) - 3600;
      for (const { nspname } of rows) {
        const born = Number(/^vipm_t_(\d+)_/.exec(nspname)?.[1]);
        if (born < cutoff) await client.query(`DROP SCHEMA IF EXISTS ${nspname} CASCADE`).catch(() => undefined);
      }
    } finally {
      await client.end();
    }
  }
  return `vipm_t_${Math.floor(Date.now() / 1000)}_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** A new, empty store of the kind: a temp file for SQLite, a new schema for PostgreSQL. */
/** Runs `fn` on a new, empty store of the kind, closed after. */
export async function withTestStore(kind: StoreKind, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await openTestStore(kind);
  try {
    await fn(store);
  } finally {
    await store.close();
  }
}

export async function openTestStore(kind: StoreKind = TEST_STORE): Promise<Store> {
  if (kind === 'sqlite') {
    if (!tempDir) {
      const dir = (tempDir = mkdtempSync(join(tmpdir(), 'vipm-sim-test-')));
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    }
    return SqliteStore.open(join(tempDir, `${randomUUID()}.db`));
  }
  if (kind === 'postgres') return PostgresStore.open(TEST_DATABASE_URL, { schema: await freshSchema(), poolSize: 4, idleTimeoutMs: 500 });
  return new MemoryStore();
}

export const CLIENT = { id: 'vipm-sim-client', secret: 'vipm-sim-secret' };
export const OTHER_CLIENT = { id: 'other-distributor-client', secret: 'other-distributor-secret' };

export interface CallOptions {
  body?: unknown;
  /** Raw body text, sent as is. */
  raw?: string;
  headers?: Record<string, string>;
  /** Default headers to leave out (lower case names). */
  omit?: string[];
  client?: { id: string; token: string };
}

export interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Record<string, string>;
}

/** The stores harness() opened itself, closed when the test file ends (a store given to it stays the caller's). */
const openedStores = new Set<Store>();
after(async () => {
  const stores = [...openedStores];
  openedStores.clear();
  await Promise.all(stores.map((store) => store.close()));
});

export async function harness(options: { fixtures?: StateDocument; settings?: Partial<SimulatorSettings>; store?: Store; adminToken?: string; journal?: Journal } = {}) {
  const ownStore = options.store ? undefined : await openTestStore();
  if (ownStore) openedStores.add(ownStore);
  const sim = buildSimulator(options.store ?? ownStore!, { settings: options.settings, journal: options.journal });
  await sim.keeper.start(options.fixtures ?? readFixtures());
  const app = createApp(sim, { log: () => {}, adminToken: options.adminToken });
  const agent = request(app);

  async function token(client = CLIENT): Promise<string> {
    const res = await agent.post('/ims/token/v3').type('form')
      .send({ grant_type: 'client_credentials', client_id: client.id, client_secret: client.secret, scope: 'openid,AdobeID,read_organizations' });
    assert.equal(res.status, 200, res.text);
    return res.body.access_token;
  }

  const hasDefaultClient = (options.fixtures ?? readFixtures()).distributors.some((d) => d.clients.some((c) => c.clientId === CLIENT.id));
  const defaultToken = hasDefaultClient ? await token() : 'no-default-client';

  async function call(method: string, path: string, opts: CallOptions = {}): Promise<Reply> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${opts.client?.token ?? defaultToken}`,
      'x-api-key': opts.client?.id ?? CLIENT.id,
      'x-correlation-id': randomUUID(),
      'x-request-id': randomUUID(),
      accept: 'application/json',
    };
    if (opts.body !== undefined || opts.raw !== undefined) headers['content-type'] = 'application/json';
    for (const name of opts.omit ?? []) delete headers[name];
    Object.assign(headers, Object.fromEntries(Object.entries(opts.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])));
    let req = (agent as any)[method.toLowerCase()](path);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    const payload = opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
    const res = payload === undefined ? await req : await req.send(payload);
    const reply: Reply = { status: res.status, body: res.body, text: res.text, headers: res.headers as Record<string, string> };
    if (res.headers['content-type']?.includes('json')) reply.body = JSON.parse(res.text);
    conforms(method, path, reply);
    return reply;
  }

  /** Every answer of a documented operation must be one its contract documents. */
  function conforms(method: string, path: string, reply: Reply) {
    const operation = sim.contract.operationFor(method, path.split('?')[0]);
    if (!operation || reply.status === 405) return;
    const problem = sim.contract.responseErrors(operation.operationId, reply.status, reply.body);
    assert.equal(problem, undefined, `${method} ${path} answered ${reply.status} outside the contract: ${problem}\n${reply.text}`);
  }

  /** A call of the control plane, with a JSON body when given. */
  async function control(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    let req = (agent as any)[method.toLowerCase()](`/__sandbox${path}`);
    for (const [k, v] of Object.entries(headers)) req = req.set(k, v);
    const res = body === undefined ? await req : await req.set('content-type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
    const reply: Reply = { status: res.status, body: res.text ? JSON.parse(res.text) : undefined, text: res.text, headers: res.headers as Record<string, string> };
    conforms(method, `/__sandbox${path}`, reply);
    return reply;
  }

  /** fetch over the app without a listening server, for connectSimulator. */
  const agentFetch: typeof fetch = async (input, init = {}) => {
    const url = new URL(String(input));
    let req = (agent as any)[(init.method ?? 'GET').toLowerCase()](url.pathname + url.search);
    for (const [k, v] of Object.entries((init.headers ?? {}) as Record<string, string>)) req = req.set(k, v);
    const res = init.body === undefined ? await req : await req.send(String(init.body));
    return new Response(res.text || null, { status: res.status, headers: res.headers as Record<string, string> });
  };
  /** The control plane through its HTTP routes, typed: the client partners use (connectSimulator). */
  const sandbox = connectSimulator('http://harness.invalid', { fetch: agentFetch, adminToken: options.adminToken });

  async function state(): Promise<StateDocument> {
    return sim.keeper.export();
  }

  async function customer(id: string): Promise<Customer> {
    const found = (await state()).customers.find((c) => c.customerId === id);
    assert.ok(found, `no customer ${id} in the state`);
    return found as Customer;
  }

  /** Closes the store harness() opened (also done when the test file ends); a store given to it stays open. */
  async function close(): Promise<void> {
    if (!ownStore || !openedStores.delete(ownStore)) return;
    await ownStore.close();
  }

  return { sim, app, agent, token, defaultToken, call, control, sandbox, state, customer, close, advance: (advance: string) => sim.keeper.changeClock({ advance }) };
}

export type Harness = Awaited<ReturnType<typeof harness>>;

/** Asserts an Adobe-shaped error with this status and code; returns its body. */
export function assertError(reply: Reply, status: number, code: string, details?: string[]) {
  assert.equal(reply.status, status, `expected ${status}/${code}, got ${reply.status}: ${reply.text}`);
  assert.equal(reply.body.code, code, reply.text);
  assert.equal(typeof reply.body.message, 'string');
  assert.ok(Array.isArray(reply.body.additionalDetails), reply.text);
  if (details) assert.deepEqual(reply.body.additionalDetails, details, reply.text);
  return reply.body;
}

export const ADDRESS = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' };

/** A valid create request; override any part. */
export function newCustomer(overrides: Record<string, any> = {}, profile: Record<string, any> = {}) {
  return {
    resellerId: '5556667778',
    externalReferenceId: 'ext-1',
    companyProfile: {
      companyName: 'Duckburg Widgets',
      preferredLanguage: 'en-US',
      marketSegment: 'COM',
      address: ADDRESS,
      contacts: [{ firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example', phoneNumber: '408-555-0101' }],
      ...profile,
    },
    ...overrides,
  };
}

/** A valid full update of the fixture customer 9876543210 (Fairmont); override any part. */
export function fairmontUpdate(overrides: Record<string, any> = {}, profile: Record<string, any> = {}) {
  return {
    companyProfile: {
      companyName: 'Fairmont',
      preferredLanguage: 'en-US',
      marketSegment: 'COM',
      address: ADDRESS,
      contacts: [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com', phoneNumber: '408-123-4568' }],
      ...profile,
    },
    ...overrides,
  };
}

/** The update body that keeps a fixture customer's profile as it is. */
export function sameProfile(c: Customer, overrides: Record<string, any> = {}, profile: Record<string, any> = {}) {
  const { marketSubSegments: _ignored, ...rest } = c.companyProfile;
  return { companyProfile: { ...rest, ...profile }, ...overrides };
}

/** The default fixtures with one customer, reseller or distributor changed. */
export function fixturesWith(change: { customer?: [string, Record<string, any>]; reseller?: [string, Record<string, any>]; distributor?: [string, Record<string, any>] }): StateDocument {
  const doc = readFixtures();
  if (change.distributor) {
    const [id, patch] = change.distributor;
    doc.distributors = doc.distributors.map((d) => (d.distributorId === id ? { ...d, ...patch } : d));
  }
  if (change.customer) {
    const [id, patch] = change.customer;
    doc.customers = doc.customers.map((c) => (c.customerId === id ? { ...c, ...patch } : c));
  }
  if (change.reseller) {
    const [id, patch] = change.reseller;
    doc.resellers = doc.resellers.map((r) => (r.resellerId === id ? { ...r, ...patch } : r));
  }
  return doc;
}
