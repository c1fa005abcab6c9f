// Routes of the control plane, one per operation of contracts/sandbox.yaml: each handler reads
// the already-checked input and calls the in-process control plane (server/sandbox), the one
// implementation behind every way of driving it. The documents and the console are operations
// of the same file.
import type { Request, RequestHandler } from 'express';
import type { ContractOperation } from '../contract/contract.js';
import { validBody, validQuery } from '../contract/valid-input.js';
import { AdobeError } from '../domain/errors.js';
import { CONTROL_BODY_LIMITS, STATE_BODY_LIMITS } from '../domain/limits.js';
import { jsonResponse } from '../service/api-call.js';
import { readJson } from '../service/json-body.js';
import { errorResponse } from '../service/pipeline.js';
import type { Simulator } from '../service/simulator.js';
import { InProcessControlPlane } from '../sandbox/in-process.js';
import type { JournalFilter } from '../sandbox/journal.js';
import { providerStateCatalogue, setupProviderState, type ProviderStateRequest } from '../sandbox/provider-states.js';
import { adminGuard } from './admin-guard.js';
import { consoleHandlers } from './console-routes.js';
import { contractRouter } from './contract-router.js';
import { rawBody } from './raw-body.js';
import { documentHandlers } from './documents.js';
import { send } from './to-call.js';

/** What a handler gets: path parameters by the contract's names, the checked query and body. */
interface Input {
  param(name: string): string;
  query: Record<string, unknown>;
  /** The body, checked against the operation's schema (the type is the operation's). */
  body<T>(): T;
}

type Work = (input: Input) => Promise<unknown>;

/** State imports of many customers are large; everything else is small. */
const limitsOf = (op: ContractOperation) => (op.operationId === 'putState' ? STATE_BODY_LIMITS : CONTROL_BODY_LIMITS);

function operation(sim: Simulator, op: ContractOperation, work: Work): RequestHandler {
  return (req: Request, res, next) => {
    Promise.resolve().then(() => {
      const params = req.params as Record<string, string>;
      const body = op.body === 'none' ? undefined
        : validBody(sim.contract, op.operationId, readJson(Buffer.isBuffer(req.body) ? req.body : undefined, limitsOf(op)));
      return work({ param: (name) => String(params[name]), query: validQuery(sim.contract, op.operationId, req.query as Record<string, unknown>), body: <T>() => body as T });
    }).then(
      (result) => send(res, jsonResponse(op.successStatus, result)),
      (error) => (error instanceof AdobeError ? send(res, errorResponse(error)) : next(error)),
    );
  };
}

export function sandboxRouter(sim: Simulator, adminToken: string | undefined): RequestHandler {
  const cp = new InProcessControlPlane(sim, true);
  const journal = sim.journal;
  const customer = (i: Input) => i.param('customer-id');
  const group = (i: Input) => i.param('linked-membership-id');
  const work: Record<string, Work> = {
    resetState: (i) => cp.reset(i.body()),
    getState: () => cp.state(),
    putState: (i) => cp.importState(i.body()),

    listResellers: () => cp.resellers(),
    putReseller: (i) => cp.seedReseller(i.param('reseller-id'), i.body()),
    patchReseller: (i) => cp.updateReseller(i.param('reseller-id'), i.body()),
    listDistributors: () => cp.distributors(),
    patchDistributor: (i) => cp.updateDistributor(i.param('distributor-id'), i.body()),

    getLinkedMembershipGroup: (i) => cp.linkedMembershipGroup(group(i)),
    answerLinkedMembershipTerms: (i) => cp.answerLinkedMembershipTerms(group(i), i.body<{ status: 'ACCEPTED' | 'REJECTED' }>().status),
    refreshLinkedMembershipLevel: (i) => cp.refreshLinkedMembershipLevel(group(i)),
    issueLinkedMembershipCode: (i) => cp.issueLinkedMembershipCode(group(i)),
    joinLinkedMembership: (i) => cp.joinLinkedMembership(customer(i), i.body<{ authorizationCode: string }>().authorizationCode),
    addOpenAcquisition: (i) => cp.addOpenAcquisition(customer(i), i.body()),

    getSandboxCustomer: (i) => cp.customer(customer(i)),
    putSandboxCustomer: (i) => cp.seedCustomer(customer(i), i.body()),
    patchSandboxCustomer: (i) => cp.updateCustomer(customer(i), i.body()),
    listAdmins: (i) => cp.admins(customer(i)),
    addAdmin: (i) => cp.addConsoleAdmin(customer(i), i.body()),
    removeAdmin: (i) => cp.removeConsoleAdmin(customer(i), i.param('email')),
    answerThreeYearCommit: (i) => cp.answerThreeYearCommit(customer(i), i.param('answer'), i.body()),

    listSandboxOrders: (i) => cp.orders(customer(i)),
    patchSandboxOrder: (i) => cp.updateOrder(customer(i), i.param('order-id'), i.body()),
    armOrderFailure: (i) => cp.failNextOrder(customer(i), i.body<{ status: string }>().status),
    listSandboxSubscriptions: (i) => cp.subscriptions(customer(i)),
    seedSandboxSubscription: (i) => cp.seedSubscription(customer(i), i.body()),
    patchSandboxSubscription: (i) => cp.updateSubscription(customer(i), i.param('subscription-id'), i.body()),

    listEmails: (i) => cp.emails(i.query),
    clearEmails: async () => ({ cleared: await cp.clearEmails() }),

    getClock: () => cp.clock(),
    changeClock: (i) => cp.changeClock(i.body()),

    listFaults: () => cp.faults(),
    armFault: (i) => cp.armFault(i.body()),
    clearFaults: async () => ({ cleared: await cp.clearFaults() }),
    deleteFault: async (i) => ({ cleared: await cp.deleteFault(i.param('fault-id')) }),

    getJournal: async (i) => {
      const entries = await journal.search(i.query as unknown as JournalFilter);
      return { total: await journal.total(), capacity: journal.capacity, entries };
    },
    clearJournal: async () => ({ cleared: await cp.clearJournal() }),

    listProviderStates: async () => providerStateCatalogue(),
    currentProviderState: async () => (await sim.providerState()) ?? {},
    setupProviderState: (i) => setupProviderState(sim, i.body<ProviderStateRequest>()),
  };
  const handlers = {
    ...Object.fromEntries(Object.entries(work).map(([id, w]) => [id, operation(sim, sim.contract.operation(id), w)])),
    ...documentHandlers(),
    ...consoleHandlers(),
  };
  const guard = adminGuard(adminToken);
  const [stateBody, controlBody] = [rawBody(STATE_BODY_LIMITS), rawBody(CONTROL_BODY_LIMITS)];
  const raw = (op: ContractOperation) => (limitsOf(op) === STATE_BODY_LIMITS ? stateBody : controlBody);
  return contractRouter(sim.contract, 'sandbox', handlers, (op) => [...(op.open ? [] : [guard]), ...(op.body === 'none' ? [] : [raw(op)])]);
}
