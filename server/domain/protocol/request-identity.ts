// X-Correlation-Id and X-Request-Id: what is a valid id, and Adobe's idempotency rules.
// A repeated correlation id from the same client to the same API (method and path, reads too)
// replays the stored response for 10 days; a request id seen before with a new correlation id is
// refused (4120), and a replay never is: the request id of a replayed call is not evaluated.
import { errors } from './errors.js';
import type { IdempotencyRecord, RequestIdRecord, StoredResponse } from '../types.js';

export const IDEMPOTENCY_WINDOW_MS = 10 * 86_400_000;
/** Real clients send GUIDs or the 64-hex SHA-256 of the body; 255 printable characters is ample. */
const ID_PATTERN = /^[\x21-\x7E]{1,255}$/;

export function checkCorrelationId(value: string | undefined): string {
  if (value === undefined || value === '') throw errors.correlationIdInvalid(['X-Correlation-Id'], 'Correlation ID is Invalid or Missing: send an X-Correlation-Id header');
  if (!ID_PATTERN.test(value)) {
    throw errors.correlationIdInvalid(['X-Correlation-Id'], 'Correlation ID is Invalid or Missing: use 1 to 255 printable ASCII characters without spaces');
  }
  return value;
}

/** A client's X-Request-Id when valid; undefined when it sent none (the simulator makes one). */
export function checkRequestId(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!ID_PATTERN.test(value)) {
    throw errors.invalidFields(['X-Request-Id'], 'Some fields are invalid: X-Request-Id must be 1 to 255 printable ASCII characters without spaces');
  }
  return value;
}

export const replayKey = (clientId: string, method: string, path: string, correlationId: string) =>
  `${clientId} ${method} ${path} ${correlationId}`;
export const requestIdKey = (clientId: string, requestId: string) => `${clientId} ${requestId}`;

export const isLive = (record: { expiresAt: string } | undefined, now: Date): boolean =>
  !!record && Date.parse(record.expiresAt) > now.getTime();

export function assertRequestIdUnused(record: RequestIdRecord | undefined, requestId: string, now: Date): void {
  if (isLive(record, now)) throw errors.duplicateRequestId(['X-Request-Id'], `Duplicate request id, same requestId has already been processed: ${requestId}`);
}

export function idempotencyRecord(key: string, response: StoredResponse, now: Date): IdempotencyRecord {
  return { key, response, expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS).toISOString() };
}

export function requestIdRecord(key: string, now: Date): RequestIdRecord {
  return { key, expiresAt: new Date(now.getTime() + IDEMPOTENCY_WINDOW_MS).toISOString() };
}
