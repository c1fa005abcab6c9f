#!/usr/bin/env node
// vipm-sim command line: `vipm-sim serve` runs the simulator.
import { Command, InvalidArgumentError, Option } from 'commander';
import { durationMs } from './domain/time.js';
import { DEFAULT_FIXTURES } from './fixtures.js';
import { fixturesFrom, startSimulator } from './index.js';
import { DEFAULT_SETTINGS } from './service/config.js';
import { DEFAULT_JOURNAL_BYTES } from './http/journal.js';
import { DEFAULT_MAX_RECORD_BYTES, DEFAULT_MAX_RECORDS } from './store/memory-store.js';
import { verifyCommand } from './verify/verify-command.js';

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
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError(`"${value}" is not a port number (0-65535)`);
  return n;
}

const program = new Command('vipm-sim')
  .description('A stateful simulator of the Adobe VIP Marketplace Partner API customer endpoints.')
  .showHelpAfterError();

program.command('serve', { isDefault: true })
  .description('run the simulator (in memory, loaded with the default fixtures unless told otherwise)')
  .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks a free one)').env('PORT').default(3000).argParser(port))
  .addOption(new Option('-H, --host <host>', 'address to listen on').env('HOST').default('127.0.0.1'))
  .addOption(new Option('-f, --fixtures <file>', 'state to load at start (fixture format, as GET /__sandbox/state exports)').env('VIPM_SIM_FIXTURES').default(DEFAULT_FIXTURES, 'fixtures/default.json'))
  .option('--empty', 'start with no distributors, resellers or customers')
  .addOption(new Option('--activation-delay <duration>', 'how long a new customer stays pending (1002), on the simulated clock').default(DEFAULT_SETTINGS.activationDelayMs, 'PT1M').argParser(duration))
  .addOption(new Option('--token-ttl <duration>', 'lifetime of access tokens, on the simulated clock').default(DEFAULT_SETTINGS.tokenTtlMs, 'PT24H').argParser(duration))
  .addOption(new Option('--3yc-mode <mode>', '"production": 3YC requests expire after 7 days and accepted ones not fulfilled in 30 become NONCOMPLIANT; "sandbox": neither, as in Adobe\'s sandbox').choices(['production', 'sandbox']).default('production'))
  .addOption(new Option('--admin-token <token>', 'guard the /__sandbox control plane with this bearer token (needed to listen on a non-loopback host)').env('VIPM_SIM_ADMIN_TOKEN'))
  .addOption(new Option('--journal-size <n>', 'requests the journal keeps').default(1000).argParser(positive))
  .addOption(new Option('--journal-bytes <size>', 'bytes the journal keeps at most (each body up to 16 KB)').default(DEFAULT_JOURNAL_BYTES, '16MB').argParser(bytes))
  .addOption(new Option('--max-records <n>', 'memory store: keep the newest N replay records, used request ids, sent emails and access tokens each').default(DEFAULT_MAX_RECORDS).argParser(positive))
  .addOption(new Option('--max-record-bytes <size>', 'memory store: bytes each of those collections may hold (replay records keep whole answers)').default(DEFAULT_MAX_RECORD_BYTES, '32MB').argParser(bytes))
  .addOption(new Option('--data <file>', 'keep the state in this SQLite file (created when absent; survives restarts)').env('VIPM_SIM_DATA').conflicts('databaseUrl'))
  .addOption(new Option('--database-url <url>', 'keep the state in PostgreSQL (postgres://…); several instances on one database act as one simulator').env('VIPM_SIM_DATABASE_URL').conflicts('data'))
  .addHelpText('after', `
Examples:
  vipm-sim serve                          # http://127.0.0.1:3000 with fixtures/default.json
  PORT=4000 vipm-sim serve --empty
  vipm-sim serve --activation-delay PT0S  # new customers are active at once
  vipm-sim serve --host 0.0.0.0 --admin-token s3cret   # reachable from other machines
  vipm-sim serve --data sandbox.db        # persistent: the state survives restarts
  vipm-sim serve --database-url postgres://sim@db:5432/vipm   # one of a fleet sharing a database

Stores: in memory by default (lost on exit). With --data or --database-url the fixtures
(--fixtures, --empty or the default ones) are loaded only into an empty store, on first start;
afterwards the stored state is kept, and POST /__sandbox/reset goes back to the fixtures.
The request journal is kept per process. See docs/deploy.md.

Default credentials (fixtures/default.json): client id vipm-sim-client, secret vipm-sim-secret.`)
  .action(async (opts) => {
    let running;
    try {
      const fixtures = opts.empty ? 'empty' : opts.fixtures;
      const state = fixturesFrom(fixtures);
      running = await startSimulator({
        port: opts.port, host: opts.host, fixtures: state, adminToken: opts.adminToken, journalSize: opts.journalSize, journalBytes: opts.journalBytes,
        data: opts.data, databaseUrl: opts.databaseUrl, maxRecords: opts.maxRecords, maxRecordBytes: opts.maxRecordBytes,
        settings: { activationDelayMs: opts.activationDelay, tokenTtlMs: opts.tokenTtl, threeYearCommitMode: opts['3ycMode'] },
      });
      console.log(`vipm-sim listening on ${running.url}`);
      const loaded = opts.empty ? 'empty' : opts.fixtures;
      console.log(`  store: ${running.storeDescription}`);
      console.log(`  state: ${running.state === 'kept' ? `kept from the store (fixtures ${loaded} are what reset goes back to)` : `${loaded}${opts.data || opts.databaseUrl ? ' (first start: the store was empty)' : ' (in memory)'}`}; 3YC mode: ${opts['3ycMode']}`);
      console.log(`  control plane: ${running.url}/__sandbox${opts.adminToken ? ' (admin token required)' : ''}`);
      console.log(`  console: ${running.url}/__sandbox/console/`);
      for (const d of state.distributors) {
        for (const c of d.clients) console.log(`  client ${c.clientId} / secret ${c.clientSecret} (distributor ${d.distributorId} ${d.name})`);
      }
      console.log(`  token: curl -s -X POST ${running.url}/ims/token/v3 -d grant_type=client_credentials -d client_id=CLIENT -d client_secret=SECRET`);
    } catch (error) {
      console.error(`vipm-sim: ${(error as Error).message}`);
      process.exit(1);
    }
    const shutdown = (signal: string) => {
      console.log(`vipm-sim: ${signal}, stopping`);
      running!.stop().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGTERM', () => shutdown('SIGTERM'));
    process.once('SIGINT', () => shutdown('SIGINT'));
  });

program.addCommand(verifyCommand());

await program.parseAsync();
