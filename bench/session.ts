// What a benchmark run of this folder holds while it runs, and lets go of at the end or on
// SIGINT/SIGTERM: a temporary directory, the load generator's process, the simulators it started
// (targets.ts), the PostgreSQL schemas it opened. Also its timestamped lines, the scenario
// contexts (a token and a prefix no other run uses) and the build it measures.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LoadGenerator } from './load-generator.js';
import { openPostgresSchema, type PostgresSchema } from './postgres.js';
import type { ScenarioContext } from './scenarios.js';
import { ROOT, stopAll } from './targets.js';

export class BenchSession {
  readonly tmp: string;
  readonly generator = new LoadGenerator();
  private readonly began = performance.now();
  private readonly runId = randomUUID().replace(/-/g, '').slice(0, 8);
  private contexts = 0;
  private readonly schemas: PostgresSchema[] = [];

  constructor(name: string) {
    this.tmp = mkdtempSync(join(tmpdir(), `vipm-${name}-`));
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        console.error(`\n${name}: ${signal}, stopping the targets`);
        void this.cleanUp().finally(() => process.exit(130));
      });
    }
  }

  /** A line prefixed with the seconds since the run began. */
  readonly say = (message: string): void => {
    console.log(`[${((performance.now() - this.began) / 1000).toFixed(0).padStart(4)} s] ${message}`);
  };

  readonly seconds = (): number => (performance.now() - this.began) / 1000;

  /** A scenario context: the token, and a prefix for the ids and companies no other context sends. */
  readonly context = (token: string): ScenarioContext => ({ token, prefix: `${this.runId}${(++this.contexts).toString(36)}` });

  /** A fresh PostgreSQL schema, dropped by dropSchemas() or at the end. */
  async openSchema(): Promise<PostgresSchema> {
    const schema = await openPostgresSchema();
    this.schemas.push(schema);
    return schema;
  }

  async dropSchemas(): Promise<void> {
    for (const s of this.schemas.splice(0)) await s.drop().catch((error) => console.error(`dropping ${s.name}: ${(error as Error).message}`));
  }

  async cleanUp(): Promise<void> {
    this.generator.stop();
    await stopAll();
    await this.dropSchemas();
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** The commit of the working tree, and whether server/, contracts/ or fixtures/ differ from it. */
export function buildIdentity(): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'server', 'contracts', 'fixtures') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (no git)';
  }
}
