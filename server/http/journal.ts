// The request journal: recent requests of the simulated API and the answers they got, newest
// first, in a ring of fixed capacity (so memory stays bounded under load). It is kept per
// simulator process, in memory. Recording keeps references to what the request already holds;
// parsing bodies and masking secrets wait until someone reads the journal.
import type { RequestHandler, Response } from 'express';
import { pathPattern } from '../domain/path-pattern.js';
import type { ApiResponse } from '../service/api-call.js';

export interface JournalEntry {
  id: number;
  time: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  requestHeaders: Record<string, string>;
  requestBody: unknown;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: unknown;
  correlationId?: string;
  requestId?: string;
  customerId?: string;
  fault?: string;
  durationMs: number;
}

/** What recording keeps: the raw parts, turned into a JournalEntry only when read. */
interface Recorded {
  id: number;
  at: Date;
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  requestBody: unknown;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: string | undefined;
  correlationId?: string;
  requestId?: string;
  customerId?: string;
  fault?: string;
  durationMs: number;
}

export interface JournalFilter {
  path?: string;
  method?: string;
  customerId?: string;
  status?: number;
  correlationId?: string;
  limit: number;
}

/** Bodies larger than this are kept as their first characters only. */
const BODY_KEEP = 16_384;

export const DEFAULT_JOURNAL_CAPACITY = 1000;

function mask(value: string): string {
  const token = value.replace(/^Bearer\s+/i, '');
  return `Bearer ****${token.slice(-4)}`;
}

const SECRETS = ['client_secret', 'access_token'];

/** Secrets of the token endpoint are masked like the Authorization header. */
function withoutSecrets(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  for (const key of SECRETS) if (typeof copy[key] === 'string') copy[key] = `****${(copy[key] as string).slice(-4)}`;
  return copy;
}

function readable(body: unknown): unknown {
  if (body === undefined || body === null) return null;
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : typeof body === 'string' ? body : undefined;
  if (text === undefined) return withoutSecrets(body);
  if (text === '') return null;
  if (text.length > BODY_KEEP) return `${text.slice(0, BODY_KEEP)}… (${text.length} characters)`;
  try {
    return withoutSecrets(JSON.parse(text));
  } catch {
    return text;
  }
}

function view(r: Recorded): JournalEntry {
  const requestHeaders: Record<string, string> = {};
  for (const [name, value] of Object.entries(r.headers)) {
    if (value !== undefined) requestHeaders[name] = name === 'authorization' ? mask(String(value)) : String(value);
  }
  const { at, headers: _raw, ...rest } = r;
  return { ...rest, time: at.toISOString(), query: { ...r.query }, requestHeaders, requestBody: readable(r.requestBody), responseBody: readable(r.responseBody) };
}

export class Journal {
  private readonly ring: Array<Recorded | undefined>;
  private next = 0;
  private count = 0;
  private sequence = 0;

  constructor(readonly capacity = DEFAULT_JOURNAL_CAPACITY) {
    this.ring = new Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  add(entry: Omit<Recorded, 'id'>): void {
    this.ring[this.next] = { id: ++this.sequence, ...entry };
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
  }

  clear(): number {
    const cleared = this.count;
    this.ring.fill(undefined);
    this.next = 0;
    this.count = 0;
    return cleared;
  }

  /** Matching entries, newest first. */
  find(filter: JournalFilter): JournalEntry[] {
    const path = filter.path ? pathPattern(filter.path) : undefined;
    const found: Recorded[] = [];
    for (let i = 1; i <= this.count && found.length < filter.limit; i++) {
      const e = this.ring[(this.next - i + this.capacity) % this.capacity]!;
      if (path && !path.test(e.path)) continue;
      if (filter.method && e.method !== filter.method.toUpperCase()) continue;
      if (filter.customerId && e.customerId !== filter.customerId) continue;
      if (filter.status !== undefined && e.status !== filter.status) continue;
      if (filter.correlationId && e.correlationId !== filter.correlationId) continue;
      found.push(e);
    }
    return found.map(view);
  }
}

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
        at, method: req.method, path: req.path, query: req.query as Record<string, unknown>, headers: req.headers, requestBody: req.body,
        status: res.locals.dropped ? 0 : res.statusCode, responseHeaders: response?.headers ?? {}, responseBody: response?.body,
        correlationId: typeof correlationId === 'string' ? correlationId : undefined,
        requestId: response?.headers['X-Request-Id'] ?? (req.headers['x-request-id'] as string | undefined),
        customerId: CUSTOMER_IN_PATH.exec(req.path)?.[1] ?? (response && req.path === '/v3/customers' ? CUSTOMER_IN_BODY.exec(response.body)?.[1] : undefined),
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
