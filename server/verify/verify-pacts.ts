// `vipm-sim verify`: verifies pacts against a simulator, with its provider states set up
// through /__sandbox/provider-states and valid credentials put on each request, so a pact
// passes or fails on its interactions rather than on the token its consumer test used.
import { unreachableReason } from '../control-plane/unreachable.js';
import type { RequestHandler } from 'express';
import { startSimulator, type RunningSimulator } from '../index.js';
import { loadPeer } from '../platform/optional-peer.js';
import { providerStateCatalogue } from '../control-plane/provider-states.js';
import { pactFiles, statesNamed } from './pact-sources.js';

export interface VerifyOptions {
  /** Pact files, folders of pact files, or pact URLs. */
  sources: string[];
  /** A running simulator; when absent one is started on a free port. */
  url?: string;
  brokerUrl?: string;
  brokerToken?: string;
  /** The provider name the broker knows the pacts by. */
  provider?: string;
  providerVersion?: string;
  providerBranch?: string;
  publish?: boolean;
  /** The client whose credentials replace those the pacts carry. */
  clientId: string;
  clientSecret: string;
  /** The admin token of the simulator at `url`, for its control plane (provider states). */
  adminToken?: string;
  logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
}

/** Pact's verifier found interactions that fail; its report has been printed. */
export class VerificationFailed extends Error {}

export class VerifyError extends Error {}

function checkStates(files: string[]): void {
  const known = new Set(providerStateCatalogue().map((s) => s.state));
  const unknown = [...statesNamed(files)].filter(([state]) => !known.has(state));
  if (!unknown.length) return;
  const lines = unknown.map(([state, where]) => `  "${state}" (${where.join('; ')})`);
  throw new VerifyError([
    'These provider states are not in the simulator\'s catalogue:', ...lines,
    'Known states (GET /__sandbox/provider-states lists their params):',
    ...[...known].map((s) => `  "${s}"`),
  ].join('\n'));
}

/** fetch, with a failure to connect named by its URL and its reason (not just "fetch failed"). */
async function call(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    throw new VerifyError(`cannot reach ${url} (${unreachableReason(error)})`);
  }
}

const adminHeaders = (adminToken: string | undefined): Record<string, string> => (adminToken ? { authorization: `Bearer ${adminToken}` } : {});

/** A readable error for a control-plane call the simulator refused. */
async function refused(res: Response, url: string): Promise<VerifyError> {
  const hint = res.status === 401 ? ': the simulator has an admin token; pass it with --admin-token or VIPM_SIM_ADMIN_TOKEN' : '';
  return new VerifyError(`${url} answered ${res.status}${hint} (${(await res.text()).slice(0, 300)})`);
}

async function tokenOf(url: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await call(`${url}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!res.ok) throw new VerifyError(`cannot get a token for client ${clientId} from ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/** Fails early, and readably, when the control plane is out of reach or needs the admin token. */
async function checkControlPlane(url: string, adminToken: string | undefined): Promise<void> {
  const at = `${url}/__sandbox/provider-states`;
  const res = await call(at, { headers: adminHeaders(adminToken) });
  if (!res.ok) throw await refused(res, at);
}

/**
 * Puts the verification client's credentials on requests that carry credentials, unless the
 * interaction's provider state has the param `credentials: "as-sent"` (to verify auth errors).
 * Headers a pact leaves out stay out.
 */
function credentialFilter(url: string, clientId: string, token: string, adminToken: string | undefined): RequestHandler {
  const at = `${url}/__sandbox/provider-states/current`;
  return (req, _res, next) => {
    call(at, { headers: adminHeaders(adminToken) }).then(async (r) => {
      if (!r.ok) throw await refused(r, at);
      return r.json();
    }).then((current: { params?: Record<string, string> }) => {
      if (current.params?.credentials !== 'as-sent') {
        if (req.headers.authorization !== undefined) req.headers.authorization = `Bearer ${token}`;
        if (req.headers['x-api-key'] !== undefined) req.headers['x-api-key'] = clientId;
      }
      next();
    }, next);
  };
}

/**
 * Each catalogue state is set up by POST /__sandbox/provider-states, with the admin token (Pact's
 * own providerStatesSetupUrl cannot send one). Its answer (the params used) goes back to Pact.
 */
function stateHandlers(url: string, adminToken: string | undefined) {
  const at = `${url}/__sandbox/provider-states`;
  const setup = (state: string) => async (params: unknown) => {
    const res = await call(at, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...adminHeaders(adminToken) },
      body: JSON.stringify({ state, params: params ?? {}, action: 'setup' }),
    });
    if (!res.ok) throw await refused(res, at);
    return res.json();
  };
  return Object.fromEntries(providerStateCatalogue().map(({ state }) => [state, setup(state)]));
}

/** Pact validates every key it is given, undefined or not. */
const defined = <T extends object>(options: T): T =>
  Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as T;

/** Resolves when every interaction verifies; rejects with Pact's report otherwise. */
export async function verifyPacts(options: VerifyOptions): Promise<void> {
  const { files, urls } = pactFiles(options.sources);
  checkStates(files);
  if (!files.length && !urls.length && !options.brokerUrl) throw new VerifyError('nothing to verify: name pact files, folders, URLs or --broker-url');
  if (options.brokerUrl && !options.provider) throw new VerifyError('--broker-url needs --provider (the provider name the broker knows)');
  if (options.publish && !options.providerVersion) throw new VerifyError('--publish needs --provider-version');
  process.env.PACT_DO_NOT_TRACK ??= 'true';
  const { Verifier } = await loadPeer('@pact-foundation/pact', 'Pact verification', '-D @pact-foundation/pact@16', () => import('@pact-foundation/pact'));
  let started: RunningSimulator | undefined;
  const url = (options.url ?? (started = await startSimulator()).url).replace(/\/+$/, '');
  const adminToken = options.url ? options.adminToken : undefined;
  try {
    await checkControlPlane(url, adminToken);
    const token = await tokenOf(url, options.clientId, options.clientSecret);
    await new Verifier(defined({
      providerBaseUrl: url,
      provider: options.provider,
      pactUrls: [...files, ...urls],
      pactBrokerUrl: options.brokerUrl,
      pactBrokerToken: options.brokerToken,
      consumerVersionSelectors: options.brokerUrl ? [{ latest: true }] : undefined,
      publishVerificationResult: options.publish || undefined,
      providerVersion: options.providerVersion,
      providerVersionBranch: options.providerBranch,
      stateHandlers: stateHandlers(url, adminToken),
      requestFilter: credentialFilter(url, options.clientId, token, adminToken),
      logLevel: options.logLevel ?? 'warn',
    })).verifyProvider().catch((error: unknown) => {
      throw new VerificationFailed(error instanceof Error ? error.message : String(error));
    });
  } finally {
    await started?.stop();
  }
}
