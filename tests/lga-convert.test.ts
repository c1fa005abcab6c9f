import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, CLIENT, harness, type Harness } from './support/harness.js';

const ID = '1005800001';
const LGA = [{ type: 'LARGE_GOVERNMENT_AGENCY' }];
const ADDRESS = { country: 'US', region: 'VA', city: 'Arlington', addressLine1: '1 Agency Way', postalCode: '22202' };
const PROFILE = { companyName: 'Federal Bureau of Widgets', preferredLanguage: 'en-US', marketSegment: 'GOV', address: ADDRESS, contacts: [{ firstName: 'Gov', lastName: 'Buyer', email: 'buyer@fbw.example' }] };

/** A GOV customer whose anniversary (coterm date) is 2026-11-20: today (2026-11-01) is inside AD-30. */
async function govCustomer(h: Harness, fields: Record<string, any> = {}) {
  const reply = await h.control('PUT', `/customers/${ID}`, {
    resellerId: '5556667781', status: '1000', cotermDate: '2026-11-20', activeSubscriptions: 2,
    subscriptions: { renewalQuantity: 150, teamOrConsumablesAutoRenewal: false },
    ...fields, companyProfile: { ...PROFILE, marketSubSegments: [], ...fields.companyProfile },
  });
  assert.equal(reply.status, 200, reply.text);
}

const convert = (h: Harness, overrides: Record<string, any> = {}, profile: Record<string, any> = {}, client?: { id: string; token: string }) =>
  h.call('PATCH', `/v3/customers/${ID}`, { body: { benefits: LGA, companyProfile: { ...PROFILE, marketSubSegments: ['FEDERAL', 'STATE'], ...profile }, ...overrides }, client });

const benefits = async (h: Harness, client?: { id: string; token: string }) => (await h.call('GET', `/v3/customers/${ID}`, { client })).body.benefits;

