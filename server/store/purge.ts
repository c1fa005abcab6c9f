// Purging what has expired from the SQL stores: replay records and request ids after their
// 10 days, tokens after their lifetime, on the simulated clock. Small batches, each its own short
// transaction, with the event loop free between them, so calls never wait long behind a purge.
import { EXPIRING_KINDS, PURGE_BATCH } from './migrations.js';
import { SINGLETON, type Store } from './store.js';
import { clockNow, realClock } from '../domain/time.js';

export const PURGE_INTERVAL_MS = 60_000;

const pause = () => new Promise((resolve) => setImmediate(resolve));

/** Purges every expired record; answers how many went. */
export async function purgeExpired(store: Store, realNowMs: number): Promise<number> {
  if (!store.purgeExpired) return 0;
  const now = clockNow((await store.transaction((tx) => tx.get('clock', SINGLETON))) ?? realClock, realNowMs);
  let purged = 0;
  for (const kind of EXPIRING_KINDS) {
    for (;;) {
      const batch = await store.purgeExpired(kind, now);
      purged += batch;
      if (batch < PURGE_BATCH) break;
      await pause();
    }
  }
  return purged;
}

/** Purges now and every interval until stopped; a failing purge (database away) waits for the next. */
export function startPurging(store: Store, realNow: () => number, intervalMs = PURGE_INTERVAL_MS): () => void {
  if (!store.purgeExpired) return () => {};
  let running: Promise<unknown> = Promise.resolve();
  const run = () => { running = running.then(() => purgeExpired(store, realNow())).catch(() => undefined); };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
