// Matching journal entries against what a test expects was sent: method, path pattern, status,
// ids, and body fields (a partial, deep match), as WireMock's verify does. Each mismatch is
// described, so a failed verification can list the near misses and why each missed.
import { pathPattern } from '../domain/control/path-pattern.js';
import type { JournalEntry } from './journal-types.js';

/** What a request must have been; every field given must match. */
export interface RequestMatch {
  method?: string;
  /** A path or a pattern: `*` any characters within one segment, `**` any at all. */
  path?: string;
  status?: number;
  customerId?: string;
  correlationId?: string;
  /** Query parameters that must have these values. */
  query?: Record<string, string | RegExp>;
  /** Request headers (names in any case) that must have these values; Authorization is masked in the journal. */
  headers?: Record<string, string | RegExp>;
  /** Fields the JSON body must hold: objects match partially at every depth, arrays element by element, strings also by RegExp. */
  body?: Record<string, unknown>;
}

/** How many matching requests are expected; default: at least one. */
export interface VerifyCount {
  count?: number;
  atLeast?: number;
  atMost?: number;
}

const shown = (v: unknown) => (v instanceof RegExp ? String(v) : JSON.stringify(v) ?? 'undefined');

function valueMisses(expected: unknown, actual: unknown, at: string): string[] {
  if (expected instanceof RegExp) return typeof actual === 'string' && expected.test(actual) ? [] : [`${at} is ${shown(actual)}, not matching ${expected}`];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [`${at} is ${shown(actual)}, not ${expected.length} items like ${shown(expected)}`];
    return expected.flatMap((e, i) => valueMisses(e, actual[i], `${at}[${i}]`));
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return [`${at} is ${shown(actual)}, not an object`];
    return Object.entries(expected).flatMap(([k, e]) => valueMisses(e, (actual as Record<string, unknown>)[k], `${at}.${k}`));
  }
  return Object.is(expected, actual) ? [] : [`${at} is ${shown(actual)}, not ${shown(expected)}`];
}

/** Why an entry does not match (nothing when it does). */
export function missesOf(match: RequestMatch, entry: JournalEntry): string[] {
  const misses: string[] = [];
  if (match.method && entry.method !== match.method.toUpperCase()) misses.push(`method is ${entry.method}`);
  if (match.path && !pathPattern(match.path).test(entry.path)) misses.push(`path is ${entry.path}`);
  if (match.status !== undefined && entry.status !== match.status) misses.push(`status is ${entry.status}`);
  if (match.customerId && entry.customerId !== match.customerId) misses.push(`customerId is ${entry.customerId ?? 'none'}`);
  if (match.correlationId && entry.correlationId !== match.correlationId) misses.push(`correlationId is ${entry.correlationId ?? 'none'}`);
  for (const [name, e] of Object.entries(match.query ?? {})) misses.push(...valueMisses(e, entry.query[name], `query.${name}`));
  for (const [name, e] of Object.entries(match.headers ?? {})) misses.push(...valueMisses(e, entry.requestHeaders[name.toLowerCase()], `header ${name}`));
  if (match.body) misses.push(...valueMisses(match.body, entry.requestBody, 'body'));
  return misses;
}

export function describeMatch(match: RequestMatch): string {
  const parts = [match.method?.toUpperCase() ?? 'any method', match.path ?? 'any path'];
  for (const key of ['status', 'customerId', 'correlationId', 'query', 'headers', 'body'] as const) {
    if (match[key] !== undefined) parts.push(`${key} ${shown(match[key])}`);
  }
  return parts.join(' ');
}

export function countProblem(found: number, expected: VerifyCount): string | undefined {
  if (expected.count !== undefined && found !== expected.count) return `expected exactly ${expected.count}`;
  if (expected.atLeast !== undefined && found < expected.atLeast) return `expected at least ${expected.atLeast}`;
  if (expected.atMost !== undefined && found > expected.atMost) return `expected at most ${expected.atMost}`;
  if (expected.count === undefined && expected.atLeast === undefined && expected.atMost === undefined && found < 1) return 'expected at least 1';
  return undefined;
}

const NEAR_MISSES = 5;

/** The readable report of a failed verification: the count, then the closest entries and why each missed. */
export function verificationReport(match: RequestMatch, entries: JournalEntry[], matched: number, problem: string, capacity: number): string {
  const near = entries.map((entry) => ({ entry, misses: missesOf(match, entry) }))
    .filter((e) => e.misses.length > 0)
    .sort((a, b) => a.misses.length - b.misses.length)
    .slice(0, NEAR_MISSES);
  const lines = [`${problem} request(s) matching ${describeMatch(match)}, found ${matched} (among ${entries.length} journal entries, which keep the last ${capacity} requests)`];
  if (near.length) {
    lines.push('Near misses (closest first):');
    for (const { entry, misses } of near) lines.push(`  #${entry.id} ${entry.method} ${entry.path} → ${entry.status}: ${misses.join('; ')}`);
  }
  return lines.join('\n');
}

/** A verification that found the wrong number of requests; its message lists the near misses. */
export class RequestVerificationError extends Error {
  constructor(message: string, readonly matched: JournalEntry[]) {
    super(message);
    this.name = 'RequestVerificationError';
  }
}

/** The entries that match, when as many match as expected; a RequestVerificationError otherwise. */
export function verifiedEntries(entries: JournalEntry[], match: RequestMatch, expected: VerifyCount, capacity: number): JournalEntry[] {
  const matched = entries.filter((entry) => missesOf(match, entry).length === 0);
  const problem = countProblem(matched.length, expected);
  if (problem) throw new RequestVerificationError(verificationReport(match, entries, matched.length, problem, capacity), matched);
  return matched;
}

export const matchCount = (entries: JournalEntry[], match: RequestMatch) => entries.filter((entry) => missesOf(match, entry).length === 0).length;
