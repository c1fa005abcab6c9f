// A router built from the operations of one contract file: each operation is routed by its
// method and path and dispatched by its operationId to a handler. An operation without a
// handler, or a handler without an operation, stops the simulator from starting.
import express, { type RequestHandler, type Router } from 'express';
import type { Contract, ContractOperation } from '../contract/contract.js';

export type OperationHandlers = Record<string, RequestHandler | RequestHandler[]>;

/** `/v3/customers/{customer-id}` as Express's `/v3/customers/:"customer-id"`: parameters keep the contract's names. */
export const expressPath = (template: string) => template.replace(/\{([^}]+)\}/g, ':"$1"');

export class ContractMismatchError extends Error {
  constructor(file: string, missing: string[], extra: string[]) {
    const parts = [missing.length && `operations without a handler: ${missing.join(', ')}`, extra.length && `handlers without an operation: ${extra.join(', ')}`].filter(Boolean);
    super(`contracts/${file}.yaml and the simulator's handlers disagree: ${parts.join('; ')}`);
    this.name = 'ContractMismatchError';
  }
}

/**
 * The router of `file` (`openapi` or `sandbox`). `before` gives the middleware an operation
 * needs ahead of its handler (a body parser, the admin guard).
 */
export function contractRouter(contract: Contract, file: string, handlers: OperationHandlers, before: (op: ContractOperation) => RequestHandler[] = () => []): Router {
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
  return router;
}
