// The programmatic API: startSimulator() runs a simulator inside the caller's process.
import type { AddressInfo } from 'node:net';
import { createServer, type RequestListener, type Server } from 'node:http';
import { createApp } from './app.js';
import { validBody } from './contract/valid-input.js';
import { AdobeError } from './domain/protocol/errors.js';
import { FairScheduler } from './http/fair-scheduler.js';
import { Journal } from './control-plane/journal.js';
import { guardServer, LISTEN_BACKLOG } from './http/server-guards.js';
import { createLogger, type LogOptions } from './logging/logger.js';
import type { InProcessControlPlane } from './control-plane/in-process.js';
import type { StateDocument } from './domain/control/state.js';
import { readFixtures } from './startup/fixtures.js';
import { collectLoadGarbage } from './startup/load-garbage.js';
import { checkOptions, listenError, StartError } from './startup/start-options.js';
import type { SimulatorSettings } from './settings.js';
import { startPurging } from './store/purge.js';
import { buildSimulator, type Simulator } from './simulator.js';
import { describeStore, isPersistent, openStore } from './store/open-store.js';
import type { Store } from './store/store.js';

export interface SimulatorOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** A fixture file path, a state document, or 'empty'. Default: the shipped fixtures/default.json. */
  fixtures?: string | StateDocument | 'empty';
  settings?: Partial<SimulatorSettings>;
  /** A store of one's own; otherwise `data` or `databaseUrl` chooses one, or memory. */
  store?: Store;
  /** Memory store: how many replay records, used request ids and sent emails it keeps each (default 5,000). */
  maxRecords?: number;
  /** Memory store: the bytes each of those collections may hold (default 32 MB). */
  maxRecordBytes?: number;
  /** Keep the state in this SQLite file (created when absent). */
  data?: string;
  /** Keep the state in this PostgreSQL database (postgres://…); a fleet shares one. */
  databaseUrl?: string;
  /**
   * Load the fixtures only into an empty store, keeping a stored state (default: true with
   * `data` or `databaseUrl`, false otherwise).
   */
  keepStoredState?: boolean;
  /**
   * Logging: off unless given. `{level: 'info'}` prints one line per request to stdout;
   * `format: 'json'` pino's JSON lines; `destination` receives each line instead of stdout
   * (a function alone is `{destination}`).
   */
  log?: LogOptions | ((line: string) => void);
  /** Guards the /__sandbox control plane; required to listen on a non-loopback address. */
  adminToken?: string;
  /** Entries the request journal keeps (default 1000). */
  journalSize?: number;
  /** Bytes the request journal keeps at most (default 16 MB; each body is kept up to 16 KB). */
  journalBytes?: number;
  /**
   * `fleet` (default): with `databaseUrl` the journal is shared by every instance on the database;
   * `process`: each instance keeps its own (as with the other stores).
   */
  journalScope?: 'fleet' | 'process';
}

export interface RunningSimulator {
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  url: string;
  /** The control plane, typed (a ControlPlane, as connectSimulator(url) gives): reset, seed, clock, faults, journal, outbox, Admin Console, LGA. */
  sandbox: InProcessControlPlane;
  simulator: Simulator;
  /** Whether the fixtures were loaded at start or a stored state was kept. */
  state: 'loaded' | 'kept';
  /** memory, sqlite or postgres, and where. */
  storeDescription: string;
  stop(): Promise<void>;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
export const isLoopback = (host: string) => LOOPBACK.test(host);

export function fixturesFrom(option: SimulatorOptions['fixtures']): StateDocument {
  if (option === 'empty') return { distributors: [], resellers: [], customers: [] };
  if (option === undefined || typeof option === 'string') return readFixtures(option);
  return option;
}

/**
 * The fixtures, checked as PUT /__sandbox/state checks a state document (same schema, same
 * messages). Takes the document out of `pending`, so nothing holds it once it is loaded.
 */
async function startWith(simulator: Simulator, pending: { fixtures?: StateDocument }, where: string, keepStored: boolean): Promise<'loaded' | 'kept'> {
  const fixtures = pending.fixtures!;
  pending.fixtures = undefined;
  try {
    return await simulator.keeper.start(validBody<StateDocument>(simulator.contract, 'putState', fixtures)!, { keepStored });
  } catch (error) {
    if (!(error instanceof AdobeError)) throw error;
    throw new StartError('VIPM_SIM_INVALID_FIXTURES', `fixtures ${where} are not a valid state document (the format of PUT /__sandbox/state): ${error.code} ${error.message}`, { cause: error });
  }
}

function listen(app: RequestListener, port: number, host: string, scheduler: FairScheduler): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = guardServer(createServer(app), scheduler);
    server.once('error', (error) => reject(listenError(error, host, port)));
    server.listen({ port, host, backlog: LISTEN_BACKLOG }, () => resolve(server));
  });
}

