// npm run bench:pg-locks [-- --base COMMIT] [-- --rounds N] [-- --duration S]
// The PostgreSQL store before and after a change, in one run: another commit's build (default:
// where this branch left main) and this working tree's build (npm run build first), each on a schema of its own, with
// the memory store of this build as the yardstick; 100 customers; PATCH of one hot customer (the
// goals' scenario) and PATCH of a different customer each request, in interleaved rounds.
// Prints req/s, p50 and p99 per target, the ratios round by round, and the load average.
import { execFileSync, execSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtures } from './fixtures.js';
import { LoadGenerator } from './load-generator.js';
import { percentile, summarise, type RunResult } from './measure.js';
import { openPostgresSchema, type PostgresSchema } from './postgres.js';
import { scenario, type ScenarioContext, type ScenarioId } from './scenarios.js';
import { accessToken, ROOT, snapshotBuild, startSimulator, stopAll, type Target } from './targets.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const BASE = option('--base', execFileSync('git', ['-C', ROOT, 'merge-base', 'HEAD', 'main'], { encoding: 'utf8' }).trim());
const ROUNDS = Number(option('--rounds', '5'));
const DURATION_S = Number(option('--duration', '2'));
const WARMUP_S = 1;
const CONNECTIONS = 10;
const IDS: ScenarioId[] = ['patch', 'patch-spread'];

const tmp = mkdtempSync(join(tmpdir(), 'vipm-pg-locks-'));
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const say = (message: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
const schemas: PostgresSchema[] = [];
const generator = new LoadGenerator();

async function cleanUp() {
  generator.stop();
  await stopAll();
  for (const s of schemas) await s.drop().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));

/**
 * The base commit's tree, built, under the working tree's tmp/ (ignored by git), where it
 * resolves the working tree's node_modules as a parent directory (tsc's declarations refuse a
 * symlinked node_modules); kept for the next run of the same commit.
 */
function buildBase(): { root: string; commit: string } {
  const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', BASE], { encoding: 'utf8' }).trim();
  const root = join(ROOT, 'tmp', `base-${commit}`);
  if (existsSync(join(root, 'dist', '.build-stamp'))) return { root, commit };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execSync(`git -C ${JSON.stringify(ROOT)} archive ${commit} | tar -x -C ${JSON.stringify(root)}`);
  say(`building ${commit} in ${root}`);
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs', '--force'], { cwd: root, stdio: 'inherit' });
  return { root, commit };
}

interface Participant { name: string; target: Target; ctx: ScenarioContext }

async function participant(name: string, options: Parameters<typeof startSimulator>[0]): Promise<Participant> {
  const target = await startSimulator(options);
  return { name, target, ctx: { token: await accessToken(target.url), prefix: `${randomUUID().slice(0, 8)}${name}` } };
}

const p50 = (r: RunResult) => percentile(Float64Array.from(r.latencies).sort(), 50);
const fmt = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : '—');
const spread = (values: number[], digits = 2) => `${fmt(Math.min(...values), digits)}–${fmt(Math.max(...values), digits)}`;

async function main() {
  say(`load average ${load()} at the start`);
  const base = buildBase();
  const head = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const headRoot = snapshotBuild(join(tmp, 'head'));
  const fixtures = writeFixtures(tmp, 100);
  for (let i = 0; i < 2; i++) schemas.push(await openPostgresSchema());
  const participants = [
    await participant('memory', { logDir: tmp, name: 'memory', fixtures, root: headRoot }),
    await participant(`postgres-${base.commit}`, { logDir: tmp, name: 'postgres-base', fixtures, databaseUrl: schemas[0].url, root: base.root }),
    await participant(`postgres-${head}`, { logDir: tmp, name: 'postgres-head', fixtures, databaseUrl: schemas[1].url, root: headRoot }),
  ];
  const results = new Map<ScenarioId, Map<string, RunResult[]>>();
  for (const id of IDS) {
    const byName = new Map(participants.map((p) => [p.name, [] as RunResult[]]));
    results.set(id, byName);
    for (const p of participants) await generator.run(p.target.url, id, p.ctx, { duration: WARMUP_S, connections: CONNECTIONS });
    for (let round = 0; round < ROUNDS; round++) {
      for (const p of participants) {
        const r = await generator.run(p.target.url, id, p.ctx, { duration: DURATION_S, connections: CONNECTIONS });
        byName.get(p.name)!.push(r);
        say(`${id.padEnd(12)} ${p.name.padEnd(16)} round ${round + 1}/${ROUNDS}: ${Math.round(r.rps).toString().padStart(5)} req/s, p50 ${fmt(p50(r))} ms${r.errors ? `, ${r.errors} errors ${JSON.stringify(r.statuses)}` : ''} (load ${load()})`);
      }
    }
  }
  const [memory, before, after] = participants.map((p) => p.name);
  console.log(`\n${ROUNDS} interleaved rounds of ${DURATION_S} s, ${CONNECTIONS} connections, 100 customers; load average ${load()} at the end\n`);
  console.log('| scenario | target | req/s (median) | p50 ms | p99 ms | errors | × memory | × memory per round | p99 per round |');
  console.log('|---|---|--:|--:|--:|--:|--:|---|---|');
  for (const id of IDS) {
    const byName = results.get(id)!;
    const mem = byName.get(memory)!;
    for (const name of [memory, before, after]) {
      const runs = byName.get(name)!;
      const s = summarise(runs);
      const ratios = runs.map((r, i) => r.rps / mem[i].rps);
      const p99s = runs.map((r) => percentile(Float64Array.from(r.latencies).sort(), 99));
      console.log(`| ${scenario(id).title} | ${name} | ${Math.round(s.rps)} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${s.errors} | ${name === memory ? '' : `${fmt(s.rps / summarise(mem).rps)}×`} | ${name === memory ? '' : spread(ratios)} | ${spread(p99s, 1)} |`);
    }
    const gains = byName.get(after)!.map((r, i) => r.rps / byName.get(before)![i].rps);
    console.log(`| ${scenario(id).title} | ${after} ÷ ${before} | ${fmt(summarise(byName.get(after)!).rps / summarise(byName.get(before)!).rps)}× |  |  |  |  | ${spread(gains)} |  |`);
  }
}

main().then(cleanUp, async (error) => {
  console.error(error);
  await cleanUp();
  process.exitCode = 1;
});
