// Request input checked against the operation that receives it: the same checks for a partner
// call, a control-plane call over HTTP and an in-process control-plane call.
import { errors } from '../domain/protocol/errors.js';
import { schemaError } from '../domain/protocol/schema-violations.js';
import type { Contract } from './contract.js';

/** The parsed body, valid for the operation; undefined when it may be left out and was (1122/1121/1117 otherwise). */
export function validBody<T>(contract: Contract, operationId: string, body: unknown): T | undefined {
  if (body === undefined) {
    if (contract.operation(operationId).body === 'required') throw errors.missingFields([], 'Request is missing required fields: the request body is empty');
    return undefined;
  }
  const result = contract.validateBody<T>(operationId, body);
  if (result.violations.length) throw schemaError(result.violations);
  return result.value!;
}

/** A copy of the query parameters, coerced and with their defaults, valid for the operation. */
export function validQuery<T>(contract: Contract, operationId: string, query: Record<string, unknown>): T {
  const result = contract.validateQuery<T>(operationId, query);
  if (result.violations.length) throw schemaError(result.violations);
  return result.value!;
}
