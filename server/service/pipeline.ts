// What every call of the partner API goes through, in Adobe's order: API key, token,
// correlation id, content negotiation, idempotent replay, duplicate request id, then the
// operation. All of it runs in one store transaction; the response, error or not, is kept for
// replay and its request id is marked as used.
import { randomUUID } from 'node:crypto';
import { assertApiKey, assertToken, bearerToken } from '../domain/auth.js';
import { AdobeError, errors } from '../domain/errors.js';
import {
  assertRequestIdUnused, checkCorrelationId, checkRequestId, idempotencyRecord, isLive, replayKey,
  requestIdKey, requestIdRecord,
} from '../domain/request-identity.js';
import { clockNow, realClock } from '../domain/time.js';
import type { ApiClient } from '../domain/types.js';
import { SINGLETON, getMany, type RecordRef, type Store, type Tx } from '../store/store.js';
import { WriteBuffer } from '../store/write-buffer.js';
import { JSON_TYPE, jsonResponse, type ApiCall, type ApiResponse } from './api-call.js';

export interface CallContext {
  tx: Tx;
  call: ApiCall;
  client: ApiClient;
  now: Date;
  requestId: string;
  correlationId: string;
}

export interface OperationResult {
  status: number;
  body: unknown;
}

export type Operation = (ctx: CallContext) => Promise<OperationResult>;

export async function simulatedNow(tx: Tx, realNowMs: number): Promise<Date> {
  return clockNow((await tx.get('clock', SINGLETON)) ?? realClock, realNowMs);
}

export function errorResponse(error: AdobeError, headers: Record<string, string> = {}): ApiResponse {
  return jsonResponse(error.status, error.toBody(), headers);
}

/** An Accept header allows JSON when absent or when it names JSON or a wildcard that covers it. */
export function acceptsJson(accept: string | undefined): boolean {
  if (!accept) return true;
  return accept.split(',').some((part) => {
    const type = part.split(';')[0].trim().toLowerCase();
    return type === '*/*' || type === 'application/*' || type === JSON_TYPE || type.endsWith('+json');
  });
}

export const isJsonContentType = (value: string | undefined) =>
  !!value && value.split(';')[0].trim().toLowerCase() === JSON_TYPE;

const BODY_METHODS = new Set(['POST', 'PATCH', 'PUT']);

/** The client behind the call's API key and token; throws Adobe's 403/401 when they do not hold. */
export async function authenticate(tx: Tx, call: ApiCall, now: Date): Promise<ApiClient> {
  const apiKey = call.headers['x-api-key'];
  const client = assertApiKey(apiKey ? await tx.get('clients', apiKey) : undefined, apiKey);
  const presented = bearerToken(call.headers.authorization);
  assertToken(presented ? await tx.get('tokens', presented) : undefined, presented, client, now);
  return client;
}

/** Calls that change state queue on one lock across a fleet instead of conflicting and rerunning. */
const WRITES_LOCK = 'partner-writes';
/** Reads write only their own replay record and request id: a snapshot is isolation enough. */
const READS = new Set(['GET', 'HEAD']);

/** The records every call reads first, in one round trip where the store batches (PostgreSQL). */
function readAhead(call: ApiCall): RecordRef[] {
  const apiKey = call.headers['x-api-key'];
  const token = bearerToken(call.headers.authorization);
  const correlationId = call.headers['x-correlation-id'];
  const refs: RecordRef[] = [['clock', SINGLETON]];
  if (apiKey) refs.push(['clients', apiKey]);
  if (token) refs.push(['tokens', token]);
  // An API key is its client's id, so the replay record is known before the client is read.
  if (apiKey && correlationId) refs.push(['idempotency', replayKey(apiKey, call.method, call.path, correlationId)]);
  return refs;
}

export async function runPartnerCall(store: Store, call: ApiCall, realNowMs: number, operation: Operation): Promise<ApiResponse> {
  const echo: Record<string, string> = {};
  const sentRequestId = call.headers['x-request-id'];
  const sentCorrelationId = call.headers['x-correlation-id'];
  if (sentCorrelationId) echo['X-Correlation-Id'] = sentCorrelationId;
  echo['X-Request-Id'] = sentRequestId || randomUUID();
  try {
    return await store.transaction(async (tx) => {
      await getMany(tx, readAhead(call));
      const now = await simulatedNow(tx, realNowMs);
      const client = await authenticate(tx, call, now);
      const correlationId = checkCorrelationId(sentCorrelationId);
      if (!acceptsJson(call.headers.accept)) throw errors.notAcceptable(['Accept']);
      if (BODY_METHODS.has(call.method) && !isJsonContentType(call.headers['content-type'])) throw errors.unsupportedMediaType(['Content-Type']);
      const clientRequestId = checkRequestId(sentRequestId);

      const key = replayKey(client.clientId, call.method, call.path, correlationId);
      const stored = await tx.get('idempotency', key);
      if (isLive(stored, now)) return { ...stored!.response, at: now };
      if (clientRequestId) assertRequestIdUnused(await tx.get('requestIds', requestIdKey(client.clientId, clientRequestId)), clientRequestId, now);

      const requestId = echo['X-Request-Id'];
      let response: ApiResponse;
      try {
        const writes = new WriteBuffer(tx);
        const result = await operation({ tx: writes, call, client, now, requestId, correlationId });
        await writes.flush();
        response = jsonResponse(result.status, result.body, echo);
      } catch (error) {
        if (!(error instanceof AdobeError)) throw error;
        response = errorResponse(error, echo);
      }
      await tx.put('idempotency', key, idempotencyRecord(key, response, now));
      if (clientRequestId) await tx.put('requestIds', requestIdKey(client.clientId, clientRequestId), requestIdRecord(requestIdKey(client.clientId, clientRequestId), now));
      return { ...response, at: now };
    }, { shape: `${call.method} ${call.path}`, ...(READS.has(call.method) ? { snapshot: true } : { lock: WRITES_LOCK }) });
  } catch (error) {
    if (error instanceof AdobeError) return errorResponse(error, echo);
    throw error;
  }
}
