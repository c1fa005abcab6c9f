// Fills the request journal from Express: what each request of the simulated API sent and got.
import type { RequestHandler } from 'express';
import type { Journal } from '../control-plane/journal.js';

const CUSTOMER_IN_PATH = /^\/v3\/customers\/([^/]+)/;
/** The id a create answers with (the only call whose path does not hold it). */
const CUSTOMER_IN_BODY = /"customerId":"([^"]+)"/;

export function journalRecorder(journal: Journal, simulatedNow: () => Promise<Date>): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const context = res.locals.request;
    const add = (at: Date) => {
      const response = context.apiResponse;
      const path = context.path;
      const correlationId = req.headers['x-correlation-id'];
      journal.add({
        at, method: req.method, path: path.slice(0, 2048), query: req.query, headers: req.headers, requestBody: req.body,
        status: context.dropped ? 0 : res.statusCode, responseHeaders: response?.headers ?? {}, responseBody: response?.body,
        correlationId: typeof correlationId === 'string' ? correlationId : undefined,
        requestId: response?.headers['X-Request-Id'] ?? (req.headers['x-request-id'] as string | undefined),
        customerId: CUSTOMER_IN_PATH.exec(path)?.[1] ?? (response && path === '/v3/customers' ? CUSTOMER_IN_BODY.exec(response.body.slice(0, 512))?.[1] : undefined),
        fault: context.fault, durationMs: Number(process.hrtime.bigint() - started) / 1e6,
      });
    };
    context.atEnd.push(() => {
      const at = context.apiResponse?.at;
      if (at) add(at);
      else simulatedNow().catch(() => new Date()).then(add);
    });
    next();
  };
}
