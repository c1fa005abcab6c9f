// npm run bench:hardening — how fast hostile requests are refused and what they cost, each as a
// ratio to an ordinary PATCH measured in the same run, in a simulator process of its own:
// a 5,000-deep body, a 450,000-item array, the company-name ReDoS pattern (with /healthz asked
// meanwhile), RSS after 5,000 hostile PATCHes, and a new client's wait during a 1,000-connection
// flood (autocannon in a process of its own).
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessToken, memory, ROOT, startSimulator, stopAll } from './targets.js';

const FLOOD_CONNECTIONS = 1000;
const HOSTILE_PATCHES = 5000;

const logDir = mkdtempSync(join(tmpdir(), 'vipm-sim-hardening-'));
const sim = await startSimulator({ logDir });
const token = await accessToken(sim.url);
let n = 0;
const headers = () => ({ authorization: `Bearer ${token}`, 'x-api-key': 'vipm-sim-client', 'x-correlation-id': `hard-${n++}`, 'content-type': 'application/json' });
const fairmont = { companyProfile: { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM', address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110' }, contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' }] } };

async function timedMs(work: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const res = await work();
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status };
}

/** The request's time, and the longest /healthz wait while it ran. */
async function withHealth(work: () => Promise<Response>) {
  let healthMax = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const h = await timedMs(() => fetch(`${sim.url}/healthz`));
      healthMax = Math.max(healthMax, h.ms);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  const result = await timedMs(work);
  done = true;
  await probe;
  return { ...result, healthMax };
}

const patch = (body: string) => () => fetch(`${sim.url}/v3/customers/9876543210`, { method: 'PATCH', headers: headers(), body });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const baseline = median(await Promise.all(Array.from({ length: 1 }, async () => {
  const runs: number[] = [];
  for (let i = 0; i < 50; i++) runs.push((await timedMs(patch(JSON.stringify(fairmont)))).ms);
  return median(runs);
})));

const rows: Array<[string, string]> = [];
const progress = (what: string) => process.stderr.write(`${what}\n`);
const report = (name: string, r: { ms: number; status: number; healthMax?: number }) => {
  progress(name);
  rows.push([name, `${r.status} in ${r.ms.toFixed(1)} ms (${(r.ms / baseline).toFixed(1)}× an ordinary PATCH)${r.healthMax === undefined ? '' : `; /healthz at most ${r.healthMax.toFixed(1)} ms meanwhile`}`]);
};

report('5,000-deep body', await withHealth(patch('['.repeat(5000) + ']'.repeat(5000))));
report('450,000-item contacts array', await withHealth(patch(JSON.stringify(fairmont).replace(/"contacts":\[[^\]]*\]/, `"contacts":[${'1,'.repeat(449_999)}1]`))));
await fetch(`${sim.url}/__sandbox/customers/7000000001`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ resellerId: '5556667778', companyProfile: { ...fairmont.companyProfile, companyName: 'a'.repeat(80) } }) });
report('company-name *a*a*a*a*a*a*b (80 a\'s)', await withHealth(() => fetch(`${sim.url}/v3/resellers/5556667778/customers?company-name=${'*a'.repeat(6)}*b`, { headers: headers() })));
report('company-name with 30 wildcards', await withHealth(() => fetch(`${sim.url}/v3/resellers/5556667778/customers?company-name=${'*a'.repeat(30)}*b`, { headers: headers() })));

const rssBefore = memory(sim.pid).rss;
const hostile = [
  '['.repeat(5000) + ']'.repeat(5000),
  JSON.stringify(fairmont).replace(/"contacts":\[[^\]]*\]/, `"contacts":[${'1,'.repeat(999)}1]`),
  JSON.stringify({ ...fairmont, externalReferenceId: 'x'.repeat(16_000) }),
  `{"companyProfile":${'{"a":'.repeat(15)}1${'}'.repeat(15)}}`,
];
for (let i = 0; i < HOSTILE_PATCHES; i += 10) {
  await Promise.all(Array.from({ length: 10 }, (_, j) => patch(hostile[(i + j) % hostile.length])().then((r) => r.arrayBuffer())));
  if ((i + 10) % 1000 === 0) progress(`${i + 10} hostile PATCHes`);
}
const rssAfter = memory(sim.pid).rss;
// What the process keeps, rather than garbage V8 has not collected yet: idle, then ordinary reads.
await new Promise((r) => setTimeout(r, 3000));
for (let i = 0; i < 2000; i++) await (await fetch(`${sim.url}/healthz`)).arrayBuffer();
const rssSettled = memory(sim.pid).rss;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
rows.push([`RSS after ${HOSTILE_PATCHES} hostile PATCHes`, `${mb(rssBefore)} → ${mb(rssAfter)} (+${mb(rssAfter - rssBefore)}); after 3 s idle and 2,000 reads ${mb(rssSettled)} (+${mb(rssSettled - rssBefore)})`]);

const flood = spawn(process.execPath, [join(ROOT, 'bench', 'flood.mjs'), sim.url, token, String(FLOOD_CONNECTIONS), '8'], { stdio: ['ignore', 'pipe', 'inherit'] });
let floodOut = '';
flood.stdout.on('data', (c) => { floodOut += c; });
await new Promise((r) => setTimeout(r, 1500));
const waits: number[] = [];
for (let i = 0; i < 10; i++) {
  waits.push((await timedMs(() => fetch(`${sim.url}/healthz`, { headers: { connection: 'close' } }))).ms);
  await new Promise((r) => setTimeout(r, 400));
}
await new Promise((r) => (flood.exitCode !== null ? r(null) : flood.once('exit', r)));
progress('flood done');
rows.push([`a new client during a ${FLOOD_CONNECTIONS}-connection flood`, `median ${median(waits).toFixed(0)} ms, worst ${Math.max(...waits).toFixed(0)} ms (${floodOut.trim()})`]);

await stopAll();
console.log(`ordinary PATCH (median of 50): ${baseline.toFixed(2)} ms\n`);
console.log('| hostile request | answer |\n|---|---|');
for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
