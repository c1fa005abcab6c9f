// `node --import tsx bench/sqlite-drivers.ts [ROUNDS]`: the SQLite store on each driver the
// runtime can load (better-sqlite3, node:sqlite), side by side on the same machine, in interleaved
// rounds: 300 writes one at a time (each waits for its COMMIT and fsync), 2,000 writes at once (group
// commit), and 20,000 reads. Prints operations per second, the median of the rounds.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseDriver, SQLITE_DRIVERS, type SqliteDriver } from '../server/store/sqlite-driver.js';
import { SqliteStore } from '../server/store/sqlite-store.js';

const rounds = Number(process.argv[2] ?? 3);
const dir = mkdtempSync(join(tmpdir(), 'vipm-sqlite-bench-'));
const customer = (i: number) => ({ customerId: String(1_000_000_000 + i), companyProfile: { companyName: `Company ${i}`, contacts: [{ email: `c${i}@example.com` }] }, status: '1000' });

async function perSecond(count: number, work: () => Promise<unknown>): Promise<number> {
  const started = process.hrtime.bigint();
  await work();
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

async function round(driver: SqliteDriver, n: number): Promise<Record<string, number>> {
  const store = SqliteStore.open(join(dir, `${driver.replace(':', '-')}-${n}.db`), driver);
  try {
    const sequential = await perSecond(300, async () => {
      for (let i = 0; i < 300; i++) await store.transaction(async (tx) => tx.put('customers', String(i), customer(i) as never));
    });
    const grouped = await perSecond(2000, () => Promise.all(Array.from({ length: 2000 }, (_, i) =>
      store.transaction(async (tx) => tx.put('customers', String(1000 + i), customer(1000 + i) as never)))));
    const reads = await perSecond(20_000, async () => {
      for (let i = 0; i < 20_000; i++) await store.transaction(async (tx) => tx.get('customers', String(1000 + (i % 2000))));
    });
    return { 'writes, one at a time': sequential, '2,000 writes at once': grouped, reads };
  } finally {
    await store.close();
  }
}

const drivers = SQLITE_DRIVERS.filter((d) => {
  const chosen = chooseDriver(d);
  if ('missing' in chosen) return false;
  try {
    SqliteStore.open(join(dir, `probe-${d.replace(':', '-')}.db`), d).close();
    return true;
  } catch {
    return false;
  }
});
const results = new Map<SqliteDriver, Array<Record<string, number>>>(drivers.map((d) => [d, []]));
for (let n = 0; n < rounds; n++) for (const d of drivers) results.get(d)!.push(await round(d, n));
rmSync(dir, { recursive: true, force: true });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.version}, ${rounds} rounds, load average ${(await import('node:os')).loadavg()[0].toFixed(1)}`);
console.log(`| operations/s | ${drivers.join(' | ')} |\n|---|${drivers.map(() => '---').join('|')}|`);
for (const measure of Object.keys(results.get(drivers[0])![0])) {
  console.log(`| ${measure} | ${drivers.map((d) => Math.round(median(results.get(d)!.map((r) => r[measure])))).join(' | ')} |`);
}
