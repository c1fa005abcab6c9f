// npm run bench:goals [-- --quick] [-- --no-postgres] [-- --docs]
// The goals of the performance round at a large partner's scale, each printed as PASS or MISS with
// the measured figure and its spread over the rounds. The same machinery as run.ts (targets in
// processes of their own, the load generator in another, interleaved rounds), but only what the
// goals need: GET/PATCH against bare Express (and POST's peak RSS), RSS after N PATCHes, a state
// of 100,000 customers each with subscriptions and orders (RSS when ready, start-up, every
// operation's p50 against 100 customers), the PostgreSQL store against memory, the bytes a
// customer, subscription and order take (record-bytes.ts), and the clock moved a year over the large state (renewals.ts).
// Ratios within one run are what count on a loaded machine; the load average is printed.
import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { LARGE_STATE, writeLargeState } from './fixtures.js';
import { median, percentile, summarise, type RunResult } from './measure.js';
import { machine, writeJson, type Machine } from './report.js';
import { scenario, type ScenarioContext, type ScenarioId } from './scenarios.js';
import { BenchSession, buildIdentity } from './session.js';
import { accessToken, captureResponses, memory, resetPeak, ROOT, snapshotBuild, startBareExpress, startSimulator, type Target } from './targets.js';

const flags = new Set(process.argv.slice(2));
if (flags.has('--help') || flags.has('-h')) {
  console.log(`npm run bench:goals [-- options]
  --quick        shorter: 1 round of 0.6 s, 5,000 PATCHes for the RSS check, 10,000 customers
  --no-postgres  skip the PostgreSQL store's goals
  --lists-only   only the list operations on the SQL stores at scale (no --docs)
  --customers N  the large state's size (default 100,000; 10,000 quick)
  --baseline DIR also run the lists on DIR's build (bin/, dist/, contracts/, fixtures/ as the
                 working tree has them) with the large state, interleaved: this build against it
  --docs         write the goals table into docs/performance.md (between goals:start and goals:end)
Writes bench/results/goals.json (goals-quick.json in quick mode).`);
  process.exit(0);
}
const QUICK = flags.has('--quick');
const LISTS_ONLY = flags.has('--lists-only');
const argv = process.argv.slice(2);
const BASELINE = argv.includes('--baseline') ? resolve(argv[argv.indexOf('--baseline') + 1]) : undefined;
const SETTINGS = QUICK
  ? { connections: 10, rounds: 1, durationS: 0.6, warmupS: 0.2, rssRequests: 5_000, customers: 10_000, small: 100 }
  : { connections: 10, rounds: 5, durationS: 2, warmupS: 1, rssRequests: 100_000, customers: 100_000, small: 100 };
if (argv.includes('--customers')) SETTINGS.customers = Number(argv[argv.indexOf('--customers') + 1]);
const MB = 2 ** 20;

/** Every partner operation the scale goal covers: reads first, the ones that grow the state last. */
const SCALE_ORDER: ScenarioId[] = ['get', 'subscriptions', 'orders', 'customers', 'resellers', 'notifications', 'patch', 'post', 'order'];
/** The lists, measured on the SQL stores too: what their indexes answer (server/store/migrations.ts, migration 5). */
const LIST_ORDER: ScenarioId[] = ['customers', 'resellers', 'notifications'];

export interface GoalRow {
  goal: string;
  target: string;
  measured: string;
  /** How the rounds spread (min–max of the per-round figure), or why there is one sample. */
  spread: string;
  /** undefined: not measured in this run. */
  pass: boolean | undefined;
}

interface GoalsResults {
  mode: 'full' | 'quick';
  date: string;
  build: string;
  machine: Machine;
  settings: typeof SETTINGS;
  goals: GoalRow[];
  /** The raw figures behind the goals. */
  figures: Record<string, unknown>;
}

const bench = new BenchSession('goals');
const { say, context, generator, tmp } = bench;
const machineAtStart = machine();
const goals: GoalRow[] = [];
const figures: Record<string, unknown> = {};

interface Participant { name: string; target: Target; ctx: ScenarioContext }
/** Per scenario, per participant: every round's run, and the peak RSS over the scenario. */
type Group = Map<ScenarioId, Map<string, { runs: RunResult[]; peak: number }>>;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function simulator(name: string, options: Omit<Parameters<typeof startSimulator>[0], 'logDir' | 'name'> = {}): Promise<Participant> {
  const target = await startSimulator({ logDir: tmp, name, ...options });
  return { name, target, ctx: context(await accessToken(target.url)) };
}

