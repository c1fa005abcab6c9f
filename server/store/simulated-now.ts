import { clockNow, realClock } from '../domain/time.js';
import { SINGLETON, type Tx } from './store.js';

/** The simulated time in the transaction's view of the clock. */
export async function simulatedNow(tx: Tx, realNowMs: number): Promise<Date> {
  return clockNow((await tx.get('clock', SINGLETON)) ?? realClock, realNowMs);
}
