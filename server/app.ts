// createApp(sim): the Express app of one simulator instance. No listen, no globals.
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type RequestHandler } from 'express';
import { CONTRACT_PATH, SANDBOX_CONTRACT_PATH } from './contract/contract.js';
import { readContractFile } from './contract/contract-files.js';
import { adminGuard } from './http/admin-guard.js';
import { consoleRouter } from './http/console-routes.js';
import { apiRouter } from './http/api-routes.js';
import { errorHandler, unknownRoute } from './http/fallbacks.js';
import { FairScheduler } from './http/fair-scheduler.js';
import { faultInjector } from './http/fault-injector.js';
import { healthCheck } from './http/health.js';
import { Journal } from './http/journal.js';
import { journalRecorder } from './http/journal-recorder.js';
import { sandboxRouter } from './http/sandbox-routes.js';
import { createLogger, type Logger } from './log.js';
import { logJournalEntries, requestLog } from './log-requests.js';
import type { Simulator } from './service/simulator.js';

export interface AppOptions {
  /** Request lines, journal entries and failures go here (default: a silent logger). */
  logger?: Logger;
  /** Unexpected failures (default: the logger, at error). */
  log?: (message: string) => void;
  /** When set, the control plane answers only with `Authorization: Bearer <adminToken>`. */
  adminToken?: string;
  /** The request journal (a new one of the default capacity when absent). */
  journal?: Journal;
  /** Orders request handling fairly under load; watch() it on the server that serves the app. */
  scheduler?: FairScheduler;
}

/** A Node request listener (an Express app): pass it to http.createServer or supertest. */
export type SimulatorApp = (req: IncomingMessage, res: ServerResponse) => void;

/** A contract file as its YAML text, or as JSON at the .json address. */
function contractDocument(path: string, format: 'yaml' | 'json'): RequestHandler {
  let body: string | undefined;
  return (_req, res) => {
    body ??= format === 'yaml' ? readFileSync(path, 'utf8') : JSON.stringify(readContractFile(path));
    res.status(200).type(format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8').set('Cache-Control', 'no-cache').send(body);
  };
}

export function createApp(sim: Simulator, options: AppOptions = {}): SimulatorApp {
  const logger = options.logger ?? createLogger();
  const log = options.log ?? ((m: string) => logger.error(m));
  const journal = options.journal ?? new Journal();
  logJournalEntries(journal, logger);
  const allowed = (path: string) => sim.contract.allowedMethods(path);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use((options.scheduler ?? new FairScheduler()).middleware);
  app.use(requestLog(logger));
  app.get('/healthz', healthCheck(sim));
  app.use(consoleRouter());
  app.get('/openapi.yaml', contractDocument(CONTRACT_PATH, 'yaml'));
  app.get('/openapi.json', contractDocument(CONTRACT_PATH, 'json'));
  const guard = adminGuard(options.adminToken);
  app.get('/__sandbox/sandbox.yaml', guard, contractDocument(SANDBOX_CONTRACT_PATH, 'yaml'));
  app.get('/__sandbox/sandbox.json', guard, contractDocument(SANDBOX_CONTRACT_PATH, 'json'));
  app.use('/__sandbox', guard, sandboxRouter(sim, journal), unknownRoute(allowed));
  app.use(journalRecorder(journal, async () => new Date((await sim.clock()).now)));
  app.use(faultInjector(sim.sandbox));
  app.use(apiRouter(sim));
  app.use(unknownRoute(allowed));
  app.use(errorHandler(log));
  return app;
}
