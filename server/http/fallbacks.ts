// Adobe-shaped answers for what no route handles: unknown paths, wrong methods, bodies too
// large or unreadable, and any unexpected failure (500/1124, never a stack trace).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { errors } from '../domain/errors.js';
import { errorResponse } from '../service/pipeline.js';
import { send } from './to-call.js';

/** Methods each known path answers, for 405 and its Allow header. */
export function unknownRoute(allowed: (path: string) => string[]): RequestHandler {
  return (req, res) => {
    const path = req.baseUrl + req.path;
    const methods = allowed(path);
    if (methods.length) {
      send(res, errorResponse(errors.methodNotAllowed([], `Method not allowed: ${req.method} ${path} (allowed: ${methods.join(', ')})`), { Allow: methods.join(', ') }));
    } else {
      send(res, errorResponse(errors.notFound([], `Resource not found: ${req.method} ${path}`)));
    }
  };
}

export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') return send(res, errorResponse(errors.payloadTooLarge()));
    if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
      return send(res, errorResponse(errors.invalidFields(['body'], `Some fields are invalid: the body could not be read (${(error as Error).message})`)));
    }
    log(`${req.method} ${req.path} failed: ${(error as Error)?.stack ?? error}`);
    send(res, errorResponse(errors.internal()));
  };
}
