// What every call of the partner API goes through, in Adobe's order: API key and token
// (domain/protocol/auth.ts), the headers (domain/protocol/request-headers.ts), idempotent replay, duplicate request
// id, then the operation, with its input read by the contract and the distributor's scope.
// All of it runs in one store transaction; the response, error or not, is kept for replay and
// its request id is marked as used.
import { randomUUID } from 'node:crypto';
import type { Contract } from '../contract/contract.js';
import { assertApiKey, assertToken, bearerToken } from '../domain/protocol/auth.js';
import { AdobeError } from '../domain/protocol/errors.js';
import { checkCallHeaders } from '../domain/protocol/request-headers.js';
import { assertRequestIdUnused, idempotencyRecord, isLive, replayKey, requestIdRecord, requestIdUses, requestTarget } from '../domain/protocol/request-identity.js';
import type { ApiClient } from '../domain/types.js';
import { SINGLETON, getMany, type RecordRef, type Store, type Tx } from '../store/store.js';
import { WriteBuffer } from '../store/write-buffer.js';
import { jsonResponse, type ApiCall, type ApiResponse } from './api-call.js';
import type { SimulatorSettings } from '../settings.js';
import { DistributorScope } from './distributor-scope.js';
import { OperationInput } from './operation-input.js';
import { simulatedNow } from '../store/simulated-now.js';
import type { PartnerHandler } from './call-context.js';
import { zipCitiesReady } from './zip-cities.js';
import { writeLock } from './write-locks.js';

export type { CallContext, PartnerHandler } from './call-context.js';

export function errorResponse(error: AdobeError, headers: Record<string, string> = {}): ApiResponse {
  return jsonResponse(error.status, error.toBody(), headers);
}

/** The client behind the call's API key and token; throws Adobe's 403/401 when they do not hold. */
export async function authenticate(tx: Tx, call: ApiCall, now: Date): Promise<ApiClient> {
  const apiKey = call.headers['x-api-key'];
  const client = assertApiKey(apiKey ? await tx.get('clients', apiKey) : undefined, apiKey);
  const presented = bearerToken(call.headers.authorization);
  assertToken(presented ? await tx.get('tokens', presented) : undefined, presented, client, now);
  return client;
}

/**
 * Reads write only their own replay record and request id, and the rare customer whose settlement
 * stopped at its cap of anniversaries (partner-api/holdings.ts), a record any writer of it also
 * writes: a snapshot is isolation enough.
 */
const READS = new Set(['GET', 'HEAD']);

/** The call's replay record: an API key is its client's id, so it is known before the client is read. */
function replayRecord(call: ApiCall): RecordRef[] {
  const apiKey = call.headers['x-api-key'];
  const correlationId = call.headers['x-correlation-id'];
  return apiKey && correlationId ? [['idempotency', replayKey(apiKey, call.method, requestTarget(call.path, call.query), correlationId)]] : [];
}

/** The records every call reads first, in one round trip where the store batches (PostgreSQL). */
function readAhead(call: ApiCall, replay: RecordRef[]): RecordRef[] {
  const apiKey = call.headers['x-api-key'];
  const token = bearerToken(call.headers.authorization);
  const refs: RecordRef[] = [['clock', SINGLETON]];
  if (apiKey) refs.push(['clients', apiKey]);
  if (token) refs.push(['tokens', token]);
  return [...refs, ...replay];
}

export interface PartnerCallSetup {
  store: Store;
  contract: Contract;
  settings: SimulatorSettings;
}

export async function runPartnerCall(setup: PartnerCallSetup, operationId: string, handler: PartnerHandler, call: ApiCall, realNowMs: number): Promise<ApiResponse> {
  const echo: Record<string, string> = {};
  const sentRequestId = call.headers['x-request-id'];
  const sentCorrelationId = call.headers['x-correlation-id'];
  if (sentCorrelationId) echo['X-Correlation-Id'] = sentCorrelationId;
  echo['X-Request-Id'] = sentRequestId || randomUUID();
  await zipCitiesReady(); // before the transaction: the address rules may need the table
  const replay = replayRecord(call);
  try {
    return await setup.store.transaction(async (tx) => {
      await getMany(tx, readAhead(call, replay));
      const now = await simulatedNow(tx, realNowMs);
      const client = await authenticate(tx, call, now);
      const { correlationId, clientRequestId } = checkCallHeaders(call.method, call.headers);

      const target = requestTarget(call.path, call.query);
      const key = replayKey(client.clientId, call.method, target, correlationId);
      const stored = await tx.get('idempotency', key);
      if (isLive(stored, now)) return { ...stored!.response, at: now };
      const requestIds = clientRequestId ? requestIdUses(client.clientId, call.method, target, clientRequestId) : undefined;
      for (const used of requestIds?.check ?? []) assertRequestIdUnused(await tx.get('requestIds', used), clientRequestId!, now);

      const requestId = echo['X-Request-Id'];
      let response: ApiResponse;
      try {
        const writes = new WriteBuffer(tx);
        const scope = new DistributorScope(writes, client.distributorId, now, setup.settings);
        const input = new OperationInput(setup.contract, operationId, call);
        const responseHeaders: Record<string, string> = {};
        const body = await handler({ tx: writes, call, input, scope, client, now, requestId, correlationId, responseHeaders });
        await writes.flush();
        response = jsonResponse(setup.contract.operation(operationId).successStatus, body, { ...responseHeaders, ...echo });
      } catch (error) {
        if (!(error instanceof AdobeError)) throw error;
        response = errorResponse(error, echo);
      }
      await tx.put('idempotency', key, idempotencyRecord(key, response, now));
      for (const used of requestIds?.mark ?? []) await tx.put('requestIds', used, requestIdRecord(used, now));
      return { ...response, at: now };
    }, { shape: `${call.method} ${call.path}`, ...(READS.has(call.method) ? { snapshot: true } : {
      lock: writeLock(operationId, call.params),
      // Its key holds the method and path, so only calls on the same lock write it.
      settled: replay,
    }) });
  } catch (error) {
    if (error instanceof AdobeError) return errorResponse(error, echo);
    throw error;
  }
}
