// The request journal: recent requests of the simulated API and the answers they got, newest
// first, in a ring of fixed capacity (so memory stays bounded under load). It is kept per
// simulator process, in memory. Recording keeps references to what the request already holds;
// parsing bodies and masking secrets wait until someone reads the journal. No Express types
// here: the published API exposes the Journal (journal-recorder.ts fills it from Express).
import { pathPattern } from '../domain/path-pattern.js';

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
  return { ...rest, time: at.toISOString(), query: withoutSecrets({ ...r.query }) as Record<string, unknown>, requestHeaders, requestBody: readable(r.requestBody), responseBody: readable(r.responseBody) };
}

export class Journal {
  private readonly ring: Array<Recorded | undefined>;
  private next = 0;
  private count = 0;
  private sequence = 0;
  private readonly listeners: Array<(status: number, entry: () => JournalEntry) => void> = [];

  constructor(readonly capacity = DEFAULT_JOURNAL_CAPACITY) {
    this.ring = new Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  add(entry: Omit<Recorded, 'id'>): void {
    const recorded = { id: ++this.sequence, ...entry };
    this.ring[this.next] = recorded;
    this.next = (this.next + 1) % this.capacity;
    this.count = Math.min(this.count + 1, this.capacity);
    for (const listener of this.listeners) listener(recorded.status, () => view(recorded));
  }

  /** Called with each new entry's status and a builder of its (masked) view. */
  onAdd(listener: (status: number, entry: () => JournalEntry) => void): void {
    this.listeners.push(listener);
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
