// The request journal of a fleet (a store with `fleet`: PostgreSQL). Each instance sends its
// entries to the store in batches — at most one insert in flight, at most one every
// FLUSH_INTERVAL_MS, never on a request's own path — and reads, counts and clears go to the
// store, so every instance answers the same. What is stored is the entry as the journal shows
// it: bodies cut at 16 KB, secrets masked (built when the batch goes, not when the call ends).
import { pathPattern } from '../domain/control/path-pattern.js';
import type { FleetJournalRow, FleetShared } from '../store/store.js';
import type { JournalEntry, JournalFilter } from './journal-types.js';

export const FLUSH_INTERVAL_MS = 100;
/** How long a read waits for the entries other instances are still sending: their batches are at most FLUSH_INTERVAL_MS old. */
export const SETTLE_MS = FLUSH_INTERVAL_MS + 50;

interface Pending {
  recordedAt: number;
  entry: () => JournalEntry;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Wall-clock time in µs: entries of different instances within one millisecond keep their order. */
export const realMicros = () => Math.round((performance.timeOrigin + performance.now()) * 1000);

function rowOf(pending: Pending): FleetJournalRow {
  const entry = pending.entry();
  return {
    recordedAt: pending.recordedAt, method: entry.method, status: entry.status, customerId: entry.customerId,
    correlationId: entry.correlationId, entry: JSON.stringify(entry),
  };
}

/** Entries built per turn of the event loop: building one parses and masks its bodies, and calls must not queue behind a whole batch. */
const BUILT_PER_TURN = 4;

async function rowsOf(batch: Pending[]): Promise<FleetJournalRow[]> {
  const rows: FleetJournalRow[] = [];
  for (let i = 0; i < batch.length; i++) {
    if (i && i % BUILT_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
    rows.push(rowOf(batch[i]));
  }
  return rows;
}

export class FleetJournal {
  private pending: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  private lastSent = 0;
  /** Entries lost because the store did not take them (the journal is best effort; calls never fail for it). */
  lost = 0;

  constructor(private readonly fleet: FleetShared, readonly capacity: number) {}

  /** Queues an entry; the queue is bounded like the journal, while the store is slow or away. */
  add(entry: () => JournalEntry): void {
    this.pending.push({ recordedAt: realMicros(), entry });
    if (this.pending.length > this.capacity) this.lost += this.pending.splice(0, this.pending.length - this.capacity).length;
    this.schedule();
  }

  private schedule(): void {
    if (this.timer || this.inFlight || !this.pending.length) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, Math.max(0, this.lastSent + FLUSH_INTERVAL_MS - Date.now()));
    this.timer.unref();
  }

  /** Sends what is queued now (after the batch in flight); resolves when it is stored, or lost. */
  flush(): Promise<void> {
    if (this.inFlight) return this.inFlight.then(() => this.flush());
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.pending.length) return Promise.resolve();
    const batch = this.pending;
    this.pending = [];
    this.lastSent = Date.now();
    this.inFlight = rowsOf(batch)
      .then((rows) => this.fleet.appendJournal(rows, this.capacity))
      .catch(() => { this.lost += batch.length; })
      .finally(() => {
        this.inFlight = undefined;
        this.schedule();
      });
    return this.inFlight;
  }

  /** Matching entries of the whole fleet, newest first, with the ids the store gave them. */
  async find(filter: JournalFilter): Promise<JournalEntry[]> {
    await this.flush();
    await sleep(SETTLE_MS);
    const path = filter.path ? pathPattern(filter.path) : undefined;
    const search = { method: filter.method?.toUpperCase(), status: filter.status, customerId: filter.customerId, correlationId: filter.correlationId };
    // The table may hold a batch beyond the capacity until the next one trims it: never shown.
    const limit = Math.min(filter.limit, this.capacity);
    const rows = await this.fleet.readJournal(search, path ? this.capacity : limit);
    const entries: JournalEntry[] = rows.map((r) => ({ ...JSON.parse(r.entry), id: r.id }));
    return (path ? entries.filter((e) => path.test(e.path)) : entries).slice(0, limit);
  }

  async count(): Promise<number> {
    await this.flush();
    return Math.min(this.capacity, await this.fleet.countJournal());
  }

  /** Clears the journal of every instance; what any of them is still sending is hidden too. */
  clear(): Promise<number> {
    this.pending = [];
    return this.fleet.clearJournal(realMicros());
  }
}
