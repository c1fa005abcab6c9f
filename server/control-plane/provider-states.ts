// Pact provider states: each named state resets the simulator to its start fixtures and seeds
// what the state says, with the ids its params give (so a pact's paths find what they name).
// A state is made of control-plane operations and, where it needs a call already made, calls of
// the partner API: nothing edits the stored state behind their back.
import { ACTIVE, BLOCKED, INACTIVE, PENDING } from '../domain/customers/account-status.js';
import type { ApiResponse } from '../partner-api/api-call.js';
import type { PartnerOperationId } from '../partner-api/call-context.js';
import type { PartnerApi } from '../partner-api/partner-api.js';
import { errors } from '../domain/protocol/errors.js';
import { addDays, addYears, isoDate } from '../domain/time.js';
import type { MarketSegment } from '../domain/types.js';
import type { ControlPlane, CustomerSeed } from './control-plane.js';
import { orderProviderStates } from './order-provider-states.js';
import { switchProviderStates } from './switch-provider-states.js';
import { migrationProviderStates } from './migration-provider-states.js';
import { flexDiscountProviderStates } from './flex-discount-provider-states.js';
import { deploymentProviderStates } from './deployment-provider-states.js';
import { transferProviderStates } from './transfer-provider-states.js';
import { renewalProviderStates } from './renewal-provider-states.js';

export type Params = Record<string, string>;

/** What provider states are made of. */
export interface ProviderStateTools {
  controlPlane: ControlPlane;
  partner: Pick<PartnerApi, 'call' | 'token'>;
  /** Back to the start fixtures, keeping the journal (a verification reads it across states). */
  resetState(): Promise<void>;
  remember(current: { state: string; params: Params }): Promise<void>;
}
export type Sim = ProviderStateTools;

export interface ProviderState {
  state: string;
  description: string;
  /** Each param with what it means and its default. */
  params: Record<string, string>;
  setup(sim: Sim, params: Params): Promise<void>;
}

const DEFAULT_DISTRIBUTOR = '5000000001';

async function ensureReseller(sim: Sim, resellerId: string, fields: { status?: typeof ACTIVE | typeof INACTIVE; marketSegments?: MarketSegment[] } = {}) {
  const existing = (await sim.controlPlane.resellers()).find((r) => r.resellerId === resellerId);
  if (existing && !fields.status && !fields.marketSegments) return;
  await sim.controlPlane.seedReseller(resellerId, {
    distributorId: DEFAULT_DISTRIBUTOR, companyName: `Reseller ${resellerId}`, status: fields.status ?? ACTIVE,
    marketSegments: fields.marketSegments ?? ['COM', 'EDU'],
  });
}

const segments = (list: string | undefined) => list?.split(',').map((s) => s.trim()) as MarketSegment[] | undefined;

export async function seedCustomer(sim: Sim, params: Params, fields: Partial<CustomerSeed> = {}) {
  const customerId = params.customerId ?? '9876543210';
  const resellerId = params.resellerId ?? '5556667778';
  await ensureReseller(sim, resellerId, { marketSegments: segments(params.resellerMarketSegments) });
  await sim.controlPlane.seedCustomer(customerId, {
    resellerId,
    externalReferenceId: params.externalReferenceId ?? '342',
    status: '1000',
    cotermDate: '2027-05-02',
    creationDate: '2019-05-02T22:49:52Z',
    companyProfile: {
      companyName: params.companyName ?? 'Fairmont',
      preferredLanguage: 'en-US',
      marketSegment: 'COM',
      address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' },
      contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: params.contactEmail ?? 'mickey@mouse.com', phoneNumber: '408-123-4567' }],
    },
    ...fields,
  });
}

async function today(sim: Sim): Promise<string> {
  return isoDate(new Date((await sim.controlPlane.clock()).now));
}

export const CUSTOMER_PARAMS = {
  customerId: 'the customer id (default 9876543210)',
  resellerId: 'its reseller, created under distributor 5000000001 if missing (default 5556667778)',
  resellerMarketSegments: 'the segments that reseller is enabled for, comma-separated (default COM,EDU)',
  companyName: 'default Fairmont',
  externalReferenceId: 'default 342',
  contactEmail: 'the one contact\'s email (default mickey@mouse.com)',
};

/** The profile of the customer seedCustomer makes, as a client resends it in an update. */
const seededUpdate = (params: Params, externalReferenceId: string) => ({
  externalReferenceId,
  companyProfile: {
    companyName: params.companyName ?? 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' },
    contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: params.contactEmail ?? 'mickey@mouse.com', phoneNumber: '408-123-4567' }],
  },
});

