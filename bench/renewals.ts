// `npm run bench:renewals [-- --store sqlite|postgres] [--customers N] [--advance P1Y] [--json]`:
// the simulated clock at scale. A large partner's state (fixtures.ts largeState: N customers in
// all, 10,000 by default, each with two subscriptions and two orders, 100 to a reseller), where
// every tenth generated customer has a 3YC in force and every hundredth owns a linked-membership
// group with the next four as members, has its clock moved on (P1Y by default). Then every
// customer is read through the control plane, which settles it: its anniversaries (RENEWAL
// orders, expiries, the anniversary rolled), its 3YC term and its group's level. Prints the move,
// the read of all customers (total, per customer, the slowest read, the first and the second half
// of them), RSS before, at its peak during and after the reads, and the heap after a GC before the
// move and after the reads; `--json` adds the figures as one JSON line (bench/goals.ts reads it).
// No assertion: the figures go to docs/performance.md.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { StateDocument } from '../server/domain/control/state.js';
import { buildSimulator } from '../server/simulator.js';
import { openStore } from '../server/store/open-store.js';
import { largeState } from './fixtures.js';
import { openPostgresSchema } from './postgres.js';

const arg = (name: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : undefined; };
const storeKind = arg('store') ?? 'memory';
const total = Number(arg('customers') ?? 10_000);
const advance = arg('advance') ?? 'P1Y';
const json = process.argv.includes('--json');
const START = '2026-12-07T10:00:00Z';
const MB = 2 ** 20;
/** Reads are timed in chunks of this many customers: the two halves of the pass are compared by their chunks' median (robust to warm-up and GC pauses). */
const CHUNK = 100;

const log = (line: string) => (json ? console.error : console.log)(line);

/** largeState with 3YC terms, expiring subscriptions and linked-membership groups among the generated customers. */
function clockState(): { doc: StateDocument; ids: string[] } {
  const doc = largeState(total) as Record<string, unknown> & { customers: Array<Record<string, any>>; subscriptions: Array<Record<string, any>> };
  const generated = doc.customers.filter((c) => String(c.customerId).startsWith('3'));
  generated.forEach((c, i) => {
    if (i % 10 === 0) {
      const start = `2025-${String(c.cotermDate).slice(5)}`;
      c.threeYearCommit = {
        commitment: { startDate: start, endDate: `2028-${start.slice(5)}`, status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] },
        commitmentRequest: null, recommitmentRequest: null,
      };
    }
    const owner = generated[i - (i % 100)];
    if (i % 100 < 5) {
      c.linkedMembership = {
        id: String(52_000_000 + Number(owner.customerId) % 10_000_000), name: `Group of ${owner.customerId}`, type: 'STANDARD',
        linkedMembershipType: i % 100 === 0 ? 'OWNER' : 'MEMBER', creationDate: '2025-01-15T10:00:00',
      };
    }
  });
  // Every other generated customer lets its second subscription expire at the anniversary.
  const expiring = new Set(generated.filter((_, i) => i % 2 === 1).map((c) => c.customerId));
  const seen = new Set<string>();
  for (const s of doc.subscriptions) {
    if (expiring.has(s.customerId) && seen.has(s.customerId)) s.autoRenewal = { enabled: false, renewalQuantity: s.currentQuantity };
    seen.add(s.customerId);
  }
  doc.clock = { now: START };
  return { doc: doc as unknown as StateDocument, ids: doc.customers.map((c) => String(c.customerId)) };
}

function peakRss(): { rss: number; peak: number } {
  const status = readFileSync('/proc/self/status', 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kb('VmRSS'), peak: kb('VmHWM') };
}

function resetPeak(): boolean {
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    return true;
  } catch {
    return false;
  }
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const loads = () => loadavg().map((l) => l.toFixed(2)).join(' ');

