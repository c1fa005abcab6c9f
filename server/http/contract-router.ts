// A router built from the operations of one contract file: each operation is routed by its
// method and path and dispatched by its operationId to a handler. An operation without a
// handler, or a handler without an operation, stops the simulator from starting.
import express, { type RequestHandler } from 'express';
import type { Contract, ContractOperation } from '../contract/contract.js';
import { ContractMismatchError } from '../contract/contract-mismatch.js';

export { ContractMismatchError };

export type OperationHandlers = Record<string, RequestHandler | RequestHandler[]>;

/** `/v3/customers/{customer-id}` as Express's `/v3/customers/:"customer-id"`: parameters keep the contract's names. */
export const expressPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':"$1"');

const firstSegment = (path: string) => path.slice(1).split('/', 1)[0];

/**
 * The router of `file` (`openapi` or `sandbox`). `before` gives the middleware an operation
 * needs ahead of its handler (a body parser, the admin guard). A request whose first path segment
 * no operation has skips the router's route matching altogether.
 */
export function contractRouter(contract: Contract, file: string, handlers: OperationHandlers, before: (op: ContractOperation) => RequestHandler[] = () => []): RequestHandler {
  const operations = contract.operationsOf(file);
  const known = new Set(operations.map((op) => op.operationId));
  const missing = operations.filter((op) => !Object.hasOwn(handlers, op.operationId)).map((op) => op.operationId);
  const extra = Object.keys(handlers).filter((id) => !known.has(id));
  if (missing.length || extra.length) throw new ContractMismatchError(file, missing, extra);
  const router = express.Router({ strict: true });
  for (const op of operations) {
    const method = op.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](expressPath(op.path), ...before(op), ...[handlers[op.operationId]].flat());
  }
  const segments = new Set(operations.map((op) => firstSegment(op.path)));
  return (req, res, next) => (segments.has(firstSegment(req.path)) ? router(req, res, next) : next());
}
