// listBy (store.ts): the records of a kind whose indexed field has a value — a reseller's
// customers, a distributor's resellers — answered from the memory store's index and by an
// indexed query on the SQL stores, always exactly what list() filtered by the field answers, in
// the same order: through updates that keep the field, moves to another value, deletes,
// rollbacks, a transaction's own writes not committed yet, a write buffer's and replaceAll.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { emptyContents, listBy, type Store, type Tx } from '../server/store/store.js';
import { WriteBuffer } from '../server/store/write-buffer.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { SCHEMA_VERSION, listByQuery } from '../server/store/migrations.js';
import { PostgresStore } from '../server/store/postgres-store.js';
import { chooseDriver, openSqlite, type SqliteDriver } from '../server/store/sqlite-driver.js';
import { SqliteStore } from '../server/store/sqlite-store.js';
import { freshSchema, withTestStore, postgresUnavailable, TEST_DATABASE_URL, type StoreKind } from './support/harness.js';
import type { Customer } from '../server/domain/types.js';

const pgSkip = await postgresUnavailable();

const customer = (id: string, resellerId: string, name = `Company ${id}`) => ({ customerId: id, resellerId, companyProfile: { companyName: name } }) as unknown as Customer;

/** listBy against list() filtered, for every reseller named. */
async function sameAsScan(tx: Tx, resellers = ['r1', 'r2', 'r3']): Promise<Record<string, string[]>> {
  const all = await tx.list('customers');
  const answered: Record<string, string[]> = {};
  for (const r of resellers) {
    const ids = (await listBy(tx, 'customers', 'resellerId', r)).map((c) => c.customerId);
    assert.deepEqual(ids, all.filter((c) => c.resellerId === r).map((c) => c.customerId), `reseller ${r}`);
    answered[r] = ids;
  }
  return answered;
}

for (const kind of ['memory', 'sqlite', 'postgres'] as StoreKind[]) {
  describe(`listBy: ${kind}`, { skip: kind === 'postgres' ? pgSkip : undefined }, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => withTestStore(kind, fn);

    it('answers what list() filtered answers, in its order, through updates, moves, deletes and rollbacks', () => withStore(async (store) => {
      await store.transaction(async (tx) => {
        for (const [id, r] of [['a', 'r1'], ['b', 'r2'], ['c', 'r1'], ['d', 'r2'], ['e', 'r1']]) await tx.put('customers', id, customer(id, r));
      });
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['a', 'c', 'e'], r2: ['b', 'd'], r3: [] });
      // An update that keeps the reseller keeps the place; a move joins the other list at the record's place.
      await store.transaction(async (tx) => {
        await tx.put('customers', 'a', customer('a', 'r1', 'renamed'));
        await tx.put('customers', 'c', customer('c', 'r2'));
        await tx.delete('customers', 'e');
      });
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['a'], r2: ['b', 'c', 'd'], r3: [] });
      // A rollback leaves the lists as they were.
      await assert.rejects(store.transaction(async (tx) => {
        await tx.put('customers', 'b', customer('b', 'r3'));
        await tx.put('customers', 'f', customer('f', 'r1'));
        // The transaction sees its own writes.
        assert.deepEqual(await sameAsScan(tx), { r1: ['a', 'f'], r2: ['c', 'd'], r3: ['b'] });
        throw new Error('boom');
      }), /boom/);
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['a'], r2: ['b', 'c', 'd'], r3: [] });
      // Deleted and stored again: last, as list() has it.
      await store.transaction((tx) => tx.delete('customers', 'b'));
      await store.transaction((tx) => tx.put('customers', 'b', customer('b', 'r2')));
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['a'], r2: ['c', 'd', 'b'], r3: [] });
    }));

    it('a record moved to a value in a transaction not committed yet joins at its stored place, in the store and in a write buffer', () => withStore(async (store) => {
      await store.transaction(async (tx) => {
        for (const [id, r] of [['a', 'r1'], ['b', 'r2'], ['c', 'r1'], ['d', 'r2'], ['e', 'r1']]) await tx.put('customers', id, customer(id, r));
      });
      await store.transaction(async (tx) => {
        await tx.put('customers', 'f', customer('f', 'r1'));
        await tx.put('customers', 'b', customer('b', 'r1'));
        await tx.delete('customers', 'c');
        assert.deepEqual(await sameAsScan(tx), { r1: ['a', 'b', 'e', 'f'], r2: ['d'], r3: [] });
        const buffer = new WriteBuffer(tx);
        await buffer.put('customers', 'd', customer('d', 'r1'));
        await buffer.put('customers', 'g', customer('g', 'r1'));
        assert.deepEqual(await sameAsScan(buffer), { r1: ['a', 'b', 'd', 'e', 'f', 'g'], r2: [], r3: [] });
      });
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['a', 'b', 'e', 'f'], r2: ['d'], r3: [] });
    }));

    it('a write buffer answers with its writes held back, and replaceAll gives the new contents\' lists', () => withStore(async (store) => {
      await store.transaction(async (tx) => {
        for (const [id, r] of [['a', 'r1'], ['b', 'r2']]) await tx.put('customers', id, customer(id, r));
      });
      await store.transaction(async (tx) => {
        const buffer = new WriteBuffer(tx);
        await buffer.put('customers', 'c', customer('c', 'r1'));
        await buffer.put('customers', 'b', customer('b', 'r1'));
        assert.deepEqual(await sameAsScan(buffer), { r1: ['a', 'b', 'c'], r2: [], r3: [] });
        assert.deepEqual(await sameAsScan(tx), { r1: ['a'], r2: ['b'], r3: [] });
      });
      const contents = emptyContents();
      contents.customers = { x: customer('x', 'r3'), y: customer('y', 'r1'), z: customer('z', 'r3') };
      contents.resellers = { r1: { resellerId: 'r1', distributorId: 'd1' } as never, r3: { resellerId: 'r3', distributorId: 'd2' } as never };
      await store.replaceAll(contents);
      assert.deepEqual(await store.transaction((tx) => sameAsScan(tx)), { r1: ['y'], r2: [], r3: ['x', 'z'] });
      assert.deepEqual(await store.transaction(async (tx) => (await listBy(tx, 'resellers', 'distributorId', 'd2')).map((r) => r.resellerId)), ['r3']);
    }));
  });
}

