// Adobe-shaped answers for what no route handles: unknown paths, wrong methods, bodies too
// large or unreadable, paths that do not decode, and any unexpected failure (500/1124, never a
// stack trace). The token endpoints answer all of these in IMS's own shape.
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { imsError } from '../domain/protocol/auth.js';
import { errors, type AdobeError } from '../domain/protocol/errors.js';
import { API_BODY_LIMITS, STATE_BODY_LIMITS, TOKEN_FORM_LIMITS, bodyTooLarge } from '../domain/protocol/limits.js';
import { jsonResponse, type ApiResponse } from '../partner-api/api-call.js';
import { errorResponse } from '../partner-api/pipeline.js';
import { send } from './to-call.js';

const isTokenPath = (path: string) => path.startsWith('/ims/');

/** The error in the shape its path answers in: IMS's on the token endpoints, Adobe's elsewhere. */
export function shapedError(path: string, error: AdobeError): { status: number; body: object } {
  if (!isTokenPath(path)) return { status: error.status, body: error.toBody() };
  return imsError(error.status, error.status === 404 || error.status === 405 ? 'not_found' : 'invalid_request', error.message);
}

/** An IMS-shaped answer on the token endpoints, Adobe's shape everywhere else. */
function answer(req: Request, error: AdobeError, headers: Record<string, string> = {}): ApiResponse {
  if (!isTokenPath(req.originalUrl)) return errorResponse(error, headers);
  const ims = shapedError(req.originalUrl, error);
  return jsonResponse(ims.status, ims.body, headers);
}

/** 405 with its Allow header for a method the path does not answer; 404 otherwise. */
export function unknownRoute(allowed: (path: string) => string[]): RequestHandler {
  return (req, res) => {
    const path = req.baseUrl + req.path;
    const methods = allowed(path);
    // A method the path answers, that still reached here, found nothing (an unknown console asset).
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    if (methods.length && !methods.includes(method)) {
      send(res, answer(req, errors.methodNotAllowed([], `Method not allowed: ${req.method} ${path} (allowed: ${methods.join(', ')})`), { Allow: methods.join(', ') }));
    } else {
      send(res, answer(req, errors.notFound([], `Resource not found: ${req.method} ${path.slice(0, 200)}`)));
    }
  };
}

/** What a body-parser or router failure means for the client, or undefined for our own failures. */
function clientFault(error: { type?: string; status?: number; message?: string }, req: Request): AdobeError | undefined {
  switch (error.type) {
    case 'entity.too.large': {
      if (isTokenPath(req.originalUrl)) return errors.payloadTooLarge([], `Request body exceeds the ${TOKEN_FORM_LIMITS.maxBytes / 1024} KB limit`);
      return bodyTooLarge(req.originalUrl.startsWith('/__sandbox/state') ? STATE_BODY_LIMITS : API_BODY_LIMITS);
    }
    case 'parameters.too.many':
      return errors.invalidFields(['body'], `Some fields are invalid: the form has more than ${TOKEN_FORM_LIMITS.maxParameters} parameters`);
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'entity.parse.failed':
    case 'entity.verify.failed':
    case 'request.size.invalid':
      return errors.invalidFields(['body'], `Some fields are invalid: the body could not be read (${String(error.message).slice(0, 200)})`);
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    // A percent-encoding that does not decode (the router), or a body whose Content-Encoding is corrupt.
    const where = /decode param/i.test(error.message ?? '') ? 'path' : 'body';
    return errors.invalidFields([where], `Some fields are invalid: the ${where} could not be decoded`);
  }
  return undefined;
}

export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (res.headersSent) return;
    const known = clientFault(error ?? {}, req);
    if (known) return send(res, answer(req, known));
    log(`${req.method} ${req.path} failed: ${(error as Error)?.stack ?? error}`);
    send(res, answer(req, errors.internal()));
  };
}