/** A warm-up run each, then rounds in which every participant gets one run in turn (A B A B …). */
async function interleave(participants: Participant[], ids: ScenarioId[], rounds = SETTINGS.rounds): Promise<Group> {
  const group: Group = new Map();
  for (const id of ids) {
    const byName = new Map<string, { runs: RunResult[]; peak: number }>();
    group.set(id, byName);
    for (const p of participants) resetPeak(p.target.pid);
    for (const p of participants) await generator.run(p.target.url, id, p.ctx, { duration: SETTINGS.warmupS, connections: SETTINGS.connections });
    for (const p of participants) byName.set(p.name, { runs: [], peak: NaN });
    for (let round = 0; round < rounds; round++) {
      for (const p of participants) {
        await pause(100);
        const r = await generator.run(p.target.url, id, p.ctx, { duration: SETTINGS.durationS, connections: SETTINGS.connections });
        byName.get(p.name)!.runs.push(r);
        say(`${id.padEnd(13)} ${p.name.padEnd(14)} round ${round + 1}/${rounds}: ${Math.round(r.rps).toLocaleString('en-US').padStart(6)} req/s, p50 ${p50(r).toFixed(2)} ms${r.errors ? `, ${r.errors} errors (${JSON.stringify(r.statuses)})` : ''}`);
      }
    }
    for (const p of participants) byName.get(p.name)!.peak = memory(p.target.pid).peak;
  }
  return group;
}

function p50(r: RunResult): number {
  return percentile(Float64Array.from(r.latencies).sort(), 50);
}

/**
 * One row per operation: p50 of `many` against `few`, within +10 %. The figure is the median of
 * the rounds' changes (each round ran the pair back to back), so one round disturbed by the
 * machine does not decide it; the p50s over all rounds and the per-round spread are shown too.
 */
function scaleRows(group: Group, ids: ScenarioId[], few: string, many: string, where = ''): void {
  for (const id of ids) {
    const fewRuns = group.get(id)!.get(few)!.runs;
    const manyRuns = group.get(id)!.get(many)!.runs;
    const perRound = manyRuns.map((x, i) => (p50(x) / p50(fewRuns[i]) - 1) * 100).filter(Number.isFinite);
    const change = perRound.length ? median(perRound) / 100 : NaN;
    add(`${scenario(id).title}${where}: p50 with ${SETTINGS.customers.toLocaleString('en-US')} customers vs ${SETTINGS.small}`, 'within +10 %', change, (v) => v <= 0.1,
      `${change >= 0 ? '+' : ''}${fmt(change * 100, 1)} % (median of the rounds; ${fmt(summarise(manyRuns).p50)} vs ${fmt(summarise(fewRuns).p50)} ms over all)`, range(perRound, 1, ' %'));
  }
}

/**
 * The list operations on a SQL store, with the large state against 100 customers, interleaved;
 * with --baseline, also that build with the large state (its p50 against this build's).
 */
