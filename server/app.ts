// createApp(sim): the Express app of one simulator instance. No listen, no globals.
import express, { type Express } from 'express';
import { adminGuard } from './http/admin-guard.js';
import { consoleRouter } from './http/console-routes.js';
import { apiRouter } from './http/api-routes.js';
import { errorHandler, unknownRoute } from './http/fallbacks.js';
import { FairScheduler } from './http/fair-scheduler.js';
import { faultInjector } from './http/fault-injector.js';
import { healthCheck } from './http/health.js';
import { Journal, journalRecorder } from './http/journal.js';
import { sandboxRouter } from './http/sandbox-routes.js';
import type { Simulator } from './service/simulator.js';

export interface AppOptions {
  log?: (message: string) => void;
  /** When set, the control plane answers only with `Authorization: Bearer <adminToken>`. */
  adminToken?: string;
  /** The request journal (a new one of the default capacity when absent). */
  journal?: Journal;
  /** Orders request handling fairly under load; watch() it on the server that serves the app. */
  scheduler?: FairScheduler;
}

export function createApp(sim: Simulator, options: AppOptions = {}): Express {
  const log = options.log ?? ((m: string) => console.error(m));
  const journal = options.journal ?? new Journal();
  const allowed = (path: string) => sim.contract.allowedMethods(path);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use((options.scheduler ?? new FairScheduler()).middleware);
  app.get('/healthz', healthCheck(sim));
  app.use(consoleRouter());
  app.use('/__sandbox', adminGuard(options.adminToken), sandboxRouter(sim, journal), unknownRoute(allowed));
  app.use(journalRecorder(journal, async () => new Date((await sim.clock()).now)));
  app.use(faultInjector(sim.sandbox));
  app.use(apiRouter(sim));
  app.use(unknownRoute(allowed));
  app.use(errorHandler(log));
  return app;
}
