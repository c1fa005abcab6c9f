// Applies the faults armed through the control plane to the simulated API's requests.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { faultBody } from '../domain/faults.js';
import { jsonResponse } from '../service/api-call.js';
import type { Sandbox } from '../service/sandbox.js';
import { send } from './to-call.js';

export function faultInjector(sandbox: Sandbox): RequestHandler {
  return (req, res, next) => {
    sandbox.takeFault(req.method, req.path).then((fault) => {
      if (!fault) return next();
      res.locals.fault = fault.action;
      switch (fault.action) {
        case 'respond': {
          const echo: Record<string, string> = { 'X-Request-Id': req.get('x-request-id') || randomUUID() };
          if (req.get('x-correlation-id')) echo['X-Correlation-Id'] = req.get('x-correlation-id')!;
          return send(res, jsonResponse(fault.status ?? 500, faultBody(fault), echo));
        }
        case 'delay':
          setTimeout(next, fault.delayMs ?? 0);
          return;
        case 'drop':
          res.locals.dropped = true;
          req.socket.destroy();
          return;
        case 'drop-after-commit':
          res.locals.dropAfterCommit = true;
          return next();
      }
    }, next);
  };
}