async function storeLists(store: 'sqlite' | 'postgres', bigFile: string, smallFile: string): Promise<void> {
  const where = store === 'sqlite' ? ' on SQLite' : ' on PostgreSQL';
  const at = async (name: string, fixtures: string, root?: string) => {
    if (store === 'sqlite') return simulator(name, { fixtures, data: join(tmp, `${name}.db`), readyWithinMs: 900_000, root });
    const s = await bench.openSchema();
    return simulator(name, { fixtures, databaseUrl: s.url, readyWithinMs: 900_000, root });
  };
  const small = await at(`${store}-${SETTINGS.small}`, smallFile);
  const big = await at(`${store}-${SETTINGS.customers}`, bigFile);
  say(`${big.name}: ready in ${fmt(big.target.startupMs / 1000, 1)} s`);
  const base = BASELINE ? await at(`baseline-${store}-${SETTINGS.customers}`, bigFile, BASELINE) : undefined;
  const group = await interleave([small, big, ...(base ? [base] : [])], LIST_ORDER);
  scaleRows(group, LIST_ORDER, small.name, big.name, where);
  if (base) {
    for (const id of LIST_ORDER) {
      const mine = group.get(id)!.get(big.name)!.runs;
      const theirs = group.get(id)!.get(base.name)!.runs;
      const ratio = summarise(theirs).p50 / summarise(mine).p50;
      if (!summarise(theirs).responses) {
        goals.push({ goal: `${scenario(id).title}${where}, ${SETTINGS.customers.toLocaleString('en-US')} customers: baseline p50 ÷ this build's`, target: 'measured',
          measured: `the baseline answered nothing within its rounds (over ${SETTINGS.durationS} s a call); this build ${fmt(summarise(mine).p50)} ms`, spread: `${theirs.length} rounds`, pass: true });
        continue;
      }
      add(`${scenario(id).title}${where}, ${SETTINGS.customers.toLocaleString('en-US')} customers: baseline p50 ÷ this build's`, 'measured', ratio, () => true,
        `${fmt(summarise(theirs).p50)} ÷ ${fmt(summarise(mine).p50)} ms = ${fmt(ratio, 1)}× (baseline ${fmt(summarise(theirs).rps, 1)} req/s, ${summarise(theirs).errors ?? 0} errors)`,
        range(theirs.map((x, i) => p50(x) / p50(mine[i])), 1, '×'));
    }
  }
  figures[`lists-${store}`] = { errors: errorsOf(group), startupMs: big.target.startupMs, groups: Object.fromEntries([...group].map(([id, m]) => [id, Object.fromEntries([...m].map(([n, x]) => [n, summarise(x.runs)]))])) };
  for (const p of [small, big, ...(base ? [base] : [])]) await p.target.stop();
}

const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
/** min–max of the per-round figures (a round without answers, NaN, is counted but not ranged). */
function range(all: number[], digits = 2, unit = ''): string {
  const values = all.filter(Number.isFinite);
  const empty = all.length - values.length;
  const note = empty ? `, ${empty} round${empty > 1 ? 's' : ''} without answers` : '';
  return values.length > 1 ? `${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}${unit} over ${values.length} rounds${note}` : `one round${note}`;
}
const add = (goal: string, target: string, value: number, pass: (v: number) => boolean, measured: string, spread: string) => {
  const row: GoalRow = { goal, target, measured, spread, pass: Number.isFinite(value) ? pass(value) : undefined };
  goals.push(row);
  say(`${row.pass === undefined ? 'MISS (not measured)' : row.pass ? 'PASS' : 'MISS'}: ${goal} ${target}: ${measured} (${spread})`);
};
const notMeasured = (goal: string, target: string, why: string) => goals.push({ goal, target, measured: 'not measured', spread: why, pass: undefined });

/** Throughput of a against b, round by round (each round's pair ran back to back). */
function ratioGoal(goal: string, min: number, group: Group, id: ScenarioId, a: string, b: string) {
  const runsA = group.get(id)!.get(a)!.runs;
  const runsB = group.get(id)!.get(b)!.runs;
  const perRound = runsA.map((r, i) => r.rps / runsB[i].rps);
  const sa = summarise(runsA);
  const sb = summarise(runsB);
  const value = sa.rps / sb.rps;
  add(goal, `≥ ${min}×`, value, (v) => v >= min, `${fmt(value)}× (${Math.round(sa.rps)} / ${Math.round(sb.rps)} req/s)`, range(perRound, 2, '×'));
  return { a: sa, b: sb, perRound };
}

function errorsOf(group: Group): number {
  let n = 0;
  for (const byName of group.values()) for (const x of byName.values()) for (const r of x.runs) n += r.errors;
  return n;
}

/** A bench script run in a process of its own (with --expose-gc): the JSON of its last line of output. */
function figuresOf<T>(script: string, args: string[]): T | undefined {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20 });
    return JSON.parse(out.trim().split('\n').at(-1)!) as T;
  } catch (error) {
    say(`${script}: not measured (${(error as Error).message.split('\n')[0]})`);
    return undefined;
  }
}

function recordBytes(): Record<string, number> | undefined {
  return figuresOf('record-bytes.ts', ['--json', String(QUICK ? 2_000 : 20_000)]);
}

/** What bench/renewals.ts prints with --json. */
interface ClockFigures {
  customers: number; moveMs: number; readMs: number; perCustomerMs: number; slowestMs: number; firstHalfMs: number; secondHalfMs: number;
  settled: number; committed: number; grouped: number; rssBefore: number; rssPeak: number | null; rssAfter: number; loadAverageAtStart: string; loadAverageAtEnd: string;
}

