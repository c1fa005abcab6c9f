// The request mixes. Every target gets the same method, path, headers and body; only the
// simulator checks the token (Prism and the bare app accept any).
import type { RequestSpec } from 'autocannon';
import { generatedCustomer } from './fixtures.js';

export type ScenarioId = 'patch' | 'get' | 'post' | 'replay' | 'invalid' | 'order' | 'subscriptions'
  | 'orders' | 'customers' | 'resellers' | 'notifications' | 'patch-spread';

export interface Scenario {
  id: ScenarioId;
  title: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  /** Statuses that count as an answer to this request (others are errors). */
  expected: number[];
  /** A new spec for one target process: counters live in it, so ids never repeat in that process. */
  spec(ctx: ScenarioContext): RequestSpec;
  /** The same request once, outside the measurement (captures, and the first call of a replay). */
  once(ctx: ScenarioContext): { method: string; path: string; headers: Record<string, string>; body?: string };
}

export interface ScenarioContext {
  token: string;
  /** Unique per benchmark run and target, so correlation ids and company names never repeat. */
  prefix: string;
  /**
   * Who sends: the load generator's process sets its own, so its fresh ids never meet those the
   * benchmark process sent with `once` (the replayed id is the same for both).
   */
  sender?: string;
}

const ADDRESS = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' };

/** The fixture customer every PATCH and GET is about (Fairmont, fixtures/default.json). */
export const FAIRMONT = '9876543210';
/** Replays go to another fixture customer, so the bare app can tell the answers apart by path. */
const REPLAYED = '1005000004';
/** And the invalid body to a third. */
const INVALID_TARGET = '1005000002';

/** A valid full update of Fairmont that keeps its profile (tests/support/harness.ts fairmontUpdate). */
export const FAIRMONT_UPDATE = JSON.stringify({
  companyProfile: {
    companyName: 'Fairmont',
    preferredLanguage: 'en-US',
    marketSegment: 'COM',
    address: ADDRESS,
    contacts: [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com', phoneNumber: '408-123-4568' }],
  },
});

/** Customer 1005000004 (Acme Subscriptions) resent as it is. */
const ACME_UPDATE = JSON.stringify({
  companyProfile: {
    companyName: 'Acme Subscriptions',
    preferredLanguage: 'en-US',
    marketSegment: 'COM',
    address: { country: 'US', region: 'NY', city: 'New York', addressLine1: '350 Fifth Ave', postalCode: '10118' },
    contacts: [{ firstName: 'Wile', lastName: 'Coyote', email: 'wile@acme.example', phoneNumber: '212-555-0100' }],
  },
});

/** Schema-invalid: a malformed email, a too long city and a field the contract does not define. */
const INVALID_UPDATE = JSON.stringify({
  companyProfile: {
    companyName: 'Springfield Elementary',
    preferredLanguage: 'en-US',
    marketSegment: 'EDU',
    address: { country: 'US', region: 'OR', city: 'S'.repeat(41), addressLine1: '19 Plympton St', postalCode: '97477' },
    contacts: [{ firstName: 'Edna', lastName: 'Krabappel', email: 'not-an-email' }],
    favouriteColour: 'blue',
  },
});

/** A NEW order of one Creative Cloud All Apps licence for Fairmont (it keeps its newest 500 orders). */
const NEW_ORDER = JSON.stringify({ orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 1, currencyCode: 'USD' }] });

/** A valid create (tests/support/harness.ts newCustomer) with a company name and email of its own. */
export function createBody(prefix: string, n: number): string {
  return JSON.stringify({
    resellerId: '5556667778',
    externalReferenceId: `b-${n}`,
    companyProfile: {
      companyName: `Bench ${prefix} ${n}`,
      preferredLanguage: 'en-US',
      marketSegment: 'COM',
      address: ADDRESS,
      contacts: [{ firstName: 'Donald', lastName: 'Duck', email: `donald.${n}@${prefix}.example`, phoneNumber: '408-555-0101' }],
    },
  });
}

