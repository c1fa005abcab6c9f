// What a partner operation is given, and what it is: the types the handlers and the pipeline share.
import type { ApiClient } from '../domain/types.js';
import type { Tx } from '../store/store.js';
import type { ApiCall } from './api-call.js';
import type { DistributorScope } from './distributor-scope.js';
import type { OperationInput } from './operation-input.js';

export interface CallContext {
  tx: Tx;
  call: ApiCall;
  /** The call's path, query and body, read as its operation of contracts/openapi.yaml. */
  input: OperationInput;
  /** What the caller's distributor may see. */
  scope: DistributorScope;
  client: ApiClient;
  now: Date;
  requestId: string;
  correlationId: string;
}

/** A partner operation: answers its success body (the status is the contract's) or throws an AdobeError. */
export type PartnerHandler = (ctx: CallContext) => Promise<unknown>;
