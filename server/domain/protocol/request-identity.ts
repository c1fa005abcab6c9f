// X-Correlation-Id and X-Request-Id: what is a valid id, and Adobe's idempotency rules.
// A repeated correlation id from the same client to the same API (method, path and query, reads
// too) replays the stored response for 10 days; a request id seen before with a new correlation id
// is refused (4120), and a replay never is: the request id of a replayed call is not evaluated.
// Paging clients send one correlation id and one request id for every page of a list, so the
// query is part of "the same API", and a read may reuse the request id of reads of other URLs.
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

/** The path and its query, parameters in name order (values of a repeated one as sent): the same URL however its parameters are ordered. */
export function requestTarget(path: string, query: Record<string, unknown>): string {
  const pairs = Object.keys(query).sort().flatMap((name) => {
    const values = Array.isArray(query[name]) ? (query[name] as unknown[]) : [query[name]];
    return values.map((v) => `${encodeURIComponent(name)}=${encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v) ?? '')}`);
  });
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}

/** `target` is the path with its query (requestTarget): a correlation id replays only on the same method and URL. */
export const replayKey = (clientId: string, method: string, target: string, correlationId: string) =>
  `${clientId} ${method} ${target} ${correlationId}`;
/** A request id used by a write (or set up as used): every later call with it is refused. */
export const requestIdKey = (clientId: string, requestId: string) => `${clientId} ${requestId}`;

const READS = new Set(['GET', 'HEAD']);

/**
 * The request-id records a call is checked against and the ones it marks as used. A write is
 * refused when the id was used by any call; a read only when it was used by a write or by a read
 * of the same URL, so the pages of one list may share a request id.
 */
export function requestIdUses(clientId: string, method: string, target: string, requestId: string): { check: string[]; mark: string[] } {
  const anyCall = requestIdKey(clientId, requestId);
  const someRead = `${anyCall} (read)`;
  if (!READS.has(method)) return { check: [anyCall, someRead], mark: [anyCall] };
  const thisRead = `${anyCall} ${method} ${target}`;
  return { check: [anyCall, thisRead], mark: [someRead, thisRead] };
}

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