/** The move's ceiling: one transaction writing the clock, whatever the state holds. */
const CLOCK_MOVE_MS = 100;
/** Reading every customer after the move settles it and keeps nothing: RSS may grow by garbage only. */
const CLOCK_SETTLE_RSS_MB = 64;
/** Settlement O(customers): a read costs the same at the end of the pass as at its start. */
const CLOCK_HALVES_RATIO = 1.5;

/**
 * The clock a year on over the large state (memory store, bench/renewals.ts): the move, then every
 * customer read (settled). PASS: the move within CLOCK_MOVE_MS; the second half of the reads within
 * CLOCK_HALVES_RATIO of the first (per customer), and RSS at most CLOCK_SETTLE_RSS_MB over its level before the move.
 */
function clockAtScale(): void {
  const goal = `advancing the clock a year over ${SETTINGS.customers.toLocaleString('en-US')} customers with subscriptions (a tenth with a 3YC, a twentieth in linked-membership groups)`;
  const c = figuresOf<ClockFigures>('renewals.ts', ['--json', '--customers', String(SETTINGS.customers), '--advance', 'P1Y']);
  figures.clock = c;
  if (!c) {
    notMeasured(`${goal}: the move`, `≤ ${CLOCK_MOVE_MS} ms`, 'bench/renewals.ts failed');
    notMeasured(`${goal}: then reading (settling) every customer`, 'bounded time and memory', 'bench/renewals.ts failed');
    return;
  }
  const loads = `load average ${c.loadAverageAtStart} at the start, ${c.loadAverageAtEnd} at the end`;
  add(`${goal}: the move`, `≤ ${CLOCK_MOVE_MS} ms`, c.moveMs, (v) => v <= CLOCK_MOVE_MS, `${fmt(c.moveMs, 1)} ms`, `one move (bench/renewals.ts, memory store); ${loads}`);
  const growthMb = c.rssPeak === null ? NaN : (c.rssPeak - c.rssBefore) / MB;
  const halves = c.secondHalfMs / c.firstHalfMs;
  add(`${goal}: then reading (settling) every customer`, `per customer flat (second half ≤ ${CLOCK_HALVES_RATIO}× the first), RSS ≤ +${CLOCK_SETTLE_RSS_MB} MB`,
    Math.max(halves / CLOCK_HALVES_RATIO, growthMb / CLOCK_SETTLE_RSS_MB), (v) => v <= 1,
    `${fmt(c.readMs / 1000, 1)} s (${fmt(c.perCustomerMs, 3)} ms each; second half ${fmt(halves)}× the first); RSS ${fmt(c.rssBefore / MB, 0)} MB, peak ${fmt(c.rssPeak === null ? NaN : c.rssPeak / MB, 0)} MB (${growthMb >= 0 ? '+' : ''}${fmt(growthMb, 0)} MB)`,
    `${c.settled.toLocaleString('en-US')} settled past the new now; slowest read ${fmt(c.slowestMs, 1)} ms; one pass`);
}

