// npm run bench [-- --quick] [-- --profile] [-- --no-postgres] [-- --docs | --no-docs] [-- --no-goals]
// Starts each target as a process of its own, loads it over loopback from the load generator's
// process (load-generator.ts) with 10 keep-alive connections in interleaved rounds, prints the
// tables and the targets (PASS/MISS), writes bench/results/<mode>.json and (full mode) refreshes
// the table in docs/performance.md; then runs goals.ts, the goals at a large partner's scale.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { writeFixtures } from './fixtures.js';
import { median, summarise, timed, type RunResult } from './measure.js';
import { summariseProfile } from './profile-summary.js';
import type { PostgresSchema } from './postgres.js';
import { BenchSession, buildIdentity } from './session.js';
import { machine, markdown, refreshDocs, writeJson, type Goal, type Results, type ScenarioResult, type TargetRun } from './report.js';
import { SCENARIOS, scenario, type Scenario, type ScenarioContext, type ScenarioId } from './scenarios.js';
import {
  accessToken, captureResponses, memory, placement, resetPeak, ROOT, snapshotBuild, startBareExpress, startPrismMock, startSimulator, type Target,
} from './targets.js';

const flags = new Set(process.argv.slice(2));
if (flags.has('--help') || flags.has('-h')) {
  console.log(`npm run bench [-- options]
  --quick        every target and scenario, shorter (about a minute, then the goals quick: a few more):
                 1 round of 0.6 s, 5,000 requests
                 for the RSS check, 10,000 customers for the scale check; writes bench/results/quick.json
  --profile      start the simulators with --cpu-prof (bench/profiles/) and print where the PATCH
                 process spent its time; writes bench/results/profile.json
  --no-postgres  skip the PostgreSQL store and its two-instance fleet row (otherwise ${postgresUrlHint()})
  --docs         refresh docs/performance.md even in quick or profile mode; --no-docs: never
  --no-goals     leave out the goals at a large partner's scale (bench/goals.ts, npm run bench:goals),
                 which run after the rest (not in profile mode), with --quick, --no-postgres and
                 --docs passed on
The load generator (autocannon) runs in a process of its own, pinned to the last core and the
targets to the others where the machine has two cores or more and taskset is installed.`);
  process.exit(0);
}
const QUICK = flags.has('--quick');
const PROFILE = flags.has('--profile');
const WRITE_DOCS = !flags.has('--no-docs') && (flags.has('--docs') || (!QUICK && !PROFILE));

function postgresUrlHint() {
  return `VIPM_SIM_BENCH_DATABASE_URL or postgres://postgres@127.0.0.1:5432/test, a schema of its own`;
}

const SETTINGS = QUICK
  ? { connections: 10, rounds: 1, durationS: 0.6, warmupS: 0.2, startups: 3, rssRequests: 5_000, scaleCustomers: 10_000, smallCustomers: 100, resetCustomers: 10_000, resets: 3 }
  : { connections: 10, rounds: 3, durationS: 3, warmupS: 1.5, startups: 7, rssRequests: 100_000, scaleCustomers: 100_000, smallCustomers: 100, resetCustomers: 10_000, resets: 7 };

/** The order scenarios run in: the ones that grow the state (idempotency records, outbox, customers) last. */
const RUN_ORDER: ScenarioId[] = ['get', 'invalid', 'replay', 'patch', 'post', 'subscriptions', 'order'];

/** The row of two PostgreSQL-store instances on one schema. */
const FLEET = 'postgres-fleet-2';

const bench = new BenchSession('bench');
const { say, context, generator, tmp } = bench;
const profileDir = PROFILE ? join(ROOT, 'bench', 'profiles') : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

interface Participant {
  target: Target;
  ctx: ScenarioContext;
  /** A fleet: more instances on the same store, which share the load with `target`. */
  fleet?: { name: string; others: Target[] };
}

const nameOf = (p: Participant) => p.fleet?.name ?? p.target.name;
const urlsOf = (p: Participant) => [p.target.url, ...(p.fleet?.others ?? []).map((t) => t.url)];
const pidsOf = (p: Participant) => [p.target.pid, ...(p.fleet?.others ?? []).map((t) => t.pid)];

