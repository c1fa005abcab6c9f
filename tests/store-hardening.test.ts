// The SQL stores under failure and over time: a database that stops answering (a black-holed
// connection, not a refused one) fails calls within seconds; expired records are purged in batches.
import assert from 'node:assert/strict';
import { connect, createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { startSimulator } from '../server/index.js';
import { purgeExpired } from '../server/store/purge.js';
import { PURGE_BATCH } from '../server/store/migrations.js';
import { PostgresStore } from '../server/store/postgres-store.js';
import type { Store } from '../server/store/store.js';
import { freshSchema, openTestStore, postgresUnavailable, TEST_DATABASE_URL } from './support/harness.js';

/** A TCP proxy to PostgreSQL that can stop forwarding without closing anything. */
async function blackHoleProxy(target: URL): Promise<{ url: string; stall(): void; close(): Promise<void> }> {
  let stalled = false;
  const sockets: Socket[] = [];
  const server: Server = createServer((client) => {
    sockets.push(client);
    if (stalled) return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.push(upstream);
    client.on('data', (chunk) => { if (!stalled) upstream.write(chunk); });
    upstream.on('data', (chunk) => { if (!stalled) client.write(chunk); });
    for (const s of [client, upstream]) s.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target.href);
  url.hostname = '127.0.0.1';
  url.port = String((server.address() as AddressInfo).port);
  return {
    url: url.href,
    stall: () => { stalled = true; },
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server.close(() => resolve()); }),
  };
}

const tokenOf = async (url: string) => (await (await fetch(`${url}/ims/token/v3`, { method: 'POST', body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'vipm-sim-client', client_secret: 'vipm-sim-secret' }) })).json()).access_token as string;

describe('SQL stores under failure', async () => {
  const unavailable = await postgresUnavailable();

  it('HARD-18 a black-holed PostgreSQL gives 500/1124 within 5 s, and /healthz says so', { skip: unavailable }, async (t) => {
    const proxy = await blackHoleProxy(new URL(TEST_DATABASE_URL));
    const store = await PostgresStore.open(proxy.url, { schema: await freshSchema(), poolSize: 2 });
    const sim = await startSimulator({ store });
    try {
      const token = await tokenOf(sim.url);
      const get = () => fetch(`${sim.url}/v3/customers/9876543210`, { headers: { authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': crypto.randomUUID() } });
      assert.equal((await get()).status, 200);
      proxy.stall();
      const started = Date.now();
      const res = await get();
      const took = Date.now() - started;
      assert.equal(res.status, 500);
      assert.equal((await res.json()).code, '1124');
      assert.ok(took < 5000, `answered after ${took} ms`);
      t.diagnostic(`a black-holed database answered 500/1124 after ${took} ms`);
      const health = await fetch(`${sim.url}/healthz`);
      assert.equal(health.status, 503);
    } finally {
      await sim.stop().catch(() => undefined);
      await store.close().catch(() => undefined);
      await proxy.close();
    }
  });
});

describe('SQL stores purge what expired', () => {
  for (const kind of ['sqlite', 'postgres'] as const) {
    let store: Store;
    let skip: string | undefined;
    before(async () => {
      skip = kind === 'postgres' ? await postgresUnavailable() : undefined;
      if (!skip) store = await openTestStore(kind);
    });
    after(async () => { await store?.close(); });

    it(`HARD-19 ${kind}: replay records, request ids and tokens past their expiry go, in batches; the rest stay`, async (t) => {
      if (skip) return t.skip(skip);
      const now = new Date('2026-11-01T09:00:00Z');
      const past = '2026-10-01T00:00:00.000Z';
      const future = '2026-12-01T00:00:00.000Z';
      const old = PURGE_BATCH + 50;
      await store.transaction(async (tx) => {
        await tx.put('clock', 'current', { offsetMs: 0, frozenAt: now.toISOString() });
        for (let i = 0; i < old; i++) await tx.put('idempotency', `old-${i}`, { key: `old-${i}`, expiresAt: past, response: { status: 200, headers: {}, body: '{}' } });
        await tx.put('idempotency', 'live', { key: 'live', expiresAt: future, response: { status: 200, headers: {}, body: '{}' } });
        await tx.put('requestIds', 'old', { key: 'old', expiresAt: past });
        await tx.put('requestIds', 'live', { key: 'live', expiresAt: future });
        await tx.put('tokens', 'old', { accessToken: 'old', clientId: 'c', issuedAt: past, expiresAt: past });
        await tx.put('tokens', 'live', { accessToken: 'live', clientId: 'c', issuedAt: past, expiresAt: future });
      });
      assert.equal(await purgeExpired(store, Date.now()), old + 2);
      const left = await store.transaction(async (tx) => ({
        idempotency: (await tx.list('idempotency')).map((r) => r.key),
        requestIds: (await tx.list('requestIds')).map((r) => r.key),
        tokens: (await tx.list('tokens')).map((r) => r.accessToken),
      }));
      assert.deepEqual(left, { idempotency: ['live'], requestIds: ['live'], tokens: ['live'] });
    });
  }
});
