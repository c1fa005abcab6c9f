// Express request -> ApiCall, ApiResponse -> Express response.
import type { Request, Response } from 'express';
import type { ApiCall, ApiResponse } from '../partner-api/api-call.js';

export function toCall(req: Request, params: Record<string, string> = {}): ApiCall {
  const headers: Record<string, string | undefined> = {};
  for (const name in req.headers) {
    const value = req.headers[name];
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: req.method,
    path: req.path,
    params,
    query: req.query,
    headers,
    body: Buffer.isBuffer(req.body) ? req.body : undefined,
  };
}

/** Sends the response, unless a drop-after-commit fault says the client never gets it. */
export function send(res: Response, response: ApiResponse): void {
  const context = res.locals.request;
  context.apiResponse = response;
  if (context.dropAfterCommit) {
    context.dropped = true;
    res.socket?.destroy();
    return;
  }
  // Written with Node's own API: Express would append "; charset=utf-8" to Content-Type.
  res.writeHead(response.status, { ...response.headers, 'Content-Length': Buffer.byteLength(response.body) });
  res.end(response.body);
}