async function once(url: string, request: ReturnType<Scenario['once']>) {
  const res = await fetch(`${url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Each scenario on each participant: a warm-up run, then `rounds` rounds in which every
 * participant gets one run in turn (A B C A B C …). Peak RSS is reset before the scenario.
 */
async function measure(participants: Participant[], scenarios: Scenario[], rounds: number): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  for (const s of scenarios) {
    if (s.id === 'replay') for (const p of participants) await once(p.target.url, s.once(p.ctx));
    const peakResettable = participants.map((p) => pidsOf(p).every(resetPeak));
    for (const p of participants) await generator.run(urlsOf(p), s.id, p.ctx, { duration: SETTINGS.warmupS, connections: SETTINGS.connections });
    const runs: RunResult[][] = participants.map(() => []);
    for (let round = 0; round < rounds; round++) {
      for (const [i, p] of participants.entries()) {
        await pause(100);
        const r = await generator.run(urlsOf(p), s.id, p.ctx, { duration: SETTINGS.durationS, connections: SETTINGS.connections });
        runs[i].push(r);
        say(`${s.id.padEnd(7)} ${nameOf(p).padEnd(16)} round ${round + 1}/${rounds}: ${Math.round(r.rps).toLocaleString('en-US').padStart(6)} req/s${r.errors ? `, ${r.errors} errors (${JSON.stringify(r.statuses)})` : ''}`);
      }
    }
    results.push({
      id: s.id,
      title: s.title,
      runs: participants.map((p, i): TargetRun => ({
        target: nameOf(p),
        summary: summarise(runs[i]),
        peakRss: peakResettable[i] || s === scenarios[0] ? Math.max(...pidsOf(p).map((pid) => memory(pid).peak)) : NaN,
      })),
    });
  }
  return results;
}

async function simulatorWithToken(options: Parameters<typeof startSimulator>[0]): Promise<Participant> {
  const target = await startSimulator(options);
  return { target, ctx: context(await accessToken(target.url)) };
}

// ---------------------------------------------------------------------------------------------

const startupSamples: number[] = [];
const startupOthers: Record<string, number> = {};
const results: Results = {
  mode: QUICK ? 'quick' : 'full',
  profiled: PROFILE,
  date: new Date().toISOString(),
  durationS: 0,
  machine: machine(),
  settings: SETTINGS,
  main: [],
  startup: { simulatorSamplesMs: [], simulatorMedianMs: NaN, others: {} },
  rssAfter: [],
  scale: { customers: SETTINGS.scaleCustomers, small: SETTINGS.smallCustomers, startupMs: NaN, rssBytes: NaN, groups: [] },
  stores: { groups: [], skipped: {} },
  reset: { customers: SETTINGS.resetCustomers, samplesMs: [], medianMs: NaN },
  goals: [],
};

try {
  say(`vipm-sim benchmark, ${results.mode} mode${PROFILE ? ', profiling' : ''}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  say(placement && generator.pinned
    ? `load generator in a process of its own on core ${placement.generator}, the targets on core ${placement.targets}`
    : 'load generator in a process of its own (not pinned: one core, or no taskset)');
  results.build = buildIdentity();
  snapshotBuild(join(tmp, 'build'));
  say(`simulator build ${results.build} copied to ${join(tmp, 'build')}: every simulator of this run starts from that copy`);

  // 1. The scenarios against the baselines. The simulator starts alone (a start-up sample).
  const sim = await simulatorWithToken({ logDir: tmp, profileDir });
  startupSamples.push(sim.target.startupMs);
  const responsesFile = await captureResponses(sim.target.url, sim.ctx, join(tmp, 'responses.json'), SCENARIOS.map((s) => s.id));
  const [bare, prism, silent] = await Promise.all([startBareExpress(tmp, responsesFile), startPrismMock(tmp, false), startPrismMock(tmp, true)]);
  for (const t of [bare, prism, silent]) startupOthers[t.name] = t.startupMs;
  say(`targets up: simulator ${sim.target.startupMs.toFixed(0)} ms, ${[bare, prism, silent].map((t) => `${t.name} ${t.startupMs.toFixed(0)} ms`).join(', ')} (baselines started together)`);
  const main: Participant[] = [sim, ...[bare, prism, silent].map((target) => ({ target, ctx: context(sim.ctx.token) }))];
  const mainResults = await measure(main, RUN_ORDER.map(scenario), SETTINGS.rounds);
  results.main = SCENARIOS.map((s) => mainResults.find((r) => r.id === s.id)!);
  await Promise.all(main.map((p) => p.target.stop()));

  // 2. RSS after N requests, each scenario in a fresh simulator.
  let patchLoadFromMs = 0;
  for (const id of ['patch', 'get'] as const) {
    const p = await simulatorWithToken({ logDir: tmp, profileDir, name: `rss-${id}` });
    startupSamples.push(p.target.startupMs);
    if (id === 'patch') patchLoadFromMs = p.target.startupMs + 100;
    const s = scenario(id);
    const r = await generator.run(p.target.url, id, p.ctx, { amount: SETTINGS.rssRequests, connections: SETTINGS.connections });
    const mem = memory(p.target.pid);
    results.rssAfter.push({ scenario: s.title, requests: r.responses, rps: r.rps, rssBytes: mem.rss, peakBytes: mem.peak, errors: r.errors, statuses: r.statuses });
    say(`RSS after ${r.responses} × ${id}: ${(mem.rss / 2 ** 20).toFixed(0)} MB (peak ${(mem.peak / 2 ** 20).toFixed(0)} MB), ${Math.round(r.rps)} req/s`);
    await p.target.stop();
  }

  // 3. Scale and stores: memory with few and many customers, SQLite, PostgreSQL; one interleaved group.
  const small = writeFixtures(tmp, SETTINGS.smallCustomers);
  const big = writeFixtures(tmp, SETTINGS.scaleCustomers);
  const large = await simulatorWithToken({ logDir: tmp, profileDir, fixtures: big, name: `memory-${SETTINGS.scaleCustomers}`, readyWithinMs: 600_000 });
  results.scale.startupMs = large.target.startupMs;
  results.scale.rssBytes = memory(large.target.pid).rss;
  say(`${SETTINGS.scaleCustomers} customers: up in ${large.target.startupMs.toFixed(0)} ms, RSS ${(results.scale.rssBytes / 2 ** 20).toFixed(0)} MB`);
  const smallName = `memory-${SETTINGS.smallCustomers}`;
  const others: Array<Promise<Participant>> = [
    simulatorWithToken({ logDir: tmp, profileDir, fixtures: small, name: smallName }),
    simulatorWithToken({ logDir: tmp, profileDir, fixtures: small, name: 'sqlite', data: join(tmp, 'bench.db') }),
  ];
  let schema: PostgresSchema | undefined;
  if (flags.has('--no-postgres')) {
    results.stores.skipped.postgres = '--no-postgres';
  } else {
    try {
      schema = await bench.openSchema();
      others.push(simulatorWithToken({ logDir: tmp, profileDir, fixtures: small, name: 'postgres', databaseUrl: schema.url }));
    } catch (error) {
      results.stores.skipped.postgres = (error as Error).message;
      say(`PostgreSQL skipped: ${(error as Error).message}`);
    }
  }
  const [memorySmall, ...stores] = await Promise.all(others);
  for (const p of stores) startupOthers[`${p.target.name} store (${SETTINGS.smallCustomers} customers)`] = p.target.startupMs;
  // The fleet: the PostgreSQL instance and a second one on the same schema, the load split over both.
  const single = stores.find((p) => p.target.name === 'postgres');
  const fleet: Participant[] = [];
  if (single && schema) {
    const second = await startSimulator({ logDir: tmp, profileDir, fixtures: small, name: 'postgres-2', databaseUrl: schema.url });
    fleet.push({ target: single.target, ctx: single.ctx, fleet: { name: FLEET, others: [second] } });
  }
  const group = await measure([memorySmall, large, ...stores, ...fleet], [scenario('get'), scenario('patch')], SETTINGS.rounds);
  const only = (names: string[]) => group.map((g) => ({ ...g, runs: g.runs.filter((r) => names.includes(r.target)) }));
  results.scale.groups = only([smallName, large.target.name]);
  results.stores.groups = only([smallName, ...stores.map((p) => p.target.name), ...fleet.map(nameOf)]);
  if (!QUICK) results.scale.groups.push(...await measure([memorySmall, large], [scenario('post')], SETTINGS.rounds));
  await Promise.all([memorySmall, ...stores, ...fleet].flatMap((p) => [p.target, ...(p.fleet?.others ?? [])]).map((t) => t.stop()));
  await bench.dropSchemas();

  // 4. POST /__sandbox/reset with N customers (on the large simulator when it has N).
  let resetting = large;
  if (SETTINGS.resetCustomers !== SETTINGS.scaleCustomers) {
    await large.target.stop();
    resetting = await simulatorWithToken({ logDir: tmp, profileDir, fixtures: writeFixtures(tmp, SETTINGS.resetCustomers), name: `reset-${SETTINGS.resetCustomers}` });
  }
  for (let i = 0; i < SETTINGS.resets; i++) {
    const ms = await timed(async () => {
      const res = await fetch(`${resetting.target.url}/__sandbox/reset`, { method: 'POST' });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`reset answered ${res.status}`);
    });
    results.reset.samplesMs.push(ms);
  }
  results.reset.medianMs = median(results.reset.samplesMs);
  say(`reset with ${SETTINGS.resetCustomers} customers: median ${results.reset.medianMs.toFixed(1)} ms`);
  await resetting.target.stop();
  if (resetting !== large) await large.target.stop();

  // 5. More start-ups (default fixtures, nothing else running) until there are enough samples.
  while (startupSamples.length < SETTINGS.startups) {
    const t = await startSimulator({ logDir: tmp, name: 'startup' });
    startupSamples.push(t.startupMs);
    await t.stop();
  }
  results.startup = { simulatorSamplesMs: startupSamples, simulatorMedianMs: median(startupSamples), others: startupOthers };

  if (profileDir) {
    const patchProfile = readdirSync(profileDir).filter((f) => f.startsWith('rss-patch-')).map((f) => join(profileDir, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
    if (patchProfile) results.profile = { file: patchProfile.slice(ROOT.length), top: summariseProfile(patchProfile, 15, patchLoadFromMs) };
  }
} catch (error) {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  await bench.cleanUp();
  process.exit(1);
}
await bench.cleanUp();

results.goals = goals(results);
results.durationS = bench.seconds();
results.machine.loadAverageAtEnd = loadavg().map((l) => Math.round(l * 100) / 100);
const table = markdown(results);
console.log(`\n${table}\n`);
const jsonFile = join(ROOT, 'bench', 'results', `${PROFILE ? 'profile' : QUICK ? 'quick' : 'latest'}.json`);
writeJson(jsonFile, results);
console.log(`results: ${jsonFile.slice(ROOT.length)}`);
if (WRITE_DOCS) {
  refreshDocs(join(ROOT, 'docs', 'performance.md'), table);
  console.log('table refreshed in docs/performance.md');
}

// The goals at a large partner's scale, in a process of their own once this run's targets stopped.
if (!PROFILE && !flags.has('--no-goals')) {
  const passed = [...(QUICK ? ['--quick'] : []), ...(flags.has('--no-postgres') ? ['--no-postgres'] : []), ...(WRITE_DOCS ? ['--docs'] : [])];
  console.log(`\ngoals at a large partner's scale: bench/goals.ts ${passed.join(' ')}`);
  const goals = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'goals.ts'), ...passed], { cwd: ROOT, stdio: 'inherit' });
  if (goals.status !== 0) process.exitCode = goals.status ?? 1;
}

