// Applies the faults armed through the control plane to the simulated API's requests.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { faultBody } from '../domain/control/faults.js';
import { jsonResponse } from '../partner-api/api-call.js';
import type { ArmedFaults } from '../partner-api/armed-faults.js';
import { apiRawBody } from './raw-body.js';
import { send } from './to-call.js';

export function faultInjector(faults: ArmedFaults): RequestHandler {
  return (req, res, next) => {
    if (faults.certainlyNone) return next();
    faults.take(req.method, res.locals.request.path).then((hit) => {
      if (!hit) return next();
      const { fault, at } = hit;
      const context = res.locals.request;
      context.fault = fault.action;
      switch (fault.action) {
        case 'respond': {
          const echo: Record<string, string> = { 'X-Request-Id': req.get('x-request-id') || randomUUID() };
          if (req.get('x-correlation-id')) echo['X-Correlation-Id'] = req.get('x-correlation-id')!;
          // A request a fault answers is read first, so the journal shows the body the client sent.
          return apiRawBody(req, res, (error?: unknown) => (error ? next(error) : send(res, { ...jsonResponse(fault.status ?? 500, faultBody(fault), echo), at })));
        }
        case 'delay':
          setTimeout(next, fault.delayMs ?? 0);
          return;
        case 'drop':
          context.dropped = true;
          req.socket.destroy();
          return;
        case 'drop-after-commit':
          context.dropAfterCommit = true;
          return next();
      }
    }, next);
  };
}
