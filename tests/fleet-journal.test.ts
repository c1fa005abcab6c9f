// The fleet journal's writer (server/control-plane/fleet-journal.ts) against a store of our own: a
// recorded call never waits for the database, and what waits for a slow or absent database is
// bounded. The real PostgreSQL fleet is tests/store-postgres.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FleetJournal } from '../server/control-plane/fleet-journal.js';
import { Journal } from '../server/control-plane/journal.js';
import type { FleetJournalRow, FleetShared } from '../server/store/store.js';

/** A fleet store whose inserts hang until released; it counts what it was sent. */
function hangingFleet() {
  const batches: FleetJournalRow[][] = [];
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  const fleet: FleetShared = {
    appendJournal: async (rows) => { batches.push(rows); await gate; },
    readJournal: async () => [],
    countJournal: async () => 0,
    clearJournal: async () => 0,
    value: async () => undefined,
    setValue: async () => undefined,
  };
  return { fleet, batches, release: () => release() };
}

const entry = (i: number) => ({
  at: new Date(), method: 'GET', path: `/v3/customers/${i}`, query: {}, headers: { authorization: 'Bearer abcdefghijklmnop' }, requestBody: undefined,
  status: 200, responseHeaders: {}, responseBody: '{}', correlationId: `c-${i}`, durationMs: 1,
});

describe('the fleet journal writer', () => {
  it('STO-17 adding never waits for the store; at most one batch is in flight and what waits is bounded by the capacity', async () => {
    const { fleet, batches, release } = hangingFleet();
    const journal = new Journal(5);
    const writer = new FleetJournal(fleet, journal.capacity);
    journal.shareWith(writer);
    journal.add(entry(0));
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(batches.length, 1, 'the first entry goes at once');
    for (let i = 1; i <= 12; i++) journal.add(entry(i));
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(batches.length, 1, 'no second batch while the first hangs');
    assert.equal(writer.lost, 7, 'the queue keeps the newest 5 of 12');
    assert.match(batches[0][0].entry, /"authorization":"Bearer \*{4}/, 'the stored entry is masked');
    assert.ok(!batches[0][0].entry.includes('abcdefghijklmnop'));
    release();
    await writer.flush();
    assert.equal(batches.length, 2);
    assert.deepEqual(batches[1].map((r) => r.correlationId), ['c-8', 'c-9', 'c-10', 'c-11', 'c-12']);
  });
});
