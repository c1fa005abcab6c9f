// Secrets: compared in constant time, and masked wherever a request or answer is shown again
// (the request journal, logs). One masking rule for every place that shows traffic.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Equal secrets, compared without leaking their length or content through timing: both sides
 * are hashed to the same length first.
 */
export function sameSecret(presented: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(presented), digest(expected));
}

/** Field names whose values are secrets, in query strings, forms and JSON bodies (`token_type` is not one). */
const SECRET_NAME = /secret|passw(or)?d|credential|api[-_]?key|authorization|cookie|token$/i;
/** Headers that carry credentials. X-Api-Key is the client id, public by design, so it stays. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-admin-token']);

export const isSecretName = (name: string) => SECRET_NAME.test(name) && name.toLowerCase() !== 'x-api-key';

/** The last 4 characters of a long secret, so two can be told apart; nothing of a short one. A masked value stays as it is. */
export function maskValue(value: string): string {
  const bearer = /^(Bearer|Basic)\s+/i.exec(value);
  const secret = bearer ? value.slice(bearer[0].length) : value;
  if (/^\*{4}[^*]{0,4}$/.test(secret)) return value;
  const tail = secret.length >= 16 ? secret.slice(-4) : '';
  return `${bearer ? `${bearer[1]} ` : ''}****${tail}`;
}

function maskAny(value: unknown): unknown {
  if (typeof value === 'string') return maskValue(value);
  if (Array.isArray(value)) return value.map(maskAny);
  return value === null || typeof value !== 'object' ? value : '****';
}

/**
 * A copy of the value with every secret-named field masked, at any depth. Bounded: values come
 * from bodies already held to domain/protocol/limits.ts, and the walk is iterative.
 */
export function maskSecrets<T>(value: T): T {
  if (!value || typeof value !== 'object') return value;
  const root = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  const pending: Array<Record<string, unknown> | unknown[]> = [root as Record<string, unknown>];
  while (pending.length) {
    const node = pending.pop()!;
    for (const key of Object.keys(node)) {
      const child = (node as Record<string, unknown>)[key];
      if (!Array.isArray(node) && isSecretName(key)) {
        (node as Record<string, unknown>)[key] = maskAny(child);
      } else if (child && typeof child === 'object') {
        const copy = Array.isArray(child) ? [...child] : { ...(child as Record<string, unknown>) };
        (node as Record<string, unknown>)[key] = copy;
        pending.push(copy as Record<string, unknown>);
      }
    }
  }
  return root as T;
}

/** Request or response headers with every credential header masked. */
export function maskHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(', ') : String(value);
    out[name] = CREDENTIAL_HEADERS.has(name.toLowerCase()) || isSecretName(name) ? maskValue(text) : text;
  }
  return out;
}

const SECRET_IN_JSON = /"([^"\\]{0,64})"(\s*:\s*)"((?:[^"\\]|\\.)*)"/g;
const SECRET_IN_FORM = /(^|[?&])([^=&]{1,64})=([^&]*)/g;

/** Text that may hold secrets but is not shown parsed (truncated or not JSON): masked in place. */
export function maskSecretText(text: string): string {
  return text
    .replace(SECRET_IN_JSON, (all, name: string, colon: string, value: string) => (isSecretName(name) ? `"${name}"${colon}"${maskValue(value)}"` : all))
    .replace(SECRET_IN_FORM, (all, lead: string, name: string, value: string) => (isSecretName(decodeURIComponentSafe(name)) ? `${lead}${name}=${maskValue(value)}` : all));
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
