// The ids a call's rules give to what they create (customers, groups, welcome emails), taken from
// the store's sequences so that calls for different customers do not share one record.
import { FIRST_IDS, type SequenceName } from '../domain/id-sequences.js';
import { takeFreeId, takeIds, type Tx } from '../store/store.js';

/** How many ids of a sequence the rules give out; `taken`, for a single id that must be free. */
export type IdNeed = { count: number; taken?: (id: string) => Promise<boolean> | boolean };

/**
 * Runs the (pure) rules with the first of the ids they need of each sequence. Where the store
 * takes ids outside the transaction (PostgreSQL), the rules run first with stand-ins: a call
 * they reject throws there and takes no id, as on the other stores, where a rejected call's
 * ids are rolled back with it.
 */
export async function withNewIds<N extends SequenceName, T>(tx: Tx, needs: Record<N, IdNeed>, rules: (ids: Record<N, number>) => T): Promise<T> {
  const names = Object.keys(needs) as N[];
  if (tx.takeIds) rules(Object.fromEntries(names.map((name) => [name, FIRST_IDS[name]])) as Record<N, number>);
  const ids = {} as Record<N, number>;
  for (const name of names) {
    const { count, taken } = needs[name];
    ids[name] = count === 0 ? FIRST_IDS[name] : taken ? Number(await takeFreeId(tx, name, taken)) : await takeIds(tx, name, count);
  }
  return rules(ids);
}
