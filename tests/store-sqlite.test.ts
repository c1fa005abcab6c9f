// The SQLite store through the real command (bin/vipm-sim.js, built by `npm run build`): an
// acknowledged change survives SIGKILL, a retry after the restart replays, and a file that is
// not ours stops start-up with a clear message.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { apiClient, startChildSimulator, tokenFor, type ChildSimulator } from './support/child-simulator.js';
import { chooseDriver, hasNodeSqlite, openSqlite } from '../server/store/sqlite-driver.js';
import { availableSqliteDriver } from '../scripts/ensure-sqlite-driver.mjs';

const BIN = 'bin/vipm-sim.js';
const dir = mkdtempSync(join(tmpdir(), 'vipm-sim-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Child = ChildSimulator;
const serve = (args: string[]) => startChildSimulator(args);
const stop = (child: Child, signal: NodeJS.Signals = 'SIGTERM') => child.stop(signal);
const token = tokenFor;
const api = apiClient;

/** The update body that keeps the customer's profile and sets externalReferenceId. */
const keepProfile = (c: any, externalReferenceId: string) => {
  const { marketSubSegments: _ignored, ...profile } = c.companyProfile;
  return { externalReferenceId, companyProfile: profile };
};

const CUSTOMERS = ['9876543210', '1005000002', '1005000004', '1005000006'];

describe('SQLite store (--data)', () => {
  it('STO-04 every acknowledged PATCH survives SIGKILL mid-stream, and its retry after the restart replays', async () => {
    const file = join(dir, 'kill.db');
    let sim = await serve(['--data', file]);
    assert.match(sim.output(), /store: SQLite .*kill\.db/);
    const bearer = await token(sim.url);
    let call = api(sim.url, bearer);
    const profiles = new Map<string, any>();
    for (const id of CUSTOMERS) profiles.set(id, (await call('GET', `/v3/customers/${id}`)).body);

    // One writer per customer, each sending PATCHes one after another until the process dies.
    const acked: Array<{ customerId: string; n: number; correlationId: string; response: { status: number; text: string } }> = [];
    const inFlight = new Map<string, number>();
    let stopAt = 120;
    const killed = new Promise<void>((resolve) => {
      const writers = CUSTOMERS.map(async (customerId) => {
        for (let n = 1; ; n++) {
          const correlationId = randomUUID();
          inFlight.set(customerId, n);
          let res;
          try {
            res = await call('PATCH', `/v3/customers/${customerId}`, keepProfile(profiles.get(customerId), `w-${n}`), { 'x-correlation-id': correlationId });
          } catch {
            return; // the process is gone
          }
          assert.equal(res.status, 200, res.text);
          acked.push({ customerId, n, correlationId, response: res });
          if (acked.length === stopAt) { stopAt = -1; sim.process.kill('SIGKILL'); }
        }
      });
      Promise.all(writers).then(() => resolve());
    });
    await killed;
    if (sim.process.exitCode === null && sim.process.signalCode === null) await once(sim.process, 'exit');
    assert.equal(sim.process.signalCode, 'SIGKILL');
    assert.ok(acked.length >= 120, `only ${acked.length} PATCHes were acknowledged`);

    sim = await serve(['--data', file]);
    try {
      assert.match(sim.output(), /state: kept from the store/);
      call = api(sim.url, bearer); // the token is in the store too
      for (const customerId of CUSTOMERS) {
        const last = Math.max(0, ...acked.filter((a) => a.customerId === customerId).map((a) => a.n));
        const stored = (await call('GET', `/v3/customers/${customerId}`)).body;
        // The last acknowledged change is there; only the one in flight at the kill may be newer.
        assert.ok([`w-${last}`, `w-${inFlight.get(customerId)}`].includes(stored.externalReferenceId), `${customerId}: ${stored.externalReferenceId}, last acknowledged w-${last}`);
      }
      const before = await fetch(`${sim.url}/__sandbox/state`).then((r) => r.json()) as any;
      for (const a of acked) {
        const replay = await call('PATCH', `/v3/customers/${a.customerId}`, keepProfile(profiles.get(a.customerId), `w-${a.n}`), { 'x-correlation-id': a.correlationId });
        assert.equal(replay.status, a.response.status);
        assert.equal(replay.text, a.response.text, 'the retry replays the first answer');
      }
      const afterRetries = await fetch(`${sim.url}/__sandbox/state`).then((r) => r.json()) as any;
      assert.deepEqual(afterRetries.customers, before.customers, 'replays applied nothing again');
      assert.equal(afterRetries.emails.length, before.emails.length, 'replays sent no email');
    } finally {
      await stop(sim);
    }
  });

  it('STO-05 a corrupt, foreign or newer file stops start-up with a clear message (exit 1)', () => {
    const run = (file: string) => spawnSync(process.execPath, [BIN, 'serve', '--port', '0', '--data', file], { encoding: 'utf8', timeout: 20_000 });

    const corrupt = join(dir, 'corrupt.db');
    writeFileSync(corrupt, Buffer.alloc(8192, 'not a database, just bytes '));
    const a = run(corrupt);
    assert.equal(a.status, 1, a.stdout + a.stderr);
    assert.match(a.stderr, /vipm-sim: --data .*corrupt\.db: not a SQLite database, or a damaged one/);

    const foreign = join(dir, 'foreign.db');
    const driver = chooseDriver();
    assert.ok('driver' in driver, 'a SQLite driver');
    const db = openSqlite(driver.driver, driver.path, foreign, 1000);
    db.exec('CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)');
    db.close();
    const b = run(foreign);
    assert.equal(b.status, 1, b.stdout + b.stderr);
    assert.match(b.stderr, /a SQLite database of something else \(tables: users\)/);

    const newer = join(dir, 'newer.db');
    const future = openSqlite(driver.driver, driver.path, newer, 1000);
    future.exec('CREATE TABLE vipm_schema_migrations (version INTEGER NOT NULL PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)');
    future.exec("INSERT INTO vipm_schema_migrations VALUES (999, 'from the future', '2030-01-01')");
    future.close();
    const c = run(newer);
    assert.equal(c.status, 1, c.stdout + c.stderr);
    assert.match(c.stderr, /schema version 999, newer than this vipm-sim understands/);

    const both = spawnSync(process.execPath, [BIN, 'serve', '--data', join(dir, 'x.db'), '--database-url', 'postgres://127.0.0.1/x'], { encoding: 'utf8' });
    assert.notEqual(both.status, 0);
    assert.match(both.stderr, /cannot be used with/);
  });

  it('STO-06 a restart keeps the stored state instead of the fixtures; reset goes back to the fixtures', async () => {
    const file = join(dir, 'restart.db');
    let sim = await serve(['--data', file]);
    assert.match(sim.output(), /state: .*first start/);
    const call = api(sim.url, await token(sim.url));
    const created = await call('POST', '/v3/customers', {
      resellerId: '5556667778',
      companyProfile: { companyName: 'Kept Across Restarts', preferredLanguage: 'en-US', address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' }, contacts: [{ firstName: 'Kay', lastName: 'Kept', email: 'kay@kept.example' }] },
    });
    assert.equal(created.status, 201, created.text);
    await fetch(`${sim.url}/__sandbox/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2027-03-01T00:00:00Z', frozen: true }) });
    await stop(sim);

    sim = await serve(['--data', file]);
    try {
      const state = await fetch(`${sim.url}/__sandbox/state`).then((r) => r.json()) as any;
      assert.ok(state.customers.some((c: any) => c.customerId === created.body.customerId), 'the created customer is still there');
      assert.equal(state.clock.now, '2027-03-01T00:00:00.000Z');
      assert.ok(state.emails.some((e: any) => e.to === 'kay@kept.example'), 'the outbox is kept');
      assert.equal((await fetch(`${sim.url}/__sandbox/reset`, { method: 'POST' })).status, 200);
      const reset = await fetch(`${sim.url}/__sandbox/state`).then((r) => r.json()) as any;
      assert.ok(!reset.customers.some((c: any) => c.customerId === created.body.customerId));
      assert.ok(reset.customers.some((c: any) => c.customerId === '9876543210'));
    } finally {
      await stop(sim);
    }
  });

  it('STO-19 --data runs on better-sqlite3 when installed, else on node:sqlite where Node has it (22.13+); VIPM_SIM_SQLITE_DRIVER chooses', async () => {
    // npm test installs better-sqlite3 where Node has no node:sqlite (scripts/ensure-sqlite-driver.mjs); elsewhere either may be here.
    const installed = availableSqliteDriver() === 'better-sqlite3';
    assert.equal((chooseDriver('') as { driver: string }).driver, installed ? 'better-sqlite3' : 'node:sqlite', 'better-sqlite3 is the default where installed');
    assert.deepEqual(chooseDriver('sqlite3'), { missing: 'VIPM_SIM_SQLITE_DRIVER=sqlite3: use better-sqlite3 or node:sqlite' });
    if (!hasNodeSqlite()) {
      assert.deepEqual(chooseDriver('node:sqlite'), { missing: `--data with node:sqlite needs Node 22.13 or later (this is ${process.version}): npm i better-sqlite3@12` });
      return;
    }
    const sim = await startChildSimulator(['--data', join(dir, 'built-in.db')], { env: { VIPM_SIM_SQLITE_DRIVER: 'node:sqlite' } });
    try {
      assert.match(sim.output(), /store: SQLite .*built-in\.db \(WAL, synchronous=FULL, node:sqlite\)/);
      assert.equal((await apiClient(sim.url, await tokenFor(sim.url))('GET', '/v3/customers/9876543210')).status, 200);
      assert.doesNotMatch(sim.output(), /ExperimentalWarning/);
    } finally {
      await sim.stop();
    }
  });
});
