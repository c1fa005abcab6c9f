// createApp(sim): the Express app of one simulator instance. No listen, no globals.
import express, { type Express } from 'express';
import { apiRouter, API_ROUTES } from './http/api-routes.js';
import { errorHandler, unknownRoute } from './http/fallbacks.js';
import type { Simulator } from './service/simulator.js';

export interface AppOptions {
  log?: (message: string) => void;
}

const FIXED_ROUTES: Array<{ method: string; pattern: RegExp }> = [
  ...API_ROUTES.map((r) => ({ method: r.method.toUpperCase(), pattern: new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`) })),
  { method: 'POST', pattern: /^\/ims\/token\/v[23]\/?$/ },
  { method: 'GET', pattern: /^\/partnerservice\/ping\/?$/ },
];

const allowedMethods = (path: string) => [...new Set(FIXED_ROUTES.filter((r) => r.pattern.test(path)).map((r) => r.method))];

export function createApp(sim: Simulator, options: AppOptions = {}): Express {
  const log = options.log ?? ((m: string) => console.error(m));
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('query parser', 'simple');
  app.use(apiRouter(sim));
  app.use(unknownRoute(allowedMethods));
  app.use(errorHandler(log));
  return app;
}
