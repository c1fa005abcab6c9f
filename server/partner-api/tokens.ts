// The IMS token endpoints and the health check: outside the partner pipeline (no correlation
// id), with IMS's own error shape on the token endpoints.
import { randomBytes } from 'node:crypto';
import { issueToken, tokenRequestOf, tokenRequestProblem } from '../domain/protocol/auth.js';
import { AdobeError } from '../domain/protocol/errors.js';
import type { Store } from '../store/store.js';
import { jsonResponse, type ApiCall, type ApiResponse } from './api-call.js';
import { authenticate, errorResponse } from './pipeline.js';
import { simulatedNow } from '../store/simulated-now.js';
import { assertApiKey } from '../domain/protocol/auth.js';

/** Real IMS tokens are JWTs; ours are opaque, JWT-looking strings a client must not parse. */
/** A JWT's three parts; the random one last, so the 4 characters a masked token shows tell tokens apart. */
const newTokenString = () => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"iss":"vipm-sim"}').toString('base64url')}.${randomBytes(24).toString('base64url')}`;

/** A token for the fields of a form (v3) or query string (v2); IMS-shaped errors otherwise. */
export async function requestToken(store: Store, fields: Record<string, unknown>, ttlMs: number, realNowMs: number): Promise<ApiResponse> {
  return store.transaction(async (tx) => {
    const now = await simulatedNow(tx, realNowMs);
    const request = tokenRequestOf(fields);
    if ('status' in request) return { ...jsonResponse(request.status, request.body), at: now };
    const client = request.client_id ? await tx.get('clients', request.client_id) : undefined;
    const problem = tokenRequestProblem(request, client);
    if (problem) return { ...jsonResponse(problem.status, problem.body), at: now };
    const token = issueToken(client!, newTokenString(), now, ttlMs);
    await tx.put('tokens', token.accessToken, token);
    return { ...jsonResponse(200, { access_token: token.accessToken, token_type: 'bearer', expires_in: Math.floor(ttlMs / 1000) }), at: now };
  });
}

/** `pong` with a valid X-Api-Key; with an Authorization header, the token must hold too. */
export async function ping(store: Store, call: ApiCall, realNowMs: number): Promise<ApiResponse> {
  try {
    return await store.transaction(async (tx) => {
      const now = await simulatedNow(tx, realNowMs);
      if (call.headers.authorization) await authenticate(tx, call, now);
      else {
        const apiKey = call.headers['x-api-key'];
        assertApiKey(apiKey ? await tx.get('clients', apiKey) : undefined, apiKey);
      }
      return { status: 200, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'pong', at: now };
    });
  } catch (error) {
    if (error instanceof AdobeError) return errorResponse(error);
    throw error;
  }
}
