// A small client of Adobe's VIP Marketplace customer API, as a partner integration would write
// it: an IMS token, then the customer calls with Adobe's headers. Point `baseUrl` at Adobe, at
// vipm-sim, or at a Pact mock server.
import { randomUUID } from 'node:crypto';

export interface ClientOptions {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** A new X-Correlation-Id per call unless the caller gives one (to retry a timeout). */
  correlationId?: () => string;
}

export interface AdobeError {
  code: string;
  message: string;
  additionalDetails: string[];
}

export class VipmpError extends Error {
  constructor(readonly status: number, readonly body: AdobeError) {
    super(`${status} ${body.code}: ${body.message}`);
  }
}

export interface CallOptions {
  correlationId?: string;
  requestId?: string;
}

export class VipmpClient {
  private token: string | undefined;

  constructor(private readonly options: ClientOptions) {}

  /** IMS v3 takes the credentials as a form body; v2 takes the same fields as query parameters. */
  async getToken(version: 'v3' | 'v2' = 'v3'): Promise<{ access_token: string; token_type: string; expires_in: number }> {
    const fields = new URLSearchParams({
      grant_type: 'client_credentials', client_id: this.options.clientId,
      client_secret: this.options.clientSecret, scope: 'openid,AdobeID,read_organizations',
    }).toString();
    const res = version === 'v3'
      ? await fetch(`${this.options.baseUrl}/ims/token/v3`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: fields })
      : await fetch(`${this.options.baseUrl}/ims/token/v2?${fields}`, { method: 'POST' });
    if (!res.ok) throw new Error(`token request failed: ${res.status} ${await res.text()}`);
    const body = await res.json();
    this.token = body.access_token;
    return body;
  }

  /** Use a token obtained elsewhere. */
  useToken(token: string): void {
    this.token = token;
  }

  private async call<T>(method: string, path: string, body?: unknown, options: CallOptions & { json?: boolean } = {}): Promise<T> {
    if (!this.token) await this.getToken();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${this.token}`,
      'X-Api-Key': this.options.clientId,
      'X-Correlation-Id': options.correlationId ?? (this.options.correlationId ?? randomUUID)(),
      Accept: 'application/json',
    };
    if (options.requestId) headers['X-Request-Id'] = options.requestId;
    if (body !== undefined || options.json) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${this.options.baseUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const payload = await res.json();
    if (!res.ok) throw new VipmpError(res.status, payload);
    return payload as T;
  }

  createCustomer(customer: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('POST', '/v3/customers', customer, options);
  }

  getCustomer(customerId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}`, undefined, options);
  }

  updateCustomer(customerId: string, update: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('PATCH', `/v3/customers/${encodeURIComponent(customerId)}`, update, options);
  }

  listCustomers(resellerId: string, query: Record<string, string | number> = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('GET', `/v3/resellers/${encodeURIComponent(resellerId)}/customers${qs ? `?${qs}` : ''}`, undefined, options);
  }

  createReseller(reseller: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('POST', '/v3/resellers', reseller, options);
  }

  getReseller(resellerId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/resellers/${encodeURIComponent(resellerId)}`, undefined, options);
  }

  updateReseller(resellerId: string, update: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('PATCH', `/v3/resellers/${encodeURIComponent(resellerId)}`, update, options);
  }

  listResellers(query: Record<string, string | number> = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('GET', `/v3/resellers${qs ? `?${qs}` : ''}`, undefined, options);
  }

  /** VIP to VIP Marketplace migration: the offers a VIP membership would transfer (query: ignore-order-return, expire-open-pas). */
  previewMembershipOffers(membershipId: string, query: Record<string, string | boolean> = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('GET', `/v3/memberships/${encodeURIComponent(membershipId)}/offers${qs ? `?${qs}` : ''}`, undefined, options);
  }

  transferMembership(membershipId: string, resellerId: string, query: Record<string, string | boolean> = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('POST', `/v3/memberships/${encodeURIComponent(membershipId)}/transfers${qs ? `?${qs}` : ''}`, { resellerId }, options);
  }

  getMembershipTransfer(membershipId: string, transferId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/memberships/${encodeURIComponent(membershipId)}/transfers/${encodeURIComponent(transferId)}`, undefined, options);
  }

  searchLinkedMembershipGroups(query: { country: string; name?: string }, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as Array<[string, string]>).toString();
    return this.call<Array<Record<string, any>>>('GET', `/v3/linked_membership_groups?${qs}`, undefined, options);
  }

  /** Adds an LGA customer to an LGA linked membership (no body; Content-Type is still sent). */
  enrollInLinkedMembership(customerId: string, linkedMembershipId: string, options?: CallOptions) {
    return this.call<{ message: string }>('POST', `/v3/customers/${encodeURIComponent(customerId)}/linked_membership/enroll/${encodeURIComponent(linkedMembershipId)}`, undefined, { ...options, json: true });
  }

  /** The customers of a reseller with licences pending a partner order (LICENSES_PENDING_PARTNER_ORDER). */
  getPendingOrderNotifications(resellerId: string, page: { limit?: number; offset?: number } = {}, options?: CallOptions) {
    const qs = new URLSearchParams({ 'notification-type': 'LICENSES_PENDING_PARTNER_ORDER', 'reseller-id': resellerId, limit: String(page.limit ?? 10), offset: String(page.offset ?? 0) });
    return this.call<Record<string, any>>('GET', `/v3/notifications?${qs}`, undefined, options);
  }

  /** Previews or commits a reseller change with the customer's approval code (action PREVIEW or COMMIT). */
  transferReseller(request: { type: 'RESELLER_CHANGE'; action: 'PREVIEW' | 'COMMIT'; approvalCode: string; resellerId: string; requestedBy?: string }, options?: CallOptions) {
    return this.call<Record<string, any>>('POST', '/v3/transfers', request, options);
  }

  getResellerTransfer(transferId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/transfers/${encodeURIComponent(transferId)}`, undefined, options);
  }

  getOpenAcquisitions(customerId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/open-acquisitions`, undefined, options);
  }

  /** PREVIEW, NEW, RETURN or a switch order; `fetchPrice` asks for the pricing of a preview. */
  createOrder(customerId: string, order: unknown, options: CallOptions & { fetchPrice?: boolean } = {}) {
    return this.call<Record<string, any>>('POST', `/v3/customers/${encodeURIComponent(customerId)}/orders${options.fetchPrice ? '?fetch-price=true' : ''}`, order, options);
  }

  getOrder(customerId: string, orderId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/orders/${encodeURIComponent(orderId)}`, undefined, options);
  }

  /** Repeated filters (`status: ['1000', '1002']`) are sent as repeated parameters. */
  getOrderHistory(customerId: string, query: Record<string, string | string[]> = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => [v].flat().map((one) => [k, one]))).toString();
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/orders${qs ? `?${qs}` : ''}`, undefined, options);
  }

  /** GET /v3/flex-discounts (market-segment and country required), e.g. before a PREVIEW. */
  getFlexDiscounts(query: Record<string, string>, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/flex-discounts?${new URLSearchParams(query)}`, undefined, options);
  }

  getSubscriptions(customerId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/subscriptions`, undefined, options);
  }

  updateSubscription(customerId: string, subscriptionId: string, update: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('PATCH', `/v3/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`, update, options);
  }

  /** Mid-term upgrade paths: by `market-segment` and `country`, or by `customer-id` and `subscription-id`. */
  getOfferSwitchPaths(query: Record<string, string | number>, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('GET', `/v3/offer-switch-paths${qs ? `?${qs}` : ''}`, undefined, options);
  }

  getPriceList(request: unknown, query: { limit?: number; offset?: number } = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('POST', `/v3/pricelist${qs ? `?${qs}` : ''}`, request, options);
  }

  /** A deployment of a global customer: an address outside its country. */
  createDeployment(customerId: string, deployment: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('POST', `/v3/customers/${encodeURIComponent(customerId)}/deployments`, deployment, options);
  }

  getDeployments(customerId: string, query: { status?: string; limit?: number; offset?: number } = {}, options?: CallOptions) {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/deployments${qs ? `?${qs}` : ''}`, undefined, options);
  }

  getDeployment(customerId: string, deploymentId: string, options?: CallOptions) {
    return this.call<Record<string, any>>('GET', `/v3/customers/${encodeURIComponent(customerId)}/deployments/${encodeURIComponent(deploymentId)}`, undefined, options);
  }

  updateDeployment(customerId: string, deploymentId: string, update: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('PATCH', `/v3/customers/${encodeURIComponent(customerId)}/deployments/${encodeURIComponent(deploymentId)}`, update, options);
  }

  fetchRecommendations(request: unknown, options?: CallOptions) {
    return this.call<Record<string, any>>('POST', '/v3/recommendations', request, options);
  }
}
