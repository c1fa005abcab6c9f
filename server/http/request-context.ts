// What the middleware of one partner API request tell each other: which fault hit it, whether
// the client never got an answer, and the answer the journal records.
import type { Response } from 'express';
import type { FaultAction } from '../domain/faults.js';
import type { ApiResponse } from '../service/api-call.js';

export interface RequestContext {
  fault?: FaultAction;
  /** The connection was destroyed: the client got no answer. */
  dropped: boolean;
  /** A drop-after-commit fault: the call runs, then the connection is destroyed. */
  dropAfterCommit: boolean;
  /** What the adapters answered (or would have, when dropped). */
  apiResponse?: ApiResponse;
}

const contexts = new WeakMap<Response, RequestContext>();

export function contextOf(res: Response): RequestContext {
  let context = contexts.get(res);
  if (!context) contexts.set(res, (context = { dropped: false, dropAfterCommit: false }));
  return context;
}
