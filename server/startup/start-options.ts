// Why startSimulator() (and `vipm-sim serve`) could not start: an Error with a `code` a caller
// can branch on, and the checks of its options, made before anything is opened.
import { LOG_FORMATS, LOG_LEVELS } from '../logging/logger.js';

export type StartErrorCode =
  | 'VIPM_SIM_INVALID_OPTIONS'
  | 'VIPM_SIM_UNREADABLE_FIXTURES'
  | 'VIPM_SIM_INVALID_FIXTURES'
  | 'VIPM_SIM_ADMIN_TOKEN_REQUIRED'
  | 'EADDRINUSE'
  | 'EADDRNOTAVAIL'
  | 'EACCES'
  | 'ENOTFOUND';

export class StartError extends Error {
  constructor(readonly code: StartErrorCode | string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartError';
  }
}

type Check = (value: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : typeof v === 'function' ? 'a function' : JSON.stringify(v) ?? String(v));

const integer = (min: number, max = Number.MAX_SAFE_INTEGER, what = 'a whole number'): Check => (v) =>
  (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? undefined : `must be ${what} (${min}${max < Number.MAX_SAFE_INTEGER ? `-${max}` : ' or more'})`);
const milliseconds = (min: number): Check => (v) =>
  (typeof v === 'number' && Number.isFinite(v) && v >= min ? undefined : `must be a number of milliseconds (${min} or more), not an ISO-8601 duration`);
const text: Check = (v) => (typeof v === 'string' && v !== '' ? undefined : 'must be a non-empty string');
const boolean: Check = (v) => (typeof v === 'boolean' ? undefined : 'must be true or false');
const oneOf = (values: readonly string[]): Check => (v) => (typeof v === 'string' && values.includes(v) ? undefined : `must be one of ${values.join(', ')}`);
const fn: Check = (v) => (typeof v === 'function' ? undefined : 'must be a function');

/** Each key's check; an object of checks checks an object of those keys only. */
type Shape = { [key: string]: Check | Shape };

const SHAPE: Shape = {
  port: integer(0, 65535, 'a port number'),
  host: text,
  fixtures: (v) => (typeof v === 'string' ? text(v) : isObject(v) ? undefined : 'must be a fixture file path, a state document or "empty"'),
  settings: {
    activationDelayMs: milliseconds(0),
    orderDelayMs: milliseconds(0),
    tokenTtlMs: milliseconds(1),
    threeYearCommitMode: oneOf(['production', 'sandbox']),
  },
  store: (v) => (isObject(v) && typeof v.transaction === 'function' ? undefined : 'must be a Store (see openStore)'),
  maxRecords: integer(1),
  maxRecordBytes: integer(1),
  data: text,
  databaseUrl: text,
  keepStoredState: boolean,
  log: { level: oneOf(LOG_LEVELS), format: oneOf(LOG_FORMATS), destination: fn },
  adminToken: text,
  journalSize: integer(1),
  journalBytes: integer(1),
  journalScope: oneOf(['fleet', 'process']),
};

function problems(value: unknown, shape: Shape, at: string): string[] {
  if (!isObject(value)) return [`${at || 'the options'} must be an object, not ${shown(value)}`];
  const found: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    const path = at ? `${at}.${key}` : key;
    const check = shape[key];
    if (!check) {
      found.push(`${path} is not an option (known: ${Object.keys(shape).join(', ')})`);
    } else if (v !== undefined) {
      if (key === 'log' && typeof v === 'function') continue;
      if (typeof check === 'function') {
        const problem = check(v);
        if (problem) found.push(`${path} ${problem}, not ${shown(v)}`);
      } else {
        found.push(...problems(v, check, path));
      }
    }
  }
  return found;
}

/** Throws a StartError VIPM_SIM_INVALID_OPTIONS naming every wrong option. */
export function checkOptions(options: unknown): void {
  const found = problems(options, SHAPE, '');
  if (isObject(options) && options.data !== undefined && options.databaseUrl !== undefined) found.push('data and databaseUrl exclude each other: choose one store');
  if (found.length) throw new StartError('VIPM_SIM_INVALID_OPTIONS', `invalid startSimulator options: ${found.join('; ')}`);
}

/** A listen failure as a StartError naming the address, with a hint. */
export function listenError(error: NodeJS.ErrnoException, host: string, port: number): Error {
  const where = `${host}:${port}`;
  switch (error.code) {
    case 'EADDRINUSE': return new StartError('EADDRINUSE', `port ${port} on ${host} is already in use (EADDRINUSE): stop what listens there or choose another port (0 picks a free one)`, { cause: error });
    case 'EADDRNOTAVAIL': return new StartError('EADDRNOTAVAIL', `cannot listen on ${where} (EADDRNOTAVAIL): ${host} is not an address of this machine`, { cause: error });
    case 'EACCES': return new StartError('EACCES', `not allowed to listen on ${where} (EACCES): ports below 1024 need privileges; choose a higher one`, { cause: error });
    case 'ENOTFOUND':
    case 'EAI_AGAIN': return new StartError('ENOTFOUND', `cannot listen on ${where} (${error.code}): the host name ${host} does not resolve`, { cause: error });
    default: return error;
  }
}
