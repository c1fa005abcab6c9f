// A fleet: several real simulator processes (bin/vipm-sim.js, built by `npm run build`) on one
// PostgreSQL database behave as one simulator. Needs PostgreSQL (127.0.0.1:5432, database test,
// or VIPM_SIM_TEST_DATABASE_URL): skipped with a message when unreachable, a failure in CI.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { request as httpRequest, createServer as createHttpServer } from 'node:http';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { startSimulator } from '../server/index.js';
import { connectSimulator } from '../server/control-plane/http-client.js';
import { apiClient, startChildSimulator, tokenFor, type ChildSimulator } from './support/child-simulator.js';
import { freshSchema, postgresUnavailable, TEST_DATABASE_URL, withTestStore } from './support/harness.js';
import type { Customer } from '../server/domain/types.js';

const BIN = 'bin/vipm-sim.js';
const pgSkip = await postgresUnavailable();

type Instance = ChildSimulator;
const serve = (databaseUrl: string, ...args: string[]) => startChildSimulator(['--database-url', databaseUrl, ...args]);
const stop = (instance: Instance) => instance.stop();

/** The URL of the test database with search_path set to a schema of its own. */
async function schemaUrl(): Promise<string> {
  const schema = await freshSchema();
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.end();
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return url.toString();
}

