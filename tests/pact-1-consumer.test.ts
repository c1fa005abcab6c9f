// Consumer side of the published pacts (contracts/pacts/): how a partner client uses every
// customer endpoint and the errors it must handle. The pact is written to a temporary folder and
// must equal the committed one, which tests/pact-2-provider.test.ts verifies against a real
// simulator process. VIPM_SIM_WRITE_PACTS=1 rewrites the committed file from these interactions.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MatchersV3 as M, PactV4 } from '@pact-foundation/pact';
import { VipmpClient, VipmpError } from '../examples/partner-client/src/vipmp-client.js';
import { subscriptionIdOf } from '../server/domain/orders/order-settle.js';
import { transferIdOf } from '../server/domain/migration/migration-transfer.js';

process.env.PACT_DO_NOT_TRACK = 'true';
export const CONSUMER = 'vipm-partner-client';
export const PROVIDER = 'adobe-vipmp-customers';
const PUBLISHED = new URL(`../contracts/pacts/${CONSUMER}-${PROVIDER}.json`, import.meta.url).pathname;
const PACT_DIR = mkdtempSync(join(tmpdir(), 'vipm-sim-pacts-'));

const pact = new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir: PACT_DIR, logLevel: 'error' });

const CUSTOMER_ID = '9876543210';
const RESELLER_ID = '5556667778';
const ADDRESS = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' };
const MICKEY = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com', phoneNumber: '408-123-4567' };
const LGA_RESELLER = '5556667781';
const DONALD = { firstName: 'Donald', lastName: 'Duck', email: 'donald@duck.com', phoneNumber: '408-123-4567' };
const LGA_CREATE = {
  resellerId: LGA_RESELLER, externalReferenceId: '342',
  companyProfile: { companyName: 'Fairmont Agency', preferredLanguage: 'en-US', marketSegment: 'GOV', marketSubSegments: ['FEDERAL'], address: ADDRESS, contacts: [DONALD] },
  benefits: [{ type: 'LARGE_GOVERNMENT_AGENCY' }],
};
/** The subscription the seeded Creative Cloud All Apps licences of customer 9876543210 are kept in. */
const ALL_APPS_SUBSCRIPTION = subscriptionIdOf(CUSTOMER_ID, '65304479CA01A12');
const PROFILE = { companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM', address: ADDRESS, contacts: [MICKEY] };

const requestHeaders = (withBody: boolean) => ({
  Authorization: M.regex(/^Bearer \S+$/, 'Bearer partner-test-token'),
  'X-Api-Key': M.regex(/^\S+$/, 'partner-client-id'),
  'X-Correlation-Id': M.uuid('6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11'),
  Accept: 'application/json',
  ...(withBody ? { 'Content-Type': 'application/json' } : {}),
});
const jsonHeaders = { 'Content-Type': M.regex(/^application\/json/, 'application/json') };

/** The customer resource: types where a client should not care, exact values where it should. */
function customer(fields: Record<string, unknown> = {}) {
  return {
    externalReferenceId: M.string('342'),
    customerId: M.string(CUSTOMER_ID),
    resellerId: M.string(RESELLER_ID),
    globalSalesEnabled: M.boolean(false),
    status: M.regex(/^\d{4}$/, '1000'),
    companyProfile: {
      companyName: M.string('Fairmont'),
      preferredLanguage: M.string('en-US'),
      marketSegment: M.regex(/^(COM|EDU|GOV)$/, 'COM'),
      marketSubSegments: [],
      address: M.like(ADDRESS),
      contacts: M.eachLike(MICKEY),
    },
    discounts: M.eachLike({ offerType: M.regex(/^(LICENSE|CONSUMABLES)$/, 'LICENSE'), level: M.string('01') }),
    tags: [],
    cotermDate: M.regex(/^(\d{4}-\d{2}-\d{2})?$/, '2027-05-02'),
    creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2019-05-02T22:49:52Z'),
    benefits: [],
    links: { self: { uri: M.regex(/^\/v3\/customers\/\S+$/, `/v3/customers/${CUSTOMER_ID}`), method: 'GET', headers: [] } },
    ...fields,
  };
}

const RESELLER_PROFILE = { companyName: `Reseller ${RESELLER_ID}`, preferredLanguage: 'en-US', address: ADDRESS, contacts: [MICKEY] };

/** The reseller resource, as customer() above. */
function reseller(fields: Record<string, unknown> = {}) {
  return {
    distributorId: M.string('5000000001'),
    externalReferenceId: M.string('888'),
    resellerId: M.string(RESELLER_ID),
    companyProfile: { companyName: M.string('Fairmont'), preferredLanguage: M.string('en-US'), marketSegments: M.eachLike(M.regex(/^(COM|EDU|GOV)$/, 'COM')), address: M.like(ADDRESS), contacts: M.eachLike(MICKEY) },
    creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2019-05-02T22:49:52Z'),
    status: M.regex(/^\d{4}$/, '1000'),
    links: { self: { uri: M.regex(/^\/v3\/resellers\/\S+$/, `/v3/resellers/${RESELLER_ID}`), method: 'GET', headers: [] } },
    ...fields,
  };
}

const commitmentTerm = (status: string, quantity: number) => ({
  startDate: M.regex(/^\d{4}-\d{2}-\d{2}$/, '2026-11-01'),
  endDate: M.regex(/^\d{4}-\d{2}-\d{2}$/, '2029-05-01'),
  status,
  minimumQuantities: [{ offerType: 'LICENSE', quantity }],
});

const adobeError = (code: string, details?: string[]) => ({
  code,
  message: M.string('Some fields are invalid'),
  additionalDetails: details ? details : M.eachLike(M.string('field')),
});

const resellerChange = (action: 'PREVIEW' | 'COMMIT') =>
  ({ type: 'RESELLER_CHANGE' as const, action, approvalCode: '62159861', resellerId: '5556667779', requestedBy: 'customer-admin@email.com' });

/** A reseller change's answer for the state 'a customer with a valid reseller-change code' (10 All Apps licences, no 3YC). */
function transferAnswer(fields: Record<string, unknown>) {
  return {
    customerId: CUSTOMER_ID,
    resellerId: '5556667779',
    creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2026-11-01T09:00:00Z'),
    totalCount: 1,
    lineItems: [{ lineItemNumber: 1, offerId: M.string('65304479CA01A12'), quantity: 10, subscriptionId: M.string(ALL_APPS_SUBSCRIPTION), renewalDate: M.regex(/^\d{4}-\d{2}-\d{2}$/, '2027-05-02'), currencyCode: M.string('USD') }],
    benefits: [],
    discounts: M.eachLike({ level: M.string('01'), offerType: M.regex(/^(LICENSE|CONSUMABLES)$/, 'LICENSE') }),
    ...fields,
  };
}

function client(baseUrl: string): VipmpClient {
  const c = new VipmpClient({ baseUrl, clientId: 'partner-client-id', clientSecret: 'partner-secret' });
  c.useToken('partner-test-token');
  return c;
}

/**
 * The client's work, then a pause before Pact checks what its mock server received: under load
 * the mock server may answer a request before it has recorded it as received, and Pact then
 * reports the interaction as "expected but not received".
 */
function settled<S>(work: (server: S) => Promise<unknown>): (server: S) => Promise<void> {
  return async (server) => {
    await work(server);
    await new Promise((resolve) => setTimeout(resolve, 25));
  };
}

async function rejectsWith(work: Promise<unknown>, status: number, code: string) {
  await assert.rejects(work, (error: unknown) => error instanceof VipmpError && error.status === status && error.body.code === code);
}

/** A pact without the versions of the Pact libraries that wrote it. */
function interactionsOf(text: string) {
  const { metadata, ...pact } = JSON.parse(text);
  return { ...pact, pactSpecification: metadata.pactSpecification };
}

describe('published pacts: a partner client of the customer API', () => {
  after(() => rmSync(PACT_DIR, { recursive: true, force: true }));

  it('gets a token with client credentials', () => pact.addInteraction()
    .given('an API client exists', { clientId: 'partner-client-id', clientSecret: 'partner-secret' })
    .uponReceiving('a client-credentials token request')
    // IMS v2 (query parameters): Pact's mock server mis-detects form bodies set as bytes, so the
    // pact uses v2, which Adobe documents as the same request.
    .withRequest('POST', '/ims/token/v2', (b) => b
      .query({ grant_type: 'client_credentials', client_id: 'partner-client-id', client_secret: 'partner-secret', scope: 'openid,AdobeID,read_organizations' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({ access_token: M.string('eyJhbGciOi.simulated.token'), token_type: 'bearer', expires_in: M.integer(86400) }))
    .executeTest(settled(async (server) => {
      const token = await new VipmpClient({ baseUrl: server.url, clientId: 'partner-client-id', clientSecret: 'partner-secret' }).getToken('v2');
      assert.equal(token.token_type, 'bearer');
    })));

  it('creates a customer: 201, pending', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID })
    .uponReceiving('a request to create a customer')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: RESELLER_ID, externalReferenceId: 'CRM-1', companyProfile: { ...PROFILE, companyName: 'Duckburg Widgets' } }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(customer({ status: '1002', cotermDate: '', externalReferenceId: 'CRM-1', companyProfile: { ...customer().companyProfile, companyName: 'Duckburg Widgets' }, customerId: M.regex(/^\d{10}$/, '1005600001'), links: M.like({ self: { uri: '/v3/customers/1005600001', method: 'GET', headers: [] } }) })))
    .executeTest(settled(async (server) => {
      const created = await client(server.url).createCustomer({ resellerId: RESELLER_ID, externalReferenceId: 'CRM-1', companyProfile: { ...PROFILE, companyName: 'Duckburg Widgets' } });
      assert.equal(created.status, '1002');
    })));

  it('is told which required fields are missing (1122)', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID })
    .uponReceiving('a create request without a company profile')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: RESELLER_ID }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1122', ['companyProfile'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createCustomer({ resellerId: RESELLER_ID }), 400, '1122'))));

  it('is told which fields are invalid (1117)', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID })
    .uponReceiving('a create request with a too-short company name')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: RESELLER_ID, companyProfile: { ...PROFILE, companyName: 'Abc' } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1117', ['companyProfile.companyName'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createCustomer({ resellerId: RESELLER_ID, companyProfile: { ...PROFILE, companyName: 'Abc' } }), 400, '1117'))));

  it('cannot create a customer in a segment the reseller lacks (2135)', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: '5556667779', marketSegments: 'COM' })
    .uponReceiving('a create request for an EDU customer of a COM-only reseller')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: '5556667779', companyProfile: { ...PROFILE, companyName: 'Springfield School', marketSegment: 'EDU' } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('2135', ['companyProfile.marketSegment'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createCustomer({ resellerId: '5556667779', companyProfile: { ...PROFILE, companyName: 'Springfield School', marketSegment: 'EDU' } }), 400, '2135'))));

  it('gets a customer', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID, resellerId: RESELLER_ID })
    .uponReceiving('a request for a customer')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ status: '1000' })))
    .executeTest(settled(async (server) => {
      const found = await client(server.url).getCustomer(CUSTOMER_ID);
      assert.equal(found.customerId, CUSTOMER_ID);
    })));

  it('gets 404/1116 for a customer that does not exist', () => pact.addInteraction()
    .given('no customer exists', { customerId: '1234567890' })
    .uponReceiving('a request for a customer that does not exist')
    .withRequest('GET', '/v3/customers/1234567890', (b) => b.headers(requestHeaders(false)))
    .willRespondWith(404, (b) => b.headers(jsonHeaders).jsonBody({ code: '1116', message: M.string('Invalid Customer'), additionalDetails: M.eachLike('1234567890') }))
    .executeTest(settled((server) => rejectsWith(client(server.url).getCustomer('1234567890'), 404, '1116'))));

  it('updates the profile and contacts', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update of the profile and contacts')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ externalReferenceId: '99999', companyProfile: { ...PROFILE, preferredLanguage: 'fr-FR', contacts: [MICKEY, { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ externalReferenceId: '99999', companyProfile: { ...customer().companyProfile, preferredLanguage: 'fr-FR', contacts: [MICKEY, { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } })))
    .executeTest(settled(async (server) => {
      const updated = await client(server.url).updateCustomer(CUSTOMER_ID, { externalReferenceId: '99999', companyProfile: { ...PROFILE, preferredLanguage: 'fr-FR', contacts: [MICKEY, { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } });
      assert.equal(updated.companyProfile.contacts.length, 2);
    })));

  it('changes the market segment', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID, resellerMarketSegments: 'COM,EDU' })
    .uponReceiving('an update of the market segment to EDU')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { ...PROFILE, marketSegment: 'EDU' } }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ companyProfile: { ...customer().companyProfile, marketSegment: 'EDU' } })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: { ...PROFILE, marketSegment: 'EDU' } })).companyProfile.marketSegment, 'EDU');
    })));

  it('cannot move to a segment the reseller lacks (2135)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID, resellerMarketSegments: 'COM' })
    .uponReceiving('an update to a segment the reseller is not enabled for')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { ...PROFILE, marketSegment: 'EDU' } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('2135', ['companyProfile.marketSegment'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: { ...PROFILE, marketSegment: 'EDU' } }), 400, '2135'))));

  it('creates a reseller: 201, pending', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request to create a reseller')
    .withRequest('POST', '/v3/resellers', (b) => b.headers(requestHeaders(true)).jsonBody({ distributorId: '5000000001', externalReferenceId: '888', companyProfile: { ...RESELLER_PROFILE, companyName: 'Fairmont', marketSegments: ['COM', 'EDU'] } }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(reseller({ status: '1002', resellerId: M.regex(/^\d{10}$/, '6667778890'), links: M.like({ self: { uri: '/v3/resellers/6667778890', method: 'GET', headers: [] } }) })))
    .executeTest(settled(async (server) => {
      const created = await client(server.url).createReseller({ distributorId: '5000000001', externalReferenceId: '888', companyProfile: { ...RESELLER_PROFILE, companyName: 'Fairmont', marketSegments: ['COM', 'EDU'] } });
      assert.equal(created.status, '1002');
    })));

  it('gets a reseller', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID })
    .uponReceiving('a request for a reseller')
    .withRequest('GET', `/v3/resellers/${RESELLER_ID}`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({ distributorId: M.string('5000000001'), resellerId: RESELLER_ID, status: '1000', creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2020-01-01T00:00:00Z') }))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getReseller(RESELLER_ID)).resellerId, RESELLER_ID);
    })));

  it('gets 404/1115 for a reseller that does not exist', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request for a reseller that does not exist')
    .withRequest('GET', '/v3/resellers/9999999999', (b) => b.headers(requestHeaders(false)))
    .willRespondWith(404, (b) => b.headers(jsonHeaders).jsonBody({ code: '1115', message: M.string('Invalid Reseller'), additionalDetails: M.eachLike('9999999999') }))
    .executeTest(settled((server) => rejectsWith(client(server.url).getReseller('9999999999'), 404, '1115'))));

  it('adds a market segment to a reseller', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID, marketSegments: 'COM' })
    .uponReceiving('a reseller update adding EDU')
    .withRequest('PATCH', `/v3/resellers/${RESELLER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ externalReferenceId: '999', companyProfile: { ...RESELLER_PROFILE, marketSegments: ['COM', 'EDU'] } }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(reseller({ externalReferenceId: '999', companyProfile: { ...reseller().companyProfile, companyName: RESELLER_PROFILE.companyName, marketSegments: ['COM', 'EDU'] } })))
    .executeTest(settled(async (server) => {
      const updated = await client(server.url).updateReseller(RESELLER_ID, { externalReferenceId: '999', companyProfile: { ...RESELLER_PROFILE, marketSegments: ['COM', 'EDU'] } });
      assert.deepEqual(updated.companyProfile.marketSegments, ['COM', 'EDU']);
    })));

  it('cannot remove a reseller\'s market segment (1134)', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID, marketSegments: 'COM,EDU' })
    .uponReceiving('a reseller update removing EDU')
    .withRequest('PATCH', `/v3/resellers/${RESELLER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { ...RESELLER_PROFILE, marketSegments: ['COM'] } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1134', ['INVALID_CUSTOMER_MARKET_SEGMENT'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).updateReseller(RESELLER_ID, { companyProfile: { ...RESELLER_PROFILE, marketSegments: ['COM'] } }), 400, '1134'))));

  it('lists the active resellers, one page', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: RESELLER_ID })
    .uponReceiving('a request for the active resellers')
    .withRequest('GET', '/v3/resellers', (b) => b.headers(requestHeaders(false)).query({ status: '1000', limit: '10', offset: '0' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(3), count: M.integer(3), offset: 0, limit: 10,
      accounts: M.eachLike({
        externalReferenceId: M.string(''), resellerId: M.string(RESELLER_ID), distributorId: M.string('5000000001'), status: '1000',
        companyProfile: { companyName: M.string('Reseller 5556667778') }, creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2020-01-01T00:00:00Z'),
        links: { self: { uri: M.regex(/^\/v3\/resellers\/\S+$/, `/v3/resellers/${RESELLER_ID}`), method: 'GET', headers: [] } },
      }),
    }))
    .executeTest(settled(async (server) => {
      assert.ok((await client(server.url).listResellers({ status: '1000', limit: 10, offset: 0 })).accounts.length >= 1);
    })));

  it('creates a linked membership', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update that creates a linked membership')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ linkedMembership: { type: 'STANDARD', name: 'Fairmont Group' }, companyProfile: PROFILE }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({
      linkedMembership: { id: M.string('51002001'), name: 'Fairmont Group', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, '2026-11-01T09:00:00') },
    })))
    .executeTest(settled(async (server) => {
      const updated = await client(server.url).updateCustomer(CUSTOMER_ID, { linkedMembership: { type: 'STANDARD', name: 'Fairmont Group' }, companyProfile: PROFILE });
      assert.equal(updated.linkedMembership.linkedMembershipType, 'OWNER');
    })));

  it('requests a 3YC commitment', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update with a 3YC commitment request')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: PROFILE, benefits: [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }] }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ benefits: [{ type: 'THREE_YEAR_COMMIT', commitment: null, commitmentRequest: commitmentTerm('REQUESTED', 20), recommitmentRequest: null }] })))
    .executeTest(settled(async (server) => {
      const updated = await client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: PROFILE, benefits: [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }] });
      assert.equal(updated.benefits[0].commitmentRequest.status, 'REQUESTED');
    })));

  it('requests a 3YC recommitment in the last 30 days of a commitment', () => pact.addInteraction()
    .given('a customer with a COMMITTED 3YC in its recommitment window', { customerId: CUSTOMER_ID })
    .uponReceiving('an update with a 3YC recommitment request')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: PROFILE, benefits: [{ type: 'THREE_YEAR_COMMIT', recommitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 50 }] } }] }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ benefits: [{ type: 'THREE_YEAR_COMMIT', commitment: commitmentTerm('COMMITTED', 50), commitmentRequest: null, recommitmentRequest: commitmentTerm('REQUESTED', 50) }] })))
    .executeTest(settled(async (server) => {
      const updated = await client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: PROFILE, benefits: [{ type: 'THREE_YEAR_COMMIT', recommitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 50 }] } }] });
      assert.equal(updated.benefits[0].recommitmentRequest.status, 'REQUESTED');
    })));

  it('cannot change the company name (1119)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update that changes the company name')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { ...PROFILE, companyName: 'Fairmont Hotels' } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1119', ['companyProfile.companyName'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: { ...PROFILE, companyName: 'Fairmont Hotels' } }), 400, '1119'))));

  it('cannot update a pending customer (1125)', () => pact.addInteraction()
    .given('a pending customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update of a pending customer')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: PROFILE }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody({ code: '1125', message: M.string('Account cannot be updated while status is pending or blocked'), additionalDetails: [] }))
    .executeTest(settled((server) => rejectsWith(client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: PROFILE }), 400, '1125'))));

  it('gets the stored answer when it retries with the same correlation id', () => pact.addInteraction()
    .given('an update was already sent with a correlation id', { customerId: CUSTOMER_ID, correlationId: 'retry-after-timeout-0001' })
    .uponReceiving('a retried update with the same correlation id')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers({ ...requestHeaders(true), 'X-Correlation-Id': 'retry-after-timeout-0001' }).jsonBody({ externalReferenceId: 'second-attempt', companyProfile: PROFILE }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({ externalReferenceId: 'first-attempt' })))
    .executeTest(settled(async (server) => {
      const replayed = await client(server.url).updateCustomer(CUSTOMER_ID, { externalReferenceId: 'second-attempt', companyProfile: PROFILE }, { correlationId: 'retry-after-timeout-0001' });
      assert.equal(replayed.externalReferenceId, 'first-attempt');
    })));

  it('is refused a reused request id with a new correlation id (4120)', () => pact.addInteraction()
    .given('a request id was already used', { customerId: CUSTOMER_ID, requestId: 'used-request-0001' })
    .uponReceiving('a request reusing a request id')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers({ ...requestHeaders(false), 'X-Request-Id': 'used-request-0001' }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('4120', ['X-Request-Id'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).getCustomer(CUSTOMER_ID, { requestId: 'used-request-0001' }), 400, '4120'))));

  it('is refused without a correlation id (4119)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a request without X-Correlation-Id')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers({ Authorization: M.regex(/^Bearer \S+$/, 'Bearer partner-test-token'), 'X-Api-Key': M.regex(/^\S+$/, 'partner-client-id') }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('4119', ['X-Correlation-Id'])))
    .executeTest(settled(async (server) => {
      const res = await fetch(`${server.url}/v3/customers/${CUSTOMER_ID}`, { headers: { Authorization: 'Bearer partner-test-token', 'X-Api-Key': 'partner-client-id' } });
      assert.equal(res.status, 400);
    })));

  it('is refused an invalid token (401/4116)', () => pact.addInteraction()
    .given('the default fixtures', { credentials: 'as-sent' })
    .uponReceiving('a request with an invalid token')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers({ ...requestHeaders(false), Authorization: 'Bearer expired-or-unknown-token', 'X-Api-Key': 'vipm-sim-client' }))
    .willRespondWith(401, (b) => b.headers(jsonHeaders).jsonBody(adobeError('4116', ['Authorization'])))
    .executeTest(settled(async (server) => {
      const c = new VipmpClient({ baseUrl: server.url, clientId: 'vipm-sim-client', clientSecret: 'x' });
      c.useToken('expired-or-unknown-token');
      await rejectsWith(c.getCustomer(CUSTOMER_ID), 401, '4116');
    })));

  it('is refused without an API key (403/4115)', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request without X-Api-Key')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers({ Authorization: M.regex(/^Bearer \S+$/, 'Bearer partner-test-token'), 'X-Correlation-Id': M.uuid('6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11') }))
    .willRespondWith(403, (b) => b.headers(jsonHeaders).jsonBody(adobeError('4115', ['X-Api-Key'])))
    .executeTest(settled(async (server) => {
      const res = await fetch(`${server.url}/v3/customers/${CUSTOMER_ID}`, { headers: { Authorization: 'Bearer partner-test-token', 'X-Correlation-Id': '6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11' } });
      assert.equal(res.status, 403);
    })));

  it('lists a reseller\'s customers', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID, resellerId: RESELLER_ID })
    .uponReceiving('a request for the first page of a reseller\'s customers')
    .withRequest('GET', `/v3/resellers/${RESELLER_ID}/customers`, (b) => b.headers(requestHeaders(false)).query({ limit: '5', offset: '0', 'sort-by': 'companyName', 'order-by': 'asc' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(6), count: M.integer(5), offset: 0, limit: 5,
      accounts: M.eachLike({
        externalReferenceId: M.string('342'), customerId: M.string(CUSTOMER_ID), resellerId: RESELLER_ID, status: '1000',
        companyProfile: { companyName: M.string('Fairmont') }, creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2019-05-02T22:49:52Z'),
        links: { self: { uri: M.regex(/^\/v3\/customers\/\S+$/, `/v3/customers/${CUSTOMER_ID}`), method: 'GET', headers: [] } },
      }),
    }))
    .executeTest(settled(async (server) => {
      const page = await client(server.url).listCustomers(RESELLER_ID, { limit: 5, offset: 0, 'sort-by': 'companyName', 'order-by': 'asc' });
      assert.ok(page.accounts.length >= 1);
    })));
  it('creates a Large Government Agency customer: 201, the LGA benefit ACTIVE', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request to create an LGA customer')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody(LGA_CREATE))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(customer({
      status: '1002', cotermDate: '', resellerId: LGA_RESELLER, customerId: M.regex(/^\d{10}$/, '1005600001'),
      companyProfile: { ...customer().companyProfile, companyName: 'Fairmont Agency', marketSegment: 'GOV', marketSubSegments: ['FEDERAL'], contacts: M.eachLike(DONALD) },
      discounts: M.eachLike({ offerType: M.regex(/^(LICENSE|CONSUMABLES)$/, 'LICENSE'), level: M.string('06') }),
      benefits: [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'ACTIVE' }],
      links: M.like({ self: { uri: '/v3/customers/1005600001', method: 'GET', headers: [] } }),
    })))
    .executeTest(settled(async (server) => {
      const created = await client(server.url).createCustomer(LGA_CREATE);
      assert.equal(created.benefits[0].type, 'LARGE_GOVERNMENT_AGENCY');
    })));

  it('is refused an LGA create outside GOV (1163)', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('an LGA create request for a COM customer')
    .withRequest('POST', '/v3/customers', (b) => b.headers(requestHeaders(true)).jsonBody({ ...LGA_CREATE, resellerId: RESELLER_ID, companyProfile: { ...LGA_CREATE.companyProfile, marketSegment: 'COM', marketSubSegments: [] } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody({ code: '1163', message: 'Market segment not allowed for Large Government Agency', additionalDetails: [] }))
    .executeTest(settled((server) => rejectsWith(client(server.url).createCustomer({ ...LGA_CREATE, resellerId: RESELLER_ID, companyProfile: { ...LGA_CREATE.companyProfile, marketSegment: 'COM', marketSubSegments: [] } }), 400, '1163'))));

  it('sees a pending LGA upgrade', () => pact.addInteraction()
    .given('a customer with a pending LGA upgrade exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for a customer converting to LGA')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(customer({
      resellerId: M.string(LGA_RESELLER), companyProfile: { ...customer().companyProfile, marketSegment: 'GOV', marketSubSegments: ['FEDERAL'], contacts: M.eachLike(DONALD) },
      benefits: [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'PENDING_UPGRADE' }],
    })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getCustomer(CUSTOMER_ID)).benefits[0].status, 'PENDING_UPGRADE');
    })));

  it('searches LGA linked membership groups', () => pact.addInteraction()
    .given('an LGA linked membership group with members exists', { linkedMembershipId: '51002001', name: 'Federal Agencies Group' })
    .uponReceiving('a search of US LGA groups by part of the name')
    .withRequest('GET', '/v3/linked_membership_groups', (b) => b.headers(requestHeaders(false)).query({ country: 'US', name: 'federal' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(M.eachLike({
      id: M.string('51002001'), name: M.string('Federal Agencies Group'), type: M.regex(/^(STANDARD|CONSORTIUM)$/, 'STANDARD'),
      creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, '2026-05-31T10:35:01'), marketSegment: 'GOV', country: 'US',
      membersCount: M.integer(1), benefitTypes: ['LARGE_GOVERNMENT_AGENCY'], discounts: M.eachLike({ offerType: 'LICENSE', level: M.regex(/^0[6-9]$/, '06') }),
    })))
    .executeTest(settled(async (server) => {
      const groups = await client(server.url).searchLinkedMembershipGroups({ country: 'US', name: 'federal' });
      assert.equal(groups[0].country, 'US');
    })));

  it('is told the country is missing from a group search (1118)', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a group search without a country')
    .withRequest('GET', '/v3/linked_membership_groups', (b) => b.headers(requestHeaders(false)).query({ name: 'federal' }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody({ code: '1118', message: 'Invalid Address', additionalDetails: ['Country cannot be null or empty'] }))
    .executeTest(settled(async (server) => {
      const res = await fetch(`${server.url}/v3/linked_membership_groups?name=federal`, { headers: { Authorization: 'Bearer partner-test-token', 'X-Api-Key': 'partner-client-id', 'X-Correlation-Id': '6f1e1c1a-6a4b-4b8e-9a59-2d4c3b1f0e11', Accept: 'application/json' } });
      assert.equal(res.status, 400);
    })));

  it('enrols an LGA customer in an LGA linked membership', () => pact.addInteraction()
    .given('an LGA linked membership group with members exists', { linkedMembershipId: '51002001', customerId: CUSTOMER_ID })
    .uponReceiving('an enrolment of an LGA customer')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/linked_membership/enroll/51002001`, (b) => b.headers(requestHeaders(true)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({ message: 'Customer Successfully enrolled in the Linked Membership' }))
    .executeTest(settled(async (server) => {
      assert.match((await client(server.url).enrollInLinkedMembership(CUSTOMER_ID, '51002001')).message, /enrolled/);
    })));

  it('is refused an enrolment in a group that does not exist (1143)', () => pact.addInteraction()
    .given('an LGA customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an enrolment in an unknown group')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/linked_membership/enroll/59999999`, (b) => b.headers(requestHeaders(true)))
    .willRespondWith(404, (b) => b.headers(jsonHeaders).jsonBody({ code: '1143', message: 'Linked Account Group Not Found', additionalDetails: [] }))
    .executeTest(settled((server) => rejectsWith(client(server.url).enrollInLinkedMembership(CUSTOMER_ID, '59999999'), 404, '1143'))));

  it('gets the licences a customer added in Admin Console (open acquisitions)', () => pact.addInteraction()
    .given('a customer with open acquisitions exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for open acquisitions')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/open-acquisitions`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      customerId: CUSTOMER_ID, resellerId: M.string(RESELLER_ID), licenseCount: M.integer(2),
      unpaidLicenses: M.eachLike({
        referenceId: M.string('PO281097476551717943'), creationDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2024-03-28T06:03:50Z'),
        expiryDate: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2024-04-04T06:03:50Z'), quantity: M.integer(1), productName: M.string('Audition'), baseOfferId: M.string('30006208CA01A12'),
      }),
    }))
    .executeTest(settled(async (server) => {
      assert.ok((await client(server.url).getOpenAcquisitions(CUSTOMER_ID)).unpaidLicenses.length >= 1);
    })));

  it('finds the customers with licences pending an order (notifications)', () => pact.addInteraction()
    .given('a customer with open acquisitions exists', { customerId: CUSTOMER_ID, resellerId: RESELLER_ID })
    .uponReceiving('a request for LICENSES_PENDING_PARTNER_ORDER notifications')
    .withRequest('GET', '/v3/notifications', (b) => b.headers(requestHeaders(false)).query({ 'notification-type': 'LICENSES_PENDING_PARTNER_ORDER', 'reseller-id': RESELLER_ID, limit: '10', offset: '0' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      limit: 10, offset: 0, totalCount: M.integer(1), count: M.integer(1),
      items: M.eachLike({
        customerId: M.string(CUSTOMER_ID), resellerId: RESELLER_ID, notificationType: 'LICENSES_PENDING_PARTNER_ORDER',
        links: { self: { uri: M.regex(/^\/v3\/customers\/\S+\/open-acquisitions$/, `/v3/customers/${CUSTOMER_ID}/open-acquisitions`), method: 'GET', headers: [] } },
      }),
      links: { self: { uri: M.string(`/v3/notifications?notification-type=LICENSES_PENDING_PARTNER_ORDER&reseller-id=${RESELLER_ID}&limit=10&offset=0`), method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      assert.ok((await client(server.url).getPendingOrderNotifications(RESELLER_ID)).items.length >= 1);
    })));

  const ORDER_LINE = { extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5, currencyCode: 'USD' };
  const ISO_TIME = (example: string) => M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, example);
  /** An order as a client reads it: its ids and statuses exact, the rest by type. */
  const orderBody = (fields: Record<string, unknown>, line: Record<string, unknown> = {}) => ({
    externalReferenceId: M.string(''), orderId: M.string('5120000001'), customerId: CUSTOMER_ID, orderType: 'NEW', referenceOrderId: M.string(''),
    currencyCode: 'USD', creationDate: ISO_TIME('2026-11-01T09:00:00Z'), status: '1002', source: 'API',
    lineItems: M.eachLike({ extLineItemNumber: 1, offerId: M.regex(/^65304479CA\d{2}A12$/, '65304479CA01A12'), quantity: 5, subscriptionId: M.string(''), status: '1002', currencyCode: 'USD', ...line }),
    links: { self: { uri: M.regex(/^\/v3\/customers\/\S+\/orders\/\S+$/, `/v3/customers/${CUSTOMER_ID}/orders/5120000001`), method: 'GET', headers: [] } },
    ...fields,
  });
  const subscriptionBody = (fields: Record<string, unknown> = {}) => ({
    subscriptionId: M.regex(/^[0-9a-f]{30}NA$/, ALL_APPS_SUBSCRIPTION), offerId: M.regex(/^\d{8}CA01A12$/, '65304479CA01A12'), currentQuantity: M.integer(10), usedQuantity: M.integer(0),
    autoRenewal: { enabled: M.boolean(true), renewalQuantity: M.integer(10) }, creationDate: ISO_TIME('2019-05-02T22:49:52Z'),
    renewalDate: M.regex(/^\d{4}-\d{2}-\d{2}$/, '2027-05-02'), status: '1000', currencyCode: 'USD',
    links: { self: { uri: M.regex(/^\/v3\/customers\/\S+\/subscriptions\/\S+$/, `/v3/customers/${CUSTOMER_ID}/subscriptions/${ALL_APPS_SUBSCRIPTION}`), method: 'GET', headers: [] } },
    ...fields,
  });

  it('previews an order with its prices', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW order with fetch-price')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.query({ 'fetch-price': 'true' }).headers(requestHeaders(true)).jsonBody({ orderType: 'PREVIEW', lineItems: [ORDER_LINE] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody({
      externalReferenceId: M.string(''), orderId: '', customerId: CUSTOMER_ID, orderType: 'PREVIEW', referenceOrderId: '', currencyCode: 'USD', creationDate: ISO_TIME('2026-11-01T09:00:00Z'), status: '', source: 'API',
      lineItems: M.eachLike({
        extLineItemNumber: 1, offerId: M.regex(/^65304479CA\d{2}A12$/, '65304479CA01A12'), quantity: 5, subscriptionId: '', status: '', currencyCode: 'USD', proratedDays: M.integer(182),
        pricing: { partnerPrice: M.decimal(659.88), discountedPartnerPrice: M.decimal(659.88), netPartnerPrice: M.decimal(329.036), lineItemPartnerPrice: M.decimal(1645.18) },
      }),
      pricingSummary: M.eachLike({ totalLineItemPartnerPrice: M.decimal(1645.18), currencyCode: 'USD' }),
    }))
    .executeTest(settled(async (server) => {
      const preview = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'PREVIEW', lineItems: [ORDER_LINE] }, { fetchPrice: true });
      assert.equal(typeof preview.lineItems[0].pricing.discountedPartnerPrice, 'number');
    })));

  it('previews an order for a customer not created yet, with a fake id as production clients send (ORD-24)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW order for customer id 1234567890, not created yet')
    .withRequest('POST', '/v3/customers/1234567890/orders', (b) => b.query({ 'fetch-price': 'true' }).headers(requestHeaders(true)).jsonBody({ orderType: 'PREVIEW', lineItems: [ORDER_LINE] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody({
      externalReferenceId: M.string(''), orderId: '', customerId: '1234567890', orderType: 'PREVIEW', referenceOrderId: '', currencyCode: 'USD', creationDate: ISO_TIME('2026-11-01T09:00:00Z'), status: '', source: 'API',
      lineItems: M.eachLike({
        extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5, subscriptionId: '', status: '', currencyCode: 'USD', proratedDays: M.integer(365),
        pricing: { partnerPrice: M.decimal(659.88), discountedPartnerPrice: M.decimal(659.88), netPartnerPrice: M.decimal(659.88), lineItemPartnerPrice: M.decimal(3299.4) },
      }),
      pricingSummary: M.eachLike({ totalLineItemPartnerPrice: M.decimal(3299.4), currencyCode: 'USD' }),
    }))
    .executeTest(settled(async (server) => {
      const preview = await client(server.url).createOrder('1234567890', { orderType: 'PREVIEW', lineItems: [ORDER_LINE] }, { fetchPrice: true });
      assert.equal(preview.customerId, '1234567890');
    })));

  it('gets the flexible discounts before a PREVIEW', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request for the flexible discounts of COM customers in the US for an offer')
    .withRequest('GET', '/v3/flex-discounts', (b) => b.query({ 'market-segment': 'COM', country: 'US', 'offer-ids': '65304479CA01A12' }).headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      limit: M.integer(20), offset: 0, count: M.integer(3), totalCount: M.integer(3),
      flexDiscounts: M.eachLike({
        id: M.string('55555555-313b-476c-9d0b-6a610d5b91e3'), category: M.regex(/^(STANDARD|INTRO)$/, 'STANDARD'), code: M.string('SUMMER_SALE_123'), name: M.string('Summer sale'), description: M.string('15% off'),
        startDate: ISO_TIME('2026-01-01T00:00:00Z'), endDate: ISO_TIME('2030-12-31T23:59:59Z'), status: 'ACTIVE', qualification: { baseOfferIds: M.eachLike('65304479CA01A12', 0) },
        outcomes: M.eachLike({ type: M.regex(/^(PERCENTAGE_DISCOUNT|FIXED_DISCOUNT|FIXED_PRICE)$/, 'PERCENTAGE_DISCOUNT'), discountValues: M.eachLike({ value: M.number(15) }) }),
      }),
      links: { self: { uri: M.string('/v3/flex-discounts?market-segment=COM&country=US&offer-ids=65304479CA01A12&limit=20&offset=0'), method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      const found = await client(server.url).getFlexDiscounts({ 'market-segment': 'COM', country: 'US', 'offer-ids': '65304479CA01A12' });
      assert.ok(Array.isArray(found.flexDiscounts));
    })));

  it('previews an order with a flexible discount code', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW order with a flexible discount code on its line')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.query({ 'fetch-price': 'true' }).headers(requestHeaders(true)).jsonBody({ orderType: 'PREVIEW', lineItems: [{ ...ORDER_LINE, flexDiscountCodes: ['SUMMER_SALE_123'] }] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody({
      externalReferenceId: M.string(''), orderId: '', customerId: CUSTOMER_ID, orderType: 'PREVIEW', referenceOrderId: '', currencyCode: 'USD', creationDate: ISO_TIME('2026-11-01T09:00:00Z'), status: '', source: 'API',
      lineItems: M.eachLike({
        extLineItemNumber: 1, offerId: M.regex(/^65304479CA\d{2}A12$/, '65304479CA01A12'), quantity: 5, subscriptionId: '', status: '', currencyCode: 'USD',
        flexDiscounts: M.eachLike({ id: M.string('55555555-313b-476c-9d0b-6a610d5b91e3'), code: 'SUMMER_SALE_123', result: 'SUCCESS' }),
        proratedDays: M.integer(182),
        pricing: { partnerPrice: M.decimal(659.88), discountedPartnerPrice: M.decimal(560.9), netPartnerPrice: M.decimal(279.681), lineItemPartnerPrice: M.decimal(1398.41) },
      }),
      pricingSummary: M.eachLike({ totalLineItemPartnerPrice: M.decimal(1398.41), currencyCode: 'USD' }),
    }))
    .executeTest(settled(async (server) => {
      const preview = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'PREVIEW', lineItems: [{ ...ORDER_LINE, flexDiscountCodes: ['SUMMER_SALE_123'] }] }, { fetchPrice: true });
      assert.ok(preview.lineItems[0].pricing.discountedPartnerPrice < preview.lineItems[0].pricing.partnerPrice);
    })));

  it('previews with a one-time discount the customer already used: 400 2142', () => pact.addInteraction()
    .given('a subscription with a one-time discount exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW order with a one-time flexible discount code already used')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'PREVIEW', lineItems: [{ ...ORDER_LINE, flexDiscountCodes: ['SUMMER_SALE_123'] }] }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody({ code: '2142', message: M.string('This Flexible Discount is for one-time use and is no longer available'), additionalDetails: ['Line Item: 1'] }))
    .executeTest(settled((server) => rejectsWith(client(server.url).createOrder(CUSTOMER_ID, { orderType: 'PREVIEW', lineItems: [{ ...ORDER_LINE, flexDiscountCodes: ['SUMMER_SALE_123'] }] }), 400, '2142'))));

  it('places a NEW order: 201, open (1002)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a NEW order')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'NEW', externalReferenceId: '759', lineItems: [ORDER_LINE] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ externalReferenceId: '759' })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'NEW', externalReferenceId: '759', lineItems: [ORDER_LINE] })).status, '1002');
    })));

  it('is refused an offer that does not exist (2122)', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a NEW order of an unknown offer')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'NEW', lineItems: [{ ...ORDER_LINE, offerId: '99999999CA01A12' }] }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('2122', ['Line Item: 1'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createOrder(CUSTOMER_ID, { orderType: 'NEW', lineItems: [{ ...ORDER_LINE, offerId: '99999999CA01A12' }] }), 400, '2122'))));

  it('gets the order history, NEW or RETURN orders', () => pact.addInteraction()
    .given('an order within the return window exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for the order history with a repeated filter')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.query({ 'order-type': ['NEW', 'RETURN'] }).headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(1), count: M.integer(1), offset: 0, limit: 25,
      items: M.eachLike(orderBody({ status: '1000', creationDate: ISO_TIME('2026-10-31T09:00:00Z') }, { status: '1000', subscriptionId: M.regex(/^[0-9a-f]{30}NA$/, ALL_APPS_SUBSCRIPTION) })),
      links: { self: { uri: M.string(`/v3/customers/${CUSTOMER_ID}/orders?order-type=NEW&order-type=RETURN&offset=0&limit=25`), method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      const history = await client(server.url).getOrderHistory(CUSTOMER_ID, { 'order-type': ['NEW', 'RETURN'] });
      assert.equal(history.links.next, undefined);
    })));

  it('returns an order within the return window', () => pact.addInteraction()
    .given('an order within the return window exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a RETURN of the whole order')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'RETURN', referenceOrderId: '5120000001', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5 }] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ orderType: 'RETURN', referenceOrderId: '5120000001', orderId: M.string('5120000002') }, { subscriptionId: M.regex(/^[0-9a-f]{30}NA$/, ALL_APPS_SUBSCRIPTION) })))
    .executeTest(settled(async (server) => {
      const ret = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'RETURN', referenceOrderId: '5120000001', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5 }] });
      assert.equal(ret.orderType, 'RETURN');
    })));

  it('gets an order still open', () => pact.addInteraction()
    .given('an order that will fail exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for an open order')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/orders/5120000001`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ orderId: '5120000001' })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getOrder(CUSTOMER_ID, '5120000001')).status, '1002');
    })));

  it('lists the customer\'s subscriptions', () => pact.addInteraction()
    .given('a customer with active subscriptions exists', { customerId: CUSTOMER_ID, activeSubscriptions: '2' })
    .uponReceiving('a request for the subscriptions')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/subscriptions`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(2), items: M.eachLike(subscriptionBody()),
      links: { self: { uri: `/v3/customers/${CUSTOMER_ID}/subscriptions`, method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      assert.match((await client(server.url).getSubscriptions(CUSTOMER_ID)).items[0].renewalDate, /^\d{4}-\d{2}-\d{2}$/);
    })));

  it('sets a subscription\'s renewal quantity', () => pact.addInteraction()
    .given('a customer with active subscriptions exists', { customerId: CUSTOMER_ID, activeSubscriptions: '1' })
    .uponReceiving('an update of the auto-renewal preferences')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}/subscriptions/${ALL_APPS_SUBSCRIPTION}`, (b) => b.headers(requestHeaders(true)).jsonBody({ autoRenewal: { enabled: true, renewalQuantity: 7 } }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(subscriptionBody({ autoRenewal: { enabled: true, renewalQuantity: 7 } })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).updateSubscription(CUSTOMER_ID, ALL_APPS_SUBSCRIPTION, { autoRenewal: { enabled: true, renewalQuantity: 7 } })).autoRenewal.renewalQuantity, 7);
    })));

  const RENEWAL_LINE = { extLineItemNumber: 1, offerId: '65304479CA01A12', subscriptionId: ALL_APPS_SUBSCRIPTION, quantity: 10 };

  it('previews what the auto-renewal would order: none on (2136)', () => pact.addInteraction()
    .given('a customer 10 days before its anniversary with auto-renewal off', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW_RENEWAL without lines for a customer with auto-renewal off')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'PREVIEW_RENEWAL' }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('2136', ['autoRenewal.enabled'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createOrder(CUSTOMER_ID, { orderType: 'PREVIEW_RENEWAL' }), 400, '2136'))));

  it('renews early, 10 days before the anniversary: 201, open (1002)', () => pact.addInteraction()
    .given('a customer 10 days before its anniversary with auto-renewal off', { customerId: CUSTOMER_ID })
    .uponReceiving('a RENEWAL of an existing subscription in the early window')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'RENEWAL', currencyCode: 'USD', lineItems: [RENEWAL_LINE] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ orderType: 'RENEWAL' }, { quantity: 10, subscriptionId: M.regex(/^[0-9a-f]{30}NA$/, ALL_APPS_SUBSCRIPTION) })))
    .executeTest(settled(async (server) => {
      const order = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'RENEWAL', currencyCode: 'USD', lineItems: [RENEWAL_LINE] });
      assert.equal(order.status, '1002');
    })));

  it('reads the renewed quantity after an early renewal', () => pact.addInteraction()
    .given('an early renewal done', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for the subscriptions after an early renewal')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/subscriptions`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(1), items: M.eachLike(subscriptionBody({ renewedQuantity: M.integer(10) })),
      links: { self: { uri: `/v3/customers/${CUSTOMER_ID}/subscriptions`, method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getSubscriptions(CUSTOMER_ID)).items[0].renewedQuantity, 10);
    })));

  it('sees which subscriptions may be renewed by hand in the early window (allowedActions)', () => pact.addInteraction()
    .given('a customer 10 days before its anniversary with auto-renewal off', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for the subscriptions in the early renewal window')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/subscriptions`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(1), items: M.eachLike(subscriptionBody({ autoRenewal: { enabled: false, renewalQuantity: M.integer(10) }, allowedActions: ['MANUAL_RENEWAL'] })),
      links: { self: { uri: `/v3/customers/${CUSTOMER_ID}/subscriptions`, method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      assert.deepEqual((await client(server.url).getSubscriptions(CUSTOMER_ID)).items[0].allowedActions, ['MANUAL_RENEWAL']);
    })));

  it('returns an early renewal within 14 days: 201, open (1002)', () => pact.addInteraction()
    .given('an early renewal done', { customerId: CUSTOMER_ID })
    .uponReceiving('a RETURN of the completed early RENEWAL order')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'RETURN', referenceOrderId: '5120000001', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA02A12', quantity: 10 }] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ orderType: 'RETURN', referenceOrderId: '5120000001', orderId: M.string('5120000002') }, { offerId: '65304479CA02A12', quantity: 10, subscriptionId: M.regex(/^[0-9a-f]{30}NA$/, ALL_APPS_SUBSCRIPTION) })))
    .executeTest(settled(async (server) => {
      const order = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'RETURN', referenceOrderId: '5120000001', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA02A12', quantity: 10 }] });
      assert.deepEqual([order.orderType, order.status], ['RETURN', '1002']);
    })));

  it('cannot change the segment of a customer with active subscriptions (1119)', () => pact.addInteraction()
    .given('a customer with active subscriptions exists', { customerId: CUSTOMER_ID })
    .uponReceiving('an update of the segment of a customer with active subscriptions')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { ...PROFILE, marketSegment: 'EDU' } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1119', ['companyProfile.marketSegment'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).updateCustomer(CUSTOMER_ID, { companyProfile: { ...PROFILE, marketSegment: 'EDU' } }), 400, '1119'))));

  it('fetches a price list', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a price list request for COM in USD')
    .withRequest('POST', '/v3/pricelist', (b) => b.query({ limit: '2' }).headers(requestHeaders(true)).jsonBody({ region: 'NA', marketSegment: 'COM', currency: 'USD', priceListMonth: '202611' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      priceListMonth: '202611', marketSegment: 'COM', region: 'NA', currency: 'USD', priceListType: 'STANDARD', totalCount: M.integer(21), count: 2, limit: 2, offset: 0,
      offers: M.eachLike({ offerId: M.regex(/^\d{8}[A-Z]{2}[0-9A-Z]{2}A12$/, '65304479CA01A12'), productFamily: M.string('Creative Cloud All Apps'), firstOrderDate: M.string('2025-01-01T00:00:00.000+00:00'), lastOrderDate: M.string('2099-12-31T00:00:00.000+00:00'), partnerPrice: M.regex(/^\d+\.\d{2}$/, '659.88') }, 2),
    }))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getPriceList({ region: 'NA', marketSegment: 'COM', currency: 'USD', priceListMonth: '202611' }, { limit: 2 })).count, 2);
    })));

  const SWITCHABLE = 'abfb5a4cb14561879af7204c7daee1NA';
  const SWITCH_PREVIEW = {
    orderType: 'PREVIEW_SWITCH', currencyCode: 'USD',
    lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 15 }],
    cancellingItems: [{ extLineItemNumber: 1, referenceLineItemNumber: 1, subscriptionId: SWITCHABLE, quantity: 15 }],
  };
  const PRICING = { partnerPrice: M.decimal(659.88), discountedPartnerPrice: M.decimal(659.88), netPartnerPrice: M.decimal(329.036), lineItemPartnerPrice: M.decimal(4935.54) };

  it('gets the upgrade paths of a market (offer switch paths)', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a request for the COM upgrade paths in the US')
    .withRequest('GET', '/v3/offer-switch-paths', (b) => b.query({ 'market-segment': 'COM', country: 'US', language: 'MULT' }).headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(4), count: M.integer(4), offset: 0, limit: 20,
      productUpgrades: M.eachLike({
        sourceBaseOfferId: M.regex(/^\d{8}CA01A12$/, '65304470CA01A12'),
        targetList: M.eachLike({ targetBaseOfferId: M.regex(/^\d{8}CA01A12$/, '65304479CA01A12'), sequence: M.integer(1), switchType: M.regex(/^(PARTIAL_ALLOWED|FULL_ONLY)$/, 'PARTIAL_ALLOWED') }),
      }),
    }))
    .executeTest(settled(async (server) => {
      const paths = await client(server.url).getOfferSwitchPaths({ 'market-segment': 'COM', country: 'US', language: 'MULT' });
      assert.ok(paths.productUpgrades[0].targetList.length >= 1);
    })));

  it('previews a mid-term switch with its prices', () => pact.addInteraction()
    .given('a customer with a switchable subscription exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a PREVIEW_SWITCH of 15 licences to Creative Cloud All Apps with fetch-price')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.query({ 'fetch-price': 'true' }).headers(requestHeaders(true)).jsonBody(SWITCH_PREVIEW))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody({
      externalReferenceId: M.string(''), orderId: '', customerId: CUSTOMER_ID, orderType: 'PREVIEW_SWITCH', referenceOrderId: '', currencyCode: 'USD', creationDate: ISO_TIME('2026-11-01T09:00:00Z'), status: '', source: 'API',
      lineItems: M.eachLike({ extLineItemNumber: 1, offerId: M.regex(/^65304479CA\d{2}A12$/, '65304479CA02A12'), quantity: 15, subscriptionId: '', status: '', currencyCode: 'USD', proratedDays: M.integer(182), pricing: PRICING }),
      cancellingItems: M.eachLike({ extLineItemNumber: 1, referenceLineItemNumber: 1, offerId: M.regex(/^65304470CA\d{2}A12$/, '65304470CA02A12'), quantity: 15, subscriptionId: SWITCHABLE, pricing: PRICING }),
      pricingSummary: M.eachLike({ totalLineItemPartnerPrice: M.decimal(1705.58), currencyCode: 'USD' }),
    }))
    .executeTest(settled(async (server) => {
      const preview = await client(server.url).createOrder(CUSTOMER_ID, SWITCH_PREVIEW, { fetchPrice: true });
      assert.equal(preview.cancellingItems[0].subscriptionId, SWITCHABLE);
    })));

  it('is refused a switch of more licences than the subscription holds (2151)', () => pact.addInteraction()
    .given('a customer with a switchable subscription exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a SWITCH of 16 licences of a subscription of 15')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({
      ...SWITCH_PREVIEW, orderType: 'SWITCH', lineItems: [{ ...SWITCH_PREVIEW.lineItems[0], quantity: 16 }], cancellingItems: [{ ...SWITCH_PREVIEW.cancellingItems[0], quantity: 16 }],
    }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('2151', ['Line Item: 1'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createOrder(CUSTOMER_ID, {
      ...SWITCH_PREVIEW, orderType: 'SWITCH', lineItems: [{ ...SWITCH_PREVIEW.lineItems[0], quantity: 16 }], cancellingItems: [{ ...SWITCH_PREVIEW.cancellingItems[0], quantity: 16 }],
    }), 400, '2151'))));
  const MEMBERSHIP_ID = '12345678';
  const TRANSFER_ID = transferIdOf(MEMBERSHIP_ID);
  const DATE = (example: string) => M.regex(/^\d{4}-\d{2}-\d{2}$/, example);
  const INSTANT = M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2026-12-07T05:00:00Z');
  const membershipTransfer = (status: string, customerId: unknown, subscriptionId: unknown) => ({
    transferId: M.string(TRANSFER_ID), customerId, membershipId: MEMBERSHIP_ID, resellerId: RESELLER_ID, creationDate: INSTANT, status,
    lineItems: M.eachLike({ lineItemNumber: M.integer(1), offerId: M.regex(/^\d{8}[A-Z]{2}[0-9A-Z]{2}A12$/, '65304479CA01A12'), quantity: M.integer(10), subscriptionId, currencyCode: M.string('USD') }),
    links: { self: { uri: M.regex(/^\/v3\/memberships\/\S+\/transfers\/\S+$/, `/v3/memberships/${MEMBERSHIP_ID}/transfers/${TRANSFER_ID}`), method: 'GET', headers: [] } },
  });

  it('previews the offers of a VIP membership with 3YC before migrating it', () => pact.addInteraction()
    .given('a VIP membership eligible to migrate', { membershipId: MEMBERSHIP_ID, threeYearCommit: 'true' })
    .uponReceiving('a preview of the offers of a VIP membership')
    .withRequest('GET', `/v3/memberships/${MEMBERSHIP_ID}/offers`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(1),
      items: M.eachLike({ offerId: M.regex(/^\d{8}[A-Z]{2}[0-9A-Z]{2}A12$/, '65304479CA01A12'), currencyCode: M.string('USD'), quantity: M.integer(10), renewalDate: DATE('2027-06-05') }),
      benefits: [{ type: 'THREE_YEAR_COMMIT', commitment: commitmentTerm('COMMITTED', 10), commitmentRequest: null }],
      discounts: M.eachLike({ level: M.string('01'), offerType: 'LICENSE' }),
    }))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).previewMembershipOffers(MEMBERSHIP_ID)).benefits[0].type, 'THREE_YEAR_COMMIT');
    })));

  it('cannot preview an unknown VIP membership (5115)', () => pact.addInteraction()
    .given('the default fixtures')
    .uponReceiving('a preview of the offers of an unknown VIP membership')
    .withRequest('GET', '/v3/memberships/99999999/offers', (b) => b.headers(requestHeaders(false)))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('5115', ['membership-id'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).previewMembershipOffers('99999999'), 400, '5115'))));

  it('transfers a VIP membership to a reseller: 202, in progress', () => pact.addInteraction()
    .given('a VIP membership eligible to migrate', { membershipId: MEMBERSHIP_ID })
    .uponReceiving('a transfer of a VIP membership')
    .withRequest('POST', `/v3/memberships/${MEMBERSHIP_ID}/transfers`, (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: RESELLER_ID }))
    .willRespondWith(202, (b) => b.headers(jsonHeaders).jsonBody(membershipTransfer('1002', '', '')))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).transferMembership(MEMBERSHIP_ID, RESELLER_ID)).status, '1002');
    })));

  it('gets a completed VIP membership transfer, with the new customer', () => pact.addInteraction()
    .given('a VIP membership transferred to VIP Marketplace', { membershipId: MEMBERSHIP_ID })
    .uponReceiving('a request for the details of a completed transfer')
    .withRequest('GET', `/v3/memberships/${MEMBERSHIP_ID}/transfers/${TRANSFER_ID}`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(membershipTransfer('1000', M.regex(/^\d+$/, '1005600001'), M.regex(/^\w+$/, '43b889db7b4e7aa2d42b54b9813eebNA'))))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getMembershipTransfer(MEMBERSHIP_ID, TRANSFER_ID)).status, '1000');
    })));

  it('cannot transfer a VIP membership twice (5118)', () => pact.addInteraction()
    .given('a VIP membership transferred to VIP Marketplace', { membershipId: MEMBERSHIP_ID })
    .uponReceiving('a second transfer of a VIP membership')
    .withRequest('POST', `/v3/memberships/${MEMBERSHIP_ID}/transfers`, (b) => b.headers(requestHeaders(true)).jsonBody({ resellerId: RESELLER_ID }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('5118', ['membership-id'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).transferMembership(MEMBERSHIP_ID, RESELLER_ID), 400, '5118'))));
  const DEPLOYMENT_ID = '3454000001';
  const LONDON = { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA', phoneNumber: '020-7946-0000' };
  const BERLIN = { country: 'DE', region: 'BE', city: 'Berlin', addressLine1: 'Unter den Linden 1', postalCode: '10117' };
  /** A deployment as a client reads it. */
  const deploymentBody = (fields: Record<string, unknown> = {}) => ({
    deploymentId: M.regex(/^\S{1,40}$/, DEPLOYMENT_ID), companyProfile: { address: M.like(LONDON) }, creationDate: ISO_TIME('2019-05-02T22:49:52Z'), status: '1000',
    links: { self: { uri: M.regex(/^\/v3\/customers\/\S+\/deployments\/\S+$/, `/v3/customers/${CUSTOMER_ID}/deployments/${DEPLOYMENT_ID}`), method: 'GET', headers: [] } },
    ...fields,
  });

  it('creates a deployment for a global customer', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID })
    .uponReceiving('a new deployment in Germany')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/deployments`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { address: BERLIN } }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(deploymentBody({ deploymentId: M.regex(/^\S{1,40}$/, '3454000002'), companyProfile: { address: M.like(BERLIN) }, creationDate: ISO_TIME('2026-11-01T09:00:00Z') })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).createDeployment(CUSTOMER_ID, { companyProfile: { address: BERLIN } })).status, '1000');
    })));

  it('is refused a deployment in the customer\'s own country (1141)', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID })
    .uponReceiving('a deployment in the customer\'s own country')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/deployments`, (b) => b.headers(requestHeaders(true)).jsonBody({ companyProfile: { address: ADDRESS } }))
    .willRespondWith(400, (b) => b.headers(jsonHeaders).jsonBody(adobeError('1141', ['companyProfile.address.country'])))
    .executeTest(settled((server) => rejectsWith(client(server.url).createDeployment(CUSTOMER_ID, { companyProfile: { address: ADDRESS } }), 400, '1141'))));

  it('lists the deployments of a global customer', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID })
    .uponReceiving('a request for the deployments')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/deployments`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody({
      totalCount: M.integer(1), count: M.integer(1), offset: 0, limit: 25, items: M.eachLike(deploymentBody()),
      links: { self: { uri: M.string(`/v3/customers/${CUSTOMER_ID}/deployments?offset=0&limit=25`), method: 'GET', headers: [] } },
    }))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getDeployments(CUSTOMER_ID)).items[0].deploymentId, DEPLOYMENT_ID);
    })));

  it('gets one deployment', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID, deploymentId: DEPLOYMENT_ID })
    .uponReceiving('a request for a deployment')
    .withRequest('GET', `/v3/customers/${CUSTOMER_ID}/deployments/${DEPLOYMENT_ID}`, (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(deploymentBody({ deploymentId: DEPLOYMENT_ID })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getDeployment(CUSTOMER_ID, DEPLOYMENT_ID)).companyProfile.address.country, 'GB');
    })));

  it('deactivates a deployment', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID, deploymentId: DEPLOYMENT_ID })
    .uponReceiving('a deactivation of a deployment')
    .withRequest('PATCH', `/v3/customers/${CUSTOMER_ID}/deployments/${DEPLOYMENT_ID}`, (b) => b.headers(requestHeaders(true)).jsonBody({ status: '1004' }))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(deploymentBody({ deploymentId: DEPLOYMENT_ID, status: '1004' })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).updateDeployment(CUSTOMER_ID, DEPLOYMENT_ID, { status: '1004' })).status, '1004');
    })));

  it('places a NEW order for a deployment, in its region\'s currency', () => pact.addInteraction()
    .given('a global customer with a deployment', { customerId: CUSTOMER_ID, deploymentId: DEPLOYMENT_ID })
    .uponReceiving('a NEW order for a deployment in GB')
    .withRequest('POST', `/v3/customers/${CUSTOMER_ID}/orders`, (b) => b.headers(requestHeaders(true)).jsonBody({ orderType: 'NEW', lineItems: [{ ...ORDER_LINE, currencyCode: 'GBP', deploymentId: DEPLOYMENT_ID }] }))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(orderBody({ currencyCode: 'GBP' }, { currencyCode: 'GBP', deploymentId: DEPLOYMENT_ID })))
    .executeTest(settled(async (server) => {
      const placed = await client(server.url).createOrder(CUSTOMER_ID, { orderType: 'NEW', lineItems: [{ ...ORDER_LINE, currencyCode: 'GBP', deploymentId: DEPLOYMENT_ID }] });
      assert.equal(placed.lineItems[0].deploymentId, DEPLOYMENT_ID);
    })));

  it('fetches recommendations for the offers of a cart', () => pact.addInteraction()
    .given('an active customer exists', { customerId: CUSTOMER_ID })
    .uponReceiving('a recommendations request in the ORDER_PREVIEW context')
    .withRequest('POST', '/v3/recommendations', (b) => b.headers(requestHeaders(true)).jsonBody({ recommendationContext: 'ORDER_PREVIEW', customerId: CUSTOMER_ID, offers: [{ offerId: '65304470CA01A12', quantity: 10 }] }))
    .willRespondWith(200, (b) => b.headers({ ...jsonHeaders, 'x-recommendation-tracker-id': M.regex(/^\S+$/, '85v9S4NAv2eLKmJ11LY7yxDwGrIvU94S') }).jsonBody({
      productRecommendations: {
        upsells: M.eachLike({ rank: M.integer(0), product: { baseOfferId: M.regex(/^\d{8}[A-Z]{2}[0-9A-Z]{2}A12$/, '65304479CA01A12') }, source: { sourceType: 'OFFER', offerIds: M.eachLike(M.string('65304470CA01A12')) } }),
        crossSells: M.eachLike({ rank: M.integer(0), product: { baseOfferId: M.string('65322435CAT1A12') }, source: { sourceType: 'OFFER', offerIds: M.eachLike(M.string('65304470CA01A12')) } }),
        addOns: [],
      },
    }))
    .executeTest(settled(async (server) => {
      const { productRecommendations } = await client(server.url).fetchRecommendations({ recommendationContext: 'ORDER_PREVIEW', customerId: CUSTOMER_ID, offers: [{ offerId: '65304470CA01A12', quantity: 10 }] });
      assert.equal(productRecommendations.upsells[0].rank, 0);
    })));
  it('previews a reseller change with the customer\'s approval code', () => pact.addInteraction()
    .given('a customer with a valid reseller-change code', { customerId: CUSTOMER_ID, approvalCode: '62159861', newResellerId: '5556667779' })
    .uponReceiving('a reseller change PREVIEW')
    .withRequest('POST', '/v3/transfers', (b) => b.headers(requestHeaders(true)).jsonBody(resellerChange('PREVIEW')))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(transferAnswer({ transferId: '', status: '1002', approval: { code: '62159861', expiry: M.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, '2026-11-08T09:00:00Z') } })))
    .executeTest(settled(async (server) => {
      const preview = await client(server.url).transferReseller(resellerChange('PREVIEW'));
      assert.equal(preview.approval.code, '62159861');
    })));

  it('commits a reseller change: the customer is the new reseller\'s', () => pact.addInteraction()
    .given('a customer with a valid reseller-change code', { customerId: CUSTOMER_ID, approvalCode: '62159861', newResellerId: '5556667779' })
    .uponReceiving('a reseller change COMMIT')
    .withRequest('POST', '/v3/transfers', (b) => b.headers(requestHeaders(true)).jsonBody(resellerChange('COMMIT')))
    .willRespondWith(201, (b) => b.headers(jsonHeaders).jsonBody(transferAnswer({ transferId: M.regex(/^\d{10}$/, '1100000001'), status: '1000' })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).transferReseller(resellerChange('COMMIT'))).status, '1000');
    })));

  it('gets a committed reseller change', () => pact.addInteraction()
    .given('a committed reseller change exists', { customerId: CUSTOMER_ID, approvalCode: '62159861', newResellerId: '5556667779' })
    .uponReceiving('a request for a reseller change transfer')
    .withRequest('GET', '/v3/transfers/1100000001', (b) => b.headers(requestHeaders(false)))
    .willRespondWith(200, (b) => b.headers(jsonHeaders).jsonBody(transferAnswer({ transferId: '1100000001', status: '1000', items: M.eachLike({ lineItemNumber: 1, offerId: M.string('65304479CA01A12'), quantity: M.integer(10), subscriptionId: M.string(ALL_APPS_SUBSCRIPTION), renewalDate: M.regex(/^\d{4}-\d{2}-\d{2}$/, '2027-05-02'), currencyCode: M.string('USD') }) })))
    .executeTest(settled(async (server) => {
      assert.equal((await client(server.url).getResellerTransfer('1100000001')).customerId, CUSTOMER_ID);
    })));

  it('gets 404/1128 for an approval code no customer generated', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: '5556667779', marketSegments: 'COM,EDU' })
    .uponReceiving('a reseller change PREVIEW with an unknown approval code')
    .withRequest('POST', '/v3/transfers', (b) => b.headers(requestHeaders(true)).jsonBody({ ...resellerChange('PREVIEW'), approvalCode: '8318322' }))
    .willRespondWith(404, (b) => b.headers(jsonHeaders).jsonBody({ code: '1128', message: M.string('Invalid Reseller Change Code'), additionalDetails: ['approvalCode'] }))
    .executeTest(settled((server) => rejectsWith(client(server.url).transferReseller({ ...resellerChange('PREVIEW'), approvalCode: '8318322' }), 404, '1128'))));

  // Last: the interactions above have all been written by now.
  it('PACT-01 contracts/pacts holds exactly the pact these interactions write', () => {
    const written = readFileSync(join(PACT_DIR, `${CONSUMER}-${PROVIDER}.json`), 'utf8');
    if (process.env.VIPM_SIM_WRITE_PACTS === '1') writeFileSync(PUBLISHED, written);
    assert.deepEqual(interactionsOf(readFileSync(PUBLISHED, 'utf8')), interactionsOf(written),
      'contracts/pacts is not what tests/pact-1-consumer.test.ts writes: run it with VIPM_SIM_WRITE_PACTS=1 and commit the file');
  });
});
