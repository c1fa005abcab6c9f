// What the middleware of one request tell each other: its path, which fault hit it, whether the
// client never got an answer, the answer the journal records, and what to run when the request
// ends. Set once at the head of the chain (`requestContext`), then read as `res.locals.request`
// by the fault injector, the sender, the journal recorder and the request log.
import type { RequestHandler } from 'express';
import type { FaultAction } from '../domain/control/faults.js';
import type { ApiResponse } from '../partner-api/api-call.js';

export interface RequestContext {
  /** The path without the query string (Express's req.path, read once). */
  path: string;
  fault?: FaultAction;
  /** The connection was destroyed: the client got no answer. */
  dropped: boolean;
  /** A drop-after-commit fault: the call runs, then the connection is destroyed. */
  dropAfterCommit: boolean;
  /** What the adapters answered (or would have, when dropped). */
  apiResponse?: ApiResponse;
  /** Run once, in the order added, when the answer is sent or the connection closes before it is. */
  atEnd: Array<() => void>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Locals {
      request: RequestContext;
    }
  }
}

/** One pair of listeners for everything that waits for the end (each listener costs a request its share). */
export const requestContext: RequestHandler = (req, res, next) => {
  const context: RequestContext = { path: req.path, dropped: false, dropAfterCommit: false, atEnd: [] };
  res.locals.request = context;
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    for (const run of context.atEnd) run();
  };
  res.on('finish', end);
  res.on('close', end);
  next();
};
