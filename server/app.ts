// createApp(sim): the Express app of one simulator instance. No listen, no globals. Both route
// tables are built from the contracts (contracts/openapi.yaml, contracts/sandbox.yaml).
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { adminGuard } from './http/admin-guard.js';
import { apiHandlers, apiRouter } from './http/api-routes.js';
import { dispatchTable } from './http/dispatch-table.js';
import { errorHandler, unknownRoute } from './http/fallbacks.js';
import { FairScheduler } from './http/fair-scheduler.js';
import { faultInjector } from './http/fault-injector.js';
import { healthCheck } from './http/health.js';
import { journalRecorder } from './http/journal-recorder.js';
import { requestContext } from './http/request-context.js';
import { controlPlaneRouter } from './http/control-plane-routes.js';
import { createLogger, type Logger } from './logging/logger.js';
import { logJournalEntries, requestLog } from './logging/request-log.js';
import type { Simulator } from './simulator.js';

export interface AppOptions {
  /** Request lines, journal entries and failures go here (default: a silent logger). */
  logger?: Logger;
  /** Unexpected failures (default: the logger, at error). */
  log?: (message: string) => void;
  /** When set, the control plane answers only with `Authorization: Bearer <adminToken>`. */
  adminToken?: string;
  /** Orders request handling fairly under load; watch() it on the server that serves the app. */
  scheduler?: FairScheduler;
}

/** A Node request listener (an Express app): pass it to http.createServer or supertest. */
export type SimulatorApp = (req: IncomingMessage, res: ServerResponse) => void;

const HEALTH_PATH = '/healthz';

/** The first path segments of what the chain answers ahead of the partner API: the health check and the control plane. */
const answeredEarlier = (sim: Simulator) =>
  new Set([HEALTH_PATH.slice(1), ...sim.contract.operationsOf('sandbox').map((op) => op.path.slice(1).split('/', 1)[0])]);

/** Throws a ContractMismatchError when an operation of the contracts has no handler, or a handler no operation. */
export function createApp(sim: Simulator, options: AppOptions = {}): SimulatorApp {
  const logger = options.logger ?? createLogger();
  const log = options.log ?? ((m: string) => logger.error(m));
  logJournalEntries(sim.journal, logger);
  const allowed = (path: string) => sim.contract.allowedMethods(path);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('strict routing', true);
  app.set('query parser', 'simple');
  const handlers = apiHandlers(sim);
  const api = apiRouter(sim, handlers);
  const head = [requestContext, requestLog(logger)];
  const apiHead = [journalRecorder(sim.journal, async () => new Date((await sim.keeper.clock()).now)), faultInjector(sim.faults)];
  app.use((options.scheduler ?? new FairScheduler()).middleware);
  // The partner API's operations skip the chain below: the same middleware, run from a table.
  app.use(dispatchTable(sim.contract, 'openapi', handlers, [...head, ...apiHead], answeredEarlier(sim)));
  app.use(head);
  app.get(HEALTH_PATH, healthCheck(sim));
  app.use(controlPlaneRouter(sim, options.adminToken));
  app.use('/__sandbox', adminGuard(options.adminToken), unknownRoute(allowed));
  app.use(apiHead);
  app.use(api);
  app.use(unknownRoute(allowed));
  app.use(errorHandler(log));
  return app;
}
