// The differ: a recorded answer against the simulator's answer to the same request, after
// masking what is expected to differ (ids mapped, dates and times, request and correlation ids,
// secrets, the host of links). Field paths are written as the simulator's error messages write
// them: `companyProfile.contacts[0].email`.
import { isSecretName } from '../domain/protocol/secrets.js';
import type { IdTable } from './ids.js';
import type { RecordedResponse } from './recording.js';

export type Verdict = 'same' | 'different' | 'not-simulated' | 'not-replayed';

export interface Difference {
  /** `HTTP status`, or the body field's path (`code`, `companyProfile.address.city`, `items[2]`). */
  path: string;
  /** undefined: the field is absent on that side. */
  recorded: unknown;
  replayed: unknown;
}

export interface Comparison {
  verdict: Verdict;
  differences: Difference[];
  note?: string;
}

/** The path a difference of HTTP status is reported under (a body may have a `status` field). */
export const HTTP_STATUS = 'HTTP status';

/** A report names at most this many differences per exchange. */
export const MAX_DIFFERENCES = 50;

/** Fields that name one request, not its result. */
const PER_REQUEST_FIELDS = new Set(['requestId', 'correlationId']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const LINK_FIELDS = new Set(['uri', 'href']);
const withoutOrigin = (link: string) => link.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]+/i, '');

/** The simulator's answer to a route it does not simulate. */
const NOT_SIMULATED_CODES = new Set(['404:4040', '405:4050']);

const codeOf = (response: RecordedResponse) => {
  const json = response.body?.json as { code?: unknown } | undefined;
  return json && typeof json === 'object' && !Array.isArray(json) ? json.code : undefined;
};

/** `items[*].creationDate` style patterns: `*` is any one field name, `[*]` any index; a pattern also covers what is under it. */
export function ignoreMatcher(patterns: string[]): (path: string) => boolean {
  const compiled = patterns.map((p) => new RegExp(`^${p.replace(/[.+?^${}()|\\]/g, '\\$&').replace(/\[\*\]/g, '\\[\\d+\\]').replace(/\[(\d+)\]/g, '\\[$1\\]').replace(/\*/g, '[^.\\[\\]]+')}(?:$|[.[])`));
  return (path) => compiled.some((re) => re.test(path));
}

const join = (path: string, key: string | number) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key);

function sameLeaf(key: string, recorded: unknown, replayed: unknown): boolean {
  if (recorded === replayed) return true;
  if (typeof recorded !== 'string' || typeof replayed !== 'string') return false;
  if (isSecretName(key)) return true;
  if (DATE_TIME.test(recorded) && DATE_TIME.test(replayed)) return true;
  return LINK_FIELDS.has(key) && withoutOrigin(recorded) === withoutOrigin(replayed);
}

/** Differences between two JSON values, depth first, at most MAX_DIFFERENCES. */
function diffJson(recorded: unknown, replayed: unknown, ignored: (path: string) => boolean): Difference[] {
  const out: Difference[] = [];
  const walk = (a: unknown, b: unknown, path: string, key: string) => {
    if (out.length >= MAX_DIFFERENCES || ignored(path) || PER_REQUEST_FIELDS.has(key)) return;
    const bothObjects = a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b);
    if (!bothObjects) {
      if (!sameLeaf(key, a, b)) out.push({ path: path || 'body', recorded: a, replayed: b });
      return;
    }
    if (Array.isArray(a) && Array.isArray(b)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], join(path, i), key);
      return;
    }
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(left), ...Object.keys(right)])) walk(left[k], right[k], join(path, k), k);
  };
  walk(recorded, replayed, '', '');
  return out;
}

/** Compares a recorded answer with the replayed one; `ids` maps the recording's ids to the simulator's. */
export function compareAnswers(recorded: RecordedResponse, replayed: RecordedResponse, ids: IdTable, ignored: (path: string) => boolean = () => false): Comparison {
  const replayedCode = codeOf(replayed);
  if (NOT_SIMULATED_CODES.has(`${replayed.status}:${replayedCode}`) && !(recorded.status === replayed.status && codeOf(recorded) === replayedCode)) {
    return { verdict: 'not-simulated', differences: [], note: `the simulator answers ${replayed.status} ${String(replayedCode)}: it does not simulate this route` };
  }
  const differences: Difference[] = [];
  if (recorded.status !== replayed.status && !ignored(HTTP_STATUS)) differences.push({ path: HTTP_STATUS, recorded: recorded.status, replayed: replayed.status });
  if ((recorded.status >= 400) !== (replayed.status >= 400)) {
    // An error where the other side answered: its fields are not the answer's fields, field by field is noise.
    if (!ignored('code')) differences.push({ path: 'code', recorded: codeOf(recorded), replayed: replayedCode });
    return { verdict: 'different', differences, note: 'an error on one side, an answer on the other: compared on the status and the error code' };
  }
  const truncated = recorded.body?.truncated || replayed.body?.truncated;
  if (truncated) return { verdict: differences.length ? 'different' : 'same', differences, note: 'a body was longer than a recording keeps: compared on the status only' };
  const side = (response: RecordedResponse) => response.body?.json ?? response.body?.text ?? response.body?.form;
  differences.push(...diffJson(ids.substituteInJson(side(recorded)), side(replayed), ignored).slice(0, MAX_DIFFERENCES - differences.length));
  return { verdict: differences.length ? 'different' : 'same', differences };
}