/** Rejects with a StartError (`code`) for wrong options, fixtures and addresses. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  checkOptions(options);
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.adminToken) {
    throw new StartError('VIPM_SIM_ADMIN_TOKEN_REQUIRED', `refusing to listen on ${host} without an admin token: anyone who reaches it could rewrite the control plane (set --admin-token or VIPM_SIM_ADMIN_TOKEN)`);
  }
  const pending = { fixtures: fixturesFrom(options.fixtures) };
  const where = typeof options.fixtures === 'string' && options.fixtures !== 'empty' ? options.fixtures : options.fixtures === undefined ? 'fixtures/default.json' : '(the document given)';
  const choice = { data: options.data, databaseUrl: options.databaseUrl, maxRecords: options.maxRecords, maxRecordBytes: options.maxRecordBytes };
  const store = options.store ?? await openStore(choice);
  let server: Server;
  let state: 'loaded' | 'kept';
  const journal = new Journal(options.journalSize, options.journalBytes);
  const simulator = buildSimulator(store, { settings: options.settings, journal, journalScope: options.journalScope });
  try {
    state = await startWith(simulator, pending, where, options.keepStoredState ?? isPersistent(choice));
    collectLoadGarbage();
    const scheduler = new FairScheduler();
    const app = createApp(simulator, { logger: createLogger(options.log), adminToken: options.adminToken, scheduler });
    server = await listen(app, options.port ?? 0, host, scheduler);
  } catch (error) {
    if (!options.store) await store.close().catch(() => undefined);
    throw error;
  }
  const stopPurging = startPurging(store, simulator.realNow);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    sandbox: simulator.controlPlane,
    simulator,
    state,
    storeDescription: describeStore(store),
    async stop() {
      stopPurging();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await journal.close();
      await store.close();
    },
  };
}

export { createApp } from './app.js';
export { buildSimulator, type Simulator, type SimulatorParts } from './simulator.js';
export { MemoryStore } from './store/memory-store.js';
export { openStore, type StoreChoice } from './store/open-store.js';
export type { Store } from './store/store.js';
export type { StateDocument } from './domain/control/state.js';
export type { SimulatorSettings } from './settings.js';
export type { InProcessControlPlane, InProcessControlPlane as SandboxClient } from './control-plane/in-process.js';
export { connectSimulator, type ConnectOptions } from './control-plane/http-client.js';
export type {
  ControlPlane, AdminInput, AuthorizationCode, CustomerPatch, CustomerSeed, DistributorPatch, EmailFilter, JournalQuery,
  OpenAcquisitionInput, ResellerSeed, StateCounts, ThreeYearCommitAnswer,
} from './control-plane/control-plane.js';
export { ContractMismatchError } from './contract/contract-mismatch.js';
export type { Customer, Reseller, ConsoleAdmin, WelcomeEmail, Distributor, LinkedMembershipGroup, OpenAcquisition } from './domain/types.js';
export type { Fault, FaultInput } from './domain/control/faults.js';
export type { JournalEntry } from './control-plane/journal.js';
export { AdobeError } from './domain/protocol/errors.js';
export { StartError, type StartErrorCode } from './startup/start-options.js';
export type { LogOptions, LogLevel, LogFormat } from './logging/logger.js';
export { RequestVerificationError, type RequestMatch, type VerifyCount } from './control-plane/request-match.js';
export { partnerClient, PartnerApiError, type PartnerClient, type PartnerClientOptions, type PartnerRequest, type PartnerAnswer, type PartnerCallInput, type PartnerOperationId, type CustomerRequest, type CustomerAnswer, type CustomerListAnswer } from './clients/partner-client.js';
export type { PartnerSchema } from './api-types/operation-types.js';
