// The header checks of every partner API call, in Adobe's order. The API key and the token come
// first (auth.ts: they need the client and token records); then, in this order, the correlation
// id, content negotiation and the optional request id.
import { errors } from './errors.js';
import { checkCorrelationId, checkRequestId } from './request-identity.js';

export const JSON_TYPE = 'application/json';

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

export interface CheckedHeaders {
  correlationId: string;
  /** The client's X-Request-Id, when it sent one. */
  clientRequestId: string | undefined;
}

/** Throws 4119, 406/4060, 415/4150 or the request id's error, in that order. */
export function checkCallHeaders(method: string, headers: Record<string, string | undefined>): CheckedHeaders {
  const correlationId = checkCorrelationId(headers['x-correlation-id']);
  if (!acceptsJson(headers.accept)) throw errors.notAcceptable(['Accept']);
  if (BODY_METHODS.has(method) && !isJsonContentType(headers['content-type'])) throw errors.unsupportedMediaType(['Content-Type']);
  return { correlationId, clientRequestId: checkRequestId(headers['x-request-id']) };
}