const token = tokenFor;
let bearer = '';
const call = (url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => apiClient(url, bearer)(method, path, body, headers);

const ADDRESS = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110-1234' };
const newCustomer = (companyName: string) => ({
  resellerId: '5556667778',
  companyProfile: { companyName, preferredLanguage: 'en-US', marketSegment: 'COM', address: ADDRESS, contacts: [{ firstName: 'Donald', lastName: 'Duck', email: `${companyName.replace(/\W/g, '').toLowerCase()}@duck.example` }] },
});
const fairmont = (contact: { firstName: string; lastName: string; email: string }, externalReferenceId: string) => ({
  externalReferenceId,
  companyProfile: { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM', address: { ...ADDRESS, addressLine2: 'Apt 123' }, contacts: [contact] },
});

describe('PostgreSQL fleet (--database-url)', { skip: pgSkip }, () => {
  let fleet: Instance[] = [];
  let url = '';
  before(async () => {
    url = await schemaUrl();
    // Three processes start at once on an empty schema: one loads the fixtures, the others keep them.
    fleet = await Promise.all([serve(url), serve(url), serve(url)]);
    bearer = await token(fleet[0].url);
  });
  after(async () => { await Promise.all(fleet.map(stop)); });

  it('STO-07 the fixtures are loaded once; a customer created through A is read and updated through B', async () => {
    const states = fleet.map((i) => /state: (kept|.*first start)/.exec(i.output())?.[1]);
    assert.equal(states.filter((s) => s?.includes('first start')).length, 1, states.join(' | '));
    assert.match(fleet[0].output(), /store: PostgreSQL 127\.0\.0\.1:5432\/test \(serializable\)/);
    const [a, b, c] = fleet.map((i) => i.url);
    const created = await call(a, 'POST', '/v3/customers', newCustomer('Fleet Created'));
    assert.equal(created.status, 201, created.text);
    const id = created.body.customerId;
    const read = await call(b, 'GET', `/v3/customers/${id}`);
    assert.equal(read.status, 200, read.text);
    assert.equal(read.body.companyProfile.companyName, 'Fleet Created');
    await connectSimulator(c).advanceClock('PT2M');
    const { companyName: _n, ...rest } = read.body.companyProfile;
    const updated = await call(b, 'PATCH', `/v3/customers/${id}`, { externalReferenceId: 'via-b', companyProfile: { companyName: 'Fleet Created', ...rest, marketSubSegments: undefined } });
    assert.equal(updated.status, 200, updated.text);
    assert.equal((await call(c, 'GET', `/v3/customers/${id}`)).body.externalReferenceId, 'via-b');
  });

  it('STO-08 the same X-Correlation-Id sent at once to A and B is applied once; both get the same answer', async () => {
    for (let round = 0; round < 5; round++) {
      const correlationId = randomUUID();
      const name = `Twin Request ${round}`;
      const [ra, rb] = await Promise.all([fleet[0].url, fleet[1].url].map((u) => call(u, 'POST', '/v3/customers', newCustomer(name), { 'x-correlation-id': correlationId })));
      assert.equal(ra.status, 201, ra.text);
      assert.equal(rb.status, ra.status);
      assert.equal(rb.text, ra.text, 'both get the same answer');
      const state = await connectSimulator(fleet[2].url).state();
      assert.equal(state.customers.filter((c) => c.companyProfile.companyName === name).length, 1, 'created once');
    }
  });

  it('STO-09 50 concurrent PATCHes to one customer across instances leave a serial result, none lost', async () => {
    const contacts = Array.from({ length: 50 }, (_, i) => ({ firstName: `Con${i}`, lastName: 'Current', email: `concurrent-${i}@fleet.example` }));
    const replies = await Promise.all(contacts.map((contact, i) => call(fleet[i % 3].url, 'PATCH', '/v3/customers/9876543210', fairmont(contact, `c-${i}`))));
    for (const r of replies) assert.equal(r.status, 200, r.text);
    const customer = (await call(fleet[0].url, 'GET', '/v3/customers/9876543210')).body;
    const winner = Number(customer.externalReferenceId.slice(2));
    assert.deepEqual(customer.companyProfile.contacts.map((c: any) => c.email), [contacts[winner].email], 'the state is one PATCH, whole');
    const admins = (await connectSimulator(fleet[1].url).admins('9876543210')).map((a) => a.email);
    for (const c of contacts) assert.ok(admins.includes(c.email), `admin ${c.email} lost`);
    const emails = (await connectSimulator(fleet[2].url).emails({ customerId: '9876543210' })).filter((e) => e.to.startsWith('concurrent-'));
    assert.equal(emails.length, 50, 'one welcome email per PATCH');
    assert.equal(new Set(emails.map((e) => e.emailId)).size, 50, 'email ids are unique');
  });

  it('STO-21 customers, their orders and welcome emails created at once through A and B all get ids of their own; every one acknowledged is there', async () => {
    const n = 12;
    const created = await Promise.all(Array.from({ length: n }, (_, i) => call(fleet[i % 2].url, 'POST', '/v3/customers', newCustomer(`Parallel Create ${i}`))));
    for (const r of created) assert.equal(r.status, 201, r.text);
    const customerIds: string[] = created.map((r) => r.body.customerId);
    assert.equal(new Set(customerIds).size, n, 'customer ids are unique');
    const order = { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 2 }] };
    const placed = await Promise.all(customerIds.flatMap((id, i) => [0, 1].map((k) => call(fleet[(i + k) % 2].url, 'POST', `/v3/customers/${id}/orders`, order))));
    for (const r of placed) assert.equal(r.status, 201, r.text);
    const orderIds: string[] = placed.map((r) => r.body.orderId);
    assert.equal(new Set(orderIds).size, orderIds.length, 'order ids are unique across customers');
    const state = await connectSimulator(fleet[2].url).state();
    for (const id of customerIds) assert.ok(state.customers.some((c) => c.customerId === id), `customer ${id} lost`);
    const stored = new Set((state.orders ?? []).map((o) => o.orderId));
    for (const id of orderIds) assert.ok(stored.has(id), `order ${id} lost`);
    const emailIds = (state.emails ?? []).map((e) => e.emailId);
    assert.equal(new Set(emailIds).size, emailIds.length, 'email ids are unique');
    assert.ok(customerIds.every((id) => (state.emails ?? []).some((e) => e.customerId === id)), 'every customer got its welcome email');
    for (const [name, taken] of [['customer', customerIds], ['order', orderIds]] as const) {
      assert.ok(Number(state.sequences?.[name]) > Math.max(...taken.map(Number)), `the exported next ${name} id is past every one taken`);
    }
  });

  it('STO-10 a reused X-Request-Id is caught across instances', async () => {
    const requestId = randomUUID();
    const first = await call(fleet[0].url, 'GET', '/v3/customers/9876543210', undefined, { 'x-request-id': requestId });
    assert.equal(first.status, 200);
    const again = await call(fleet[1].url, 'GET', '/v3/customers/9876543210', undefined, { 'x-request-id': requestId });
    assert.equal(again.status, 400, again.text);
    assert.equal(again.body.code, '4120');
  });

  it('STO-11 the clock and faults set through one instance hold on all', async () => {
    const set = await connectSimulator(fleet[0].url).setClock('2027-06-01T12:00:00Z', { frozen: true });
    assert.equal(set.frozen, true);
    for (const i of fleet) assert.equal((await connectSimulator(i.url).clock()).now, '2027-06-01T12:00:00.000Z');
    bearer = await token(fleet[2].url); // tokens live on the simulated clock: the old one has expired
    const armed = await connectSimulator(fleet[1].url).armFault({ method: 'GET', path: '/v3/customers/*', action: 'respond', status: 500, count: 2 });
    assert.equal(armed.remaining, 2);
    assert.equal((await call(fleet[2].url, 'GET', '/v3/customers/9876543210')).status, 500);
    assert.equal((await call(fleet[0].url, 'GET', '/v3/customers/9876543210')).status, 500);
    assert.equal((await call(fleet[1].url, 'GET', '/v3/customers/9876543210')).status, 200, 'the fault was used up across the fleet');
    await connectSimulator(fleet[0].url).freezeClock(false);
  });
});