interface StateCall {
  operationId: PartnerOperationId;
  method: string;
  path: string;
  params: Record<string, string>;
  headers: Record<string, string>;
  body?: Buffer;
}

/** A call of the partner API as the client would make it, with a token of its own. */
export async function partnerCall(sim: Sim, clientId: string, call: StateCall): Promise<ApiResponse> {
  const { operationId, ...rest } = call;
  const authorization = `Bearer ${await tokenFor(sim, clientId)}`;
  return sim.partner.call(operationId, { ...rest, query: {}, headers: { ...rest.headers, authorization, 'x-api-key': clientId } });
}

/** A token of a client of the state, for calls a state makes through the API itself. */
export async function tokenFor(sim: Sim, clientId: string): Promise<string> {
  const doc = await sim.controlPlane.state();
  const client = doc.distributors.flatMap((d) => d.clients).find((c) => c.clientId === clientId);
  if (!client) throw errors.invalidFields(['clientId'], `Some fields are invalid: no client ${clientId} in the state`);
  const response = await sim.partner.token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
  return JSON.parse(response.body).access_token;
}

const GOV_PROFILE = (params: Params, companyName: string): CustomerSeed['companyProfile'] => ({
  companyName: params.companyName ?? companyName, preferredLanguage: 'en-US', marketSegment: 'GOV', marketSubSegments: ['FEDERAL'],
  address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' },
  contacts: [{ firstName: 'Donald', lastName: 'Duck', email: params.contactEmail ?? 'donald@duck.com', phoneNumber: '408-123-4567' }],
});
const ACTIVE_LGA = { status: 'ACTIVE' as const, requestedAt: '2026-01-05T10:00:00.000Z', upgradeDate: null, failureReason: null };

/** An active LGA customer (GOV FEDERAL, US) of the GOV reseller 5556667781 unless params say otherwise. */
async function seedLgaCustomer(sim: Sim, params: Params, fields: Partial<CustomerSeed> = {}) {
  await seedCustomer(sim, { resellerId: '5556667781', resellerMarketSegments: 'GOV', ...params }, {
    companyProfile: GOV_PROFILE(params, 'Fairmont'), lga: ACTIVE_LGA, discounts: [{ offerType: 'LICENSE', level: '06' }, { offerType: 'CONSUMABLES', level: 'T1' }],
    subscriptions: { renewalQuantity: 150, teamOrConsumablesAutoRenewal: false }, ...fields,
  });
}

const LGA_PARAMS = { ...CUSTOMER_PARAMS, resellerId: 'its reseller (default 5556667781, GOV)', contactEmail: 'default donald@duck.com' };

