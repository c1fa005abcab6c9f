// partnerClient(): a partner's test client of the simulated Partner API, ready in one call. It
// fetches an IMS token, puts Adobe's headers on every call (a fresh X-Correlation-Id each), and
// fetches a new token when the simulated clock has expired the old one. `invoke(operationId, …)`
// calls any operation of contracts/openapi.yaml, typed from the contract; the customer methods'
// answer types below are written out by hand and kept small.
import { randomUUID } from 'node:crypto';
import { OPERATIONS } from '../api-types/generated/openapi-operations.js';
import type { PartnerCallInput, PartnerOperationId, PartnerOperations, ResultOf } from '../api-types/operation-types.js';
import { fetchOrExplain } from '../control-plane/unreachable.js';
import { pathOf, queryOf } from './operation-url.js';

export type { PartnerCallInput, PartnerOperationId };

export interface PartnerClientOptions {
  /** Default `vipm-sim-client`, the default fixtures' client. */
  clientId?: string;
  /** Default `vipm-sim-secret`. */
  clientSecret?: string;
  /** A fetch of one's own (default: the global fetch). */
  fetch?: typeof fetch;
}

export interface PartnerRequest {
  /** A list is sent as the parameter repeated. */
  query?: Record<string, string | number | boolean | ReadonlyArray<string | number> | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /** Added to (or replacing) the client's headers. */
  headers?: Record<string, string>;
}

export interface PartnerAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
  /** The X-Correlation-Id the call was sent with. */
  correlationId: string;
}

/** The contract's Address and Contact (contracts/openapi.yaml). */
export interface CustomerAddress { country: string; region: string; city: string; addressLine1: string; addressLine2?: string; postalCode: string; phoneNumber?: string }
export interface CustomerContact { firstName: string; lastName: string; email: string; phoneNumber?: string }

/** CreateCustomerRequest; UpdateCustomerRequest is the same without resellerId and cotermDate. */
export interface CustomerRequest {
  resellerId?: string;
  externalReferenceId?: string;
  cotermDate?: string;
  globalSalesEnabled?: boolean;
  linkedMembership?: { type: 'STANDARD' | 'CONSORTIUM'; name: string };
  companyProfile: {
    companyName: string;
    preferredLanguage: string;
    marketSegment?: 'COM' | 'EDU' | 'GOV';
    marketSubSegments?: string[];
    address: CustomerAddress;
    contacts: CustomerContact[];
  };
  benefits?: Array<Record<string, unknown>>;
}

/** The contract's Customer. */
export interface CustomerAnswer {
  customerId: string;
  resellerId: string;
  externalReferenceId: string;
  globalSalesEnabled: boolean;
  /** '1000' active, '1002' pending, … */
  status: string;
  companyProfile: Required<Omit<CustomerRequest['companyProfile'], 'marketSegment'>> & { marketSegment: 'COM' | 'EDU' | 'GOV' };
  discounts: Array<{ offerType: 'LICENSE' | 'CONSUMABLES'; level: string }>;
  tags?: string[];
  cotermDate: string;
  creationDate: string;
  benefits: Array<Record<string, unknown>>;
  linkedMembership?: Record<string, unknown>;
  links: { self: { uri: string; method: string; headers: unknown[] } };
}

/** The contract's CustomerList. */
export interface CustomerListAnswer {
  totalCount: number;
  count: number;
  offset: number;
  limit: number;
  accounts: Array<Pick<CustomerAnswer, 'externalReferenceId' | 'customerId' | 'resellerId' | 'status' | 'creationDate' | 'links'> & { companyProfile: { companyName: string } }>;
}

/** A non-2xx answer of a typed method: Adobe's code, message and additionalDetails (IMS's `error` on the token endpoint). */
export class PartnerApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly additionalDetails: string[], readonly body: unknown) {
    super(message);
    this.name = 'PartnerApiError';
  }
}

