// The faults armed through the control plane, as the partner API's requests meet them: each
// request takes the first armed fault it matches, which counts as used.
import { faultMatches, sortFaults, type Fault } from '../domain/control/faults.js';
import type { Store } from '../store/store.js';
import { simulatedNow } from '../store/simulated-now.js';

/** The fault a request meets, and the simulated time it met it at (the journal's time for the answer). */
export interface FaultHit {
  fault: Fault;
  at: Date;
}

export class ArmedFaults {
  /**
   * Known to hold no armed fault: then requests skip the lookup. Only this instance arms faults
   * in a store of its own; a shared store (a fleet) is asked every time.
   */
  private noneArmed = false;

  constructor(private readonly store: Store, private readonly realNow: () => number) {}

  /** A fault was armed (or the state replaced): look again. */
  noteArmed(): void {
    this.noneArmed = false;
  }

  /** Known to hold none: a request can skip take() without waiting for it. */
  get certainlyNone(): boolean {
    return this.noneArmed;
  }

  /** The first armed fault this request meets, counted as used; undefined when none. */
  async take(method: string, path: string): Promise<FaultHit | undefined> {
    if (this.noneArmed) return undefined;
    const realNow = this.realNow();
    return this.store.transaction(async (tx) => {
      // A list: faults are the few the control plane armed, each gone once used up.
      const faults = await tx.list('faults');
      if (!faults.length && !this.store.shared) this.noneArmed = true;
      const fault = sortFaults(faults).find((f) => faultMatches(f, method, path));
      if (!fault) return undefined;
      const remaining = fault.remaining - 1;
      if (remaining > 0) await tx.put('faults', fault.id, { ...fault, remaining });
      else await tx.delete('faults', fault.id);
      return { fault, at: await simulatedNow(tx, realNow) };
      // Snapshot isolation suffices: two requests taking the same fault write the same record, which still conflicts.
    }, { shape: 'take-fault', snapshot: true });
  }
}
