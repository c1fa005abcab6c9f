// connectSimulator(url): the control plane of a running simulator over HTTP, as a ControlPlane.
// Every call is built from the table of contracts/sandbox.yaml's operations (generated from the
// contract), so no path is written here. It uses only fetch, so it runs in Node 20+ and in
// browsers (the web console uses it).
import { OPERATIONS } from '../api-types/generated/sandbox-operations.js';
import { AdobeError } from '../domain/protocol/errors.js';
import { fetchOrExplain } from './unreachable.js';
import { pathOf, queryOf } from '../clients/operation-url.js';
import type { ControlPlane } from './control-plane.js';
import { controlPlaneOver, type CallInput, type Invoke } from './control-plane-over.js';
import type { ControlOperationId } from '../api-types/operation-types.js';

export type { ControlPlane } from './control-plane.js';

export interface ConnectOptions {
  /** The simulator's --admin-token, when it has one. */
  adminToken?: string;
  /** A fetch of one's own (default: the global fetch). */
  fetch?: typeof fetch;
}

/** An answer that is not Adobe's error shape still becomes an AdobeError, keeping its status. */
function toError(status: number, body: unknown, text: string): AdobeError {
  const b = body as { code?: unknown; message?: unknown; additionalDetails?: unknown } | undefined;
  if (b && typeof b.code === 'string' && typeof b.message === 'string') {
    return new AdobeError(status, b.code, b.message, Array.isArray(b.additionalDetails) ? b.additionalDetails.map(String) : []);
  }
  return new AdobeError(status, String(status), text.slice(0, 500) || `HTTP ${status}`);
}

export function connectSimulator(url: string, options: ConnectOptions = {}): ControlPlane {
  const base = url.replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  const invoke: Invoke = async <Id extends ControlOperationId>(operationId: Id, input: CallInput<Id> = {}) => {
    const { method, path } = OPERATIONS[operationId];
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.adminToken) headers.authorization = `Bearer ${options.adminToken}`;
    if (input.body !== undefined) headers['content-type'] = 'application/json';
    const target = `${base}${pathOf(path, input.path)}${queryOf(input.query)}`;
    const res = await fetchOrExplain(doFetch, target, { method, headers, body: input.body === undefined ? undefined : JSON.stringify(input.body) });
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!res.ok) throw toError(res.status, parsed, text);
    return parsed;
  };
  return controlPlaneOver(invoke);
}
