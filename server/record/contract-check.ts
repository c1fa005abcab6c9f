// While recording, each real answer is checked against contracts/openapi.yaml: a misfit means
// the contract is wrong there, or Adobe changed.
import type { Contract } from '../contract/contract.js';
import { CONTROL_BODY_LIMITS, jsonLimitViolation } from '../domain/protocol/limits.js';
import type { ContractCheck } from './recording.js';

/** How an answer fits the contract. `body` is the parsed JSON answer (undefined when none or not JSON). */
export function checkAnswer(contract: Contract, method: string, path: string, status: number, body: unknown, isJson: boolean): ContractCheck {
  const operation = contract.operationFor(method, path);
  if (!operation || operation.document !== 'openapi') return { misfit: `${method} ${path} is not described by contracts/openapi.yaml (the simulator does not simulate it)` };
  const operationId = operation.operationId;
  if (!operation.responses.has(String(status))) return { operationId, misfit: `status ${status} is not documented for ${operationId}` };
  const documentsBody = operation.responses.get(String(status)) !== undefined;
  if (documentsBody && !isJson) return { operationId, misfit: `${operationId} ${status} answers JSON in the contract; this answer is not JSON` };
  if (!documentsBody) return { operationId };
  const errors = contract.responseErrors(operationId, status, body);
  return errors ? { operationId, misfit: `${operationId} ${status}: ${errors}` } : { operationId };
}

const isJsonType = (contentType: string) => /[/+]json\b/i.test(contentType);

/** The check of an answer as it came (bytes, content type); one beyond the limits the simulator holds JSON to is not walked. */
export function checkRawAnswer(contract: Contract, method: string, path: string, status: number, raw: Buffer, contentType: string): ContractCheck {
  if (!isJsonType(contentType)) return checkAnswer(contract, method, path, status, undefined, false);
  const tooLarge = jsonLimitViolation(raw, CONTROL_BODY_LIMITS);
  if (tooLarge) return { misfit: `not checked against the contract: ${tooLarge.path} ${tooLarge.reason}` };
  try {
    return checkAnswer(contract, method, path, status, JSON.parse(raw.toString('utf8')), true);
  } catch {
    return checkAnswer(contract, method, path, status, undefined, false);
  }
}
