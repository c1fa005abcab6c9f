// Routes of the simulated Adobe API, one per operation of contracts/openapi.yaml. Each handler
// only translates HTTP to the partner API.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { TOKEN_FORM_LIMITS } from '../domain/protocol/limits.js';
import type { ApiResponse } from '../partner-api/api-call.js';
import type { Simulator } from '../simulator.js';
import { contractRouter, type OperationHandlers } from './contract-router.js';
import { apiRawBody } from './raw-body.js';
import { send, toCall } from './to-call.js';

const handle = (work: (req: Request) => Promise<ApiResponse>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => { work(req).then((r) => send(res, r), next); };

/** The handler of each operation of contracts/openapi.yaml, with the body parser it needs ahead of it. */
export function apiHandlers(sim: Simulator): OperationHandlers {
  const form = express.urlencoded({ extended: false, limit: TOKEN_FORM_LIMITS.maxBytes, parameterLimit: TOKEN_FORM_LIMITS.maxParameters });
  const handlers: OperationHandlers = {
    getTokenV3: [form, handle((req) => sim.partner.token(req.body ?? {}))],
    getTokenV2: handle((req) => sim.partner.token(req.query)),
    ping: handle((req) => sim.partner.ping(toCall(req))),
  };
  handlers.pingRoot = handlers.ping;
  for (const operationId of sim.partner.operationIds()) {
    const call = handle((req) => sim.partner.call(operationId, toCall(req, req.params as Record<string, string>)));
    // A GET's body is never read (Adobe's GETs take none), so it is not parsed either.
    handlers[operationId] = sim.contract.operation(operationId).method === 'GET' ? call : [apiRawBody, call];
  }
  return handlers;
}

export function apiRouter(sim: Simulator, handlers = apiHandlers(sim)): RequestHandler {
  return contractRouter(sim.contract, 'openapi', handlers);
}
