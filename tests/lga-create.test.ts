import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lgaLevel } from '../server/domain/commitments/lga.js';
import { assertError, fairmontUpdate, fixturesWith, harness, newCustomer, sameProfile } from './support/harness.js';

const LGA = [{ type: 'LARGE_GOVERNMENT_AGENCY' }];
const GOV = { marketSegment: 'GOV', marketSubSegments: ['FEDERAL'] };
/** The create request of docs/lga/create.md, through the GOV reseller of the LGA-enabled distributor. */
const lgaCustomer = (overrides: Record<string, any> = {}, profile: Record<string, any> = {}) =>
  newCustomer({ resellerId: '5556667781', benefits: LGA, ...overrides }, { ...GOV, ...profile });

describe('LGA create', () => {
  it('LGA-01 an LGA create answers 201 with the LGA benefit ACTIVE, GOV FEDERAL and LGA level 06; GET shows the same', async () => {
    const h = await harness();
    const reply = await h.call('POST', '/v3/customers', { body: lgaCustomer() });
    assert.equal(reply.status, 201, reply.text);
    assert.deepEqual(reply.body.benefits, [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'ACTIVE' }]);
    assert.deepEqual(reply.body.companyProfile.marketSubSegments, ['FEDERAL']);
    assert.deepEqual(reply.body.discounts, [{ offerType: 'LICENSE', level: '06' }, { offerType: 'CONSUMABLES', level: 'T1' }]);
    const got = await h.call('GET', `/v3/customers/${reply.body.customerId}`);
    assert.deepEqual(got.body.benefits, reply.body.benefits);
    const state = await h.call('POST', '/v3/customers', { body: lgaCustomer({}, { companyName: 'State Agency', marketSubSegments: ['STATE'], address: { country: 'CA', region: 'ON', city: 'Ottawa', addressLine1: '1 Wellington St', postalCode: 'K1A 0A9' } }) });
    assert.equal(state.status, 201, state.text);
  });

  it('LGA-02 LGA discount levels by licences: 06 to 999, 07 from 1,000, 08 from 5,000, 09 from 10,000', () => {
    assert.deepEqual([100, 999, 1000, 4999, 5000, 9999, 10000, 50000].map(lgaLevel), ['06', '06', '07', '07', '08', '08', '09', '09']);
  });

  it('LGA-03 a coterm date over 23 months out is 400/1117 "Invalid coterm date for Large Government Agency"; 23 months is allowed', async () => {
    const h = await harness();
    const late = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({ cotermDate: '2028-10-02' }) }), 400, '1117', ['Invalid coterm date for Large Government Agency']);
    assert.equal(late.message, 'Some Fields are Invalid.');
    assert.equal((await h.call('POST', '/v3/customers', { body: lgaCustomer({ cotermDate: '2028-10-01' }) })).status, 201);
  });

  it('LGA-04 LGA and 3YC together are 400/1147, both ways', async () => {
    const h = await harness();
    const both = [...LGA, { type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }];
    const error = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({ benefits: both }) }), 400, '1147', ['3YC Customer not allowed for Large Government Agency']);
    assert.equal(error.message, '3YC Customer not allowed');
    const created = await h.call('POST', '/v3/customers', { body: lgaCustomer() });
    await h.advance('PT1H');
    const c = await h.customer(created.body.customerId);
    const commitment = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }];
    assertError(await h.call('PATCH', `/v3/customers/${c.customerId}`, { body: sameProfile(c, { benefits: commitment }) }), 400, '1147', ['3YC Customer not allowed for Large Government Agency']);
    assert.equal((await h.customer(c.customerId)).threeYearCommit, null);
  });

  it('LGA-05 a market segment other than GOV is 400/1163', async () => {
    const h = await harness();
    const error = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({}, { marketSegment: 'COM', marketSubSegments: [] }) }), 400, '1163', []);
    assert.equal(error.message, 'Market segment not allowed for Large Government Agency');
  });

  it('LGA-06 a distributor not enabled for LGA is 400/1164', async () => {
    const h = await harness({ fixtures: { ...fixturesWith({}), distributors: fixturesWith({}).distributors.map((d) => ({ ...d, lgaEnabled: false })) } });
    const error = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer() }), 400, '1164', []);
    assert.equal(error.message, 'Large Government Agency is not enabled for partner');
    assert.equal((await h.state()).customers.length, 7);
  });

  it('LGA-07 a customer or distributor outside the US and Canada is 400/1167', async () => {
    const h = await harness();
    const de = { country: 'DE', region: 'BE', city: 'Berlin', addressLine1: 'Unter den Linden 1', postalCode: '10117' };
    const error = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({}, { address: de }) }), 400, '1167', []);
    assert.equal(error.message, 'Invalid country for Large Government Agency');
    assert.equal((await h.control('PATCH', '/distributors/5000000001', { country: 'DE' })).status, 200);
    assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer() }), 400, '1167', []);
  });

  it('LGA-08 no sub-segment, or one that is not FEDERAL or STATE, is 400/1168', async () => {
    const h = await harness();
    const error = assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({}, { marketSubSegments: [] }) }), 400, '1168', []);
    assert.equal(error.message, 'Market subsegment not allowed for Large Government Agency');
    assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({}, { marketSubSegments: undefined }) }), 400, '1168');
  });

  it('LGA-09 the LGA benefit carries no commitment request (1117 naming it); the reseller must be enabled for GOV (2135)', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({ benefits: [{ type: 'LARGE_GOVERNMENT_AGENCY', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }] }) }), 400, '1117', ['benefits[0].commitmentRequest']);
    await h.control('PATCH', '/resellers/5556667778', { marketSegments: ['COM', 'EDU'] });
    assertError(await h.call('POST', '/v3/customers', { body: lgaCustomer({ resellerId: '5556667778' }) }), 400, '2135', ['companyProfile.marketSegment']);
  });

  it('LGA-10 an LGA customer cannot leave GOV (1163) and keeps its benefit through other updates', async () => {
    const h = await harness();
    const created = await h.call('POST', '/v3/customers', { body: lgaCustomer() });
    await h.advance('PT1H');
    const c = await h.customer(created.body.customerId);
    await h.control('PATCH', '/resellers/5556667781', { marketSegments: ['GOV', 'COM'] });
    assertError(await h.call('PATCH', `/v3/customers/${c.customerId}`, { body: sameProfile(c, {}, { marketSegment: 'COM' }) }), 400, '1163');
    const updated = await h.call('PATCH', `/v3/customers/${c.customerId}`, { body: sameProfile(c, { externalReferenceId: 'kept' }) });
    assert.equal(updated.status, 200, updated.text);
    assert.deepEqual(updated.body.benefits, [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'ACTIVE' }]);
    assert.equal(fairmontUpdate().companyProfile.marketSegment, 'COM');
  });
});

describe('distributors in the control plane', () => {
  it('LGA-11 GET /__sandbox/distributors lists lgaEnabled, country and globalSalesEnabled; PATCH changes them and refuses bad input', async () => {
    const h = await harness();
    const list = await h.control('GET', '/distributors');
    assert.deepEqual(list.body.map((d: any) => [d.distributorId, d.lgaEnabled, d.country]), [['5000000001', true, 'US'], ['5000000002', false, 'US']]);
    const patched = await h.control('PATCH', '/distributors/5000000002', { lgaEnabled: true, country: 'CA', globalSalesEnabled: true });
    assert.deepEqual(patched.body, { distributorId: '5000000002', name: 'Other Test Distributor', lgaEnabled: true, country: 'CA', globalSalesEnabled: true });
    assertError(await h.control('PATCH', '/distributors/5000000002', { country: 'Canada' }), 400, '1117', ['country']);
    assertError(await h.control('PATCH', '/distributors/5000000002', { lga: true }), 400, '1121', ['lga']);
    assertError(await h.control('PATCH', '/distributors/9999', { lgaEnabled: true }), 404, '4040');
    assert.equal((await h.state()).distributors.find((d) => d.distributorId === '5000000002')!.country, 'CA');
  });
});
