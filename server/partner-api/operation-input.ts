// What a partner call sends, read as the operation of contracts/openapi.yaml that receives it,
// typed from the contract: path parameters by the contract's names, the query coerced and checked,
// the body parsed within the hardening limits and checked. Query and body are read when the
// operation asks for them, so every operation keeps Adobe's order of checks (a missing customer
// before a bad body, say).
import type { Contract } from '../contract/contract.js';
import type { BodyOf, PartnerOperations, PathOf, QueryOf } from '../api-types/operation-types.js';
import { validBody, validQuery } from '../contract/valid-input.js';
import { API_BODY_LIMITS } from '../domain/protocol/limits.js';
import type { ApiCall } from './api-call.js';
import { readJson } from './json-body.js';

export class OperationInput<Op = PartnerOperations[keyof PartnerOperations]> {
  private parsedQuery: unknown;
  private parsedBody: unknown;

  constructor(
    private readonly contract: Contract,
    readonly operationId: string,
    private readonly call: ApiCall,
  ) {}

  /** The path parameters, by their names in the contract (`customer-id`); the router has matched them all. */
  get path(): PathOf<Op> {
    return this.call.params as PathOf<Op>;
  }

  query(): QueryOf<Op> {
    return (this.parsedQuery ??= validQuery(this.contract, this.operationId, this.call.query)) as QueryOf<Op>;
  }

  /** The body; for an operation whose body is required, never undefined (a missing body is 1122). */
  body(): NonNullable<BodyOf<Op>> {
    return (this.parsedBody ??= validBody(this.contract, this.operationId, readJson(this.call.body, API_BODY_LIMITS))) as NonNullable<BodyOf<Op>>;
  }

  /** The raw body as text (for operations that take none). */
  rawText(): string {
    return this.call.body?.toString('utf8').trim() ?? '';
  }
}
