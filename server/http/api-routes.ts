// Routes of the simulated Adobe API. Each handler only translates HTTP to the service layer.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import type { PartnerOperationId, Simulator } from '../service/simulator.js';
import { send, toCall } from './to-call.js';

export const BODY_LIMIT = '1mb';

type Handler = (req: Request, res: Response, next: NextFunction) => void;

const handle = (work: (req: Request) => Promise<Parameters<typeof send>[1]>): Handler =>
  (req, res, next) => { work(req).then((r) => send(res, r), next); };

/** Path parameters by their names in contracts/openapi.yaml. */
export const API_ROUTES: Array<{ method: 'get' | 'post' | 'patch'; path: string; operationId: PartnerOperationId }> = [
  { method: 'post', path: '/v3/customers', operationId: 'createCustomer' },
  { method: 'get', path: '/v3/customers/:customerId', operationId: 'getCustomer' },
  { method: 'patch', path: '/v3/customers/:customerId', operationId: 'updateCustomer' },
  { method: 'get', path: '/v3/resellers/:resellerId/customers', operationId: 'listCustomers' },
  { method: 'get', path: '/v3/linked_membership_groups', operationId: 'searchLinkedMembershipGroups' },
  { method: 'post', path: '/v3/customers/:customerId/linked_membership/enroll/:linkedMembershipId', operationId: 'enrollLinkedMembership' },
  { method: 'get', path: '/v3/customers/:customerId/open-acquisitions', operationId: 'getOpenAcquisitions' },
];

export function apiRouter(sim: Simulator): Router {
  const router = express.Router();
  const raw = express.raw({ type: () => true, limit: BODY_LIMIT });
  for (const route of API_ROUTES) {
    router[route.method](route.path, raw, handle((req) => sim.call(route.operationId, toCall(req, req.params as Record<string, string>))));
  }
  const form = express.urlencoded({ extended: false, limit: '16kb' });
  router.post('/ims/token/v3', form, handle((req) => sim.token((req.body ?? {}) as Record<string, string>)));
  router.post('/ims/token/v2', handle((req) => sim.token(firstValues(req.query))));
  router.get('/partnerservice/ping', handle((req) => sim.ping(toCall(req))));
  return router;
}

function firstValues(query: Request['query']): Record<string, string> {
  return Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? String(v[0]) : String(v)]));
}