describe('listBy: a database of schema version 4 upgrades on start', () => {
  const customers = [['a', 'r1'], ['b', 'r2'], ['c', 'r1']] as const;
  const listsOf = (store: Store) => store.transaction(async (tx) => [
    (await listBy(tx, 'customers', 'resellerId', 'r1')).map((c) => c.customerId),
    (await listBy(tx, 'customers', 'resellerId', 'r2')).map((c) => c.customerId),
  ]);

  it('SQLite: migration 5 adds the list indexes to a file with records, which lists then use', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vipm-sim-list-by-')), 'v4.db');
    try {
      const first = SqliteStore.open(file);
      await first.transaction(async (tx) => { for (const [id, r] of customers) await tx.put('customers', id, customer(id, r)); });
      await first.close();
      const driver = chooseDriver() as { driver: SqliteDriver; path?: string };
      const raw = openSqlite(driver.driver, driver.path, file, 1000);
      raw.exec(`DROP INDEX vipm_records_customers_by_resellerid; DROP INDEX vipm_records_resellers_by_distributorid; DROP INDEX vipm_records_linkedmembershipgroups_by_country; DELETE FROM vipm_schema_migrations WHERE version >= 5`);
      raw.close();
      const upgraded = SqliteStore.open(file);
      assert.deepEqual(await listsOf(upgraded), [['a', 'c'], ['b']]);
      await upgraded.close();
      const check = openSqlite(driver.driver, driver.path, file, 1000);
      assert.equal(check.prepare<{ v: number }>('SELECT MAX(version) AS v FROM vipm_schema_migrations').get()?.v, SCHEMA_VERSION);
      const plan = check.prepare<{ detail: string }>(`EXPLAIN QUERY PLAN ${listByQuery('sqlite', 'customers', 'resellerId', '?')}`).all('r1').map((r) => r.detail).join(' ');
      assert.match(plan, /USING INDEX vipm_records_customers_by_resellerid/);
      check.close();
    } finally {
      rmSync(dirname(file), { recursive: true, force: true });
    }
  });

  it('PostgreSQL: migration 5 adds the list indexes to a schema with records, which lists then use', { skip: pgSkip }, async () => {
    const schema = await freshSchema();
    const first = await PostgresStore.open(TEST_DATABASE_URL, { schema, poolSize: 2 });
    await first.transaction(async (tx) => { for (const [id, r] of customers) await tx.put('customers', id, customer(id, r)); });
    await first.close();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET search_path = ${schema}; DROP INDEX vipm_records_customers_by_resellerid; DROP INDEX vipm_records_resellers_by_distributorid; DROP INDEX vipm_records_linkedmembershipgroups_by_country; DELETE FROM vipm_schema_migrations WHERE version >= 5`);
      const upgraded = await PostgresStore.open(TEST_DATABASE_URL, { schema, poolSize: 2 });
      assert.deepEqual(await listsOf(upgraded), [['a', 'c'], ['b']]);
      await upgraded.close();
      assert.equal(Number((await client.query('SELECT MAX(version) AS v FROM vipm_schema_migrations')).rows[0].v), SCHEMA_VERSION);
      // Planned as on a large table (a few rows alone would be read in full).
      const plan = (await client.query(`SET enable_seqscan = off; EXPLAIN ${listByQuery('postgres', 'customers', 'resellerId', "'r1'")}`) as unknown as pg.QueryResult[])[1].rows.map((r) => r['QUERY PLAN']).join(' ');
      assert.match(plan, /Index Scan using vipm_records_customers_by_resellerid/);
      assert.doesNotMatch(plan, /Sort/);
    } finally {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => undefined);
      await client.end();
    }
  });
});
