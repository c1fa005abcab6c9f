// Bodies on their way into a recording (captured, masked, cut to the journal's limit) and back
// out of it (the bytes a replay sends).
import { CONTROL_BODY_LIMITS, jsonLimitViolation } from '../domain/protocol/limits.js';
import { maskHeaders, maskSecrets, maskSecretText } from '../domain/protocol/secrets.js';
import { RECORDING_LIMITS, type RecordedBody } from './recording.js';

const isForm = (contentType: string) => /application\/x-www-form-urlencoded/i.test(contentType);

/** A body as a recording keeps it, secrets masked; undefined when empty. */
export function captureBody(raw: Buffer, contentType = ''): RecordedBody | undefined {
  if (raw.length === 0) return undefined;
  const keep = RECORDING_LIMITS.bodyKeep;
  if (raw.length > keep) return { text: maskSecretText(raw.toString('utf8', 0, keep)), bytes: raw.length, truncated: true };
  const text = raw.toString('utf8');
  if (isForm(contentType)) return { form: maskSecrets(Object.fromEntries(new URLSearchParams(text))), bytes: raw.length };
  if (!jsonLimitViolation(text, CONTROL_BODY_LIMITS)) {
    try {
      return { json: maskSecrets(JSON.parse(text)), bytes: raw.length };
    } catch {
      // not JSON: kept as text
    }
  }
  return { text: maskSecretText(text), bytes: raw.length };
}

/** The bytes to send for a recorded body. */
export function bodyText(body: RecordedBody | undefined): string | undefined {
  if (!body) return undefined;
  if (body.form) return new URLSearchParams(body.form).toString();
  if ('json' in body) return JSON.stringify(body.json);
  return body.text;
}

/** Headers that describe one connection or one encoding of the body, not the exchange. */
const HOP_BY_HOP = new Set(['host', 'connection', 'keep-alive', 'content-length', 'transfer-encoding', 'accept-encoding', 'content-encoding', 'upgrade', 'te', 'trailer', 'proxy-connection']);

/** Headers worth keeping and forwarding: lower-case names, hop-by-hop ones dropped. */
export function exchangeHeaders(headers: Record<string, string | string[] | undefined> | Headers): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [name, value] of entries) {
    if (value === undefined || HOP_BY_HOP.has(name.toLowerCase())) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** Headers as a recording keeps them: credentials masked. */
export const recordedHeaders = (headers: Record<string, string>) => maskHeaders(headers);

/** A query string as a recording keeps it: secret parameters masked. */
export const recordedQuery = (query: string) => maskSecretText(query);
