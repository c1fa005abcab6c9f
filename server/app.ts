// createApp(sim): the Express app of one simulator instance. No listen, no globals. Both route
// tables are built from the contracts (contracts/openapi.yaml, contracts/sandbox.yaml).
import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { adminGuard } from './http/admin-guard.js';
import { apiRouter } from './http/api-routes.js';
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
  app.use((options.scheduler ?? new FairScheduler()).middleware);
  app.use(requestContext);
  app.use(requestLog(logger));
  app.get('/healthz', healthCheck(sim));
  app.use(controlPlaneRouter(sim, options.adminToken));
  app.use('/__sandbox', adminGuard(options.adminToken), unknownRoute(allowed));
  app.use(journalRecorder(sim.journal, async () => new Date((await sim.keeper.clock()).now)));
  app.use(faultInjector(sim.faults));
  app.use(apiRouter(sim));
  app.use(unknownRoute(allowed));
  app.use(errorHandler(log));
  return app;
}
