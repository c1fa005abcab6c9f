// npm run bench:compare -- --baseline DIR [--rounds N] [--seconds S] [--scenarios get,patch]
// This tree's simulator against another build of it (DIR: a checkout where `npm run build` has
// run, e.g. `git worktree add DIR main`), both against bare Express answering the same bytes, in
// interleaved rounds on one load generator, the order reversed every other round (baseline, this
// build, bare Express, then bare Express, this build, baseline, …) so no target always runs first.
// Per round: req/s of each, each simulator's ratio to bare Express in that round, and the CPU time
// (user + system, from /proc) each process spent per answer, which the machine's other load
// moves far less than req/s. Prints the load average with every round; asserts nothing.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './measure.js';
import type { ScenarioContext, ScenarioId } from './scenarios.js';
import { BenchSession } from './session.js';
import { accessToken, captureResponses, startBareExpress, startSimulator, type Target } from './targets.js';

function option(name: string, fallback?: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
}

const baseline = option('baseline');
if (!baseline || process.argv.includes('--help')) {
  console.log('npm run bench:compare -- --baseline DIR [--rounds 5] [--seconds 3] [--scenarios get,patch]');
  process.exit(baseline ? 0 : 2);
}
const ROUNDS = Number(option('rounds', '5'));
const SECONDS = Number(option('seconds', '3'));
const SCENARIOS = option('scenarios', 'get,patch')!.split(',') as ScenarioId[];
/** The scenarios whose answers bare Express replays (captureResponses); the others compare the two builds only. */
const WITH_BARE = new Set<ScenarioId>(['get', 'patch', 'post']);

/** CPU seconds (user + system) the process has used: fields 14 and 15 of /proc/PID/stat, in clock ticks. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const bench = new BenchSession('compare');
const { tmp, generator } = bench;

interface Runner { name: string; target: Target; ctx: ScenarioContext }

async function simulator(name: string, root?: string): Promise<Runner> {
  const target = await startSimulator({ logDir: tmp, name, root });
  return { name, target, ctx: bench.context(await accessToken(target.url)) };
}

try {
  const base = await simulator('baseline', resolve(baseline));
  const mine = await simulator('this-build');
  const bare = await startBareExpress(tmp, await captureResponses(mine.target.url, mine.ctx, join(tmp, 'responses.json')));
  const all: Runner[] = [base, mine, { name: 'bare-express', target: bare, ctx: mine.ctx }];
  console.log(`load average ${load()} at the start; ${ROUNDS} rounds of ${SECONDS} s per scenario, 10 connections`);
  for (const id of SCENARIOS) {
    const withBare = WITH_BARE.has(id);
    const runners = withBare ? all : all.slice(0, 2);
    for (const r of runners) await generator.run(r.target.url, id, r.ctx, { duration: 1, connections: 10 });
    const rps: Record<string, number[]> = {};
    const cpuPerAnswer: Record<string, number[]> = {};
    for (let round = 1; round <= ROUNDS; round++) {
      for (const r of round % 2 ? runners : [...runners].reverse()) {
        const cpuBefore = cpuSeconds(r.target.pid);
        const result = await generator.run(r.target.url, id, r.ctx, { duration: SECONDS, connections: 10 });
        if (result.errors) throw new Error(`${r.name} answered ${id} with errors: ${JSON.stringify(result.statuses)}`);
        (rps[r.name] ??= []).push(result.rps);
        (cpuPerAnswer[r.name] ??= []).push(result.responses ? ((cpuSeconds(r.target.pid) - cpuBefore) * 1e6) / result.responses : NaN);
      }
      const ratio = (name: string) => (rps[name][round - 1] / rps['bare-express'][round - 1]).toFixed(2);
      console.log(`${id} round ${round}: ${runners.map((r) => `${r.name} ${Math.round(rps[r.name][round - 1])} req/s ${Math.round(cpuPerAnswer[r.name][round - 1])} µs CPU/answer`).join(', ')}; `
        + `${withBare ? `× bare: baseline ${ratio('baseline')}, this build ${ratio('this-build')}; ` : ''}load ${load()}`);
    }
    // A round without answers (a starved load generator on a busy machine) counts in no figure.
    const finite = (values: number[]) => values.filter(Number.isFinite);
    const ratios = (name: string) => finite(rps[name].map((v, i) => v / rps['bare-express'][i]));
    const spread = (values: number[]) => `${Math.min(...finite(values)).toFixed(2)}–${Math.max(...finite(values)).toFixed(2)}`;
    for (const name of withBare ? ['baseline', 'this-build'] : []) {
      console.log(`${id} ${name}: × bare Express median ${median(ratios(name)).toFixed(2)} (${spread(ratios(name))}), CPU per answer median ${Math.round(median(finite(cpuPerAnswer[name])))} µs (${spread(cpuPerAnswer[name].map(Math.round))}); bare Express ${Math.round(median(finite(cpuPerAnswer['bare-express'])))} µs`);
    }
    const speedup = finite(rps['this-build'].map((v, i) => v / rps.baseline[i]));
    const cpu = finite(cpuPerAnswer['this-build'].map((v, i) => v / cpuPerAnswer.baseline[i]));
    console.log(`${id} this build ÷ baseline, round by round: req/s median ${median(speedup).toFixed(2)} (${spread(speedup)}), CPU per answer median ${median(cpu).toFixed(2)} (${spread(cpu)})`);
  }
  console.log(`load average ${load()} at the end`);
} finally {
  await bench.cleanUp();
}
