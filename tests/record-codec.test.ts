import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RecordCodec } from '../server/store/record-codec.js';
import { RecordTable } from '../server/store/record-table.js';

const customer = (i: number, extra: Record<string, unknown> = {}) => ({
  customerId: String(3_000_000_000 + i), status: '1000', activatesAt: null, tags: [],
  companyProfile: { companyName: `Company ${i}`, address: { country: 'US', city: 'San Jose' }, contacts: [{ email: `a${i}@x.example`, firstName: 'A' }] },
  discounts: [{ offerType: 'LICENSE', level: '01' }, { offerType: 'CONSUMABLES', level: 'T1' }],
  ...extra,
});
/** What JSON gives back: the store's records are JSON values on every store. */
const json = (v: unknown) => JSON.parse(JSON.stringify(v));

describe('record codec (the memory store keeps large kinds encoded)', () => {
  it('gives back what JSON would, whatever differs from the template', () => {
    const codec = new RecordCodec([customer(1), customer(2), customer(3)]);
    const records = [
      customer(4),
      customer(5, { tags: ['a', 'b'], activatesAt: '2026-01-01' }),
      customer(6, { discounts: [{ offerType: 'LICENSE', level: '02' }] }),
      customer(7, { discounts: [{ offerType: 'LICENSE', level: '01' }, { offerType: 'CONSUMABLES', level: 'T1' }, { offerType: 'LICENSE', level: '03' }] }),
      { ...customer(8), status: undefined },
      Object.fromEntries(Object.entries(customer(9)).reverse()),
      customer(10, { companyProfile: null, extra: { nested: [1, [2, { three: 3 }]] } }),
      customer(11, { tags: 0, activatesAt: [null], status: { n: [0] } }),
      JSON.parse('{"__proto__": {"polluted": true}, "customerId": "x"}'),
      { customerId: 'y', when: new Date(0), skipped: () => 1 },
      [],
      {},
    ];
    for (const record of records) assert.deepEqual(codec.decode(codec.encode(record)), json(record));
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('keeps a record like the others in much less text than its JSON', () => {
    const codec = new RecordCodec([customer(1), customer(2)]);
    assert.ok(codec.encode(customer(3)).length < JSON.stringify(customer(3)).length / 2);
  });

  it('decodes into records whose shared parts cannot be changed in place', () => {
    const codec = new RecordCodec([customer(1)]);
    const decoded = codec.decode(codec.encode(customer(2))) as ReturnType<typeof customer>;
    assert.throws(() => decoded.discounts.push({ offerType: 'X', level: '1' }), TypeError);
    decoded.status = '1004';
    assert.equal((codec.decode(codec.encode(customer(3))) as ReturnType<typeof customer>).status, '1000');
  });

  it('a table answers the record last written, and the same after its decoded copies are gone', () => {
    const table = RecordTable.of(Array.from({ length: 300 }, (_, i) => [String(i), customer(i)] as [string, unknown]), true);
    table.set('7', customer(7, { status: '1004' }));
    for (let i = 0; i < 300; i++) assert.deepEqual(table.get(String(i)), json(customer(i, i === 7 ? { status: '1004' } : {})));
    table.delete('7');
    assert.equal(table.get('7'), undefined);
    assert.equal(table.size, 299);
  });

  it('a table and its share read the same records until one of them writes', () => {
    const table = RecordTable.of([['a', customer(1)], ['b', customer(2)]], true);
    const share = table.share();
    table.set('c', customer(3));
    share.delete('a');
    assert.deepEqual([...table.keys()], ['a', 'b', 'c']);
    assert.deepEqual([...share.keys()], ['b']);
    assert.deepEqual(table.get('a'), json(customer(1)));
    assert.deepEqual([...share.values()], [json(customer(2))]);
  });
});
