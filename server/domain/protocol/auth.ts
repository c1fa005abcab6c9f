// Adobe I/O authentication as the simulated API sees it: the X-Api-Key is a client id, and the
// bearer token must be one the token endpoint issued to that same client and not yet expired.
import { errors } from './errors.js';
import { sameSecret } from './secrets.js';
import type { AccessToken, ApiClient } from '../types.js';

export const DEFAULT_TOKEN_TTL_MS = 24 * 3_600_000;

export function assertApiKey(client: ApiClient | undefined, apiKey: string | undefined): ApiClient {
  if (!apiKey) throw errors.apiKeyInvalid(['X-Api-Key'], 'API key is invalid or missing: send the client id as X-Api-Key');
  if (!client) throw errors.apiKeyInvalid(['X-Api-Key'], 'API key is invalid or missing: no client has this id');
  return client;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined when there is none. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

export function assertToken(token: AccessToken | undefined, presented: string | undefined, client: ApiClient, now: Date): void {
  if (presented === undefined) throw errors.tokenMissing(['Authorization'], 'Authorization token is missing: send Authorization: Bearer <token>');
  if (presented === '' || !token) throw errors.tokenInvalid(['Authorization'], 'Authorization token is invalid: not a token the IMS endpoint issued');
  if (token.expired || Date.parse(token.expiresAt) <= now.getTime()) throw errors.tokenInvalid(['Authorization'], `Authorization token is invalid: it expired at ${token.expiresAt}`);
  if (token.clientId !== client.clientId) throw errors.tokenInvalid(['Authorization'], 'Authorization token is invalid: it was issued to another client than this X-Api-Key');
}

export interface TokenRequest {
  grant_type?: string;
  client_id?: string;
  client_secret?: string;
  scope?: string;
}

/** IMS answers token errors in its own shape, not Adobe's partner-API one. */
export interface ImsError {
  status: number;
  body: { error: string; error_description: string };
}

export const imsError = (status: number, error: string, description: string): ImsError => ({ status, body: { error, error_description: description } });

/** The fields of a token request as sent (a form or a query string), each sent at most once. */
export function tokenRequestOf(fields: Record<string, unknown>): TokenRequest | ImsError {
  const request: TokenRequest = {};
  for (const name of ['grant_type', 'client_id', 'client_secret', 'scope'] as const) {
    const value = fields[name];
    if (Array.isArray(value)) return imsError(400, 'invalid_request', `${name} must be sent once`);
    if (value !== undefined) request[name] = String(value);
  }
  return request;
}

export function tokenRequestProblem(request: TokenRequest, client: ApiClient | undefined): ImsError | undefined {
  if (request.grant_type !== 'client_credentials') {
    return request.grant_type
      ? imsError(400, 'unsupported_grant_type', `grant_type ${request.grant_type} is not supported; use client_credentials`)
      : imsError(400, 'invalid_request', 'grant_type is required');
  }
  if (!request.client_id) return imsError(400, 'invalid_request', 'client_id is required');
  if (!request.client_secret) return imsError(400, 'invalid_request', 'client_secret is required');
  if (!client || !sameSecret(request.client_secret, client.clientSecret)) return imsError(401, 'invalid_client', 'invalid client_id or client_secret');
  return undefined;
}

/** Tokens the clock had passed when it is set back from `current`: they stay expired. */
export function tokensLeftExpired(tokens: AccessToken[], current: Date, target: Date): AccessToken[] {
  if (target >= current) return [];
  return tokens.filter((t) => !t.expired && Date.parse(t.expiresAt) <= current.getTime()).map((t) => ({ ...t, expired: true }));
}

export function issueToken(client: ApiClient, accessToken: string, now: Date, ttlMs: number): AccessToken {
  return { accessToken, clientId: client.clientId, issuedAt: now.toISOString(), expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
}