export interface PartnerClient {
  url: string;
  /** Any call of the Partner API: the answer whatever its status. */
  request<T = any>(method: string, path: string, request?: PartnerRequest): Promise<PartnerAnswer<T>>;
  /**
   * Any operation of contracts/openapi.yaml by its operationId (`createOrder`, `getSubscription`,
   * `createTransfer`…), its path parameters, query and body typed from the contract; answers the
   * success body, and rejects with a PartnerApiError for any other status.
   */
  invoke<Id extends PartnerOperationId>(operationId: Id, input?: PartnerCallInput<Id>): Promise<ResultOf<PartnerOperations[Id]>>;
  createCustomer(body: CustomerRequest & { resellerId: string }): Promise<CustomerAnswer>;
  getCustomer(customerId: string): Promise<CustomerAnswer>;
  updateCustomer(customerId: string, body: Omit<CustomerRequest, 'resellerId' | 'cotermDate'>): Promise<CustomerAnswer>;
  listCustomers(resellerId: string, query?: PartnerRequest['query']): Promise<CustomerListAnswer>;
  /** The access token the next call sends (a new one after an expiry). */
  token(): Promise<string>;
}

const TOKEN_EXPIRED = '4116';

function errorOf(status: number, body: any, what: string): PartnerApiError {
  const code = String(body?.code ?? body?.error ?? status);
  const message = String(body?.message ?? body?.error_description ?? `HTTP ${status}`);
  return new PartnerApiError(status, code, `${what} answered ${status} ${code}: ${message}`, Array.isArray(body?.additionalDetails) ? body.additionalDetails.map(String) : [], body);
}

async function bodyOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** A ready client of the simulator at `target` (a URL, or what startSimulator answered); rejects when the credentials get no token. */
export async function partnerClient(target: string | { url: string }, options: PartnerClientOptions = {}): Promise<PartnerClient> {
  const url = (typeof target === 'string' ? target : target.url).replace(/\/+$/, '');
  const { clientId = 'vipm-sim-client', clientSecret = 'vipm-sim-secret' } = options;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function newToken(): Promise<string> {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    const res = await fetchOrExplain(doFetch, `${url}/ims/token/v3`, { method: 'POST', body: form });
    const body = await bodyOf(res) as { access_token?: string };
    if (!res.ok || !body?.access_token) throw errorOf(res.status, body, `POST /ims/token/v3 for client ${clientId}`);
    return body.access_token;
  }

  let token = await newToken();

  async function send<T>(method: string, path: string, request: PartnerRequest): Promise<PartnerAnswer<T>> {
    const correlationId = randomUUID();
    const headers: Record<string, string> = {
      authorization: `Bearer ${token}`, 'x-api-key': clientId, 'x-correlation-id': correlationId, accept: 'application/json',
      ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers,
    };
    const res = await fetchOrExplain(doFetch, `${url}${path}${queryOf(request.query)}`, {
      method, headers, body: request.body === undefined ? undefined : JSON.stringify(request.body),
    });
    return { status: res.status, body: await bodyOf(res) as T, headers: res.headers, correlationId };
  }

  async function request<T>(method: string, path: string, req: PartnerRequest = {}): Promise<PartnerAnswer<T>> {
    const answer = await send<T>(method, path, req);
    const expired = answer.status === 401 && (answer.body as { code?: string } | undefined)?.code === TOKEN_EXPIRED && !req.headers?.authorization;
    if (!expired) return answer;
    // The simulated clock moved past the token's lifetime: the call never ran, so it is sent again as new.
    token = await newToken();
    return send<T>(method, path, req);
  }

  async function ok<T>(method: string, path: string, req: PartnerRequest = {}): Promise<T> {
    const answer = await request<T>(method, path, req);
    if (answer.status >= 300) throw errorOf(answer.status, answer.body, `${method} ${path}`);
    return answer.body;
  }

  const id = encodeURIComponent;
  return {
    url,
    request,
    createCustomer: (body) => ok('POST', '/v3/customers', { body }),
    getCustomer: (customerId) => ok('GET', `/v3/customers/${id(customerId)}`),
    updateCustomer: (customerId, body) => ok('PATCH', `/v3/customers/${id(customerId)}`, { body }),
    listCustomers: (resellerId, query) => ok('GET', `/v3/resellers/${id(resellerId)}/customers`, { query }),
    invoke: (operationId, input = {}) => {
      const { method, path } = OPERATIONS[operationId];
      return ok(method, pathOf(path, input.path), { query: input.query as PartnerRequest['query'], body: input.body, headers: input.headers });
    },
    token: async () => token,
  };
}