describe('LGA conversion', () => {
  it('LGV-01 a GOV customer converts within AD-30: PENDING_UPGRADE, with the sub-segments the request sets', async () => {
    const h = await harness();
    await govCustomer(h);
    const reply = await convert(h);
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body.benefits, [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'PENDING_UPGRADE' }]);
    assert.deepEqual(reply.body.companyProfile.marketSubSegments, ['FEDERAL', 'STATE']);
    assert.deepEqual(await benefits(h), reply.body.benefits);
    assert.equal((await h.customer(ID)).lga?.upgradeDate, '2026-11-20');
  });

  it('LGV-02 at the anniversary the customer becomes an ACTIVE LGA at the level of its renewal quantity, in a new term', async () => {
    const h = await harness();
    await govCustomer(h, { subscriptions: { renewalQuantity: 1200, teamOrConsumablesAutoRenewal: false } });
    assert.equal((await convert(h)).status, 200);
    await h.sim.keeper.changeClock({ now: '2026-11-19T23:59:00Z' });
    let client = { id: CLIENT.id, token: await h.token() };
    assert.equal((await benefits(h, client))[0].status, 'PENDING_UPGRADE');
    await h.sim.keeper.changeClock({ now: '2026-11-20T00:00:00Z' });
    client = { id: CLIENT.id, token: await h.token() };
    const after = (await h.call('GET', `/v3/customers/${ID}`, { client })).body;
    assert.deepEqual(after.benefits, [{ type: 'LARGE_GOVERNMENT_AGENCY', status: 'ACTIVE' }]);
    assert.equal(after.discounts.find((d: any) => d.offerType === 'LICENSE').level, '07');
    assert.equal(after.cotermDate, '2027-11-20');
  });

  it('LGV-03 when the conditions no longer hold at the anniversary the upgrade fails: no LGA benefit, subscriptions expire', async () => {
    const h = await harness();
    await govCustomer(h);
    assert.equal((await convert(h)).status, 200);
    await h.sandbox.updateCustomer(ID, { subscriptions: { renewalQuantity: 150, teamOrConsumablesAutoRenewal: true } });
    await h.sim.keeper.changeClock({ now: '2026-11-20T09:00:00Z' });
    const client = { id: CLIENT.id, token: await h.token() };
    assert.deepEqual(await benefits(h, client), []);
    const stored = await h.sandbox.customer(ID);
    assert.equal(stored.lga?.status, 'UPGRADE_FAILED');
    assert.match(stored.lga?.failureReason ?? '', /auto-renew/);
    assert.equal(stored.activeSubscriptions, 0);
    assert.equal(stored.subscriptions.renewalQuantity, 0);
    assert.equal((await convert(h, {}, {}, client)).status, 400, 'no new conversion without a term to convert in');
  });

  it('LGV-04 outside AD-30, or without an anniversary date, conversion is 400/1117 naming benefits', async () => {
    const h = await harness();
    await govCustomer(h, { cotermDate: '2027-05-02' });
    const early = assertError(await convert(h), 400, '1117', ['benefits']);
    assert.match(early.message, /2027-04-02/);
    await govCustomer(h, { cotermDate: '' });
    assertError(await convert(h), 400, '1117', ['benefits']);
    await govCustomer(h, { cotermDate: '2026-11-01' });
    assertError(await convert(h), 400, '1117', ['benefits']);
    assert.equal((await h.customer(ID)).lga, null);
  });

  it('LGV-05 renewal quantity not over 100 is 1170; a Team offer or consumables auto-renewing is 1169', async () => {
    const h = await harness();
    await govCustomer(h, { subscriptions: { renewalQuantity: 100, teamOrConsumablesAutoRenewal: false } });
    const quantity = assertError(await convert(h), 400, '1170', []);
    assert.equal(quantity.message, 'Invalid quantity for Large Government Agency');
    await govCustomer(h, { subscriptions: { renewalQuantity: 500, teamOrConsumablesAutoRenewal: true } });
    const offer = assertError(await convert(h), 400, '1169', []);
    assert.equal(offer.message, 'This offer is not allowed for Large Government Agency');
  });

  it('LGV-06 the page\'s other conditions: 3YC 1147, linked membership 1117, not GOV 1163, country 1167, sub-segment 1168, distributor 1164', async () => {
    const h = await harness();
    const commitment = { startDate: '2026-01-01', endDate: '2028-12-31', status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] };
    await govCustomer(h, { threeYearCommit: { commitment, commitmentRequest: null, recommitmentRequest: null } });
    assertError(await convert(h), 400, '1147', ['3YC Customer not allowed for Large Government Agency']);
    await govCustomer(h);
    assertError(await convert(h, { benefits: [...LGA, { type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 20 }] } }] }), 400, '1147');
    await govCustomer(h, { linkedMembership: { id: '51003000', name: 'Old Group', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2025-01-01T00:00:00' } });
    assertError(await convert(h), 400, '1117', ['benefits']);
    await govCustomer(h);
    assertError(await convert(h, { linkedMembership: { type: 'STANDARD', name: 'New Group' } }), 400, '1117', ['linkedMembership']);
    await govCustomer(h, { activeSubscriptions: 0 });
    await h.sandbox.updateReseller('5556667781', { marketSegments: ['GOV', 'COM'] });
    assertError(await convert(h, {}, { marketSegment: 'COM', marketSubSegments: [] }), 400, '1163');
    await govCustomer(h, { companyProfile: { address: { ...ADDRESS, country: 'MX', region: 'CMX', city: 'Mexico City', postalCode: '06000' } } });
    assertError(await convert(h, {}, { address: { ...ADDRESS, country: 'MX', region: 'CMX', city: 'Mexico City', postalCode: '06000' } }), 400, '1167');
    await govCustomer(h);
    assertError(await convert(h, {}, { marketSubSegments: [] }), 400, '1168');
    assertError(await convert(h, {}, { marketSubSegments: ['K_12'] }), 400, '1168');
    await h.sandbox.updateDistributor('5000000001', { lgaEnabled: false });
    assertError(await convert(h, { linkedMembership: { type: 'STANDARD', name: 'New Group' } }), 400, '1164');
    const stored = await h.customer(ID);
    assert.deepEqual([stored.lga, stored.linkedMembership, stored.companyProfile.marketSubSegments], [null, null, []]);
  });

  it('LGV-07 a customer with a pending upgrade may not create a linked membership before the anniversary', async () => {
    const h = await harness();
    await govCustomer(h);
    assert.equal((await convert(h)).status, 200);
    assertError(await convert(h, { linkedMembership: { type: 'STANDARD', name: 'Too Early' } }), 400, '1117', ['linkedMembership']);
  });
});
