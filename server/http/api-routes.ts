// Routes of the simulated Adobe API. Each handler only translates HTTP to the service layer.
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { API_BODY_LIMITS, TOKEN_FORM_LIMITS } from '../domain/limits.js';
import type { PartnerOperationId, Simulator } from '../service/simulator.js';
import { send, toCall } from './to-call.js';


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
  const router = express.Router({ strict: true });
  const raw = express.raw({ type: () => true, limit: API_BODY_LIMITS.maxBytes });
  for (const route of API_ROUTES) {
    router[route.method](route.path, raw, handle((req) => sim.call(route.operationId, toCall(req, req.params as Record<string, string>))));
  }
  const form = express.urlencoded({ extended: false, limit: TOKEN_FORM_LIMITS.maxBytes, parameterLimit: TOKEN_FORM_LIMITS.maxParameters });
  router.post('/ims/token/v3', form, handle((req) => sim.token((req.body ?? {}) as Record<string, unknown>)));
  router.post('/ims/token/v2', handle((req) => sim.token(req.query as Record<string, unknown>)));
  router.get('/partnerservice/ping', handle((req) => sim.ping(toCall(req))));
  return router;
}