const schema = storeKind === 'postgres' ? await openPostgresSchema() : undefined;
const sqliteFile = join(tmpdir(), `vipm-sim-bench-renewals-${process.pid}.db`);
const store = await openStore(storeKind === 'sqlite' ? { data: sqliteFile } : schema ? { databaseUrl: schema.url } : {});
const sim = buildSimulator(store);
const loadAverageAtStart = loads();

/** Loads the state and answers the customer ids, so that the document itself can be collected. */
async function load(): Promise<string[]> {
  const { doc, ids } = clockState();
  await sim.keeper.start(doc);
  return ids;
}

let t = performance.now();
const customerIds = await load();
await sim.keeper.changeClock({ now: START, frozen: true });
log(`store ${storeKind}: ${total} customers, ${2 * total} subscriptions loaded in ${(performance.now() - t).toFixed(0)} ms; load average ${loadAverageAtStart}`);

gc();
const before = peakRss();
const heapBefore = process.memoryUsage().heapUsed;
t = performance.now();
const moved = await sim.keeper.changeClock({ advance });
const moveMs = performance.now() - t;
log(`clock moved ${advance} to ${moved.now}: ${moveMs.toFixed(1)} ms`);

const peakReset = resetPeak();
const chunkMs: number[] = [];
let slowestMs = 0;
let settled = 0;
let committed = 0;
let grouped = 0;
const start = performance.now();
let chunkStart = start;
for (let i = 0; i < customerIds.length; i++) {
  const read = performance.now();
  const customer = await sim.controlPlane.customer(customerIds[i]);
  const now = performance.now();
  slowestMs = Math.max(slowestMs, now - read);
  if (customer.cotermDate && customer.cotermDate > moved.now.slice(0, 10)) settled++;
  if (customer.threeYearCommit?.commitment) committed++;
  if (customer.linkedMembership) grouped++;
  if ((i + 1) % CHUNK === 0) { chunkMs.push((now - chunkStart) / CHUNK); chunkStart = now; }
}
const readMs = performance.now() - start;
const during = peakRss();
gc();
const after = peakRss();
const heapAfter = process.memoryUsage().heapUsed;
const half = Math.max(1, Math.floor(chunkMs.length / 2));
const firstHalf = median(chunkMs.slice(0, half));
const secondHalf = median(chunkMs.slice(-half));
const loadAverageAtEnd = loads();
log(`read all ${customerIds.length} customers: ${(readMs / 1000).toFixed(1)} s (${(readMs / customerIds.length).toFixed(3)} ms each; slowest read ${slowestMs.toFixed(1)} ms); `
  + `first half ${firstHalf.toFixed(3)} ms, second half ${secondHalf.toFixed(3)} ms each (medians of ${CHUNK}-customer chunks); ${settled} with the anniversary after the new now, ${committed} with a 3YC, ${grouped} in a linked-membership group`);
log(`RSS before the move ${(before.rss / MB).toFixed(0)} MB, peak during the reads ${peakReset ? `${(during.peak / MB).toFixed(0)} MB` : 'unknown (clear_refs refused)'}, after a GC ${(after.rss / MB).toFixed(0)} MB; heap after a GC ${(heapBefore / MB).toFixed(0)} MB before the move, ${(heapAfter / MB).toFixed(0)} MB after the reads; load average ${loadAverageAtEnd}`);
if (json) {
  console.log(JSON.stringify({
    store: storeKind, customers: customerIds.length, advance, moveMs, readMs, perCustomerMs: readMs / customerIds.length, slowestMs, firstHalfMs: firstHalf, secondHalfMs: secondHalf,
    settled, committed, grouped, rssBefore: before.rss, rssPeak: peakReset ? during.peak : null, rssAfter: after.rss, heapBefore, heapAfter, loadAverageAtStart, loadAverageAtEnd,
  }));
}
await store.close();
await schema?.drop();
if (storeKind === 'sqlite') rmSync(sqliteFile, { force: true });