function headers(ctx: ScenarioContext, correlationId: string, body: boolean): Record<string, string> {
  const h: Record<string, string> = {
    Authorization: `Bearer ${ctx.token}`,
    'X-Api-Key': 'vipm-sim-client',
    'X-Correlation-Id': correlationId,
    Accept: 'application/json',
  };
  if (body) h['Content-Type'] = 'application/json';
  return h;
}

/** A request with a fresh X-Correlation-Id each time (and, optionally, a body of its own). */
function fresh(method: Scenario['method'], path: string, body: ((prefix: string, n: number) => string) | string | undefined) {
  const counters = new WeakMap<ScenarioContext, { n: number }>();
  const next = (ctx: ScenarioContext) => {
    let c = counters.get(ctx);
    if (!c) counters.set(ctx, (c = { n: 0 }));
    return ++c.n;
  };
  const tag = (ctx: ScenarioContext) => `${ctx.prefix}${ctx.sender ?? ''}`;
  const bodyFor = (ctx: ScenarioContext, n: number) => (typeof body === 'function' ? body(tag(ctx), n) : body);
  return {
    spec(ctx: ScenarioContext): RequestSpec {
      const first = bodyFor(ctx, 0);
      return {
        method,
        path,
        headers: headers(ctx, `${tag(ctx)}-0`, first !== undefined),
        ...(first !== undefined ? { body: first } : {}),
        setupRequest(request) {
          const n = next(ctx);
          request.headers!['X-Correlation-Id'] = `${tag(ctx)}-${n}`;
          if (typeof body === 'function') request.body = body(tag(ctx), n);
          return request;
        },
      };
    },
    once(ctx: ScenarioContext) {
      const n = next(ctx);
      const b = bodyFor(ctx, n);
      return { method, path, headers: headers(ctx, `${tag(ctx)}-${n}`, b !== undefined), ...(b !== undefined ? { body: b } : {}) };
    },
  };
}

/** The same correlation id and body every time: after the first call, every answer is a replay. */
function replayed(method: Scenario['method'], path: string, body: string) {
  const request = (ctx: ScenarioContext) => ({ method, path, headers: headers(ctx, `${ctx.prefix}-replayed`, true), body });
  return { spec: request, once: request };
}

export const SCENARIOS: Scenario[] = [
  { id: 'get', title: `GET /v3/customers/${FAIRMONT}`, method: 'GET', path: `/v3/customers/${FAIRMONT}`, expected: [200], ...fresh('GET', `/v3/customers/${FAIRMONT}`, undefined) },
  { id: 'patch', title: `PATCH /v3/customers/${FAIRMONT} (fresh correlation id)`, method: 'PATCH', path: `/v3/customers/${FAIRMONT}`, expected: [200], ...fresh('PATCH', `/v3/customers/${FAIRMONT}`, FAIRMONT_UPDATE) },
  { id: 'post', title: 'POST /v3/customers (unique company)', method: 'POST', path: '/v3/customers', expected: [201], ...fresh('POST', '/v3/customers', createBody) },
  { id: 'replay', title: `PATCH /v3/customers/${REPLAYED} (replayed correlation id)`, method: 'PATCH', path: `/v3/customers/${REPLAYED}`, expected: [200], ...replayed('PATCH', `/v3/customers/${REPLAYED}`, ACME_UPDATE) },
  // The simulator answers 400 (1117); Prism's mock validates too and answers the contract's 400
  // example, or its own 422 when an operation documents no 400.
  { id: 'invalid', title: `PATCH /v3/customers/${INVALID_TARGET} (invalid body)`, method: 'PATCH', path: `/v3/customers/${INVALID_TARGET}`, expected: [400, 422], ...fresh('PATCH', `/v3/customers/${INVALID_TARGET}`, INVALID_UPDATE) },
  { id: 'order', title: `POST /v3/customers/${FAIRMONT}/orders (NEW, fresh correlation id)`, method: 'POST', path: `/v3/customers/${FAIRMONT}/orders`, expected: [201], ...fresh('POST', `/v3/customers/${FAIRMONT}/orders`, NEW_ORDER) },
  { id: 'subscriptions', title: `GET /v3/customers/${REPLAYED}/subscriptions`, method: 'GET', path: `/v3/customers/${REPLAYED}/subscriptions`, expected: [200], ...fresh('GET', `/v3/customers/${REPLAYED}/subscriptions`, undefined) },
];

