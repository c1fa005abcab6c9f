// One log line per request (method, path, status, duration, correlation id), and the journal
// entry of each API request at debug, or at error when it answered 5xx.
import type { RequestHandler } from 'express';
import type { Journal, JournalEntry } from '../control-plane/journal.js';
import type { Logger } from './logger.js';

const levelOf = (status: number) => (status >= 500 ? 'error' : status === 0 ? 'warn' : 'info');

/** The path only: a query can carry secrets (POST /ims/token/v2 takes client_secret there). */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (!logger.isLevelEnabled('error')) return next();
    const started = process.hrtime.bigint();
    const path = req.path;
    let logged = false;
    const log = () => {
      if (logged) return;
      logged = true;
      const status = res.locals.request.dropped || !res.headersSent ? 0 : res.statusCode;
      const durationMs = Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100;
      const correlationId = req.headers['x-correlation-id'];
      logger[levelOf(status)]({
        method: req.method, path, status, durationMs,
        correlationId: typeof correlationId === 'string' ? correlationId : undefined,
      }, `${req.method} ${path} ${status} ${durationMs}ms`);
    };
    res.once('finish', log);
    res.once('close', log);
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