describe('PostgreSQL locks by what a call writes', { skip: pgSkip }, () => {
  const customer = (id: string) => ({ customerId: id, companyProfile: { companyName: id } }) as unknown as Customer;

  it('STO-21 transactions on different locks run at once; on one lock, one after another', { timeout: 60_000 }, () => withTestStore('postgres', async (store) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => { release = resolve; });
    let holding!: () => void;
    const holds = new Promise<void>((resolve) => { holding = resolve; });
    const done: string[] = [];
    const first = store.transaction(async (tx) => {
      await tx.get('customers', 'a');
      holding();
      await held;
      await tx.put('customers', 'a', customer('a'));
      done.push('a, first');
    }, { lock: 'customer a' });
    await holds;
    const same = store.transaction(async (tx) => {
      await tx.put('customers', 'a2', customer('a2'));
      done.push('a, second');
    }, { lock: 'customer a' });
    // Queued behind `first`, this would wait for ever (the test's timeout).
    await store.transaction(async (tx) => {
      await tx.put('customers', 'b', customer('b'));
      done.push('b');
    }, { lock: 'customer b' });
    release();
    await Promise.all([first, same]);
    assert.deepEqual(done, ['b', 'a, first', 'a, second']);
  }));
});

/** Journal rows in the schema the URL's search_path names. */
async function journalRows(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT COUNT(*) AS n FROM vipm_journal')).rows[0].n);
  } finally {
    await client.end();
  }
}

