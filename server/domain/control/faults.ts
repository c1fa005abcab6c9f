// Faults armed through the control plane: the next N requests that match a method and a path
// pattern fail in a chosen way, so clients can test their timeouts, retries and error handling.
import { errors } from '../protocol/errors.js';
import { pathPattern } from './path-pattern.js';

export type FaultAction = 'respond' | 'delay' | 'drop' | 'drop-after-commit';

export interface Fault {
  id: string;
  /** HTTP method, or '*' for any. */
  method: string;
  /** Path with `*` standing for any run of characters within one segment and `**` for any. */
  path: string;
  /** How many more matching requests it hits. */
  remaining: number;
  action: FaultAction;
  /** respond: the HTTP status, and the Adobe code and message of its error body (or a body of its own). */
  status?: number;
  code?: string;
  message?: string;
  body?: unknown;
  /** delay: milliseconds of wall-clock time before the request is handled. */
  delayMs?: number;
  createdAt: string;
}

/** A fault as armed: `count` requests (default 1), any method unless one is named. */
export type FaultInput = Omit<Fault, 'id' | 'method' | 'remaining' | 'createdAt'> & { method?: string; count?: number };

/** Adobe's default error for a status, when a fault names only the status. */
const DEFAULT_ERRORS: Record<number, () => { code: string; message: string }> = {
  429: () => errors.tooManyRequests(),
  500: () => errors.internal(),
  503: () => errors.internal(),
};
/** Adobe's gateway answers a timeout in a shape of its own. */
const GATEWAY_TIMEOUT_BODY = { error_code: '504001', message: 'Gateway Timeout' };

export function newFault(input: FaultInput, now: Date, id: string): Fault {
  return {
    id, method: (input.method ?? '*').toUpperCase(), path: input.path, remaining: input.count ?? 1,
    action: input.action, status: input.status ?? (input.action === 'respond' ? 500 : undefined),
    code: input.code, message: input.message, body: input.body, delayMs: input.delayMs, createdAt: now.toISOString(),
  };
}

export function faultMatches(fault: Fault, method: string, path: string): boolean {
  return fault.remaining > 0 && (fault.method === '*' || fault.method === method.toUpperCase()) && pathPattern(fault.path).test(path);
}

/** The body a `respond` fault answers with. */
export function faultBody(fault: Fault): unknown {
  if (fault.body !== undefined) return fault.body;
  if (fault.status === 504 && !fault.code) return GATEWAY_TIMEOUT_BODY;
  const { code, message } = (DEFAULT_ERRORS[fault.status ?? 500] ?? DEFAULT_ERRORS[500])();
  return { code: fault.code ?? code, message: fault.message ?? message, additionalDetails: [] };
}

/** Oldest first; faults armed in the same millisecond keep the order they were armed in. */
export const sortFaults = (faults: Fault[]) => [...faults].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
