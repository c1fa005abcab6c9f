// `vipm-sim verify`: verifies pacts against a simulator, with its provider states set up
// through /__sandbox/provider-states and valid credentials put on each request, so a pact
// passes or fails on its interactions rather than on the token its consumer test used.
import type { RequestHandler } from 'express';
import { startSimulator, type RunningSimulator } from '../index.js';
import { loadPeer } from '../optional-peer.js';
import { providerStateCatalogue } from '../service/provider-states.js';
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
  logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'trace';
  log?: (line: string) => void;
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

async function tokenOf(url: string, clientId: string, clientSecret: string): Promise<string> {
  const res = await fetch(`${url}/ims/token/v3`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
  });
  if (!res.ok) throw new VerifyError(`cannot get a token for client ${clientId} from ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()).access_token;
}

/**
 * Puts the verification client's credentials on requests that carry credentials, unless the
 * interaction's provider state has the param `credentials: "as-sent"` (to verify auth errors).
 * Headers a pact leaves out stay out.
 */
function credentialFilter(url: string, clientId: string, token: string): RequestHandler {
  return (req, _res, next) => {
    fetch(`${url}/__sandbox/provider-states/current`).then((r) => r.json()).then((current: { params?: Record<string, string> }) => {
      if (current.params?.credentials !== 'as-sent') {
        if (req.headers.authorization !== undefined) req.headers.authorization = `Bearer ${token}`;
        if (req.headers['x-api-key'] !== undefined) req.headers['x-api-key'] = clientId;
      }
      next();
    }, next);
  };
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
  const url = options.url ?? (started = await startSimulator({ log: options.log })).url;
  try {
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
      providerStatesSetupUrl: `${url}/__sandbox/provider-states`,
      requestFilter: credentialFilter(url, options.clientId, token),
      logLevel: options.logLevel ?? 'warn',
    })).verifyProvider().catch((error: unknown) => {
      throw new VerificationFailed(error instanceof Error ? error.message : String(error));
    });
  } finally {
    await started?.stop();
  }
}
