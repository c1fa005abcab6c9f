// The programmatic API: startSimulator() runs a simulator inside the caller's process.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { createApp } from './app.js';
import { FairScheduler } from './http/fair-scheduler.js';
import { Journal } from './http/journal.js';
import { guardServer, LISTEN_BACKLOG } from './http/server-guards.js';
import { SandboxClient } from './sandbox-client.js';
import type { StateDocument } from './domain/state.js';
import { readFixtures } from './fixtures.js';
import type { SimulatorSettings } from './service/config.js';
import { startPurging } from './service/purge.js';
import { Simulator } from './service/simulator.js';
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
  log?: (message: string) => void;
  /** Guards the /__sandbox control plane; required to listen on a non-loopback address. */
  adminToken?: string;
  /** Entries the request journal keeps (default 1000). */
  journalSize?: number;
  /** Bytes the request journal keeps at most (default 16 MB; each body is kept up to 16 KB). */
  journalBytes?: number;
}

export interface RunningSimulator {
  /** Where it listens, e.g. http://127.0.0.1:41234. */
  url: string;
  /** Typed helpers for the control plane: reset, seed, clock, faults, journal, outbox, Admin Console. */
  sandbox: SandboxClient;
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

export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopback(host) && !options.adminToken) {
    throw new Error(`refusing to listen on ${host} without an admin token: anyone who reaches it could rewrite the control plane (set --admin-token or VIPM_SIM_ADMIN_TOKEN)`);
  }
  const fixtures = fixturesFrom(options.fixtures);
  const choice = { data: options.data, databaseUrl: options.databaseUrl, maxRecords: options.maxRecords, maxRecordBytes: options.maxRecordBytes };
  const store = options.store ?? await openStore(choice);
  let server: Server;
  let state: 'loaded' | 'kept';
  const journal = new Journal(options.journalSize, options.journalBytes);
  const simulator = new Simulator(store, options.settings);
  try {
    state = await simulator.start(fixtures, { keepStored: options.keepStoredState ?? isPersistent(choice) });
    const scheduler = new FairScheduler();
    const app = createApp(simulator, { log: options.log, adminToken: options.adminToken, journal, scheduler });
    server = await new Promise((resolve, reject) => {
      const s = guardServer(createServer(app), scheduler).listen({ port: options.port ?? 0, host, backlog: LISTEN_BACKLOG }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    if (!options.store) await store.close().catch(() => undefined);
    throw error;
  }
  const stopPurging = startPurging(store, simulator.realNow);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    sandbox: new SandboxClient(simulator, journal),
    simulator,
    state,
    storeDescription: describeStore(store),
    async stop() {
      stopPurging();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}

export { createApp } from './app.js';
export { Simulator } from './service/simulator.js';
export { MemoryStore } from './store/memory-store.js';
export { openStore, type StoreChoice } from './store/open-store.js';
export type { Store } from './store/store.js';
export type { StateDocument } from './domain/state.js';
export type { SimulatorSettings } from './service/config.js';
export { SandboxClient } from './sandbox-client.js';
export { connectSimulator, type ConnectOptions, type ControlPlane } from './http-control-plane.js';
export type { Customer, Reseller, ConsoleAdmin, WelcomeEmail } from './domain/types.js';
export type { Fault, FaultInput } from './domain/faults.js';
export type { JournalEntry } from './http/journal.js';
export { AdobeError } from './domain/errors.js';