export const PROVIDER_STATES: ProviderState[] = [
  {
    state: 'the default fixtures', description: 'The simulator as it started (fixtures/default.json by default).', params: {},
    setup: async () => {},
  },
  {
    state: 'an active customer exists', description: 'An active (1000) COM customer with one contact, Mickey Mouse.', params: CUSTOMER_PARAMS,
    setup: (sim, p) => seedCustomer(sim, p),
  },
  {
    state: 'a pending customer exists', description: 'A customer still pending (1002) that never activates by itself.', params: CUSTOMER_PARAMS,
    setup: (sim, p) => seedCustomer(sim, p, { status: PENDING, activatesAt: null }),
  },
  {
    state: 'a blocked customer exists', description: 'A blocked (1012) customer.', params: CUSTOMER_PARAMS,
    setup: (sim, p) => seedCustomer(sim, p, { status: BLOCKED }),
  },
  ...orderProviderStates(),
  ...switchProviderStates(),
  ...migrationProviderStates(),
  ...flexDiscountProviderStates(),
  ...deploymentProviderStates(),
  ...transferProviderStates(),
  ...renewalProviderStates(),
  {
    state: 'a customer with a COMMITTED 3YC in its recommitment window', description: 'A COMMITTED 3YC of 50 licenses ending in 15 days.', params: CUSTOMER_PARAMS,
    setup: async (sim, p) => {
      const endDate = addDays(await today(sim), 15);
      const commitment = { startDate: addDays(addYears(endDate, -3), 1), endDate, status: 'COMMITTED' as const, minimumQuantities: [{ offerType: 'LICENSE' as const, quantity: 50 }] };
      await seedCustomer(sim, p, { threeYearCommit: { commitment, commitmentRequest: null, recommitmentRequest: null }, discounts: [{ offerType: 'LICENSE', level: '13' }] });
    },
  },
  {
    state: 'a customer with a COMMITTED 3YC exists', description: 'A COMMITTED 3YC of 50 licenses ending in two years (before its recommitment window).', params: CUSTOMER_PARAMS,
    setup: async (sim, p) => {
      const startDate = await today(sim);
      const commitment = { startDate, endDate: addDays(addYears(startDate, 2), -1), status: 'COMMITTED' as const, minimumQuantities: [{ offerType: 'LICENSE' as const, quantity: 50 }] };
      await seedCustomer(sim, p, { threeYearCommit: { commitment, commitmentRequest: null, recommitmentRequest: null }, discounts: [{ offerType: 'LICENSE', level: '13' }] });
    },
  },
  {
    state: 'a customer with a linked membership exists', description: 'An active customer that owns a STANDARD linked membership.', params: CUSTOMER_PARAMS,
    setup: (sim, p) => seedCustomer(sim, p, {
      linkedMembership: { id: '51001315', name: 'This is the Group Created for 1005513636', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2024-07-17T03:47:35' },
    }),
  },
  {
    state: 'an LGA customer exists', description: 'An active Large Government Agency customer (GOV FEDERAL, US, LICENSE level 06, 150 licences) of the LGA-enabled distributor.', params: LGA_PARAMS,
    setup: (sim, p) => seedLgaCustomer(sim, p),
  },
  {
    state: 'a customer with a pending LGA upgrade exists', description: 'A GOV FEDERAL customer converting to LGA (PENDING_UPGRADE) at its anniversary in 15 days, renewing 150 licences.', params: LGA_PARAMS,
    setup: async (sim, p) => {
      const upgradeDate = addDays(await today(sim), 15);
      await seedLgaCustomer(sim, p, { cotermDate: upgradeDate, lga: { ...ACTIVE_LGA, status: 'PENDING_UPGRADE', upgradeDate }, discounts: [{ offerType: 'LICENSE', level: '04' }, { offerType: 'CONSUMABLES', level: 'T1' }] });
    },
  },
  {
    state: 'an LGA linked membership group with members exists',
    description: 'An LGA group (terms accepted) owned by an LGA customer with one member, and the LGA customer customerId, not in any group, ready to enrol.',
    params: { ...LGA_PARAMS, linkedMembershipId: 'the group (default 51002001)', name: 'its name (default Federal Agencies Group)', ownerId: 'default 1005700001', memberId: 'default 1005700002' },
    setup: async (sim, p) => {
      const id = p.linkedMembershipId ?? '51002001';
      const ownerId = p.ownerId ?? '1005700001';
      const memberId = p.memberId ?? '1005700002';
      const group = {
        id, name: p.name ?? 'Federal Agencies Group', type: 'STANDARD' as const, creationDate: '2026-05-31T10:35:01'
      };
      const owner = { id, name: group.name, type: group.type, linkedMembershipType: 'OWNER' as const, creationDate: group.creationDate, country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY' as const] };
      await seedLgaCustomer(sim, { ...p, customerId: ownerId, companyName: 'Federal Agency Owner', contactEmail: 'owner@agency.example' }, { linkedMembership: owner });
      await seedLgaCustomer(sim, { ...p, customerId: memberId, companyName: 'Federal Agency Member', contactEmail: 'member@agency.example' });
      await seedLgaCustomer(sim, p);
      // The owner has accepted the terms (a seeded owner's group may have them already) and hands the member a code, which it joins with, all in Admin Console.
      if ((await sim.controlPlane.linkedMembershipGroup(id)).termsAcceptanceStatus !== 'ACCEPTED') await sim.controlPlane.answerLinkedMembershipTerms(id, 'ACCEPTED');
      const { code } = await sim.controlPlane.issueLinkedMembershipCode(id);
      await sim.controlPlane.joinLinkedMembership(memberId, code);
    },
  },
  {
    state: 'a customer with open acquisitions exists', description: 'An active customer that added two licences in Admin Console (Audition and Acrobat Pro, one each) a day ago, not yet ordered.', params: CUSTOMER_PARAMS,
    setup: async (sim, p) => {
      const now = new Date((await sim.controlPlane.clock()).now);
      const at = (offsetSeconds: number, days = 0) => `${new Date(now.getTime() - 86_400_000 + offsetSeconds * 1000 + days * 86_400_000).toISOString().slice(0, 19)}Z`;
      await seedCustomer(sim, p, {
        openAcquisitions: [
          { referenceId: 'PO281097476551717943', creationDate: at(0), expiryDate: at(0, 7), quantity: 1, productName: 'Audition', baseOfferId: '30006208CA01A12' },
          { referenceId: 'PO281097476551717943', creationDate: at(1), expiryDate: at(1, 7), quantity: 1, productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12' },
        ],
      });
    },
  },
  {
    state: 'an API client exists', description: 'An API client (X-Api-Key and secret for the token endpoint) of a distributor.',
    params: { clientId: 'required', clientSecret: 'required', distributorId: 'default 5000000001' },
    setup: async (sim, p) => {
      if (!p.clientId || !p.clientSecret) throw errors.missingFields(['params.clientId', 'params.clientSecret'], 'Request is missing required fields: the state needs params clientId and clientSecret');
      await sim.controlPlane.putApiClient(p.distributorId ?? DEFAULT_DISTRIBUTOR, p.clientId, p.clientSecret);
    },
  },
  {
    state: 'a request id was already used', description: 'An active customer, and an X-Request-Id the client already sent (so a new call with it gets 4120).',
    params: { ...CUSTOMER_PARAMS, requestId: 'required', clientId: 'whose request id (default vipm-sim-client)' },
    setup: async (sim, p) => {
      if (!p.requestId) throw errors.missingFields(['params.requestId'], 'Request is missing required fields: the state needs params requestId');
      await seedCustomer(sim, p);
      const customerId = p.customerId ?? '9876543210';
      const sent = await partnerCall(sim, p.clientId ?? 'vipm-sim-client', {
        operationId: 'getCustomer', method: 'GET', path: `/v3/customers/${customerId}`, params: { 'customer-id': customerId },
        headers: { 'x-correlation-id': `provider-state-${p.requestId}`, 'x-request-id': p.requestId },
      });
      if (sent.status !== 200) throw new Error(`the state's call with that request id failed: ${sent.body}`);
    },
  },
  {
    state: 'an update was already sent with a correlation id', description: 'An active customer already updated (externalReferenceId set to "first-attempt") by a PATCH with this X-Correlation-Id: resending it replays that answer.',
    params: { ...CUSTOMER_PARAMS, correlationId: 'required', clientId: 'who sent it (default vipm-sim-client)' },
    setup: async (sim, p) => {
      if (!p.correlationId) throw errors.missingFields(['params.correlationId'], 'Request is missing required fields: the state needs params correlationId');
      await seedCustomer(sim, p);
      const clientId = p.clientId ?? 'vipm-sim-client';
      const customerId = p.customerId ?? '9876543210';
      const response = await partnerCall(sim, clientId, {
        operationId: 'updateCustomer', method: 'PATCH', path: `/v3/customers/${customerId}`, params: { 'customer-id': customerId },
        headers: { 'x-correlation-id': p.correlationId, 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify(seededUpdate(p, 'first-attempt'))),
      });
      if (response.status !== 200) throw new Error(`the state's first update failed: ${response.body}`);
    },
  },
  {
    state: 'no customer exists', description: 'No customer has this id.', params: { customerId: 'the id that must not exist (default 9876543210)' },
    setup: async (sim, p) => {
      const doc = await sim.controlPlane.state();
      const customerId = p.customerId ?? '9876543210';
      await sim.controlPlane.importState({ ...doc, customers: doc.customers.filter((c) => c.customerId !== customerId) });
    },
  },
  {
    state: 'a reseller exists', description: 'An active reseller of distributor 5000000001.',
    params: { resellerId: 'default 5556667778', marketSegments: 'comma-separated segments (default COM,EDU)' },
    setup: (sim, p) => ensureReseller(sim, p.resellerId ?? '5556667778', { marketSegments: (p.marketSegments ?? 'COM,EDU').split(',').map((s) => s.trim()) as MarketSegment[] }),
  },
  {
    state: 'an inactive reseller exists', description: 'A reseller of distributor 5000000001 with status 1004.', params: { resellerId: 'default 5556667780' },
    setup: (sim, p) => ensureReseller(sim, p.resellerId ?? '5556667780', { status: INACTIVE }),
  },
];

export function providerStateCatalogue() {
  return PROVIDER_STATES.map(({ state, description, params }) => ({ state, description, params }));
}

/** Sets up (or tears down: nothing to do, the next setup resets) a named state. */
export interface ProviderStateRequest {
  state: string;
  params?: Record<string, unknown>;
  action?: string;
}

export async function setupProviderState(sim: Sim, request: ProviderStateRequest): Promise<Record<string, unknown>> {
  const known = PROVIDER_STATES.find((s) => s.state === request.state);
  if (!known) {
    throw errors.invalidFields(['state'], `Some fields are invalid: unknown provider state "${request.state}"; known states: ${PROVIDER_STATES.map((s) => `"${s.state}"`).join(', ')}`);
  }
  if (request.action === 'teardown') return {};
  const params: Params = Object.fromEntries(Object.entries(request.params ?? {}).map(([k, v]) => [k, String(v)]));
  await sim.resetState();
  await known.setup(sim, params);
  await sim.remember({ state: request.state, params });
  return params;
}
