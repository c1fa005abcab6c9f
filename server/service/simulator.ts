// One simulator instance: its store, its contract, its settings, the operations of the
// simulated API, and its control plane (server/sandbox). Framework-free: server/http adapts it
// to Express.
import type { TokenRequest } from '../domain/auth.js';
import { clockOf, EMPTY_STATE, type StateDocument } from '../domain/state.js';
import { Contract } from '../contract/contract.js';
import { changeClock, readClock, type ClockChange, type ClockView } from '../sandbox/clock.js';
import { FleetJournal } from '../sandbox/fleet-journal.js';
import { InProcessControlPlane } from '../sandbox/in-process.js';
import { Journal } from '../sandbox/journal.js';
import { LgaOperations } from '../sandbox/lga.js';
import { OrderOperations } from '../sandbox/orders.js';
import { SandboxOperations } from '../sandbox/operations.js';
import { exportState, loadState, stateContents, stateCounts } from '../sandbox/state-io.js';
import { KINDS, SINGLETON, type Store, type StoreContents } from '../store/store.js';
import type { ApiCall, ApiResponse } from './api-call.js';
import { ArmedFaults } from './armed-faults.js';
import { DEFAULT_SETTINGS, type SimulatorSettings } from './config.js';
import { customerHandlers } from './customers.js';
import { groupHandlers } from './group-handlers.js';
import { orderHandlers } from './orders.js';
import { subscriptionHandlers } from './subscriptions.js';
import { runPartnerCall, type PartnerHandler } from './pipeline.js';
import { ping, requestToken } from './tokens.js';

let sharedContract: Contract | undefined;
/** Compiling the contract takes a moment; every instance in a process shares one. */
export const defaultContract = () => (sharedContract ??= new Contract());

const partnerHandlers = (settings: SimulatorSettings) => ({ ...customerHandlers(settings), ...groupHandlers(settings), ...orderHandlers(settings), ...subscriptionHandlers() });
/** The operations of contracts/openapi.yaml that go through the partner pipeline (the token endpoints and ping do not). */
export type PartnerOperationId = keyof ReturnType<typeof partnerHandlers>;

export interface SimulatorParts {
  /** The request journal (default: a new one of the default capacity). */
  journal?: Journal;
  /**
   * `fleet` (default): on a shared store (PostgreSQL) the journal is the fleet's, read and
   * cleared through any instance; `process`: each instance keeps its own, as on other stores.
   */
  journalScope?: 'fleet' | 'process';
}

/** The last Pact provider state set up, and its params (a verifier's request filter reads it). */
export interface CurrentProviderState {
  state: string;
  params: Record<string, string>;
}

const PROVIDER_STATE = 'providerState';

export class Simulator {
  readonly settings: SimulatorSettings;
  readonly contract: Contract;
  /** Requests of the simulated API: those this process answered, and on a shared store the fleet's. */
  readonly journal: Journal;
  /** Faults armed through the control plane, as requests meet them. */
  readonly faults: ArmedFaults;
  /** The control plane's operations on the state (the in-process and HTTP control planes use them). */
  readonly operations: SandboxOperations;
  readonly lga: LgaOperations;
  /** The control plane's operations on orders and subscriptions. */
  readonly orders: OrderOperations;
  /** The control plane, in this process. */
  readonly sandbox: InProcessControlPlane;
  private readonly handlers: Record<PartnerOperationId, PartnerHandler>;
  /** The current provider state, when the store is not shared (a shared store keeps it for the fleet). */
  private ownProviderState: CurrentProviderState | null = null;
  /** What reset goes back to: the state the simulator started with. */
  private fixtures: StateDocument = EMPTY_STATE;
  private startContents: StoreContents | undefined;

  constructor(
    readonly store: Store,
    settings: Partial<SimulatorSettings> = {},
    /** Real time in ms; the simulated clock is an offset from it. */
    readonly realNow: () => number = Date.now,
    contract: Contract = defaultContract(),
    parts: SimulatorParts = {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.contract = contract;
    this.journal = parts.journal ?? new Journal();
    if (store.fleet && parts.journalScope !== 'process') this.journal.shareWith(new FleetJournal(store.fleet, this.journal.capacity));
    this.faults = new ArmedFaults(store, realNow);
    this.handlers = partnerHandlers(this.settings);
    this.operations = new SandboxOperations(store, this.settings, realNow, this.faults);
    this.lga = new LgaOperations(this.operations, this.settings);
    this.orders = new OrderOperations(this.operations);
    this.sandbox = new InProcessControlPlane(this);
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

  partnerOperationIds(): PartnerOperationId[] {
    return Object.keys(this.handlers) as PartnerOperationId[];
  }

  call(operationId: PartnerOperationId, call: ApiCall): Promise<ApiResponse> {
    return runPartnerCall(this, operationId, this.handlers[operationId], call, this.realNow());
  }

  /** The token endpoints: the fields of the form (v3) or query string (v2) as sent. */
  token(fields: TokenRequest | Record<string, unknown>): Promise<ApiResponse> {
    return requestToken(this.store, fields as Record<string, unknown>, this.settings.tokenTtlMs, this.realNow());
  }

  ping(call: ApiCall): Promise<ApiResponse> {
    return ping(this.store, call, this.realNow());
  }

  clock(): Promise<ClockView> {
    return readClock(this.store, this.realNow());
  }

  changeClock(change: ClockChange): Promise<ClockView> {
    return changeClock(this.store, change, this.realNow());
  }

  /**
   * Loads the state the simulator starts with, and that reset goes back to. With `keepStored`
   * (a persistent store) the fixtures are loaded only into an empty store, atomically, so a
   * restart — or a second instance of a fleet — keeps the stored state; reset still goes back to
   * these fixtures. Answers whether the fixtures were loaded or the stored state kept.
   */
  async start(fixtures: StateDocument, options: { keepStored?: boolean } = {}): Promise<'loaded' | 'kept'> {
    this.fixtures = structuredClone(fixtures);
    this.startContents = undefined;
    const contents = this.fixtureContents(this.realNow());
    if (!options.keepStored) {
      await this.store.replaceAll(contents);
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
    const realNow = this.realNow();
    const start = empty ? stateContents(EMPTY_STATE, realNow, this.settings) : this.fixtureContents(realNow);
    const issued = await this.store.transaction((tx) => tx.list('tokens'));
    const tokens = { ...start.tokens, ...Object.fromEntries(issued.map((t) => [t.accessToken, t])) };
    await this.store.replaceAll({ ...start, tokens });
  }

  /**
   * The start fixtures as store contents. Fixtures that pin the clock (`clock.now`) give the same
   * records every time, so they are computed once (records are immutable) and only the clock is
   * started afresh: reset stays fast with thousands of customers.
   */
  private fixtureContents(realNow: number): StoreContents {
    if (!this.fixtures.clock?.now) return stateContents(this.fixtures, realNow, this.settings);
    this.startContents ??= stateContents(this.fixtures, realNow, this.settings);
    return { ...this.startContents, clock: { [SINGLETON]: clockOf(this.fixtures, realNow) } };
  }

  counts() {
    return stateCounts(this.store);
  }

  /** Replaces the whole state (fixture format). */
  load(doc: StateDocument): Promise<void> {
    return loadState(this.store, doc, this.realNow(), this.settings);
  }

  export(): Promise<StateDocument> {
    return exportState(this.store, this.realNow(), this.settings);
  }
}
