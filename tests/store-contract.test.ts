// The Store interface on every implementation: what a transaction sees, what a throw leaves,
// how concurrent transactions combine, and the replaceAll/dump round trip. PostgreSQL runs when
// reachable (127.0.0.1:5432 or VIPM_SIM_TEST_DATABASE_URL); in CI it must be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import request from 'supertest';
import { createApp } from '../server/app.js';
import { buildSimulator } from '../server/simulator.js';
import { emptyContents, getMany, takeIds, type Store } from '../server/store/store.js';
import { withTestStore, postgresUnavailable, type StoreKind } from './support/harness.js';
import { readFixtures } from '../server/startup/fixtures.js';
import type { Customer } from '../server/domain/types.js';

const pgSkip = await postgresUnavailable();

const customer = (id: string, name = `Company ${id}`) => ({ customerId: id, companyProfile: { companyName: name } }) as unknown as Customer;

for (const kind of ['memory', 'sqlite', 'postgres'] as StoreKind[]) {
  describe(`store contract: ${kind}`, { skip: kind === 'postgres' ? pgSkip : undefined }, () => {
    const withStore = (fn: (store: Store) => Promise<void>) => withTestStore(kind, fn);

    it('STO-01 a transaction reads its own writes, and a throw rolls back everything it wrote', () => withStore(async (store) => {
      await store.transaction(async (tx) => {
        await tx.put('customers', 'a', customer('a'));
        await tx.put('customers', 'b', customer('b'));
      });
      await assert.rejects(store.transaction(async (tx) => {
        await tx.put('customers', 'a', customer('a', 'changed'));
        await tx.delete('customers', 'b');
        await tx.put('customers', 'c', customer('c'));
        assert.equal((await tx.get('customers', 'a'))?.companyProfile.companyName, 'changed');
        assert.equal(await tx.get('customers', 'b'), undefined);
        assert.deepEqual((await tx.list('customers')).map((c) => c.customerId).sort(), ['a', 'c']);
        throw new Error('boom');
      }), /boom/);
      const after = await store.transaction(async (tx) => tx.list('customers'));
      assert.deepEqual(after.map((c) => [c.customerId, c.companyProfile.companyName]).sort(), [['a', 'Company a'], ['b', 'Company b']]);
      assert.equal(await store.transaction((tx) => tx.get('customers', 'c')), undefined);
      // The store still works after a rollback.
      await store.transaction((tx) => tx.put('customers', 'd', customer('d')));
      assert.ok(await store.transaction((tx) => tx.get('customers', 'd')));
    }));

    it('STO-02 concurrent read-modify-write transactions combine as in some serial order: none is lost', () => withStore(async (store) => {
      await store.transaction((tx) => tx.put('sequences', 'current', { customer: 0, linkedMembership: 0, email: 0 }));
      const n = kind === 'memory' ? 50 : 25;
      await Promise.all(Array.from({ length: n }, async (_, i) => store.transaction(async (tx) => {
        const seq = (await tx.get('sequences', 'current'))!;
        await new Promise((r) => setTimeout(r, i % 3));
        await tx.put('sequences', 'current', { ...seq, customer: seq.customer + 1 });
        await tx.put('emails', `e${i}`, { emailId: `e${i}` } as never);
      })));
      assert.equal((await store.transaction((tx) => tx.get('sequences', 'current')))!.customer, n);
      assert.equal((await store.transaction((tx) => tx.list('emails'))).length, n);
    }));

    it('STO-03 replaceAll replaces everything and dump gives it back exactly; records are JSON', () => withStore(async (store) => {
      await store.transaction((tx) => tx.put('customers', 'old', customer('old')));
      const contents = emptyContents();
      contents.customers['1005000002'] = { ...customer('1005000002'), tags: ['x'], activatesAt: null } as never;
      contents.customers['x-1'] = customer('x-1', 'Ünïcödé "quoted" \u2028 name');
      contents.clock.current = { offsetMs: -1234, frozenAt: null };
      contents.faults.f1 = { id: 'f1', remaining: 2 } as never;
      await store.replaceAll(contents);
      const dumped = await store.dump();
      assert.deepEqual(dumped, contents);
      assert.equal(await store.transaction((tx) => tx.get('customers', 'old')), undefined);
      await store.replaceAll(emptyContents());
      assert.deepEqual(await store.dump(), emptyContents());
    }));

    it('STO-14 lists answer records in the order they were first stored; an update keeps its place, inside a transaction too', () => withStore(async (store) => {
      const ids = ['f-9', 'f-1', 'f-5'];
      for (const id of ids) await store.transaction((tx) => tx.put('faults', id, { id, remaining: 1 } as never));
      await store.transaction((tx) => tx.put('faults', 'f-1', { id: 'f-1', remaining: 7 } as never));
      const order = async () => (await store.transaction((tx) => tx.list('faults'))).map((f) => f.id);
      assert.deepEqual(await order(), ids);
      const inside = await store.transaction(async (tx) => {
        await tx.put('faults', 'f-5', { id: 'f-5', remaining: 3 } as never);
        await tx.put('faults', 'f-0', { id: 'f-0', remaining: 1 } as never);
        await tx.delete('faults', 'f-9');
        return (await tx.list('faults')).map((f) => `${f.id}:${f.remaining}`);
      });
      assert.deepEqual(inside, ['f-1:7', 'f-5:3', 'f-0:1']);
      assert.deepEqual(await order(), ['f-1', 'f-5', 'f-0']);
    }));

    it('STO-15 getMany reads several records at once, with the transaction\'s own writes; the same lock name runs transactions one after another; snapshot ones lose no update either', () => withStore(async (store) => {
      await store.transaction((tx) => tx.put('customers', 'a', customer('a')));
      const read = await store.transaction(async (tx) => {
        await tx.put('customers', 'b', customer('b'));
        return getMany(tx, [['customers', 'a'], ['customers', 'b'], ['customers', 'none'], ['clock', 'current']]);
      });
      assert.deepEqual(read.map((c) => (c as Customer | undefined)?.customerId), ['a', 'b', undefined, undefined]);
      // A key with a NUL is absent, also when a later transaction of the same shape reads it ahead.
      for (let i = 0; i < 2; i++) {
        const nul = await store.transaction(async (tx) => [await tx.get('customers', 'a'), await tx.get('customers', 'x\0y')], { shape: 'nul-key' });
        assert.deepEqual(nul.map((c) => c?.customerId), ['a', undefined]);
      }
      await store.transaction((tx) => tx.put('sequences', 'current', { customer: 0, linkedMembership: 0, email: 0 }));
      const n = 12;
      await Promise.all(Array.from({ length: n }, (_, i) => store.transaction(async (tx) => {
        const seq = (await tx.get('sequences', 'current'))!;
        await new Promise((r) => setTimeout(r, i % 2));
        await tx.put('sequences', 'current', { ...seq, customer: seq.customer + 1 });
      }, { lock: 'counter', shape: 'count' })));
      assert.equal((await store.transaction((tx) => tx.get('sequences', 'current')))!.customer, n);
      // Under snapshot isolation two writes of one record still conflict: none is lost either.
      await Promise.all(Array.from({ length: n }, (_, i) => store.transaction(async (tx) => {
        const seq = (await tx.get('sequences', 'current'))!;
        await new Promise((r) => setTimeout(r, i % 2));
        await tx.put('sequences', 'current', { ...seq, customer: seq.customer + 1 });
      }, { snapshot: true })));
      assert.equal((await store.transaction((tx) => tx.get('sequences', 'current')))!.customer, 2 * n);
    }));

    it('STO-20 takeIds gives concurrent transactions blocks of consecutive ids no other gets; replaceAll sets the next id, dump answers it', () => withStore(async (store) => {
      const contents = emptyContents();
      contents.sequences.current = { customer: 100, linkedMembership: 1, email: 7 };
      await store.replaceAll(contents);
      const sizes = Array.from({ length: 12 }, (_, i) => 1 + (i % 3));
      const blocks = await Promise.all(sizes.map((size, i) => store.transaction(async (tx) => {
        const first = await takeIds(tx, 'email', size);
        await new Promise((r) => setTimeout(r, i % 2));
        return Array.from({ length: size }, (_, j) => first + j);
      }, { lock: `taker ${i}` })));
      const total = sizes.reduce((a, b) => a + b, 0);
      assert.deepEqual(blocks.flat().sort((a, b) => a - b), Array.from({ length: total }, (_, i) => 7 + i), 'every id once, none skipped');
      assert.deepEqual((await store.dump()).sequences.current, { customer: 100, linkedMembership: 1, email: 7 + total });
      contents.sequences.current = { customer: 100, linkedMembership: 1, email: 500 };
      await store.replaceAll(contents);
      assert.equal(await store.transaction((tx) => takeIds(tx, 'email', 2)), 500);
      assert.equal((await store.dump()).sequences.current?.order, undefined, 'a sequence the state leaves out stays out until an id of it is taken');
      assert.equal(await store.transaction((tx) => takeIds(tx, 'order', 1)), 5120000001);
      assert.deepEqual((await store.dump()).sequences.current, { customer: 100, linkedMembership: 1, email: 502, order: 5120000002 });
      // Transactions of one shape taking ids, then none, then another count: the ids follow on without a gap.
      const taken: number[] = [];
      for (const count of [1, 0, 2, 1, 1]) {
        await store.transaction(async (tx) => {
          if (count) taken.push(await takeIds(tx, 'email', count));
          await tx.put('faults', 'f', { id: 'f', remaining: count } as never);
        }, { shape: 'welcome', lock: 'welcome' });
      }
      assert.deepEqual(taken, [502, 503, 505, 506]);
      assert.equal((await store.dump()).sequences.current?.email, 507);
    }));

    it('STO-03 the simulator round-trips the default fixtures through the store', () => withStore(async (store) => {
      const sim = buildSimulator(store);
      await sim.keeper.start({ ...readFixtures(), clock: { now: '2026-11-01T09:00:00Z', frozen: true } });
      const exported = await sim.keeper.export();
      await sim.keeper.load(exported);
      assert.deepEqual(await sim.keeper.export(), exported);
    }));

    it('STO-12 GET /healthz answers 200 with the store\'s name while the store answers', () => withStore(async (store) => {
      const sim = buildSimulator(store);
      await sim.keeper.start(readFixtures());
      const res = await request(createApp(sim, { log: () => {} })).get('/healthz');
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { status: 'ok', store: kind });
    }));

    it('STO-06 start with keepStored loads the fixtures into an empty store only; reset still goes back to them', () => withStore(async (store) => {
      const first = buildSimulator(store);
      assert.equal(await first.keeper.start(readFixtures(), { keepStored: true }), 'loaded');
      await store.transaction(async (tx) => tx.delete('customers', '9876543210'));
      const second = buildSimulator(store);
      assert.equal(await second.keeper.start(readFixtures(), { keepStored: true }), 'kept');
      assert.equal(await store.transaction((tx) => tx.get('customers', '9876543210')), undefined);
      await second.keeper.reset();
      assert.ok(await store.transaction((tx) => tx.get('customers', '9876543210')));
    }));
  });
}
