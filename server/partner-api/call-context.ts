// What a partner operation is given, and what it is: the types the handlers and the pipeline share.
import type { PartnerOperations } from '../api-types/operation-types.js';
import type { ApiClient } from '../domain/types.js';
import type { Tx } from '../store/store.js';
import type { ApiCall } from './api-call.js';
import type { DistributorScope } from './distributor-scope.js';
import type { OperationInput } from './operation-input.js';

/** The operations of contracts/openapi.yaml that go through the partner pipeline (the token endpoints and ping do not). */
export type PartnerOperationId = Exclude<keyof PartnerOperations, 'getTokenV3' | 'getTokenV2' | 'ping' | 'pingRoot'>;

export interface CallContext<Id extends PartnerOperationId = PartnerOperationId> {
  tx: Tx;
  call: ApiCall;
  /** The call's path, query and body, read and typed as its operation of contracts/openapi.yaml. */
  input: OperationInput<PartnerOperations[Id]>;
  /** What the caller's distributor may see. */
  scope: DistributorScope;
  client: ApiClient;
  now: Date;
  requestId: string;
  correlationId: string;
  /** Headers a handler adds to its success answer (e.g. x-recommendation-tracker-id). */
  responseHeaders: Record<string, string>;
}

/** A partner operation: answers its success body (the status is the contract's) or throws an AdobeError. */
export type PartnerHandler<Id extends PartnerOperationId = PartnerOperationId> = (ctx: CallContext<Id>) => Promise<unknown>;

/** Handlers for some of the partner operations, each typed by its own operation. */
export type PartnerHandlers<Ids extends PartnerOperationId> = { [Id in Ids]: PartnerHandler<Id> };
