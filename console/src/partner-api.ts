// The partner's side of a demo: the simulated Partner API (contracts/openapi.yaml), called as a
// partner's client would: a token from /ims/token/v3, X-Api-Key, a fresh X-Correlation-Id.
import type { ShownError } from './api.js';

/** The sandbox client of the default fixtures (fixtures/default.json, distributor 5000000001). */
export const FIXTURE_CLIENT = { clientId: 'vipm-sim-client', clientSecret: 'vipm-sim-secret' };

export interface PartnerAnswer {
  method: string;
  path: string;
  status: number;
  correlationId: string;
  body: unknown;
  /** Adobe's error, as the API gave it, when the status is not 2xx. */
  error?: ShownError;
  /** The token had expired (tokens live 24 simulated hours): a new one was fetched and the call sent again. */
  renewedToken?: boolean;
}

/** A v4 UUID from getRandomValues (crypto.randomUUID needs a secure context; a LAN address is not one). */
export function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const parse = (text: string): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
};

function adobeError(status: number, body: unknown): ShownError | undefined {
  if (status >= 200 && status < 300) return undefined;
  const b = (body ?? {}) as { code?: unknown; message?: unknown; additionalDetails?: unknown; error?: unknown; error_description?: unknown };
  const message = b.message ?? b.error_description ?? b.error ?? (typeof body === 'string' ? body : `HTTP ${status}`);
  return {
    status, code: b.code === undefined ? undefined : String(b.code), message: String(message),
    additionalDetails: Array.isArray(b.additionalDetails) ? b.additionalDetails.map(String) : [],
  };
}

/** One partner: its credentials, its current token, and its calls. */
export class PartnerClient {
  clientId = FIXTURE_CLIENT.clientId;
  clientSecret = FIXTURE_CLIENT.clientSecret;
  private token?: string;

  get hasToken() {
    return this.token !== undefined;
  }

  setCredentials(clientId: string, clientSecret: string) {
    if (clientId !== this.clientId || clientSecret !== this.clientSecret) this.token = undefined;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  /** POST /ims/token/v3 with the client credentials; the answer is shown as any other. */
  async fetchToken(): Promise<PartnerAnswer> {
    this.token = undefined;
    const path = '/ims/token/v3';
    const res = await fetch(path, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: this.clientId, client_secret: this.clientSecret }),
    });
    const body = parse(await res.text()) as { access_token?: string } | undefined;
    if (res.ok && body?.access_token) this.token = body.access_token;
    const shownBody = body && typeof body === 'object' ? { ...body, access_token: body.access_token ? `****${body.access_token.slice(-4)}` : undefined } : body;
    return { method: 'POST', path, status: res.status, correlationId: '', body: shownBody, error: adobeError(res.status, body) };
  }

  private async send(method: string, path: string, body: unknown): Promise<PartnerAnswer> {
    const correlationId = uuid();
    const headers: Record<string, string> = {
      accept: 'application/json', authorization: `Bearer ${this.token}`, 'x-api-key': this.clientId, 'x-correlation-id': correlationId,
    };
    if (method !== 'GET') headers['x-request-id'] = uuid();
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const parsed = parse(await res.text());
    return { method, path, status: res.status, correlationId, body: parsed, error: adobeError(res.status, parsed) };
  }

  /** Sends the call with the current token (fetching one first if there is none; again once if it expired). */
  async call(method: string, path: string, body?: unknown): Promise<PartnerAnswer> {
    if (!this.token) {
      const got = await this.fetchToken();
      if (!this.token) return got;
    }
    const answer = await this.send(method, path, body);
    if (answer.status !== 401) return answer;
    const renewed = await this.fetchToken();
    if (!this.token) return renewed;
    return { ...(await this.send(method, path, body)), renewedToken: true };
  }
}

/** The console's one partner, shared by every view (the credentials last as long as the page). */
export const partner = new PartnerClient();
