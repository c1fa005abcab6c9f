// The input and output types of each operation, read from the types generated from the contracts
// (server/api-types/generated/, `npm run generate:types`). A schema change in a contract changes
// these types, so the compiler sees it before a test does.
import type { operations as PartnerOperations } from './generated/openapi.js';
import type { operations as ControlOperations } from './generated/sandbox.js';

export type { PartnerOperations, ControlOperations };
export type { components as PartnerSchemas } from './generated/openapi.js';
export type { components as SandboxSchemas } from './generated/sandbox.js';

type Json<C> = C extends { content: { 'application/json': infer B } } ? B : undefined;
type Params<Op, Where extends 'path' | 'query'> = Op extends { parameters: { [K in Where]?: infer P } }
  ? ([P] extends [never | undefined] ? Record<string, never> : NonNullable<P>)
  : Record<string, never>;

/** The path parameters of an operation, by the contract's names (`{'customer-id': string}`). */
export type PathOf<Op> = Params<Op, 'path'>;
/** Its query parameters, as the contract checks (and defaults) them. */
export type QueryOf<Op> = Params<Op, 'query'>;
/** Its JSON request body (undefined when it has none; possibly undefined when optional). */
export type BodyOf<Op> = Op extends { requestBody: infer R } ? Json<R>
  : Op extends { requestBody?: infer R } ? Json<R> | undefined : undefined;

type Success<R> = R extends { 200: infer S } ? S : R extends { 201: infer S } ? S : R extends { 204: infer S } ? S : never;
/** The body of its one success answer. */
export type ResultOf<Op> = Op extends { responses: infer R } ? Json<Success<R>> : never;

/** Everything a caller sends to an operation. */
export interface InputOf<Op> {
  path: PathOf<Op>;
  query: QueryOf<Op>;
  body: BodyOf<Op>;
}

/** A component schema of a contract, by name. */
export type PartnerSchema<N extends keyof import('./generated/openapi.js').components['schemas']> = import('./generated/openapi.js').components['schemas'][N];
export type SandboxSchema<N extends keyof import('./generated/sandbox.js').components['schemas']> = import('./generated/sandbox.js').components['schemas'][N];

/** Served by the HTTP layer itself (documents and the web console), not by the control plane. */
type ServedOperationId = 'getApiContract' | 'getApiContractJson' | 'getSandboxContract' | 'getSandboxContractJson' | 'home' | 'sandboxHome' | 'webConsole' | 'webConsoleRedirect' | 'webConsoleAsset';
/** The operations of contracts/sandbox.yaml that the control plane answers. */
export type ControlOperationId = Exclude<keyof ControlOperations, ServedOperationId>;
export type ControlInput<Id extends ControlOperationId> = InputOf<ControlOperations[Id]>;

/** The operations of contracts/openapi.yaml (the Partner API) the simulator answers. */
export type PartnerOperationId = Exclude<keyof PartnerOperations, 'getTokenV3' | 'getTokenV2'>;

/** What a caller sends to a Partner API operation: the parts it has. */
export interface PartnerCallInput<Id extends PartnerOperationId> {
  path?: PathOf<PartnerOperations[Id]>;
  query?: Partial<QueryOf<PartnerOperations[Id]>>;
  body?: BodyOf<PartnerOperations[Id]>;
  /** Added to (or replacing) the client's headers. */
  headers?: Record<string, string>;
}

/** What a caller sends to a control-plane operation: the parts it has. */
export interface CallInput<Id extends ControlOperationId> {
  path?: PathOf<ControlOperations[Id]>;
  /** Parameters left out take the contract's defaults. */
  query?: Partial<QueryOf<ControlOperations[Id]>>;
  body?: BodyOf<ControlOperations[Id]>;
}
