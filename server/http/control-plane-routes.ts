// Routes of the control plane, one per operation of contracts/sandbox.yaml: each reads the body
// within its limits and runs the operation from the simulator's control table, through the same
// input check as the in-process control plane. The documents and the console are operations of
// the same file, served here.
import type { Request, RequestHandler } from 'express';
import type { ContractOperation } from '../contract/contract.js';
import { AdobeError } from '../domain/protocol/errors.js';
import { CONTROL_BODY_LIMITS, STATE_BODY_LIMITS } from '../domain/protocol/limits.js';
import { jsonResponse } from '../partner-api/api-call.js';
import { readJson } from '../partner-api/json-body.js';
import { errorResponse } from '../partner-api/pipeline.js';
import type { Simulator } from '../simulator.js';
import { runChecked } from '../control-plane/in-process.js';
import type { ControlOperationId } from '../api-types/operation-types.js';
import { adminGuard } from './admin-guard.js';
import { consoleHandlers } from './console-routes.js';
import { contractRouter } from './contract-router.js';
import { rawBody } from './raw-body.js';
import { documentHandlers } from './documents.js';
import { send } from './to-call.js';

/** State imports of many customers are large; everything else is small. */
const limitsOf = (op: ContractOperation) => (op.operationId === 'putState' ? STATE_BODY_LIMITS : CONTROL_BODY_LIMITS);

function operation(sim: Simulator, op: ContractOperation): RequestHandler {
  const operationId = op.operationId as ControlOperationId;
  return (req: Request, res, next) => {
    Promise.resolve().then(() => runChecked(sim.controlTable, sim.contract, operationId, {
      path: req.params as Record<string, string>,
      query: req.query,
      body: op.body === 'none' ? undefined : readJson(Buffer.isBuffer(req.body) ? req.body : undefined, limitsOf(op)),
    })).then(
      (result) => send(res, jsonResponse(op.successStatus, result)),
      (error) => (error instanceof AdobeError ? send(res, errorResponse(error)) : next(error)),
    );
  };
}

export function controlPlaneRouter(sim: Simulator, adminToken: string | undefined): RequestHandler {
  const handlers = {
    ...Object.fromEntries(Object.keys(sim.controlTable).map((id) => [id, operation(sim, sim.contract.operation(id))])),
    ...documentHandlers(),
    ...consoleHandlers(),
  };
  const guard = adminGuard(adminToken);
  const [stateBody, controlBody] = [rawBody(STATE_BODY_LIMITS), rawBody(CONTROL_BODY_LIMITS)];
  const raw = (op: ContractOperation) => (limitsOf(op) === STATE_BODY_LIMITS ? stateBody : controlBody);
  return contractRouter(sim.contract, 'sandbox', handlers, (op) => [...(op.open ? [] : [guard]), ...(op.body === 'none' ? [] : [raw(op)])]);
}
