// node --expose-gc --import tsx bench/heap-breakdown.ts [CUSTOMERS]
// Where a large partner's state sits in the heap of a simulator (memory store): a state of
// CUSTOMERS customers (fixtures.ts largeState) started the way `serve` starts it (a file,
// startSimulator), then the heap after a full GC with each kind of record dropped in turn (from
// the store and from the copy reset goes back to), and the start-up phases timed one by one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator } from '../server/index.js';
import { defaultContract } from '../server/simulator.js';
import { KINDS, type Kind } from '../server/store/store.js';
import { writeLargeState } from './fixtures.js';

const customers = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 100_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error('run with node --expose-gc');
  process.exit(2);
}
const MB = 2 ** 20;
const heap = () => {
  for (let i = 0; i < 3; i++) gc!();
  return process.memoryUsage().heapUsed;
};
const mb = (bytes: number) => `${(bytes / MB).toFixed(1).padStart(7)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'vipm-heap-'));
try {
  const file = writeLargeState(dir, customers);
  defaultContract();
  const before = heap();
  const started = performance.now();
  const running = await startSimulator({ fixtures: file });
  const startMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const held = heap() - before;
  console.log(`${customers.toLocaleString('en-US')} customers: start ${startMs.toFixed(0)} ms, heap held ${mb(held)}, peak RSS ${mb(peakRss)}, RSS now ${mb(process.memoryUsage().rss)}`);
  // Drop each kind from the store's tables and from the reset copy: what the heap gives back is that kind's share.
  const store = running.simulator.store as unknown as { tables: Record<Kind, Map<string, unknown>>; indexes: Map<Kind, unknown> };
  const keeper = running.simulator.keeper as unknown as { startContents?: Record<Kind, Record<string, unknown>>; startSnapshot?: { snapshot: { tables: Record<Kind, unknown> } } };
  const counts = Object.fromEntries(KINDS.map((k) => [k, store.tables[k].size]));
  let last = heap();
  for (const kind of ['customers', 'subscriptions', 'orders', 'accounts', 'people', 'resellers', 'catalogue'] as Kind[]) {
    store.tables[kind] = new Map();
    if (keeper.startContents) keeper.startContents[kind] = {};
    if (keeper.startSnapshot) keeper.startSnapshot.snapshot.tables[kind] = undefined;
    if (kind === 'customers' || kind === 'resellers') store.indexes.delete(kind);
    const now = heap();
    console.log(`  ${kind.padEnd(14)} ${String(counts[kind]).padStart(7)} records ${mb(last - now)}  ${counts[kind] ? Math.round((last - now) / counts[kind]) : 0} B each`);
    last = now;
  }
  console.log(`  the rest          ${mb(last - before)}`);
  await running.stop();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
