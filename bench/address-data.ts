// npm run bench:address-data — what the address data costs: the installed size of its three
// packages, the time to import the address rules in a fresh process (iso-3166 and
// postal-code-checker load with them), the US ZIP table built in its worker thread as the
// simulator does it (time, and the longest the event loop waited meanwhile), the same table built
// on the main thread as the domain does it when called directly (time and memory), and a check's
// time once all is loaded: of addresses checked before, and of postal codes not checked before. Each start is a fresh node.
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './targets.js';

const PACKAGES = ['iso-3166', 'postal-code-checker', 'zcs'];
const STARTS = 7;
const CHECKS = 20_000;

const PROBE = `
const t0 = performance.now();
const { allAddressProblems } = await import(${JSON.stringify(join(ROOT, 'dist/server/domain/customers/address.js'))});
const imported = performance.now() - t0;
if (process.argv.includes('worker')) {
  const { zipCitiesReady } = await import(${JSON.stringify(join(ROOT, 'dist/server/partner-api/zip-cities.js'))});
  let longestGap = 0;
  let last = performance.now();
  const timer = setInterval(() => { const now = performance.now(); longestGap = Math.max(longestGap, now - last); last = now; }, 1);
  const started = performance.now();
  await zipCitiesReady();
  const workerMs = performance.now() - started;
  clearInterval(timer);
  console.log(JSON.stringify({ workerMs, longestGap }));
  process.exit(0);
}
const rssBefore = process.memoryUsage().rss;
const t1 = performance.now();
allAddressProblems({ country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' });
const firstUs = performance.now() - t1;
const rssGrowth = process.memoryUsage().rss - rssBefore;
const addresses = [
  { country: 'US', region: 'NY', city: 'New York', addressLine1: '350 Fifth Ave', postalCode: '10118' },
  { country: 'CA', region: 'ON', city: 'Ottawa', addressLine1: '111 Wellington St', postalCode: 'K1A 0A9' },
  { country: 'DE', region: 'BE', city: 'Berlin', addressLine1: 'Unter den Linden 1', postalCode: '10117' },
  { country: 'JP', region: '13', city: 'Chiyoda-ku', addressLine1: '1-1 Chiyoda', postalCode: '100-0001' },
];
const t2 = performance.now();
for (let i = 0; i < ${CHECKS}; i++) allAddressProblems(addresses[i % addresses.length]);
const perCheckUs = ((performance.now() - t2) * 1000) / ${CHECKS};
// Each a postal code not checked before (the region's answer is not kept yet).
const t3 = performance.now();
for (let i = 0; i < ${CHECKS}; i++) allAddressProblems({ ...addresses[0], postalCode: String(10001 + i) });
const newCodeUs = ((performance.now() - t3) * 1000) / ${CHECKS};
console.log(JSON.stringify({ imported, firstUs, rssGrowth, perCheckUs, newCodeUs }));
`;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (dir: string) => Number(execFileSync('du', ['-sk', join(ROOT, 'node_modules', dir)], { encoding: 'utf8' }).split('\t')[0]);

const sizes = Object.fromEntries(PACKAGES.map((p) => [p, kb(p)]));
function probe<T>(...args: string[]): T[] {
  return Array.from({ length: STARTS }, () => {
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, '--', ...args], { encoding: 'utf8' });
    if (out.status !== 0) throw new Error(out.stderr);
    return JSON.parse(out.stdout) as T;
  });
}
const runs = probe<{ imported: number; firstUs: number; rssGrowth: number; perCheckUs: number; newCodeUs: number }>();
const workerRuns = probe<{ workerMs: number; longestGap: number }>('worker');

console.log(`installed size: ${Object.entries(sizes).map(([p, k]) => `${p} ${k} KB`).join(', ')}; total ${Object.values(sizes).reduce((a, b) => a + b, 0)} KB (no dependencies of their own)`);
console.log(`import of the address rules (median of ${STARTS} fresh processes): ${median(runs.map((r) => r.imported)).toFixed(1)} ms`);
console.log(`US ZIP table in its worker thread (the simulator's way): ${median(workerRuns.map((r) => r.workerMs)).toFixed(1)} ms; the event loop waited at most ${median(workerRuns.map((r) => r.longestGap)).toFixed(1)} ms meanwhile`);
console.log(`US ZIP table on the main thread (the domain called directly): ${median(runs.map((r) => r.firstUs)).toFixed(1)} ms blocked, RSS +${(median(runs.map((r) => r.rssGrowth)) / 2 ** 20).toFixed(1)} MB`);
console.log(`one full check once loaded (US, CA, DE, JP in turn, ${CHECKS} checks): ${median(runs.map((r) => r.perCheckUs)).toFixed(2)} µs`);
console.log(`one full check of a US postal code not checked before (${CHECKS} checks): ${median(runs.map((r) => r.newCodeUs)).toFixed(2)} µs`);
