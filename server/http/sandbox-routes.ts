// Routes of the control plane under /__sandbox. Each handler only translates HTTP to the
// Simulator and its Sandbox; contracts/sandbox.yaml describes them.
import express, { type Request, type Router } from 'express';
import { AdobeError } from '../domain/errors.js';
import { CONTROL_BODY_LIMITS, STATE_BODY_LIMITS, type BodyLimits } from '../domain/limits.js';
import { schemaError } from '../domain/schema-violations.js';
import type { StateDocument } from '../domain/state.js';
import { jsonResponse } from '../service/api-call.js';
import { errorResponse } from '../service/pipeline.js';
import { providerStateCatalogue, setupProviderState } from '../service/provider-states.js';
import { counts, type ControlResult } from '../service/sandbox.js';
import { readJson } from '../service/json-body.js';
import type { Simulator } from '../service/simulator.js';
import type { Journal, JournalFilter } from './journal.js';
import { send } from './to-call.js';

/** The JSON body, or undefined when none was sent; any Content-Type is read as JSON (curl -d sends a form type). */
function jsonBody(req: Request): unknown {
  return readJson(Buffer.isBuffer(req.body) ? req.body : undefined, bodyLimits(req));
}

/** State imports of many customers are large; everything else is small. */
const isStateImport = (req: Request) => req.method === 'PUT' && req.path === '/state';
const bodyLimits = (req: Request): BodyLimits => (isStateImport(req) ? STATE_BODY_LIMITS : CONTROL_BODY_LIMITS);

function query<T>(sim: Simulator, operationId: string, req: Request): T {
  const result = sim.contract.validateQuery<T>(operationId, req.query as Record<string, unknown>);
  if (result.violations.length) throw schemaError(result.violations);
  return result.value!;
}

export function sandboxRouter(sim: Simulator, journal: Journal): Router {
  const router = express.Router({ strict: true });
  const sandbox = sim.sandbox;
  const raw = (limits: BodyLimits) => express.raw({ type: () => true, limit: limits.maxBytes });
  const [stateBody, controlBody] = [raw(STATE_BODY_LIMITS), raw(CONTROL_BODY_LIMITS)];
  router.use((req, res, next) => (isStateImport(req) ? stateBody : controlBody)(req, res, next));

  const route = (method: 'get' | 'post' | 'put' | 'patch' | 'delete', path: string, work: (req: Request) => Promise<ControlResult>) => {
    router[method](path, (req, res, next) => {
      Promise.resolve().then(() => work(req)).then(
        (result) => send(res, jsonResponse(result.status, result.body)),
        (error) => (error instanceof AdobeError ? send(res, errorResponse(error)) : next(error)),
      );
    });
  };
  const ok = (body: unknown, status = 200): ControlResult => ({ status, body });
  const param = (req: Request, name: string) => String(req.params[name]);

  route('post', '/reset', async (req) => {
    const body = jsonBody(req);
    const { empty = false } = body === undefined ? {} : sandbox.valid<{ empty?: boolean }>('ResetRequest', body);
    await sim.reset(empty);
    journal.clear();
    return ok(await sim.counts());
  });
  route('get', '/state', async () => ok(await sim.export()));
  route('put', '/state', async (req) => {
    const doc = sandbox.valid<StateDocument>('StateDocument', jsonBody(req));
    await sim.load(doc);
    return ok(counts(doc));
  });

  route('get', '/resellers', () => sandbox.listResellers());
  route('put', '/resellers/:resellerId', (req) => sandbox.putReseller(param(req, 'resellerId'), jsonBody(req)));
  route('patch', '/resellers/:resellerId', (req) => sandbox.patchReseller(param(req, 'resellerId'), jsonBody(req)));

  route('get', '/distributors', () => sim.lga.listDistributors());
  route('patch', '/distributors/:distributorId', (req) => sim.lga.patchDistributor(param(req, 'distributorId'), jsonBody(req)));
  route('get', '/linked-memberships/:groupId', (req) => sim.lga.getGroup(param(req, 'groupId')));
  route('post', '/linked-memberships/:groupId/terms', (req) => sim.lga.answerTerms(param(req, 'groupId'), jsonBody(req)));
  route('post', '/linked-memberships/:groupId/refresh', (req) => sim.lga.refresh(param(req, 'groupId')));
  route('post', '/linked-memberships/:groupId/authorization-codes', (req) => sim.lga.issueCode(param(req, 'groupId')));
  route('post', '/customers/:customerId/linked-membership/join', (req) => sim.lga.join(param(req, 'customerId'), jsonBody(req)));
  route('post', '/customers/:customerId/open-acquisitions', (req) => sim.lga.addOpenAcquisition(param(req, 'customerId'), jsonBody(req)));

  route('get', '/customers/:customerId', (req) => sandbox.getCustomer(param(req, 'customerId')));
  route('put', '/customers/:customerId', (req) => sandbox.putCustomer(param(req, 'customerId'), jsonBody(req)));
  route('patch', '/customers/:customerId', (req) => sandbox.patchCustomer(param(req, 'customerId'), jsonBody(req)));
  route('get', '/customers/:customerId/admins', (req) => sandbox.listAdmins(param(req, 'customerId')));
  route('post', '/customers/:customerId/admins', (req) => sandbox.addAdmin(param(req, 'customerId'), jsonBody(req)));
  route('delete', '/customers/:customerId/admins/:email', (req) => sandbox.removeAdmin(param(req, 'customerId'), param(req, 'email')));
  route('post', '/customers/:customerId/3yc/:answer', (req) => sandbox.answerThreeYearCommit(param(req, 'customerId'), param(req, 'answer'), jsonBody(req)));

  route('get', '/emails', (req) => sandbox.listEmails(query(sim, 'listEmails', req)));
  route('delete', '/emails', () => sandbox.clearEmails());

  route('get', '/clock', async () => ok(await sim.clock()));
  route('post', '/clock', async (req) => ok(await sim.changeClock(sandbox.valid('ClockChange', jsonBody(req)))));

  route('get', '/faults', () => sandbox.listFaults());
  route('post', '/faults', (req) => sandbox.armFault(jsonBody(req)));
  route('delete', '/faults', () => sandbox.clearFaults());
  route('delete', '/faults/:faultId', (req) => sandbox.deleteFault(param(req, 'faultId')));

  route('get', '/journal', async (req) => {
    const filter = query<JournalFilter>(sim, 'getJournal', req);
    return ok({ total: journal.size, capacity: journal.capacity, entries: journal.find(filter) });
  });
  route('delete', '/journal', async () => ok({ cleared: journal.clear() }));

  route('get', '/provider-states', async () => ok(providerStateCatalogue()));
  route('get', '/provider-states/current', async () => ok(sim.providerState ?? {}));
  route('post', '/provider-states', async (req) => ok(await setupProviderState(sim, jsonBody(req))));
  return router;
}
