import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, CLIENT, harness, OTHER_CLIENT, sameProfile, type Harness } from './support/harness.js';

const GROUP = '51002001';
const OWNER = '1005700001';
const MEMBER = '1005700002';
const CANDIDATE = '9876543210';

/** The provider state: an LGA group (terms accepted) with owner and one member, and LGA customer 9876543210 in no group. */
async function withGroup(h: Harness, params: Record<string, string> = {}) {
  const reply = await h.control('POST', '/provider-states', { state: 'an LGA linked membership group with members exists', params });
  assert.equal(reply.status, 200, reply.text);
}

const enroll = (h: Harness, customerId: string, groupId = GROUP, opts: Record<string, any> = {}) =>
  h.call('POST', `/v3/customers/${customerId}/linked_membership/enroll/${groupId}`, { headers: { 'content-type': 'application/json' }, ...opts });

const lgaSeed = (resellerId: string, country = 'US', region = 'CA') => ({
  resellerId, status: '1000', lga: { status: 'ACTIVE', requestedAt: '2026-01-01T00:00:00.000Z', upgradeDate: null, failureReason: null },
  companyProfile: { companyName: `Agency ${country} ${resellerId}`, preferredLanguage: 'en-US', marketSegment: 'GOV', marketSubSegments: ['STATE'], address: { country, region, city: 'Somewhere', addressLine1: '1 Main St', postalCode: '12345' }, contacts: [{ firstName: 'Ann', lastName: 'Agent', email: `ann.${country}.${resellerId}@agency.example` }] },
});

describe('linked membership groups as records', () => {
  it('LMG-01 the update that creates a linked membership creates its group: id, name, type, country, segment, benefit types, owner, members, terms, levels', async () => {
    const h = await harness();
    await h.control('POST', '/provider-states', { state: 'an LGA customer exists', params: {} });
    const c = await h.customer(CANDIDATE);
    const reply = await h.call('PATCH', `/v3/customers/${CANDIDATE}`, { body: sameProfile(c, { linkedMembership: { type: 'CONSORTIUM', name: 'State Agencies' } }) });
    assert.equal(reply.status, 200, reply.text);
    const lm = reply.body.linkedMembership;
    assert.deepEqual({ ...lm, id: undefined }, { id: undefined, name: 'State Agencies', type: 'CONSORTIUM', linkedMembershipType: 'OWNER', creationDate: '2026-11-01T09:00:00', country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] });
    const group = (await h.control('GET', `/linked-memberships/${lm.id}`)).body;
    assert.equal(group.ownerId, CANDIDATE);
    assert.deepEqual(group.members, []);
    assert.deepEqual([group.country, group.marketSegment, group.benefitTypes, group.termsAcceptanceStatus, group.distributorId], ['US', 'GOV', ['LARGE_GOVERNMENT_AGENCY'], 'REQUESTED', '5000000001']);
    assert.deepEqual(group.discounts, [{ offerType: 'LICENSE', level: '06' }]);
    const plain = await h.call('PATCH', '/v3/customers/9876543210', { body: sameProfile(c) });
    assert.equal(plain.body.linkedMembership.id, lm.id, 'resending nothing keeps the membership');
  });

  it('LMG-01 a non-LGA customer creates a non-LGA group (no country or benefitTypes on the customer)', async () => {
    const h = await harness();
    const c = await h.customer('1005000002');
    const reply = await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(c, { linkedMembership: { type: 'STANDARD', name: 'Schools' } }) });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.linkedMembership.benefitTypes, undefined);
    assert.deepEqual((await h.control('GET', `/linked-memberships/${reply.body.linkedMembership.id}`)).body.benefitTypes, []);
    assertError(await h.control('GET', '/linked-memberships/59999999'), 404, '1143');
  });
});

