// The simulator's logger (pino): start-up lines, one line per request, journal entries at debug
// and for every 5xx. JSON lines for log shippers, or one readable line each (log-format.ts).
// Secrets never reach a line: the same fields the journal masks are masked here.
import { pino, type Logger } from 'pino';
import { prettyLine, prettyRecord } from './format.js';
import { writeToStdout } from './stdout.js';
import { maskValue } from '../domain/protocol/secrets.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['pretty', 'json'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  /** Default `info`. */
  level?: LogLevel;
  /** `pretty` (default): one readable line per event; `json`: pino's JSON lines. */
  format?: LogFormat;
  /** Where lines go (each ends with a newline); default stdout. */
  destination?: (line: string) => void;
}

export type { Logger };

/** Masked as the journal masks secrets (domain/protocol/secrets.ts); a value masked already stays as it is. */
const censor = (value: unknown) => (typeof value !== 'string' ? '****' : /^(Bearer |Basic )?\*{4}/.test(value) ? value : maskValue(value));

const SECRET_FIELDS = ['authorization', 'client_secret', 'access_token', 'clientSecret', 'adminToken', 'admin_token'];
const REDACTED = ['', 'entry.requestHeaders', 'entry.query', 'entry.requestBody', 'entry.responseBody']
  .flatMap((at) => SECRET_FIELDS.map((field) => (at ? `${at}.${field}` : field)));

/** The pretty loggers made here, and where each writes its lines. */
const prettyDestinations = new WeakMap<Logger, (line: string) => void>();

/** A logger; `undefined` gives a silent one (the default of startSimulator and createApp); a function is `{destination}`. */
export function createLogger(given?: LogOptions | ((line: string) => void)): Logger {
  if (!given) return pino({ level: 'silent' });
  const options = typeof given === 'function' ? { destination: given } : given;
  const write = options.destination ?? writeToStdout;
  const format = options.format ?? 'pretty';
  const logger = pino({
    level: options.level ?? 'info',
    base: undefined,
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACTED, censor },
  }, { write: format === 'json' ? write : (line: string) => write(prettyLine(line)) });
  if (format === 'pretty') prettyDestinations.set(logger, write);
  return logger;
}

/** The fields of a request line: none of them is a secret the logger would mask. */
export interface RequestLineFields {
  method: string;
  path: string;
  status: number;
  durationMs: number;
  code?: string;
  correlationId?: string;
}

/**
 * One request line. On a pretty logger made here it is written as the line pino's JSON would have
 * become, without the JSON written and parsed again (a request's largest cost in the logger);
 * on any other logger, through pino.
 */
export function logRequestLine(logger: Logger, level: 'error' | 'warn' | 'info' | 'debug', fields: RequestLineFields, msg: string): void {
  const write = prettyDestinations.get(logger);
  if (!write) return void logger[level](fields, msg);
  if (!logger.isLevelEnabled(level)) return;
  write(prettyRecord({ level: logger.levels.values[level], time: new Date().toISOString(), ...fields, msg }));
}