/**
 * The lists, for the goals' scale check (bench/goals.ts): each reads the same records with 100
 * customers as with 100,000 (the default state's reseller, distributor and customer), so what
 * changes is only how much else the state holds.
 */
const LISTED_RESELLER = '5556667778';
export const LIST_SCENARIOS: Scenario[] = [
  { id: 'orders', title: `GET /v3/customers/${FAIRMONT}/orders`, method: 'GET', path: `/v3/customers/${FAIRMONT}/orders`, expected: [200], ...fresh('GET', `/v3/customers/${FAIRMONT}/orders`, undefined) },
  { id: 'customers', title: `GET /v3/resellers/${LISTED_RESELLER}/customers`, method: 'GET', path: `/v3/resellers/${LISTED_RESELLER}/customers`, expected: [200], ...fresh('GET', `/v3/resellers/${LISTED_RESELLER}/customers`, undefined) },
  { id: 'resellers', title: 'GET /v3/resellers', method: 'GET', path: '/v3/resellers', expected: [200], ...fresh('GET', '/v3/resellers', undefined) },
  {
    id: 'notifications', title: `GET /v3/notifications (reseller ${LISTED_RESELLER})`, method: 'GET', expected: [200],
    path: `/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=${LISTED_RESELLER}`,
    ...fresh('GET', `/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=${LISTED_RESELLER}`, undefined),
  },
];

/** How many generated customers (bench/fixtures.ts, a fixture file of 100 customers or more) the spread PATCHes take turns on. */
export const SPREAD_CUSTOMERS = 90;

/** PATCH of a different customer each request (the generated ones, each resent as it is): calls that a lock per customer lets run at once. */
function spreadPatches(): Pick<Scenario, 'spec' | 'once'> {
  const path = (i: number) => `/v3/customers/${3_000_000_000 + (i % SPREAD_CUSTOMERS)}`;
  const body = (i: number) => {
    const { companyName, preferredLanguage, marketSegment, address, contacts } = generatedCustomer(i % SPREAD_CUSTOMERS).companyProfile as Record<string, unknown>;
    return JSON.stringify({ companyProfile: { companyName, preferredLanguage, marketSegment, address, contacts } });
  };
  const counters = new WeakMap<ScenarioContext, { n: number }>();
  const next = (ctx: ScenarioContext) => {
    let c = counters.get(ctx);
    if (!c) counters.set(ctx, (c = { n: 0 }));
    return c.n++;
  };
  const tag = (ctx: ScenarioContext) => `${ctx.prefix}${ctx.sender ?? ''}`;
  return {
    spec(ctx) {
      return {
        method: 'PATCH', path: path(0), headers: headers(ctx, `${tag(ctx)}-s`, true), body: body(0),
        setupRequest(request) {
          const n = next(ctx);
          request.path = path(n);
          request.body = body(n);
          request.headers!['X-Correlation-Id'] = `${tag(ctx)}-s${n}`;
          return request;
        },
      };
    },
    once(ctx) {
      const n = next(ctx);
      return { method: 'PATCH', path: path(n), headers: headers(ctx, `${tag(ctx)}-s${n}`, true), body: body(n) };
    },
  };
}

/** The stores' scenarios beyond the ones above (bench/pg-locks.ts). */
export const STORE_SCENARIOS: Scenario[] = [
  { id: 'patch-spread', title: `PATCH /v3/customers/{one of ${SPREAD_CUSTOMERS} customers in turn} (fresh correlation id)`, method: 'PATCH', path: '/v3/customers/{id}', expected: [200], ...spreadPatches() },
];

export function scenario(id: ScenarioId): Scenario {
  return [...SCENARIOS, ...LIST_SCENARIOS, ...STORE_SCENARIOS].find((s) => s.id === id)!;
}