describe('GET /v3/linked_membership_groups', () => {
  it('LMG-02 country missing or empty: 400/1118 "Country cannot be null or empty"; not US or CA: "Invalid Country"', async () => {
    const h = await harness();
    for (const q of ['', '?country=', '?country=%20', '?name=x']) {
      const e = assertError(await h.call('GET', `/v3/linked_membership_groups${q}`), 400, '1118', ['Country cannot be null or empty']);
      assert.equal(e.message, 'Invalid Address');
    }
    for (const q of ['?country=DE', '?country=us', '?country=USA', '?country=US&country=CA']) {
      assertError(await h.call('GET', `/v3/linked_membership_groups${q}`), 400, '1118', ['Invalid Country']);
    }
  });

  it('LMG-03 finds LGA groups by country and part of the name (case-insensitive, at most 80 characters); none is 404/1143', async () => {
    const h = await harness();
    await withGroup(h);
    const warnings: string[] = [];
    const warned = (w: Error) => warnings.push(`${w.name}: ${w.message}`);
    process.on('warning', warned);
    const found = await h.call('GET', '/v3/linked_membership_groups?country=US&name=AGENCIES').finally(() => process.off('warning', warned));
    assert.equal(found.status, 200, found.text);
    assert.deepEqual(warnings, [], 'a transaction\'s reads go to the store one at a time (pg warns of queries sent while one runs)');
    assert.deepEqual(found.body, [{ id: GROUP, name: 'Federal Agencies Group', type: 'STANDARD', creationDate: '2026-05-31T10:35:01', marketSegment: 'GOV', country: 'US', membersCount: 1, benefitTypes: ['LARGE_GOVERNMENT_AGENCY'], discounts: [{ offerType: 'LICENSE', level: '06' }] }]);
    assert.equal((await h.call('GET', '/v3/linked_membership_groups?country=US')).body.length, 1, 'the non-LGA group of 1005000006 is not listed');
    const none = assertError(await h.call('GET', '/v3/linked_membership_groups?country=US&name=nothing'), 404, '1143', []);
    assert.equal(none.message, 'Linked Account Group Not Found');
    assertError(await h.call('GET', '/v3/linked_membership_groups?country=CA'), 404, '1143');
    assertError(await h.call('GET', `/v3/linked_membership_groups?country=US&name=${'a'.repeat(81)}`), 400, '1117', ['name']);
    assertError(await h.call('GET', '/v3/linked_membership_groups?country=US&name=a&name=b'), 400, '1117', ['name']);
    assert.equal((await h.call('GET', `/v3/linked_membership_groups?country=US&name=${encodeURIComponent('Federal Agencies Group')}`)).status, 200);
  });

  it("LMG-04 other distributors' LGA groups are listed; a distributor not enabled for LGA may not search (1164)", async () => {
    const h = await harness();
    await withGroup(h);
    await h.control('PATCH', '/distributors/5000000002', { lgaEnabled: true });
    await h.control('PUT', '/customers/2005000009', { ...lgaSeed('6667778889'), linkedMembership: { id: '61000001', name: 'Other Agencies', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2026-06-01T00:00:00', country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] } });
    const found = await h.call('GET', '/v3/linked_membership_groups?country=US&name=agencies');
    assert.deepEqual(found.body.map((g: any) => g.id), [GROUP, '61000001']);
    const other = { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) };
    assert.equal((await h.call('GET', '/v3/linked_membership_groups?country=US', { client: other })).body.length, 2);
    await h.control('PATCH', '/distributors/5000000002', { lgaEnabled: false });
    assertError(await h.call('GET', '/v3/linked_membership_groups?country=US', { client: other }), 400, '1164', []);
  });
});

describe('POST /v3/customers/{customer-id}/linked_membership/enroll/{linked_membership_id}', () => {
  it('LMG-05 enrols an LGA customer: the documented message, linkedMembershipType MEMBER, the group\'s level, membersCount up', async () => {
    const h = await harness();
    await withGroup(h);
    const reply = await enroll(h, CANDIDATE);
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body, { message: 'Customer Successfully enrolled in the Linked Membership' });
    const c = await h.call('GET', `/v3/customers/${CANDIDATE}`);
    assert.deepEqual(c.body.linkedMembership, { id: GROUP, name: 'Federal Agencies Group', type: 'STANDARD', linkedMembershipType: 'MEMBER', creationDate: '2026-05-31T10:35:01', country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] });
    assert.equal(c.body.discounts.find((d: any) => d.offerType === 'LICENSE').level, '06');
    assert.deepEqual((await h.control('GET', `/linked-memberships/${GROUP}`)).body.members.map((m: any) => m.customerId), [MEMBER, CANDIDATE]);
    assert.equal((await h.call('GET', '/v3/linked_membership_groups?country=US')).body[0].membersCount, 2);
    assert.equal((await enroll(h, CANDIDATE)).status, 200, 'enrolling again in the same group changes nothing');
    assert.equal((await h.control('GET', `/linked-memberships/${GROUP}`)).body.members.length, 2);
  });

  it('LMG-06 enrolment errors: 1118 country, 1153 distributor, 1165 customer not LGA, 1166 group not LGA; nothing changes', async () => {
    const h = await harness();
    await withGroup(h);
    await h.control('PUT', '/customers/1005700010', lgaSeed('5556667781', 'CA', 'ON'));
    const country = assertError(await enroll(h, '1005700010'), 400, '1118', ['Account country does not match with the linked account group country']);
    assert.equal(country.message, 'Invalid Address');
    await h.control('PATCH', '/distributors/5000000002', { lgaEnabled: true });
    await h.control('PUT', '/customers/2005000009', { ...lgaSeed('6667778889'), linkedMembership: { id: '61000001', name: 'Other Agencies', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2026-06-01T00:00:00', country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] } });
    const other = assertError(await enroll(h, CANDIDATE, '61000001'), 400, '1153', ['Account and Linked Account group are not part of the same distributor']);
    assert.equal(other.message, 'Invalid group id');
    const notLga = assertError(await enroll(h, '1005000002'), 400, '1165', []);
    assert.equal(notLga.message, 'Large Government Agency is not enabled for customer');
    const notLgaGroup = assertError(await enroll(h, CANDIDATE, '51001315'), 400, '1166', []);
    assert.equal(notLgaGroup.message, 'Large Government Agency is not enabled for linked account group');
    assert.equal((await h.customer(CANDIDATE)).linkedMembership, null);
    assert.equal((await h.control('GET', `/linked-memberships/${GROUP}`)).body.members.length, 1);
  });

  it('LMG-07 unknown customer 404/1116, unknown group 404/1143, already in a group, pending customer, a body: refused', async () => {
    const h = await harness();
    await withGroup(h);
    assertError(await enroll(h, '1234567890'), 404, '1116');
    assertError(await enroll(h, '2005000001'), 404, '1116');
    assertError(await enroll(h, CANDIDATE, '59999999'), 404, '1143', []);
    await h.control('PUT', '/customers/1005700030', { ...lgaSeed('5556667781'), linkedMembership: { id: '51009999', name: 'Own Group', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2026-06-01T00:00:00', country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] } });
    assertError(await enroll(h, '1005700030'), 400, '1117', ['linkedMembership']);
    await h.control('PATCH', `/customers/${CANDIDATE}`, { status: '1002' });
    assertError(await enroll(h, CANDIDATE), 400, '1125');
    await h.control('PATCH', `/customers/${CANDIDATE}`, { status: '1000' });
    assertError(await enroll(h, CANDIDATE, GROUP, { body: { groupId: GROUP } }), 400, '1121', ['body']);
    assertError(await enroll(h, CANDIDATE, GROUP, { headers: {} }), 415, '4150');
    const doc = await h.state();
    await h.sim.keeper.load({ ...doc, linkedMembershipGroups: doc.linkedMembershipGroups!.map((g) => (g.id === GROUP ? { ...g, termsAcceptanceStatus: 'REJECTED' as const } : g)) });
    assertError(await enroll(h, CANDIDATE), 400, '1117', ['termsAcceptanceStatus']);
    assert.equal((await h.customer(CANDIDATE)).linkedMembership, null);
  });
});

describe('group discount levels at the anniversary', () => {
  it('LMG-08 at each anniversary of its creation date the group level is recalculated from all licences and applied to owner and members', async () => {
    const h = await harness();
    await withGroup(h);
    assert.equal((await enroll(h, CANDIDATE)).status, 200);
    await h.control('PATCH', `/customers/${MEMBER}`, { subscriptions: { renewalQuantity: 5000, teamOrConsumablesAutoRenewal: false } });
    const level = async (id: string, client?: { id: string; token: string }) => (await h.call('GET', `/v3/customers/${id}`, { client })).body.discounts.find((d: any) => d.offerType === 'LICENSE').level;
    assert.equal(await level(OWNER), '06', 'licences change nothing before the anniversary');
    await h.sim.keeper.changeClock({ now: '2027-05-30T23:00:00Z' });
    let client = { id: CLIENT.id, token: await h.token() };
    assert.equal(await level(OWNER, client), '06');
    await h.sim.keeper.changeClock({ now: '2027-05-31T00:30:00Z' });
    client = { id: CLIENT.id, token: await h.token() };
    assert.deepEqual([await level(OWNER, client), await level(MEMBER, client), await level(CANDIDATE, client)], ['08', '08', '08']);
    const group = (await h.control('GET', `/linked-memberships/${GROUP}`)).body;
    assert.equal(group.lastRefreshDate, '2027-05-31T10:35:01');
    assert.equal((await h.call('GET', '/v3/linked_membership_groups?country=US', { client })).body[0].discounts[0].level, '08');
  });
});

describe('the Admin Console of linked memberships (control plane)', () => {
  it('LMG-09 the owner accepts the terms once, then issues codes valid 72 hours; a customer joins with one', async () => {
    const h = await harness();
    await h.control('POST', '/provider-states', { state: 'an LGA customer exists', params: {} });
    const c = await h.customer(CANDIDATE);
    const id = (await h.call('PATCH', `/v3/customers/${CANDIDATE}`, { body: sameProfile(c, { linkedMembership: { type: 'STANDARD', name: 'Owner Group' } }) })).body.linkedMembership.id;
    assertError(await h.control('POST', `/linked-memberships/${id}/authorization-codes`), 400, '1117', ['termsAcceptanceStatus']);
    assertError(await h.control('POST', `/linked-memberships/${id}/terms`, { status: 'MAYBE' }), 400, '1117', ['status']);
    assert.equal((await h.control('POST', `/linked-memberships/${id}/terms`, { status: 'ACCEPTED' })).body.termsAcceptanceStatus, 'ACCEPTED');
    assertError(await h.control('POST', `/linked-memberships/${id}/terms`, { status: 'REJECTED' }), 400, '1117', ['status']);
    const code = await h.control('POST', `/linked-memberships/${id}/authorization-codes`);
    assert.equal(code.status, 201, code.text);
    assert.equal(Date.parse(code.body.expiresAt) - Date.parse(code.body.issuedAt), 72 * 3_600_000);
    await h.control('PUT', '/customers/1005700020', lgaSeed('5556667781'));
    assertError(await h.control('POST', '/customers/1005700020/linked-membership/join', { authorizationCode: 'WRONG' }), 400, '1117', ['authorizationCode']);
    assertError(await h.control('POST', '/customers/1005700020/linked-membership/join', {}), 400, '1122', ['authorizationCode']);
    await h.advance('PT71H');
    const joined = await h.control('POST', '/customers/1005700020/linked-membership/join', { authorizationCode: code.body.code });
    assert.equal(joined.status, 200, joined.text);
    assert.equal(joined.body.linkedMembership.linkedMembershipType, 'MEMBER');
    assert.deepEqual((await h.control('GET', `/linked-memberships/${id}`)).body.members.map((m: any) => m.customerId), ['1005700020']);
  });

  it('LMG-09 an expired code is refused and changes nothing', async () => {
    const h = await harness();
    await withGroup(h);
    const code = (await h.control('POST', `/linked-memberships/${GROUP}/authorization-codes`)).body.code;
    await h.advance('PT72H');
    assertError(await h.control('POST', `/customers/${CANDIDATE}/linked-membership/join`, { authorizationCode: code }), 400, '1117', ['authorizationCode']);
    assert.equal((await h.customer(CANDIDATE)).linkedMembership, null);
  });

  it('LMG-10 the owner\'s Refresh Discount Level recalculates the level now, for owner and members, once the terms are accepted', async () => {
    const h = await harness();
    await withGroup(h);
    await h.control('PATCH', `/customers/${MEMBER}`, { subscriptions: { renewalQuantity: 1000 } });
    const refreshed = await h.control('POST', `/linked-memberships/${GROUP}/refresh`);
    assert.equal(refreshed.status, 200, refreshed.text);
    assert.deepEqual(refreshed.body.discounts, [{ offerType: 'LICENSE', level: '07' }]);
    assert.equal(refreshed.body.lastRefreshDate, '2026-11-01T09:00:00');
    assert.equal((await h.call('GET', `/v3/customers/${OWNER}`)).body.discounts.find((d: any) => d.offerType === 'LICENSE').level, '07');
    await h.control('POST', '/provider-states', { state: 'an LGA customer exists', params: {} });
    const c = await h.customer(CANDIDATE);
    const id = (await h.call('PATCH', `/v3/customers/${CANDIDATE}`, { body: sameProfile(c, { linkedMembership: { type: 'STANDARD', name: 'Fresh' } }) })).body.linkedMembership.id;
    assertError(await h.control('POST', `/linked-memberships/${id}/refresh`), 400, '1117', ['termsAcceptanceStatus']);
    assertError(await h.control('POST', '/linked-memberships/59999999/refresh'), 404, '1143');
  });
});
