// The control plane of a simulator in this process: each operation's input is checked against its
// schemas in contracts/sandbox.yaml (the same check the HTTP routes make, with this same function),
// then the operation runs from the table.
import type { Contract } from '../contract/contract.js';
import { validBody, validQuery } from '../contract/valid-input.js';
import type { ControlPlane } from './control-plane.js';
import { controlPlaneOver, type CallInput, type Invoke } from './control-plane-over.js';
import type { ControlOperationId } from '../api-types/operation-types.js';
import type { ControlTable } from './operations-table.js';

/** What `startSimulator().sandbox` is: the control plane, in this process. */
export type InProcessControlPlane = ControlPlane;

/** Input as it arrives, before the contract has checked it. */
export interface UncheckedInput {
  path: Record<string, string>;
  query: Record<string, unknown>;
  /** The parsed JSON body; undefined when none was sent. */
  body: unknown;
}

/** Checks the input against the operation's schemas (400 with Adobe's code otherwise), then runs it. */
export async function runChecked(table: ControlTable, contract: Contract, operationId: ControlOperationId, input: UncheckedInput): Promise<unknown> {
  const op = contract.operation(operationId);
  const checked = {
    path: input.path,
    query: validQuery(contract, operationId, input.query),
    body: op.body === 'none' ? undefined : validBody(contract, operationId, input.body),
  };
  // The contract has just checked the input against this operation's schemas, which its type is generated from.
  return (table[operationId] as (input: unknown) => Promise<unknown>)(checked);
}

export function checkedInvoke(table: ControlTable, contract: Contract): Invoke {
  return <Id extends ControlOperationId>(operationId: Id, input: CallInput<Id> = {}) =>
    runChecked(table, contract, operationId, { path: input.path ?? {}, query: input.query ?? {}, body: input.body });
}

export function inProcessControlPlane(table: ControlTable, contract: Contract): InProcessControlPlane {
  return controlPlaneOver(checkedInvoke(table, contract));
}
