// The request journal: recent requests of the simulated API and the answers they got, newest
// first. It is bounded twice: in entries (`--journal-size`) and in bytes (`--journal-bytes`),
// each entry keeping at most the first `BODY_KEEP` bytes of each body — a copy, never a
// reference to a large buffer — so memory stays flat under any traffic. It is kept per
// simulator process, in memory; on a shared store (PostgreSQL) it is also shared with the other
// instances (fleet-journal.ts), and `search`, `total` and `clearAll` answer for the whole fleet.
// Parsing bodies and masking secrets wait until someone reads it.
// No Express types here: the published API exposes the Journal (journal-recorder.ts fills it).
import { CONTROL_BODY_LIMITS, jsonLimitViolation } from '../domain/protocol/limits.js';
import { pathPattern } from '../domain/control/path-pattern.js';
import { maskHeaders, maskSecrets, maskSecretText } from '../domain/protocol/secrets.js';
import type { FleetJournal } from './fleet-journal.js';
import type { JournalEntry, JournalFilter } from './journal-types.js';

export type { JournalEntry, JournalFilter } from './journal-types.js';


/** A body as kept: its first bytes, and how long it was. */
interface KeptBody {
  text: string;
  bytes: number;
}

/** What recording keeps: the raw parts, turned into a JournalEntry only when read. */
interface Recorded {
  id: number;
  at: Date;
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  requestBody: KeptBody | undefined;
  status: number;
  responseHeaders: Record<string, string>;
  responseBody: KeptBody | undefined;
  correlationId?: string;
  requestId?: string;
  customerId?: string;
  fault?: string;
  durationMs: number;
  /** What the entry holds, for the byte budget. */
  size: number;
}


/** Bodies larger than this are kept as their first bytes only. */
export const BODY_KEEP = 16_384;

export const DEFAULT_JOURNAL_CAPACITY = 1000;
export const DEFAULT_JOURNAL_BYTES = 16 * 1024 * 1024;

function keep(body: unknown): KeptBody | undefined {
  if (body === undefined || body === null) return undefined;
  if (Buffer.isBuffer(body)) return { text: body.toString('utf8', 0, Math.min(body.length, BODY_KEEP)), bytes: body.length };
  const text = typeof body === 'string' ? body : JSON.stringify(body) ?? '';
  return { text: text.length > BODY_KEEP ? text.slice(0, BODY_KEEP) : text, bytes: Buffer.byteLength(text) };
}

/** A kept body as the journal shows it: parsed when whole and within the limits, text otherwise; secrets masked. */
function readable(body: KeptBody | undefined): unknown {
  if (!body || body.text === '') return null;
  if (body.bytes > Buffer.byteLength(body.text)) return `${maskSecretText(body.text)}… (${body.bytes} bytes)`;
  if (!jsonLimitViolation(body.text, CONTROL_BODY_LIMITS)) {
    try {
      return maskSecrets(JSON.parse(body.text));
    } catch {
      // not JSON: shown as text
    }
  }
  return maskSecretText(body.text);
}

function view(r: Recorded): JournalEntry {
  const { at, headers, size: _size, ...rest } = r;
  return {
    ...rest, time: at.toISOString(), query: maskSecrets({ ...r.query }), requestHeaders: maskHeaders(headers),
    requestBody: readable(r.requestBody), responseBody: readable(r.responseBody),
  };
}

/** What the recorder hands over: the bodies as the request and the answer held them. */
export type JournalInput = Omit<Recorded, 'id' | 'size' | 'requestBody' | 'responseBody'> & { requestBody: unknown; responseBody: unknown };

const sizeOf = (entry: Omit<Recorded, 'id' | 'size'>) =>
  512 + (entry.requestBody?.text.length ?? 0) + (entry.responseBody?.text.length ?? 0) + entry.path.length;

export class Journal {
  private readonly ring: Array<Recorded | undefined>;
  /** Index of the oldest entry, and how many there are. */
  private oldest = 0;
  private count = 0;
  private bytes = 0;
  private sequence = 0;
  private readonly listeners: Array<(status: number, entry: () => JournalEntry) => void> = [];
  private fleet: FleetJournal | undefined;

  constructor(readonly capacity = DEFAULT_JOURNAL_CAPACITY, readonly byteBudget = DEFAULT_JOURNAL_BYTES) {
    this.ring = new Array(capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Bytes the kept entries hold (bodies and a fixed allowance for the rest). */
  get heldBytes(): number {
    return this.bytes;
  }

  add(input: JournalInput): void {
    // One object per entry (the id and size filled in below): every request makes one.
    const recorded: Recorded = { id: 0, ...input, requestBody: keep(input.requestBody), responseBody: keep(input.responseBody), size: 0 };
    const size = (recorded.size = sizeOf(recorded));
    while (this.count && (this.count >= this.capacity || this.bytes + size > this.byteBudget)) this.dropOldest();
    recorded.id = ++this.sequence;
    this.ring[(this.oldest + this.count) % this.capacity] = recorded;
    this.count++;
    this.bytes += size;
    for (const listener of this.listeners) listener(recorded.status, () => view(recorded));
  }

  /** Called with each new entry's status and a builder of its (masked) view. */
  onAdd(listener: (status: number, entry: () => JournalEntry) => void): void {
    this.listeners.push(listener);
  }

  private dropOldest(): void {
    this.bytes -= this.ring[this.oldest]!.size;
    this.ring[this.oldest] = undefined;
    this.oldest = (this.oldest + 1) % this.capacity;
    this.count--;
  }

  clear(): number {
    const cleared = this.count;
    this.ring.fill(undefined);
    this.oldest = 0;
    this.count = 0;
    this.bytes = 0;
    return cleared;
  }

  /** From now on the entries are shared with the other instances of a fleet. */
  shareWith(fleet: FleetJournal): void {
    this.fleet = fleet;
    this.onAdd((_status, entry) => fleet.add(entry));
  }

  /** Matching entries, newest first: the fleet's when shared, this process's otherwise. */
  async search(filter: JournalFilter): Promise<JournalEntry[]> {
    return this.fleet ? this.fleet.find(filter) : this.find(filter);
  }

  /** How many entries the journal holds: the fleet's when shared. */
  async total(): Promise<number> {
    return this.fleet ? this.fleet.count() : this.count;
  }

  /** Empties the journal: the whole fleet's when shared. */
  async clearAll(): Promise<number> {
    const cleared = this.clear();
    return this.fleet ? this.fleet.clear() : cleared;
  }

  /** Sends what is still on its way to the fleet's journal. */
  async close(): Promise<void> {
    await this.fleet?.flush();
  }

  /** Matching entries of this process, newest first. */
  find(filter: JournalFilter): JournalEntry[] {
    const path = filter.path ? pathPattern(filter.path) : undefined;
    const found: Recorded[] = [];
    for (let i = this.count - 1; i >= 0 && found.length < filter.limit; i--) {
      const e = this.ring[(this.oldest + i) % this.capacity]!;
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
