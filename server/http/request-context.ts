// What the middleware of one request tell each other: which fault hit it, whether the client
// never got an answer, and the answer the journal records. Set once at the head of the chain
// (`requestContext`), then read as `res.locals.request` by the fault injector, the sender, the
// journal recorder and the request log.
import type { RequestHandler } from 'express';
import type { FaultAction } from '../domain/control/faults.js';
import type { ApiResponse } from '../partner-api/api-call.js';

export interface RequestContext {
  fault?: FaultAction;
  /** The connection was destroyed: the client got no answer. */
  dropped: boolean;
  /** A drop-after-commit fault: the call runs, then the connection is destroyed. */
  dropAfterCommit: boolean;
  /** What the adapters answered (or would have, when dropped). */
  apiResponse?: ApiResponse;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      request: RequestContext;
    }
  }
}

export const requestContext: RequestHandler = (_req, res, next) => {
  res.locals.request = { dropped: false, dropAfterCommit: false };
  next();
};
