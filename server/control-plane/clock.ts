// Reading and moving the simulated clock held in the store.
import { tokensLeftExpired } from '../domain/protocol/auth.js';
import { errors } from '../domain/protocol/errors.js';
import { addDuration, clockNow, parseDuration, realClock, setClock, type ClockView } from '../domain/time.js';
import type { ClockState } from '../domain/types.js';
import { SINGLETON, type Store } from '../store/store.js';

export type { ClockView } from '../domain/time.js';

const view = (clock: ClockState, realNowMs: number): ClockView => ({ now: clockNow(clock, realNowMs).toISOString(), frozen: clock.frozenAt !== null });

export async function readClock(store: Store, realNowMs: number): Promise<ClockView> {
  return store.transaction(async (tx) => view((await tx.get('clock', SINGLETON)) ?? realClock, realNowMs));
}

export interface ClockChange {
  /** Move to this instant (ISO-8601 date-time). */
  now?: string;
  /** Move forward (or back, with a leading minus) by this ISO-8601 duration. */
  advance?: string;
  /** Stop (true) or restart (false) the clock. */
  frozen?: boolean;
}

export async function changeClock(store: Store, change: ClockChange, realNowMs: number): Promise<ClockView> {
  if (change.now !== undefined && change.advance !== undefined) throw errors.invalidFields(['now', 'advance'], 'Some fields are invalid: send either now or advance, not both');
  const advance = change.advance === undefined ? undefined : parseDuration(change.advance);
  if (change.advance !== undefined && !advance) throw errors.invalidFields(['advance'], `Some fields are invalid: advance "${change.advance}" is not an ISO-8601 duration such as P30D or PT1H`);
  const target = change.now === undefined ? undefined : new Date(change.now);
  if (target && (Number.isNaN(target.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(change.now!))) {
    throw errors.invalidFields(['now'], `Some fields are invalid: now "${change.now}" is not an ISO-8601 date-time`);
  }
  return store.transaction(async (tx) => {
    let clock = (await tx.get('clock', SINGLETON)) ?? realClock;
    const current = clockNow(clock, realNowMs);
    if (change.frozen === true && !clock.frozenAt) clock = { offsetMs: clock.offsetMs, frozenAt: current.toISOString() };
    if (change.frozen === false && clock.frozenAt) clock = { offsetMs: current.getTime() - realNowMs, frozenAt: null };
    const moveTo = target ?? (advance && addDuration(current, advance));
    if (moveTo) {
      clock = setClock(clock, moveTo, realNowMs);
      // Only a move back can bring an expired token back to life. The tokens it reads are the
      // traffic's, not the state's: the memory store keeps the newest --max-records, the SQL
      // stores purge them once expired.
      if (moveTo < current) for (const token of tokensLeftExpired(await tx.list('tokens'), current, moveTo)) await tx.put('tokens', token.accessToken, token);
    }
    await tx.put('clock', SINGLETON, clock);
    return view(clock, realNowMs);
  });
}
