import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryStore } from '../server/store/memory-store.js';
import { count, emptyContents } from '../server/store/store.js';
import { WriteBuffer } from '../server/store/write-buffer.js';
import { fairmontUpdate, harness } from './support/harness.js';

describe('memory store', () => {
  it('MEM-01 keeps the newest N replay records, used request ids and sent emails (oldest dropped first)', async () => {
    const h = await harness({ store: new MemoryStore(3) });
    for (let i = 1; i <= 5; i++) {
      const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: `n${i}` }), headers: { 'x-correlation-id': `c${i}`, 'x-request-id': `r${i}` } });
      assert.equal(reply.status, 200);
    }
    const state = await h.state();
    assert.deepEqual(state.idempotency!.map((r) => r.key.split(' ').pop()), ['c3', 'c4', 'c5']);
    assert.deepEqual(state.requestIds!.map((r) => r.key.split(' ').pop()), ['r3', 'r4', 'r5']);
    assert.equal(state.emails!.length, 3);
    const newest = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'again' }), headers: { 'x-correlation-id': 'c5' } });
    assert.equal(newest.body.externalReferenceId, 'n5', 'a kept record still replays');
    const oldest = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'again' }), headers: { 'x-correlation-id': 'c1' } });
    assert.equal(oldest.body.externalReferenceId, 'again', 'a dropped record no longer replays');
  });

  it('MEM-02 counts a kind without reading it, a transaction\'s own writes included', async () => {
    const store = new MemoryStore();
    const contents = emptyContents();
    for (const id of ['a', 'b', 'c']) contents.accounts[id] = { key: id, customerIds: [id] };
    await store.replaceAll(contents);
    await store.transaction(async (tx) => {
      assert.equal(await count(tx, 'accounts'), 3);
      const buffer = new WriteBuffer(tx);
      await buffer.put('accounts', 'd', { key: 'd', customerIds: ['d'] });
      await buffer.delete('accounts', 'a');
      assert.equal(await count(buffer, 'accounts'), 3);
      await buffer.flush();
      await tx.delete('accounts', 'b');
      assert.equal(await count(tx, 'accounts'), 2);
      assert.equal((await tx.list('accounts')).length, 2);
    });
    assert.equal(await store.transaction((tx) => count(tx, 'accounts')), 2);
  });
});