// ---------------------------------------------------------------------------------------------

function goals(r: Results): Goal[] {
  const list: Goal[] = [];
  const main = (id: string, target: string) => r.main.find((s) => s.id === id)?.runs.find((x) => x.target === target)?.summary;
  const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
  const check = (name: string, goal: string, value: number, pass: (v: number) => boolean, measured: string) =>
    list.push({ name, goal, measured, pass: Number.isFinite(value) ? pass(value) : undefined });

  for (const [id, min] of [['patch', 0.7], ['get', 0.8]] as const) {
    const sim = main(id, 'simulator')?.rps ?? NaN;
    const bare = main(id, 'bare-express')?.rps ?? NaN;
    check(`${id.toUpperCase()} vs bare Express`, `≥ ${min}×`, sim / bare, (v) => v >= min, `${fmt(sim / bare)}× (${Math.round(sim)} / ${Math.round(bare)} req/s)`);
  }
  for (const s of r.main) {
    const sim = main(s.id, 'simulator')?.rps ?? NaN;
    const prism = main(s.id, 'prism')?.rps ?? NaN;
    const silent = main(s.id, 'prism-silent')?.rps ?? NaN;
    check(`${s.id} vs Prism mock (default logging)`, '≥ 2×', sim / prism, (v) => v >= 2, `${fmt(sim / prism)}× (${Math.round(sim)} / ${Math.round(prism)} req/s)`);
    check(`${s.id} vs Prism mock -v silent`, '> 1×', sim / silent, (v) => v > 1, `${fmt(sim / silent)}× (${Math.round(sim)} / ${Math.round(silent)} req/s)`);
  }
  for (const s of r.main) {
    const p99 = main(s.id, 'simulator')?.p99 ?? NaN;
    check(`${s.id} p99 at ${r.settings.connections} connections`, '≤ 15 ms', p99, (v) => v <= 15, `${fmt(p99)} ms`);
  }
  check('start-up to the first 200 (median)', '≤ 500 ms', r.startup.simulatorMedianMs, (v) => v <= 500, `${fmt(r.startup.simulatorMedianMs, 0)} ms`);
  for (const x of r.rssAfter) {
    check(`RSS after ${x.requests.toLocaleString('en-US')} requests: ${x.scenario.split(' ')[0]}${x.scenario.includes('fresh') ? ' (fresh ids)' : ''}`, '≤ 150 MB (after 100,000)', x.rssBytes, (v) => v <= 150 * 2 ** 20, `${fmt(x.rssBytes / 2 ** 20, 0)} MB`);
  }
  for (const g of r.scale.groups.filter((x) => x.id !== 'post')) {
    const few = g.runs.find((x) => x.target === `memory-${r.scale.small}`)?.summary;
    const many = g.runs.find((x) => x.target === `memory-${r.scale.customers}`)?.summary;
    const change = many && few ? many.p50 / few.p50 - 1 : NaN;
    check(`${g.id.toUpperCase()} p50 with ${r.scale.customers.toLocaleString('en-US')} customers vs ${r.scale.small}`, 'within +10 %', change, (v) => v <= 0.1,
      `${fmt(many?.p50 ?? NaN)} vs ${fmt(few?.p50 ?? NaN)} ms (${Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${(change * 100).toFixed(1)} %` : '—'})`);
  }
  check(`reset with ${r.reset.customers.toLocaleString('en-US')} customers (median)`, '≤ 50 ms', r.reset.medianMs, (v) => v <= 50, `${fmt(r.reset.medianMs, 1)} ms`);
  const patch = r.stores.groups.find((g) => g.id === 'patch');
  const mem = patch?.runs.find((x) => x.target === `memory-${r.scale.small}`)?.summary.rps ?? NaN;
  const sqlite = patch?.runs.find((x) => x.target === 'sqlite')?.summary.rps ?? NaN;
  check('SQLite store PATCH vs memory', '≥ 0.5×', sqlite / mem, (v) => v >= 0.5, `${fmt(sqlite / mem)}× (${Math.round(sqlite)} / ${Math.round(mem)} req/s)`);
  const postgres = patch?.runs.find((x) => x.target === 'postgres')?.summary;
  const pgRps = postgres?.rps ?? NaN;
  check('PostgreSQL store PATCH vs memory (one instance)', '≥ 0.4×', pgRps / mem, (v) => v >= 0.4, `${fmt(pgRps / mem)}× (${Math.round(pgRps)} / ${Math.round(mem)} req/s)`);
  check('PostgreSQL store PATCH p99 (one instance)', '≤ 25 ms', postgres?.p99 ?? NaN, (v) => v <= 25, `${fmt(postgres?.p99 ?? NaN)} ms`);
  const post = r.main.find((s) => s.id === 'post')?.runs.find((x) => x.target === 'simulator')?.peakRss ?? NaN;
  check('POST scenario peak RSS (memory store)', '≤ 200 MB', post, (v) => v <= 200 * 2 ** 20, `${fmt(post / 2 ** 20, 0)} MB`);
  return list;
}
