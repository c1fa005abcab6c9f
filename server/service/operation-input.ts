// What a partner call sends, read as the operation of contracts/openapi.yaml that receives it:
// path parameters by the contract's names, the query coerced and checked, the body parsed within
// the hardening limits and checked. Each part is read when the operation asks for it, so every
// operation keeps Adobe's order of checks (a missing customer before a bad body, say).
import type { Contract } from '../contract/contract.js';
import { validBody, validQuery } from '../contract/valid-input.js';
import { API_BODY_LIMITS } from '../domain/limits.js';
import type { ApiCall } from './api-call.js';
import { readJson } from './json-body.js';

export class OperationInput {
  private parsedQuery: unknown;
  private parsedBody: unknown;

  constructor(
    private readonly contract: Contract,
    readonly operationId: string,
    private readonly call: ApiCall,
  ) {}

  /** A path parameter, by its name in the contract (`customer-id`). */
  param(name: string): string {
    const value = this.call.params[name];
    if (value === undefined) throw new Error(`${this.operationId} has no path parameter ${name}`);
    return value;
  }

  query<T>(): T {
    return (this.parsedQuery ??= validQuery<T>(this.contract, this.operationId, this.call.query)) as T;
  }

  body<T>(): T {
    return (this.parsedBody ??= validBody<T>(this.contract, this.operationId, readJson(this.call.body, API_BODY_LIMITS))) as T;
  }

  /** The raw body as text (for operations that take none). */
  rawText(): string {
    return this.call.body?.toString('utf8').trim() ?? '';
  }
}
