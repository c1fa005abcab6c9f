// One simulator instance: its store, its contract, its settings, and the operations of the
// simulated API. Framework-free: server/http adapts it to Express.
import type { TokenRequest } from '../domain/auth.js';
import type { StateDocument } from '../domain/state.js';
import { Contract } from '../contract/contract.js';
import type { Store } from '../store/store.js';
import type { ApiCall, ApiResponse } from './api-call.js';
import { DEFAULT_SETTINGS, type SimulatorSettings } from './config.js';
import { changeClock, readClock, type ClockChange, type ClockView } from './clock.js';
import { customerOperations } from './customers.js';
import { runPartnerCall, type Operation } from './pipeline.js';
import { Sandbox } from './sandbox.js';
import { contentsOf, exportState, loadState } from './state-io.js';
import { customerAt } from '../domain/customer.js';
import { normalizeState } from '../domain/state.js';
import { clockNow } from '../domain/time.js';
import { KINDS, SINGLETON } from '../store/store.js';
import { ping, requestToken } from './tokens.js';

let sharedContract: Contract | undefined;
/** Compiling the contract takes a moment; every instance in a process shares one. */
export const defaultContract = () => (sharedContract ??= new Contract());

export type PartnerOperationId = 'createCustomer' | 'getCustomer' | 'updateCustomer' | 'listCustomers';

export class Simulator {
  readonly settings: SimulatorSettings;
  readonly contract: Contract;
  readonly sandbox: Sandbox;
  private readonly operations: Record<string, Operation>;
  /** The last Pact provider state set up, and its params (a verifier's request filter reads it). */
  providerState: { state: string; params: Record<string, string> } | null = null;
  /** What reset goes back to: the state the simulator started with. */
  private fixtures: StateDocument = { distributors: [], resellers: [], customers: [] };

  constructor(
    readonly store: Store,
    settings: Partial<SimulatorSettings> = {},
    /** Real time in ms; the simulated clock is an offset from it. */
    readonly realNow: () => number = Date.now,
    contract: Contract = defaultContract(),
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.contract = contract;
    this.operations = customerOperations(this.contract, this.settings);
    this.sandbox = new Sandbox(store, this.contract, this.settings, realNow);
  }

  call(operationId: PartnerOperationId, call: ApiCall): Promise<ApiResponse> {
    return runPartnerCall(this.store, call, this.realNow(), this.operations[operationId]);
  }

  token(request: TokenRequest): Promise<ApiResponse> {
    return requestToken(this.store, request, this.settings.tokenTtlMs, this.realNow());
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
    if (!options.keepStored) {
      await this.load(fixtures);
      return 'loaded';
    }
    const realNow = this.realNow();
    const state = normalizeState(fixtures, realNow);
    const now = clockNow(state.clock, realNow);
    const contents = contentsOf({ ...state, customers: state.customers.map((c) => customerAt(c, now, this.settings)) });
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
    const start = empty ? { distributors: [], resellers: [], customers: [] } : this.fixtures;
    const issued = await this.store.transaction((tx) => tx.list('tokens'));
    await this.load({ ...start, tokens: [...(start.tokens ?? []), ...issued] });
  }

  /** Replaces the whole state (fixture format). */
  load(doc: StateDocument): Promise<void> {
    return loadState(this.store, doc, this.realNow(), this.settings);
  }

  export(): Promise<StateDocument> {
    return exportState(this.store, this.realNow(), this.settings);
  }
}
