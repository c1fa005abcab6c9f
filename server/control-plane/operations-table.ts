// Every operation of contracts/sandbox.yaml, by operationId, as one table: what the HTTP routes
// dispatch to and what the in-process control plane calls. Input arrives checked against the
// operation's schema (the router and the in-process transport check it); each entry answers
// the operation's success body, as the contract describes it.
import type { ControlInput, ControlOperationId } from '../api-types/operation-types.js';
import type { StateDocument } from '../domain/control/state.js';
import type { Journal, JournalFilter } from './journal.js';
import { FlexDiscountOperations } from './flex-discount-operations.js';
import type { LgaOperations } from './lga-operations.js';
import { MigrationOperations } from './migration-operations.js';
import type { OrderOperations } from './order-operations.js';
import type { StateOperations } from './state-operations.js';
import { providerStateCatalogue, setupProviderState, type ProviderStateTools } from './provider-states.js';
import type { StateKeeper } from './state-keeper.js';
import { TransferOperations } from './transfer-operations.js';

export type { ControlInput, ControlOperationId };
export type ControlTable = { [Id in ControlOperationId]: (input: ControlInput<Id>) => Promise<unknown> };

export interface ControlTableParts {
  keeper: StateKeeper;
  operations: StateOperations;
  lga: LgaOperations;
  orders: OrderOperations;
  journal: Journal;
  /** What provider states are made of. */
  providerStates: ProviderStateTools;
}

const cleared = async (count: Promise<number>) => ({ cleared: await count });

export function controlTable({ keeper, operations: ops, lga, orders, journal, providerStates }: ControlTableParts): ControlTable {
  const migration = new MigrationOperations(ops);
  const flex = new FlexDiscountOperations(ops);
  const transfers = new TransferOperations(ops);
  return {
    resetState: async ({ body }) => {
      await keeper.reset(body?.empty ?? false);
      await journal.clearAll();
      return keeper.counts();
    },
    getState: () => keeper.export(),
    putState: async ({ body }) => {
      await keeper.load(body as StateDocument);
      return keeper.counts();
    },

    listResellers: () => ops.resellers(),
    putReseller: ({ path, body }) => ops.seedReseller(path['reseller-id'], body),
    patchReseller: ({ path, body }) => ops.updateReseller(path['reseller-id'], body),
    listDistributors: () => lga.distributors(),
    patchDistributor: ({ path, body }) => lga.updateDistributor(path['distributor-id'], body),
    putApiClient: ({ path, body }) => lga.putApiClient(path['distributor-id'], path['client-id'], body.clientSecret),

    getLinkedMembershipGroup: ({ path }) => lga.linkedMembershipGroup(path['linked-membership-id']),
    answerLinkedMembershipTerms: ({ path, body }) => lga.answerLinkedMembershipTerms(path['linked-membership-id'], body.status),
    refreshLinkedMembershipLevel: ({ path }) => lga.refreshLinkedMembershipLevel(path['linked-membership-id']),
    issueLinkedMembershipCode: ({ path }) => lga.issueLinkedMembershipCode(path['linked-membership-id']),
    joinLinkedMembership: ({ path, body }) => lga.joinLinkedMembership(path['customer-id'], body.authorizationCode),
    addOpenAcquisition: ({ path, body }) => lga.addOpenAcquisition(path['customer-id'], body),

    getSandboxCustomer: ({ path }) => ops.customer(path['customer-id']),
    putSandboxCustomer: ({ path, body }) => ops.seedCustomer(path['customer-id'], body),
    patchSandboxCustomer: ({ path, body }) => ops.updateCustomer(path['customer-id'], body),
    listAdmins: ({ path }) => ops.admins(path['customer-id']),
    addAdmin: ({ path, body }) => ops.addConsoleAdmin(path['customer-id'], body),
    removeAdmin: ({ path }) => ops.removeConsoleAdmin(path['customer-id'], path.email),
    answerThreeYearCommit: ({ path, body }) => ops.answerThreeYearCommit(path['customer-id'], path.answer, body),
    generateResellerChangeCode: ({ path, body }) => transfers.generateResellerChangeCode(path['customer-id'], body?.code),
    getResellerChange: ({ path }) => transfers.resellerChange(path['customer-id']),

    listSandboxOrders: ({ path }) => orders.orders(path['customer-id']),
    patchSandboxOrder: ({ path, body }) => orders.updateOrder(path['customer-id'], path['order-id'], body),
    armOrderFailure: ({ path, body }) => orders.failNextOrder(path['customer-id'], body.status),
    listSandboxSubscriptions: ({ path }) => orders.subscriptions(path['customer-id']),
    seedSandboxSubscription: ({ path, body }) => orders.seedSubscription(path['customer-id'], body),
    patchSandboxSubscription: ({ path, body }) => orders.updateSubscription(path['customer-id'], path['subscription-id'], body),
    triggerSandboxRenewal: ({ path }) => orders.triggerRenewal(path['customer-id']),

    listVipMemberships: () => migration.memberships(),
    getVipMembership: ({ path }) => migration.membership(path['membership-id']),
    putVipMembership: ({ path, body }) => migration.seedMembership(path['membership-id'], body),
    listSandboxFlexDiscounts: () => flex.discounts(),
    putSandboxFlexDiscount: ({ path, body }) => flex.putDiscount(path.code, body),
    deleteSandboxFlexDiscount: ({ path }) => cleared(flex.deleteDiscount(path.code)),

    listEmails: ({ query }) => ops.emails(query),
    clearEmails: () => cleared(ops.clearEmails()),

    getClock: () => keeper.clock(),
    changeClock: ({ body }) => keeper.changeClock(body),

    listFaults: () => ops.faults(),
    armFault: ({ body }) => ops.armFault(body),
    clearFaults: () => cleared(ops.clearFaults()),
    deleteFault: ({ path }) => cleared(ops.deleteFault(path['fault-id'])),

    getJournal: async ({ query }) => {
      // A response the client already has may still be on its way into the journal (its simulated time is read first).
      await new Promise((resolve) => setImmediate(resolve));
      const filter: JournalFilter = { ...query, limit: query.limit ?? journal.capacity };
      return { total: await journal.total(), capacity: journal.capacity, entries: await journal.search(filter) };
    },
    clearJournal: () => cleared(journal.clearAll()),

    listProviderStates: async () => providerStateCatalogue(),
    currentProviderState: async () => (await keeper.providerState()) ?? {},
    setupProviderState: ({ body }) => setupProviderState(providerStates, body),
  };
}
