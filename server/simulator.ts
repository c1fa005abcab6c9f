// One simulator, composed of its named parts, in one place: the store and the settings, the
// partner API (the simulated Adobe API), the state keeper (fixtures, reset, import and export,
// the clock, the provider state), the control plane's table of operations and the control plane
// over it, the request journal and the armed faults. Each part is handed only what it needs.
import { Contract } from './contract/contract.js';
import { ArmedFaults } from './partner-api/armed-faults.js';
import { DEFAULT_SETTINGS, type SimulatorSettings } from './settings.js';
import { PartnerApi } from './partner-api/partner-api.js';
import type { ControlPlane } from './control-plane/control-plane.js';
import { FleetJournal } from './control-plane/fleet-journal.js';
import { inProcessControlPlane } from './control-plane/in-process.js';
import { Journal } from './control-plane/journal.js';
import { LgaOperations } from './control-plane/lga-operations.js';
import { OrderOperations } from './control-plane/order-operations.js';
import { StateOperations } from './control-plane/state-operations.js';
import { controlTable, type ControlTable } from './control-plane/operations-table.js';
import { StateKeeper } from './control-plane/state-keeper.js';
import type { Store } from './store/store.js';

let sharedContract: Contract | undefined;
/** Compiling the contract takes a moment; every instance in a process shares one. */
export const defaultContract = () => (sharedContract ??= new Contract());

export interface SimulatorParts {
  settings?: Partial<SimulatorSettings>;
  /** Real time in ms; the simulated clock is an offset from it (default Date.now). */
  realNow?: () => number;
  contract?: Contract;
  /** The request journal (default: a new one of the default capacity). */
  journal?: Journal;
  /**
   * `fleet` (default): on a shared store (PostgreSQL) the journal is the fleet's, read and
   * cleared through any instance; `process`: each instance keeps its own, as on other stores.
   */
  journalScope?: 'fleet' | 'process';
}

export interface Simulator {
  readonly store: Store;
  readonly settings: SimulatorSettings;
  readonly contract: Contract;
  readonly realNow: () => number;
  /** Requests of the simulated API: those this process answered, and on a shared store the fleet's. */
  readonly journal: Journal;
  /** Faults armed through the control plane, as requests meet them. */
  readonly faults: ArmedFaults;
  /** The simulated Adobe API: partner operations, token endpoints, ping. */
  readonly partner: PartnerApi;
  /** The state as the control plane keeps it. */
  readonly keeper: StateKeeper;
  /** Every operation of contracts/sandbox.yaml; the HTTP routes dispatch to it. */
  readonly controlTable: ControlTable;
  /** The control plane in this process: the table, with input checked as over HTTP. */
  readonly controlPlane: ControlPlane;
}

export function buildSimulator(store: Store, parts: SimulatorParts = {}): Simulator {
  const settings = { ...DEFAULT_SETTINGS, ...parts.settings };
  const realNow = parts.realNow ?? Date.now;
  const contract = parts.contract ?? defaultContract();
  const journal = parts.journal ?? new Journal();
  if (store.fleet && parts.journalScope !== 'process') journal.shareWith(new FleetJournal(store.fleet, journal.capacity));
  const faults = new ArmedFaults(store, realNow);
  const partner = new PartnerApi({ store, contract, settings, realNow });
  const keeper = new StateKeeper({ store, settings, realNow });
  const operations = new StateOperations(store, settings, realNow, faults);
  const lga = new LgaOperations(operations, settings);
  const orders = new OrderOperations(operations);
  // Provider states are made of the control plane's own operations: they get it once it exists.
  const late: { controlPlane?: ControlPlane } = {};
  const table = controlTable({
    keeper, operations, lga, orders, journal,
    providerStates: {
      get controlPlane() { return late.controlPlane!; },
      partner,
      resetState: () => keeper.reset(),
      remember: (current) => keeper.setProviderState(current),
    },
  });
  const controlPlane = late.controlPlane = inProcessControlPlane(table, contract);
  return { store, settings, contract, realNow, journal, faults, partner, keeper, controlTable: table, controlPlane };
}
