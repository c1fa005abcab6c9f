// Fills the request journal from Express: what each request of the simulated API sent and got.
import type { RequestHandler, Response } from 'express';
import type { ApiResponse } from '../service/api-call.js';
import type { Journal } from './journal.js';

/** What the adapters answered, for the journal to read once the response is done. */
export function rememberResponse(res: Response, response: ApiResponse): void {
  res.locals.apiResponse = response;
}

const CUSTOMER_IN_PATH = /^\/v3\/customers\/([^/]+)/;
/** The id a create answers with (the only call whose path does not hold it). */
const CUSTOMER_IN_BODY = /"customerId":"([^"]+)"/;

export function journalRecorder(journal: Journal, simulatedNow: () => Promise<Date>): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    let recorded = false;
    const add = (at: Date) => {
      const response = res.locals.apiResponse as ApiResponse | undefined;
      const correlationId = req.headers['x-correlation-id'];
      journal.add({
        at, method: req.method, path: req.path.slice(0, 2048), query: req.query as Record<string, unknown>, headers: req.headers, requestBody: req.body,
        status: res.locals.dropped ? 0 : res.statusCode, responseHeaders: response?.headers ?? {}, responseBody: response?.body,
        correlationId: typeof correlationId === 'string' ? correlationId : undefined,
        requestId: response?.headers['X-Request-Id'] ?? (req.headers['x-request-id'] as string | undefined),
        customerId: CUSTOMER_IN_PATH.exec(req.path)?.[1] ?? (response && req.path === '/v3/customers' ? CUSTOMER_IN_BODY.exec(response.body.slice(0, 512))?.[1] : undefined),
        fault: res.locals.fault, durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    };
    const record = () => {
      if (recorded) return;
      recorded = true;
      const at = (res.locals.apiResponse as ApiResponse | undefined)?.at;
      if (at) add(at);
      else simulatedNow().catch(() => new Date()).then(add);
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}
