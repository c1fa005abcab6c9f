// The simulator's state as the control plane keeps it: the fixtures it started from, reset,
// import and export, the simulated clock and the current Pact provider state. It reads and writes
// the store; it knows nothing of the partner API.
import { clockOf, EMPTY_STATE, type StateDocument } from '../domain/control/state.js';
import { KINDS, SINGLETON, type Store, type StoreContents, type StoreSnapshot } from '../store/store.js';
import type { SimulatorSettings } from '../settings.js';
import { changeClock, readClock, type ClockChange, type ClockView } from './clock.js';
import { exportState, loadState, stateContents, stateCounts } from './state-io.js';

/** The last Pact provider state set up, and its params (a verifier's request filter reads it). */
export interface CurrentProviderState {
  state: string;
  params: Record<string, string>;
}

const PROVIDER_STATE = 'providerState';

export interface StateKeeperParts {
  store: Store;
  settings: SimulatorSettings;
  realNow: () => number;
}

export class StateKeeper {
  /** The current provider state, when the store is not shared (a shared store keeps it for the fleet). */
  private ownProviderState: CurrentProviderState | null = null;
  /** What reset goes back to: the state the simulator started with. */
  private fixtures: StateDocument = EMPTY_STATE;
  private startContents: StoreContents | undefined;
  /** The start fixtures as the store keeps them (a store with snapshots, fixtures that pin the clock), and their access tokens. */
  private startSnapshot: { snapshot: StoreSnapshot; tokens: StoreContents['tokens'] } | undefined;

  constructor(private readonly parts: StateKeeperParts) {}

  private get store() {
    return this.parts.store;
  }

  /** The last provider state set up (on a shared store: through any instance of the fleet). */
  async providerState(): Promise<CurrentProviderState | null> {
    if (!this.store.fleet) return this.ownProviderState;
    const stored = await this.store.fleet.value(PROVIDER_STATE);
    return stored ? JSON.parse(stored) : null;
  }

  async setProviderState(current: CurrentProviderState): Promise<void> {
    if (this.store.fleet) await this.store.fleet.setValue(PROVIDER_STATE, JSON.stringify(current));
    else this.ownProviderState = current;
  }

  clock(): Promise<ClockView> {
    return readClock(this.store, this.parts.realNow());
  }

  changeClock(change: ClockChange): Promise<ClockView> {
    return changeClock(this.store, change, this.parts.realNow());
  }

  /**
   * Loads the state the simulator starts with, and that reset goes back to. With `keepStored`
   * (a persistent store) the fixtures are loaded only into an empty store, atomically, so a
   * restart — or a second instance of a fleet — keeps the stored state; reset still goes back to
   * these fixtures. Answers whether the fixtures were loaded or the stored state kept.
   */
  async start(fixtures: StateDocument, options: { keepStored?: boolean } = {}): Promise<'loaded' | 'kept'> {
    this.startContents = undefined;
    this.startSnapshot = undefined;
    const pinned = Boolean(fixtures.clock?.now);
    this.fixtures = pinned ? fixtures : structuredClone(fixtures);
    const contents = this.fixtureContents(this.parts.realNow());
    // Fixtures that pin the clock reset to the contents computed now (records are immutable and
    // shared with the store): the document itself is not kept, only its clock (with 100,000
    // customers a copy of the document would be some 200 MB beside the store's records).
    if (pinned) this.fixtures = { ...EMPTY_STATE, clock: { ...fixtures.clock } };
    if (!options.keepStored) {
      await this.store.replaceAll(contents);
      // The store keeps the records (compactly, in memory): reset goes back to its snapshot, not to a second copy of them here.
      if (pinned && this.store.snapshot) {
        this.startSnapshot = { snapshot: await this.store.snapshot(), tokens: contents.tokens };
        this.startContents = undefined;
      }
      return 'loaded';
    }
    return this.store.transaction(async (tx) => {
      if (await tx.get('clock', SINGLETON) || await tx.get('sequences', SINGLETON) || (await tx.list('distributors')).length) return 'kept';
      for (const kind of KINDS) {
        for (const [key, value] of Object.entries(contents[kind])) await tx.put(kind, key, value as never);
      }
      return 'loaded';
    });
  }

  /**
   * Back to the start fixtures, or to nothing at all; armed faults go too. Access tokens already
   * issued stay valid, so a test (or a Pact verifier) need not fetch a new one after each reset.
   */
  async reset(empty = false): Promise<void> {
    const realNow = this.parts.realNow();
    const kept = empty || !this.store.restore ? undefined : this.startSnapshot;
    const start = kept ? undefined : empty ? stateContents(EMPTY_STATE, realNow, this.parts.settings) : this.fixtureContents(realNow);
    const issued = await this.store.transaction((tx) => tx.list('tokens'));
    const tokens = { ...(kept?.tokens ?? start!.tokens), ...Object.fromEntries(issued.map((t) => [t.accessToken, t])) };
    if (kept) await this.store.restore!(kept.snapshot, { clock: { [SINGLETON]: clockOf(this.fixtures, realNow) }, tokens });
    else await this.store.replaceAll({ ...start!, tokens });
  }

  /**
   * The start fixtures as store contents. Fixtures that pin the clock (`clock.now`) give the same
   * records every time, so they are computed once (records are immutable) and only the clock is
   * started afresh: reset stays fast with thousands of customers.
   */
  private fixtureContents(realNow: number): StoreContents {
    if (!this.fixtures.clock?.now) return stateContents(this.fixtures, realNow, this.parts.settings);
    this.startContents ??= stateContents(this.fixtures, realNow, this.parts.settings);
    return { ...this.startContents, clock: { [SINGLETON]: clockOf(this.fixtures, realNow) } };
  }

  counts() {
    return stateCounts(this.store);
  }

  /** Replaces the whole state (fixture format). */
  load(doc: StateDocument): Promise<void> {
    return loadState(this.store, doc, this.parts.realNow(), this.parts.settings);
  }

  export(): Promise<StateDocument> {
    return exportState(this.store, this.parts.realNow(), this.parts.settings);
  }
}
