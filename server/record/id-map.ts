// The replay's id map: ids Adobe generated, learnt from a recorded answer and the simulator's
// answer to the same request (the same field, at the same place), then substituted in the
// requests that follow and in the recorded answers before they are compared.
import { GENERATED_ID_FIELDS, IdTable, MIN_ID_LENGTH } from './ids.js';

/** Learns `recorded id → simulated id` from two answers walked side by side. */
export function learnIds(ids: IdTable, recorded: unknown, replayed: unknown): void {
  const pending: Array<[unknown, unknown]> = [[recorded, replayed]];
  while (pending.length) {
    const [a, b] = pending.pop()!;
    if (!a || !b || typeof a !== 'object' || typeof b !== 'object') continue;
    if (Array.isArray(a) !== Array.isArray(b)) continue;
    for (const [key, left] of Object.entries(a)) {
      const right = (b as Record<string, unknown>)[key];
      if (GENERATED_ID_FIELDS.has(key) && !Array.isArray(a) && typeof left === 'string' && typeof right === 'string') {
        if (left.length >= MIN_ID_LENGTH && ids.get(left) === undefined) ids.set(left, right);
      } else if (left && typeof left === 'object') {
        pending.push([left, right]);
      }
    }
  }
}
