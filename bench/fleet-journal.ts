// npm run bench:fleet-journal [-- --rounds N] [-- --seconds S]: what sharing the request journal
// costs a PostgreSQL instance. Two instances, each on a PostgreSQL schema of its own and in a
// process of its own: one with --journal-scope fleet (the default: every journal entry goes to
// the database, batched), one with --journal-scope process (the journal stays in memory).
// The PATCH scenario of the benchmark loads each in turn, interleaved rounds; it prints the
// req/s and p99 of each, and the ratio fleet / process.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtures } from './fixtures.js';
import { LoadGenerator } from './load-generator.js';
import { summarise, type RunResult } from './measure.js';
import { openPostgresSchema, type PostgresSchema } from './postgres.js';
import { accessToken, startSimulator, stopAll } from './targets.js';

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const ROUNDS = option('--rounds', 5);
const SECONDS = option('--seconds', 5);
const SCOPES = ['fleet', 'process'] as const;

const tmp = mkdtempSync(join(tmpdir(), 'vipm-bench-journal-'));
const generator = new LoadGenerator();
const schemas: PostgresSchema[] = [];
try {
  const fixtures = writeFixtures(tmp, 100);
  const targets = [];
  for (const scope of SCOPES) {
    const schema = await openPostgresSchema();
    schemas.push(schema);
    const target = await startSimulator({ name: `postgres-${scope}`, logDir: tmp, fixtures, databaseUrl: schema.url, args: ['--journal-scope', scope, '--log-level', 'error'] });
    targets.push({ scope, target, ctx: { token: await accessToken(target.url), prefix: `j${scope[0]}${Date.now().toString(36)}` } });
  }
  for (const t of targets) await generator.run([t.target.url], 'patch', t.ctx, { duration: 2, connections: 10 });
  const runs: RunResult[][] = targets.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, t] of targets.entries()) {
      const r = await generator.run([t.target.url], 'patch', t.ctx, { duration: SECONDS, connections: 10 });
      runs[i].push(r);
      console.log(`round ${round + 1}/${ROUNDS} ${t.scope.padEnd(7)} ${Math.round(r.rps)} req/s${r.errors ? `, ${r.errors} errors ${JSON.stringify(r.statuses)}` : ''}`);
    }
  }
  const [fleet, own] = runs.map(summarise);
  for (const [i, s] of [fleet, own].entries()) console.log(`${SCOPES[i].padEnd(7)} PATCH: ${Math.round(s.rps)} req/s (median of ${ROUNDS}), p99 ${s.p99.toFixed(1)} ms`);
  console.log(`ratio fleet / process: req/s ${(fleet.rps / own.rps).toFixed(2)}, p99 ${(fleet.p99 / own.p99).toFixed(2)}`);
} finally {
  generator.stop();
  await stopAll();
  for (const s of schemas) await s.drop().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}
