// One log line per request (method, path, status, duration, correlation id, and the error code
// of a 4xx or 5xx), and the journal entry of each API request at debug, or at error when it
// answered 5xx. Successful control-plane reads are at debug: the console polls the clock every
// second from each open tab, and those lines would bury the partner's own calls.
import type { RequestHandler } from 'express';
import type { Journal, JournalEntry } from '../control-plane/journal.js';
import { logRequestLine, type Logger } from './logger.js';

const isPoll = (method: string, path: string) => (method === 'GET' || method === 'HEAD') && path.startsWith('/__sandbox/');

const levelOf = (status: number, method: string, path: string) =>
  (status >= 500 ? 'error' : status === 0 ? 'warn' : status < 400 && isPoll(method, path) ? 'debug' : 'info');

/** Adobe's `code` (or IMS's `error`) of an error answer: both are the first field of the body. */
const ERROR_CODE = /^\{"(?:code|error)":"([^"\\]{1,64})"/;
const errorCodeOf = (status: number, body: string | undefined) => (status >= 400 ? ERROR_CODE.exec(body ?? '')?.[1] : undefined);

/** The path only: a query can carry secrets (POST /ims/token/v2 takes client_secret there). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('error')) return next();
    const started = process.hrtime.bigint();
    const context = res.locals.request;
    context.atEnd.push(() => {
      const path = context.path;
      const status = context.dropped || !res.headersSent ? 0 : res.statusCode;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const correlationId = req.headers['x-correlation-id'];
      logRequestLine(logger, levelOf(status, req.method, path), {
        method: req.method, path, status, durationMs, code: errorCodeOf(status, context.apiResponse?.body),
        correlationId: typeof correlationId === 'string' ? correlationId : undefined,
      }, `${req.method} ${path} ${status} ${durationMs}ms`);
    });
    next();
  };
}

/** Journal entries are built only when a line will print them. */
export function logJournalEntries(journal: Journal, logger: Logger): void {
  journal.onAdd((status, entry: () => JournalEntry) => {
    const level = status >= 500 ? 'error' : 'debug';
    if (logger.isLevelEnabled(level)) logger[level]({ entry: entry() }, `journal entry ${status}`);
  });
}