try {
  say(`vipm-sim goals, ${QUICK ? 'quick' : 'full'} mode; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  snapshotBuild(join(tmp, 'build'));

  if (!LISTS_ONLY) {
    // 1. GET, PATCH and POST against bare Express answering the same bytes; POST's peak RSS.
    const sim = await simulator('simulator');
    const bare = await startBareExpress(tmp, await captureResponses(sim.target.url, sim.ctx, join(tmp, 'responses.json')));
    const main = await interleave([sim, { name: 'bare-express', target: bare, ctx: context(sim.ctx.token) }], ['get', 'patch', 'post']);
    ratioGoal('GET /v3/customers/{id} vs bare Express', 0.85, main, 'get', 'simulator', 'bare-express');
    ratioGoal('PATCH vs bare Express', 0.8, main, 'patch', 'simulator', 'bare-express');
    const postPeak = main.get('post')!.get('simulator')!.peak;
    add('peak RSS during the POST scenario (memory)', '≤ 200 MB', postPeak, (v) => v <= 200 * MB, `${fmt(postPeak / MB, 0)} MB`, `one process, ${SETTINGS.rounds} × ${SETTINGS.durationS} s after a warm-up`);
    figures.main = Object.fromEntries([...main].map(([id, m]) => [id, Object.fromEntries([...m].map(([n, x]) => [n, { ...summarise(x.runs), peakRss: x.peak }]))]));
    figures.mainErrors = errorsOf(main);
    await sim.target.stop();
    await bare.stop();

    // 2. RSS after N PATCHes with fresh correlation ids, in a fresh simulator.
    const rss = await simulator('rss-patch');
    const r = await generator.run(rss.target.url, 'patch', rss.ctx, { amount: SETTINGS.rssRequests, connections: SETTINGS.connections });
    const after = memory(rss.target.pid);
    add(`RSS after ${SETTINGS.rssRequests.toLocaleString('en-US')} PATCHes (memory)`, '≤ 150 MB (after 100,000)', after.rss, (v) => v <= 150 * MB,
      `${fmt(after.rss / MB, 0)} MB (peak ${fmt(after.peak / MB, 0)} MB)`, `one process, ${r.responses} answers, ${r.errors} errors`);
    figures.rssAfterPatches = { requests: r.responses, rssBytes: after.rss, peakBytes: after.peak, rps: r.rps, errors: r.errors };
    await rss.target.stop();
  }

  // 3. A large partner's state: N customers, each with subscriptions and orders, against 100.
  const bigFile = writeLargeState(tmp, SETTINGS.customers);
  const smallFile = writeLargeState(tmp, SETTINGS.small);
  if (!LISTS_ONLY) {
    const big = await simulator(`memory-${SETTINGS.customers}`, { fixtures: bigFile, readyWithinMs: 600_000 });
    const ready = memory(big.target.pid).rss;
    const label = `${SETTINGS.customers.toLocaleString('en-US')} customers (${LARGE_STATE.subscriptionsPerCustomer} subscriptions, ${LARGE_STATE.ordersPerCustomer} orders each)`;
    add(`${label}: RSS when ready`, '≤ 250 MB', ready, (v) => v <= 250 * MB, `${fmt(ready / MB, 0)} MB`, 'one process');
    add(`${label}: start-up`, '≤ 2 s', big.target.startupMs, (v) => v <= 2000, `${fmt(big.target.startupMs / 1000, 1)} s`, 'one start');
    const small = await simulator(`memory-${SETTINGS.small}`, { fixtures: smallFile });
    const scale = await interleave([small, big], SCALE_ORDER);
    scaleRows(scale, SCALE_ORDER, small.name, big.name);
    const postRuns = (name: string) => scale.get('post')!.get(name)!.runs;
    const postChange = median(postRuns(big.name).map((x, i) => p50(x) / p50(postRuns(small.name)[i]) - 1));
    add(`POST: its duplicate-account check with ${SETTINGS.customers.toLocaleString('en-US')} customers`, 'O(1) per request (an index)', postChange, (v) => v <= 0.1,
      `one get by key (partner-api/account-index.ts); POST p50 ${postChange >= 0 ? '+' : ''}${fmt(postChange * 100, 1)} %`, 'see the POST row');
    figures.scale = { startupMs: big.target.startupMs, readyRssBytes: ready, errors: errorsOf(scale), groups: Object.fromEntries([...scale].map(([id, m]) => [id, Object.fromEntries([...m].map(([n, x]) => [n, summarise(x.runs)]))])) };
    await small.target.stop();
    await big.target.stop();
  }

  // 3b. The same state on the SQL stores: the list operations, which their indexes answer.
  await storeLists('sqlite', bigFile, smallFile);
  if (!flags.has('--no-postgres')) {
    await storeLists('postgres', bigFile, smallFile).catch((error) => {
      say(`PostgreSQL lists: ${(error as Error).message}`);
      for (const id of LIST_ORDER) notMeasured(`${scenario(id).title} on PostgreSQL: p50 with ${SETTINGS.customers.toLocaleString('en-US')} customers vs ${SETTINGS.small}`, 'within +10 %', 'no PostgreSQL');
    });
  }

  // 4. The PostgreSQL store against memory, one instance each, PATCH interleaved.
  if (LISTS_ONLY) {
    // the lists alone
  } else if (flags.has('--no-postgres')) {
    notMeasured('PostgreSQL store PATCH vs memory, one instance', '≥ 0.4×', '--no-postgres');
    notMeasured('PostgreSQL store PATCH p99, one instance', '≤ 25 ms', '--no-postgres');
  } else {
    const schema = await bench.openSchema().catch((error: Error) => void say(`PostgreSQL: ${error.message}`));
    if (schema) {
      const pgSim = await simulator('postgres', { databaseUrl: schema.url });
      const mem = await simulator('memory');
      const stores = await interleave([mem, pgSim], ['patch']);
      const pg = ratioGoal('PostgreSQL store PATCH vs memory, one instance', 0.4, stores, 'patch', 'postgres', 'memory').a;
      const p99s = stores.get('patch')!.get('postgres')!.runs.map((x) => percentile(Float64Array.from(x.latencies).sort(), 99));
      add('PostgreSQL store PATCH p99, one instance', '≤ 25 ms', pg.p99, (v) => v <= 25, `${fmt(pg.p99)} ms`, range(p99s, 1, ' ms'));
      figures.stores = { errors: errorsOf(stores), postgres: pg, memory: summarise(stores.get('patch')!.get('memory')!.runs) };
      await pgSim.target.stop();
      await mem.target.stop();
    } else {
      notMeasured('PostgreSQL store PATCH vs memory, one instance', '≥ 0.4×', 'no PostgreSQL');
      notMeasured('PostgreSQL store PATCH p99, one instance', '≤ 25 ms', 'no PostgreSQL');
    }
  }

  // 5. Bytes per record (heap, in a process of its own) and the clock at scale.
  const bytes = LISTS_ONLY ? undefined : recordBytes();
  figures.recordBytes = bytes;
  if (bytes) {
    for (const kind of ['customer', 'subscription', 'order'] as const) {
      goals.push({ goal: `heap bytes per ${kind} (memory store, state loaded)`, target: 'measured', measured: `${Math.round(bytes[kind]).toLocaleString('en-US')} B`, spread: `over ${bytes.customers.toLocaleString('en-US')} customers (bench/record-bytes.ts)`, pass: true });
    }
  } else if (!LISTS_ONLY) {
    for (const kind of ['customer', 'subscription', 'order']) notMeasured(`heap bytes per ${kind} (memory store, state loaded)`, 'measured', 'bench/record-bytes.ts failed');
  }
  if (!LISTS_ONLY) clockAtScale();
} catch (error) {
  console.error(`bench:goals failed: ${(error as Error).stack ?? error}`);
  await bench.cleanUp();
  process.exit(1);
}
await bench.cleanUp();

const results: GoalsResults = {
  mode: QUICK ? 'quick' : 'full', date: new Date().toISOString(), build: buildIdentity(),
  machine: { ...machineAtStart, loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100) }, settings: SETTINGS, goals, figures,
};
const table = goalsTable(results);
console.log(`\n${table}\n`);
const jsonFile = join(ROOT, 'bench', 'results', `goals${LISTS_ONLY ? '-lists' : ''}${QUICK ? '-quick' : ''}.json`);
writeJson(jsonFile, results);
console.log(`results: ${jsonFile.slice(ROOT.length)}`);
if (flags.has('--docs') && !LISTS_ONLY) {
  refreshGoals(join(ROOT, 'docs', 'performance.md'), table);
  console.log('goals refreshed in docs/performance.md');
}

function goalsTable(r: GoalsResults): string {
  const m = r.machine;
  const lines = [
    `${r.mode} run ${r.date.slice(0, 16).replace('T', ' ')} UTC, build ${r.build}; ${m.nproc} cores (${m.cpu}), Node ${m.node}; load average ${m.loadAverageAtStart.join(' ')} at the start, ${m.loadAverageAtEnd?.join(' ')} at the end; ${r.settings.rounds} interleaved rounds of ${r.settings.durationS} s, ${r.settings.connections} connections`,
    '',
    '| goal | target | measured | spread | |',
    '|---|---|---|---|---|',
    ...r.goals.map((g) => `| ${g.goal} | ${g.target} | ${g.measured} | ${g.spread} | ${g.pass === undefined ? 'MISS (not measured)' : g.pass ? 'PASS' : 'MISS'} |`),
  ];
  return lines.join('\n');
}

function refreshGoals(file: string, table: string): void {
  const START = '<!-- goals:start -->';
  const END = '<!-- goals:end -->';
  let text = readFileSync(file, 'utf8');
  const block = `${START}\n${table}\n${END}`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  text = a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + END.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}