/** An HTTP proxy that sends provider-state setups to `setups` and every other request to `rest`: a load balancer at its least helpful. */
async function splittingProxy(setups: string, rest: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer((req, res) => {
    const target = new URL(req.method === 'POST' && req.url === '/__sandbox/provider-states' ? setups : rest);
    const upstream = httpRequest({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode!, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** A pact whose first interaction needs the provider state's `credentials: as-sent` (a bad token must stay bad), the second not. */
function credentialsPact(): string {
  const request = (token: string) => ({ method: 'GET', path: '/v3/customers/9876543210', headers: { Authorization: `Bearer ${token}`, 'X-Api-Key': 'vipm-sim-client', 'X-Correlation-Id': randomUUID() } });
  const pact = {
    consumer: { name: 'fleet-client' }, provider: { name: 'adobe-vipmp' },
    interactions: [
      { description: 'an unknown token, sent as it is', providerStates: [{ name: 'the default fixtures', params: { credentials: 'as-sent' } }], request: request('unknown-token'), response: { status: 401 } },
      { description: 'an unknown token, replaced by the verifier', providerStates: [{ name: 'the default fixtures' }], request: request('unknown-token'), response: { status: 200 } },
    ],
    metadata: { pactSpecification: { version: '3.0.0' } },
  };
  const file = join(mkdtempSync(join(tmpdir(), 'vipm-fleet-pact-')), 'fleet-pact.json');
  writeFileSync(file, JSON.stringify(pact));
  return file;
}

describe('PostgreSQL: a transaction of many writes', { skip: pgSkip }, () => {
  const customer = (id: string) => ({ customerId: id, resellerId: 'r', companyProfile: { companyName: id } }) as unknown as Customer;

  it('STO-22 a transaction writing more records than one message carries (a large state loaded into an empty database) commits all of them together, and one that fails in its last message leaves none of the earlier ones', { timeout: 60_000 }, () => withTestStore('postgres', async (store) => {
    const ids = Array.from({ length: 2_500 }, (_, i) => `big${String(i).padStart(5, '0')}`);
    await store.transaction(async (tx) => {
      for (const id of ids) await tx.put('customers', id, customer(id));
    });
    const written = await store.transaction(async (tx) => (await tx.list('customers')).filter((c) => c.customerId.startsWith('big')).map((c) => c.customerId));
    assert.deepEqual(written, ids);
    // A second large transaction that fails at its end leaves nothing of its earlier messages.
    await assert.rejects(store.transaction(async (tx) => {
      for (const id of ids) await tx.put('customers', `${id}x`, customer(`${id}x`));
      await tx.put('customers', 'not\u0000valid', customer('x'));
    }));
    const left = (await store.transaction(async (tx) => tx.list('customers'))).filter((c) => c.customerId.endsWith('x'));
    assert.equal(left.length, 0);
  }));
});

describe('PostgreSQL fleet: one journal, one provider state', { skip: pgSkip }, () => {
  let fleet: Instance[] = [];
  let url = '';
  const CAPACITY = 5;
  before(async () => {
    url = await schemaUrl();
    fleet = await Promise.all([serve(url, '--journal-size', String(CAPACITY)), serve(url, '--journal-size', String(CAPACITY))]);
    bearer = await token(fleet[0].url);
  });
  after(async () => { await Promise.all(fleet.map(stop)); });

  it('STO-16 a request sent through A is in the journal read through B (masked and cut as on one instance); a clear through B clears it for A', async () => {
    const [a, b] = fleet.map((i) => connectSimulator(i.url));
    const correlationId = randomUUID();
    const sent = await call(fleet[0].url, 'GET', '/v3/customers/9876543210', undefined, { 'x-correlation-id': correlationId });
    assert.equal(sent.status, 200, sent.text);
    const [entry] = await b.journal({ correlationId });
    assert.equal(entry?.path, '/v3/customers/9876543210', 'the entry is visible through B');
    assert.equal(entry.status, 200);
    assert.match(entry.requestHeaders.authorization, /^Bearer \*{4}/, 'secrets are masked as on one instance');
    assert.ok(!JSON.stringify(entry).includes(bearer), 'the token is nowhere in the entry');
    await b.verify({ method: 'GET', path: '/v3/customers/9876543210', correlationId }, { count: 1 });
    assert.equal(await b.count({ correlationId }), 1);

    const big = await call(fleet[0].url, 'POST', '/v3/customers', { ...newCustomer('Big Body'), externalReferenceId: 'x'.repeat(20_000) });
    const [kept] = await b.journal({ method: 'POST', path: '/v3/customers' });
    assert.equal(kept.status, big.status);
    assert.match(String(kept.requestBody), /… \(\d{5} bytes\)$/, 'bodies are cut at 16 KB as on one instance');

    const page = await (await fetch(`${fleet[1].url}/__sandbox/journal`)).json() as { total: number; capacity: number };
    assert.equal(page.capacity, CAPACITY);
    assert.equal(page.total, 3, 'the token request, the GET and the POST');
    assert.equal(await b.clearJournal(), 3);
    assert.deepEqual(await a.journal(), [], 'cleared for A too');
    await call(fleet[1].url, 'GET', '/v3/customers/9876543210');
    await a.reset();
    assert.deepEqual(await b.journal(), [], 'a reset through A clears the journal for B');
  });

  it('STO-17 the fleet journal keeps the newest --journal-size requests of all instances together', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 12; i++) {
      const correlationId = randomUUID();
      ids.push(correlationId);
      assert.equal((await call(fleet[i % 2].url, 'GET', '/v3/customers/9876543210', undefined, { 'x-correlation-id': correlationId })).status, 200);
    }
    for (const instance of fleet) {
      const entries = await connectSimulator(instance.url).journal();
      assert.deepEqual(entries.map((e) => e.correlationId), ids.slice(-CAPACITY).reverse(), 'the newest, newest first');
      assert.equal(new Set(entries.map((e) => e.id)).size, CAPACITY, 'each with an id of its own');
    }
    assert.ok(await journalRows(url) <= 2 * CAPACITY, 'the table is trimmed as it fills');
  });

  it('STO-18 a provider state set up through A is current on B; `vipm-sim verify --url` works through a load balancer splitting them', async () => {
    const params = await connectSimulator(fleet[0].url).providerState('the default fixtures', { credentials: 'as-sent' });
    assert.deepEqual(params, { credentials: 'as-sent' });
    const current = await (await fetch(`${fleet[1].url}/__sandbox/provider-states/current`)).json();
    assert.deepEqual(current, { state: 'the default fixtures', params: { credentials: 'as-sent' } });

    const proxy = await splittingProxy(fleet[0].url, fleet[1].url);
    try {
      // Not spawnSync: the proxy runs in this process.
      const run = spawn(process.execPath, [BIN, 'verify', credentialsPact(), '--url', proxy.url], { env: { ...process.env, PACT_DO_NOT_TRACK: 'true' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      for (const stream of [run.stdout, run.stderr]) stream.setEncoding('utf8').on('data', (chunk: string) => { output += chunk; });
      const [status] = await once(run, 'exit');
      assert.equal(status, 0, output);
      assert.match(output, /every interaction verified/);
    } finally {
      await proxy.close();
    }
  });
});

describe('PostgreSQL with --journal-scope process', { skip: pgSkip }, () => {
  it('STO-16 each instance keeps its own journal, as on the other stores', async () => {
    const url = await schemaUrl();
    const [a, b] = await Promise.all([0, 1].map(() => startSimulator({ databaseUrl: url, journalScope: 'process' })));
    try {
      bearer = await token(a.url);
      const correlationId = randomUUID();
      assert.equal((await call(a.url, 'GET', '/v3/customers/9876543210', undefined, { 'x-correlation-id': correlationId })).status, 200);
      assert.equal((await a.sandbox.journal({ correlationId })).length, 1);
      assert.deepEqual(await b.sandbox.journal({ correlationId }), []);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

/** A TCP proxy in front of PostgreSQL that can be cut and restored, to play a database going away. */
async function cuttableProxy(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const open = async () => {
    server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) { sockets.add(s); s.on('close', () => sockets.delete(s)); s.on('error', () => undefined); }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
    port = (server!.address() as { port: number }).port;
  };
  const cut = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  };
  await open();
  return { port: () => port, cut, restore: open };
}

describe('PostgreSQL going away', { skip: pgSkip }, () => {
  it('STO-13 a database that goes away gives 500/1124 and a 503 health check; the simulator recovers when it returns', async () => {
    const url = new URL(await schemaUrl());
    const proxy = await cuttableProxy(new URL(TEST_DATABASE_URL));
    url.host = `127.0.0.1:${proxy.port()}`;
    const sim = await startSimulator({ databaseUrl: url.toString(), log: () => {} });
    try {
      bearer = await token(sim.url);
      assert.equal((await call(sim.url, 'GET', '/v3/customers/9876543210')).status, 200);
      await proxy.cut();
      const down = await call(sim.url, 'GET', '/v3/customers/9876543210');
      assert.equal(down.status, 500, down.text);
      assert.equal(down.body.code, '1124');
      const health = await fetch(`${sim.url}/healthz`);
      assert.equal(health.status, 503);
      assert.equal(((await health.json()) as any).store, 'postgres');
      await proxy.restore();
      const back = await call(sim.url, 'GET', '/v3/customers/9876543210');
      assert.equal(back.status, 200, back.text);
      assert.equal((await fetch(`${sim.url}/healthz`)).status, 200);
    } finally {
      await sim.stop();
      await proxy.cut().catch(() => undefined);
    }
  });

  it('STO-13 a database unreachable at start stops start-up with a clear message (exit 1)', () => {
    const out = spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--database-url', 'postgres://postgres@127.0.0.1:1/test'], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(out.status, 1, out.stdout + out.stderr);
    assert.match(out.stderr, /vipm-sim: PostgreSQL at 127\.0\.0\.1:1\/test: .*ECONNREFUSED/);
  });
});
