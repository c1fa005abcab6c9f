// Routes of the simulated Adobe API, one per operation of contracts/openapi.yaml. Each handler
// only translates HTTP to the Simulator.
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { TOKEN_FORM_LIMITS } from '../domain/limits.js';
import type { ApiResponse } from '../service/api-call.js';
import type { Simulator } from '../service/simulator.js';
import { contractRouter, type OperationHandlers } from './contract-router.js';
import { apiRawBody } from './raw-body.js';
import { send, toCall } from './to-call.js';

const handle = (work: (req: Request) => Promise<ApiResponse>): RequestHandler =>
  (req: Request, res: Response, next: NextFunction) => { work(req).then((r) => send(res, r), next); };

export function apiRouter(sim: Simulator): RequestHandler {
  const form = express.urlencoded({ extended: false, limit: TOKEN_FORM_LIMITS.maxBytes, parameterLimit: TOKEN_FORM_LIMITS.maxParameters });
  const handlers: OperationHandlers = {
    getTokenV3: [form, handle((req) => sim.token((req.body ?? {}) as Record<string, unknown>))],
    getTokenV2: handle((req) => sim.token(req.query as Record<string, unknown>)),
    ping: handle((req) => sim.ping(toCall(req))),
  };
  handlers.pingRoot = handlers.ping;
  for (const operationId of sim.partnerOperationIds()) {
    const call = handle((req) => sim.call(operationId, toCall(req, req.params as Record<string, string>)));
    // A GET's body is never read (Adobe's GETs take none), so it is not parsed either.
    handlers[operationId] = sim.contract.operation(operationId).method === 'GET' ? call : [apiRawBody, call];
  }
  return contractRouter(sim.contract, 'openapi', handlers);
}
