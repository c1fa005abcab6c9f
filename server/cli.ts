#!/usr/bin/env node
// vipm-sim command line: `vipm-sim serve` runs the simulator, `vipm-sim verify` verifies pacts,
// `vipm-sim record` and `replay` compare the simulator with Adobe's sandbox.
// Strict: an unknown command, option or argument exits 2 with a suggestion, never starts a server.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { durationMs } from './domain/time.js';
import { DEFAULT_FIXTURES } from './startup/fixtures.js';
import { fixturesFrom, startSimulator, type RunningSimulator } from './index.js';
import { maskValue } from './domain/protocol/secrets.js';
import { createLogger, LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './logging/logger.js';
import { packageFile } from './platform/package-files.js';
import { startedByNpm, whenOrphaned } from './startup/parent-watch.js';
import { DEFAULT_SETTINGS } from './settings.js';
import { DEFAULT_JOURNAL_BYTES } from './control-plane/journal.js';
import { DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_RECORDS } from './store/memory-store.js';
import { recordCommand } from './record/record-command.js';
import { replayCommand } from './record/replay-command.js';
import { verifyCommand } from './verify/verify-command.js';

/** Exit status of a command line that could not be understood. */
const USAGE = 2;

const VERSION = (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;

function duration(value: string): number {
  const ms = durationMs(value);
  if (ms === undefined || ms < 0) throw new InvalidArgumentError(`"${value}" is not an ISO-8601 duration such as PT1M, PT24H or P7D`);
  return ms;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`"${value}" is not a positive whole number`);
  return n;
}

const UNITS: Record<string, number> = { '': 1, B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

function bytes(value: string): number {
  const match = /^(\d+)\s*(B|KB|MB|GB)?$/i.exec(value.trim());
  if (!match || Number(match[1]) < 1) throw new InvalidArgumentError(`"${value}" is not a size such as 16MB, 512KB or 1048576`);
  return Number(match[1]) * UNITS[(match[2] ?? '').toUpperCase()];
}

function port(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return n;
}

/** PORT and HOST (what platforms set) count when their VIPM_SIM_ names are not set; VIPM_SIM_EMPTY=0 or false is off. */
function normaliseEnvironment(env: NodeJS.ProcessEnv): void {
  if (env.VIPM_SIM_PORT === undefined && env.PORT !== undefined) env.VIPM_SIM_PORT = env.PORT;
  if (env.VIPM_SIM_HOST === undefined && env.HOST !== undefined) env.VIPM_SIM_HOST = env.HOST;
  if (env.VIPM_SIM_EMPTY !== undefined && /^(0|false|no|)$/i.test(env.VIPM_SIM_EMPTY)) delete env.VIPM_SIM_EMPTY;
}

/** No command, or options only, means `serve`; anything else must be a command. */
function withDefaultCommand(args: string[]): string[] {
  const first = args[0];
  if (first === undefined || (first.startsWith('-') && !['-h', '--help', '-V', '--version'].includes(first))) return ['serve', ...args];
  return args;
}

/**
 * The fixtures' distributors and their clients, for the start-up lines: read from the store when
 * the fixtures were loaded into it (a large fixture file is not read and parsed again), from the
 * file when a stored state was kept.
 */
async function startedDistributors(running: RunningSimulator, loaded: string): Promise<Array<{ distributorId: string; name: string; clients: Array<{ clientId: string; clientSecret: string }> }>> {
  if (running.state === 'kept') return fixturesFrom(loaded).distributors;
  const [distributors, clients] = await running.simulator.store.transaction(async (tx) => [await tx.list('distributors'), await tx.list('clients')] as const);
  return distributors.map((d) => ({ distributorId: d.distributorId, name: d.name, clients: clients.filter((c) => c.distributorId === d.distributorId) }));
}

async function serve(opts: Record<string, any>): Promise<void> {
  const logger = createLogger({ level: opts.logLevel as LogLevel, format: opts.logFormat as LogFormat });
  let running: RunningSimulator;
  const loaded = opts.empty ? 'empty' : opts.fixtures;
  try {
    running = await startSimulator({
      port: opts.port, host: opts.host, fixtures: loaded, adminToken: opts.adminToken, journalSize: opts.journalSize, journalBytes: opts.journalBytes, journalScope: opts.journalScope,
      data: opts.data, databaseUrl: opts.databaseUrl, maxRecords: opts.maxRecords, maxRecordBytes: opts.maxRecordBytes, log: { level: opts.logLevel, format: opts.logFormat },
      settings: { activationDelayMs: opts.activationDelay, orderDelayMs: opts.orderDelay, tokenTtlMs: opts.tokenTtl, threeYearCommitMode: opts['3ycMode'] },
    });
    const distributors = await startedDistributors(running, loaded);
    const clients = distributors.flatMap((d) => d.clients.map((c) => ({ clientId: c.clientId, distributorId: d.distributorId })));
    // The first line carries the start-up facts as fields too (the lines after it are for people).
    logger.info({ start: {
      version: VERSION, url: running.url, store: running.storeDescription, state: running.state, fixtures: loaded, threeYearCommitMode: opts['3ycMode'],
      controlPlane: `${running.url}/__sandbox`, console: `${running.url}/__sandbox/console/`, adminToken: Boolean(opts.adminToken), clients,
    } }, `vipm-sim ${VERSION} listening on ${running.url}`);
    logger.info(`  store: ${running.storeDescription}`);
    logger.info(`  state: ${running.state === 'kept' ? `kept from the store (fixtures ${loaded} are what reset goes back to)` : `${loaded}${opts.data || opts.databaseUrl ? ' (first start: the store was empty)' : ' (in memory)'}`}; 3YC mode: ${opts['3ycMode']}`);
    logger.info(`  control plane: ${running.url}/__sandbox${opts.adminToken ? ' (admin token required)' : ''}; contracts: ${running.url}/openapi.yaml, ${running.url}/__sandbox/sandbox.yaml`);
    logger.info(`  console: ${running.url}/__sandbox/console/`);
    for (const d of distributors) {
      for (const c of d.clients) logger.info(`  client ${c.clientId} / secret ${maskValue(c.clientSecret)} (distributor ${d.distributorId} ${d.name})`);
    }
    logger.info(`  token: curl -s -X POST ${running.url}/ims/token/v3 -d grant_type=client_credentials -d client_id=CLIENT -d client_secret=SECRET`);
  } catch (error) {
    console.error(`vipm-sim: ${(error as Error).message}`);
    process.exit(1);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`vipm-sim: ${signal}, stopping`);
    running.stop().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  if (startedByNpm(process.env)) whenOrphaned(() => shutdown('npm (its parent) exited'));
}

const env = (name: string) => `VIPM_SIM_${name}`;

const program = new Command('vipm-sim')
  .description('A stateful simulator of the Adobe VIP Marketplace Partner API: customers, orders, subscriptions, renewals, transfers.')
  .version(VERSION, '-V, --version')
  .showHelpAfterError('(vipm-sim --help lists the commands; vipm-sim COMMAND --help their options)')
  .showSuggestionAfterError()
  .exitOverride();

program.command('serve')
  .description('run the simulator (in memory, loaded with the default fixtures unless told otherwise); the default command')
  .allowExcessArguments(false)
  .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks a free one; PORT works too)').env(env('PORT')).default(3000).argParser(port))
  .addOption(new Option('-H, --host <host>', 'address to listen on (HOST works too)').env(env('HOST')).default('127.0.0.1'))
  .addOption(new Option('-f, --fixtures <file>', 'state to load at start (a state document, as GET /__sandbox/state exports; checked as PUT /__sandbox/state checks one)').env(env('FIXTURES')).default(DEFAULT_FIXTURES, 'fixtures/default.json'))
  .addOption(new Option('--empty', 'start with no distributors, resellers or customers (not with --fixtures)').env(env('EMPTY')).conflicts('fixtures'))
  .addOption(new Option('--activation-delay <duration>', 'how long a new customer stays pending (1002), on the simulated clock').env(env('ACTIVATION_DELAY')).default(DEFAULT_SETTINGS.activationDelayMs, 'PT1M').argParser(duration))
  .addOption(new Option('--order-delay <duration>', 'how long a NEW or RETURN order stays open (1002) before it completes, on the simulated clock').env(env('ORDER_DELAY')).default(DEFAULT_SETTINGS.orderDelayMs, 'PT1M').argParser(duration))
  .addOption(new Option('--token-ttl <duration>', 'lifetime of access tokens, on the simulated clock').env(env('TOKEN_TTL')).default(DEFAULT_SETTINGS.tokenTtlMs, 'PT24H').argParser(duration))
  .addOption(new Option('--3yc-mode <mode>', '"production": 3YC requests expire after 7 days and accepted ones not fulfilled in 30 become NONCOMPLIANT; "sandbox": neither, as in Adobe\'s sandbox').env(env('3YC_MODE')).choices(['production', 'sandbox']).default('production'))
  .addOption(new Option('--admin-token <token>', 'guard the /__sandbox control plane with this bearer token (needed to listen on a non-loopback host)').env(env('ADMIN_TOKEN')))
  .addOption(new Option('--journal-size <n>', 'requests the journal keeps').env(env('JOURNAL_SIZE')).default(1000).argParser(positive))
  .addOption(new Option('--journal-bytes <size>', 'bytes the journal keeps at most (each body up to 16 KB)').env(env('JOURNAL_BYTES')).default(DEFAULT_JOURNAL_BYTES, '16MB').argParser(bytes))
  .addOption(new Option('--journal-scope <scope>', 'fleet: with --database-url the journal is the whole fleet\'s, read and cleared through any instance; process: each instance keeps its own').env(env('JOURNAL_SCOPE')).choices(['fleet', 'process']).default('fleet'))
  .addOption(new Option('--max-records <n>', 'memory store: keep the newest N replay records, used request ids, sent emails and access tokens each').env(env('MAX_RECORDS')).default(DEFAULT_MAX_RECORDS).argParser(positive))
  .addOption(new Option('--max-record-bytes <size>', 'memory store: bytes each of those collections may hold (replay records keep whole answers)').env(env('MAX_RECORD_BYTES')).default(DEFAULT_MAX_RECORD_BYTES, '32MB').argParser(bytes))
  .addOption(new Option('--data <file>', 'keep the state in this SQLite file (created when absent; survives restarts). Driver: better-sqlite3 when installed, else Node 22.13+\'s node:sqlite; VIPM_SIM_SQLITE_DRIVER chooses').env(env('DATA')).conflicts('databaseUrl'))
  .addOption(new Option('--database-url <url>', 'keep the state in PostgreSQL (postgres://…); several instances on one database act as one simulator').env(env('DATABASE_URL')).conflicts('data'))
  .addOption(new Option('--log-level <level>', 'info: start-up and one line per request; debug: also each journal entry (5xx ones print at any level)').env(env('LOG_LEVEL')).choices(LOG_LEVELS).default('info'))
  .addOption(new Option('--log-format <format>', 'pretty: one readable line each; json: pino JSON lines').env(env('LOG_FORMAT')).choices(LOG_FORMATS).default('pretty'))
  .addHelpText('after', `
Every option can also be set by the environment variable shown beside it (a flag wins).

Examples:
  vipm-sim serve                          # http://127.0.0.1:3000 with fixtures/default.json
  VIPM_SIM_PORT=4000 vipm-sim serve --empty
  vipm-sim serve --activation-delay PT0S  # new customers are active at once
  vipm-sim serve --host 0.0.0.0 --admin-token s3cret   # reachable from other machines
  vipm-sim serve --data sandbox.db        # persistent: the state survives restarts
  vipm-sim serve --database-url postgres://sim@db:5432/vipm   # one of a fleet sharing a database
  vipm-sim serve --log-format json --log-level debug   # JSON lines with each journal entry

Stores: in memory by default (lost on exit). With --data or --database-url the fixtures
(--fixtures, --empty or the default ones) are loaded only into an empty store, on first start;
afterwards the stored state is kept, and POST /__sandbox/reset goes back to the fixtures.
The request journal is kept per process; with --database-url it is shared by the fleet (the
last --journal-size requests of all instances) and so is the current provider state. See docs/deploy.md.

Logs go to stdout; secrets (Authorization, client secrets, tokens) are masked as in the journal.
Contracts of a running simulator: GET /openapi.yaml (the simulated API), GET /__sandbox/sandbox.yaml.

Exit status: 0 stopped by SIGTERM/SIGINT (or, started by npm or npx, when npm has exited),
1 could not start, 2 command line not understood.

Default credentials (fixtures/default.json): client id vipm-sim-client, secret vipm-sim-secret.`)
  .action(serve);

program.addCommand(verifyCommand().exitOverride());
program.addCommand(recordCommand().exitOverride());
program.addCommand(replayCommand().exitOverride());

normaliseEnvironment(process.env);
try {
  await program.parseAsync(withDefaultCommand(process.argv.slice(2)), { from: 'user' });
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  process.exit(error.exitCode === 0 ? 0 : USAGE);
}
