// A partner's consumer pact test: it describes how our client uses Adobe's customer API and
// writes pacts/example-partner-client-adobe-vipmp-customers.json. `npx vipm-sim verify pacts`
// then checks those expectations against the simulator, with the provider states named here.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { MatchersV3 as M, PactV4 } from '@pact-foundation/pact';
import { VipmpClient, VipmpError } from '../src/vipmp-client.js';

process.env.PACT_DO_NOT_TRACK = 'true';
const PACTS = new URL('../pacts/', import.meta.url).pathname;
const pact = new PactV4({ consumer: 'example-partner-client', provider: 'adobe-vipmp-customers', dir: PACTS, logLevel: 'error' });

// What our client sends: any token and API key (the verifier puts valid ones in), a fresh correlation id.
const headers = (json: boolean) => ({
  Authorization: M.regex(/^Bearer \S+$/, 'Bearer my-test-token'),
  'X-Api-Key': M.regex(/^\S+$/, 'my-client-id'),
  'X-Correlation-Id': M.uuid('0b8a5c2e-1d3f-4e5a-8b7c-9d0e1f2a3b4c'),
  Accept: 'application/json',
  ...(json ? { 'Content-Type': 'application/json' } : {}),
});
const PROFILE = {
  companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM',
  address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110' },
  contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' }],
};

const client = (url: string) => {
  const c = new VipmpClient({ baseUrl: url, clientId: 'my-client-id', clientSecret: 'my-secret' });
  c.useToken('my-test-token');
  return c;
};

describe('example partner client', () => {
  before(() => rmSync(`${PACTS}example-partner-client-adobe-vipmp-customers.json`, { force: true }));

  it('reads a customer', () => pact.addInteraction()
    .given('an active customer exists', { customerId: '1005512199' })
    .uponReceiving('a request for customer 1005512199')
    .withRequest('GET', '/v3/customers/1005512199', (b) => b.headers(headers(false)))
    .willRespondWith(200, (b) => b.jsonBody({
      customerId: '1005512199', status: '1000', cotermDate: M.regex(/^(\d{4}-\d{2}-\d{2})?$/, '2027-05-02'),
      companyProfile: M.like({ companyName: 'Fairmont', contacts: M.eachLike({ email: 'mickey@mouse.com' }) }),
      benefits: [],
    }))
    .executeTest(async (server) => {
      const customer = await client(server.url).getCustomer('1005512199');
      assert.equal(customer.status, '1000');
    }));

  it('creates a customer', () => pact.addInteraction()
    .given('a reseller exists', { resellerId: '5556667778' })
    .uponReceiving('a request to create Duckburg Widgets')
    .withRequest('POST', '/v3/customers', (b) => b.headers(headers(true)).jsonBody({ resellerId: '5556667778', companyProfile: { ...PROFILE, companyName: 'Duckburg Widgets' } }))
    .willRespondWith(201, (b) => b.jsonBody({ customerId: M.regex(/^\d{10}$/, '1005600001'), status: '1002', cotermDate: '' }))
    .executeTest(async (server) => {
      const created = await client(server.url).createCustomer({ resellerId: '5556667778', companyProfile: { ...PROFILE, companyName: 'Duckburg Widgets' } });
      assert.equal(created.status, '1002');
    }));

  it('updates the contacts', () => pact.addInteraction()
    .given('an active customer exists', { customerId: '1005512199' })
    .uponReceiving('an update of customer 1005512199 adding a contact')
    .withRequest('PATCH', '/v3/customers/1005512199', (b) => b.headers(headers(true)).jsonBody({ companyProfile: { ...PROFILE, contacts: [...PROFILE.contacts, { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } }))
    .willRespondWith(200, (b) => b.jsonBody({ customerId: '1005512199', companyProfile: M.like({ contacts: [{ email: 'mickey@mouse.com' }, { email: 'minnie@mouse.com' }] }) }))
    .executeTest(async (server) => {
      const updated = await client(server.url).updateCustomer('1005512199', { companyProfile: { ...PROFILE, contacts: [...PROFILE.contacts, { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } });
      assert.equal(updated.companyProfile.contacts.length, 2);
    }));

  it('handles an unknown customer', () => pact.addInteraction()
    .given('no customer exists', { customerId: '1005512100' })
    .uponReceiving('a request for a customer that does not exist')
    .withRequest('GET', '/v3/customers/1005512100', (b) => b.headers(headers(false)))
    .willRespondWith(404, (b) => b.jsonBody({ code: '1116', message: M.string('Invalid Customer'), additionalDetails: M.eachLike('1005512100') }))
    .executeTest(async (server) => {
      await assert.rejects(client(server.url).getCustomer('1005512100'), (e: unknown) => e instanceof VipmpError && e.body.code === '1116');
    }));
});
