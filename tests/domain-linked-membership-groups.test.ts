// Linked membership groups of server/domain/commitments/linked-membership-groups.ts, called directly: group
// records, enrolment, terms and codes, search and the anniversary levels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  answerTerms, checkGroupCountry, groupAt, groupForCode, issueCode, joinGroup, newGroup, refreshNow, searchGroups, volumeLevel,
} from '../server/domain/commitments/linked-membership-groups.js';
import type { Customer, LinkedMembership, LinkedMembershipGroup } from '../server/domain/types.js';
import { customerRecord, errorOf, NOW } from './support/records.js';


const ACTIVE_LGA = { status: 'ACTIVE', requestedAt: NOW.toISOString(), upgradeDate: null, failureReason: null } as const;
const MEMBERSHIP: LinkedMembership = { id: '51002001', name: 'Federal Agencies Group', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2025-06-01T10:00:00' };
const owner = (more: Partial<Customer> = {}) => customerRecord({ customerId: '2000000001', lga: ACTIVE_LGA, subscriptions: { renewalQuantity: 600, teamOrConsumablesAutoRenewal: false }, ...more }, { marketSegment: 'GOV' });
const lgaGroup = (more: Partial<LinkedMembershipGroup> = {}): LinkedMembershipGroup => ({ ...newGroup(owner(), MEMBERSHIP, '5000000001').group, ...more });
const candidate = (more: Partial<Customer> = {}) => customerRecord({ customerId: '2000000002', lga: ACTIVE_LGA, subscriptions: { renewalQuantity: 500, teamOrConsumablesAutoRenewal: false }, ...more });
const LGA_RULES = { distributorId: '5000000001', lgaOnly: true };

describe('group records', () => {
  it('LMG-01 an ACTIVE LGA owner makes an LGA group with its country, segment and an LGA level; terms REQUESTED', () => {
    const { group, membership } = newGroup(owner(), MEMBERSHIP, '5000000001');
    assert.deepEqual(group, {
      id: '51002001', name: 'Federal Agencies Group', type: 'STANDARD', country: 'US', marketSegment: 'GOV', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'],
      distributorId: '5000000001', ownerId: '2000000001', members: [], creationDate: '2025-06-01T10:00:00', termsAcceptanceStatus: 'REQUESTED',
      discounts: [{ offerType: 'LICENSE', level: '06' }], lastRefreshDate: '2025-06-01T10:00:00', authorizationCodes: [],
    });
    assert.deepEqual(membership, { ...MEMBERSHIP, country: 'US', benefitTypes: ['LARGE_GOVERNMENT_AGENCY'] });
  });

  it('LMG-01 another owner makes a plain group at its own level, and its membership shows no country', () => {
    const { group, membership } = newGroup(owner({ lga: null, discounts: [{ offerType: 'LICENSE', level: '03' }] }), MEMBERSHIP, '5000000001');
    assert.deepEqual([group.benefitTypes, group.discounts], [[], [{ offerType: 'LICENSE', level: '03' }]]);
    assert.deepEqual(membership, MEMBERSHIP);
  });
});

describe('enrolment', () => {
  it('LMG-05 the customer joins as MEMBER and takes the group\'s level; joining again changes nothing', () => {
    const { customer, group } = joinGroup(candidate(), lgaGroup(), LGA_RULES, NOW);
    assert.deepEqual(group.members, [{ customerId: '2000000002', joinedAt: NOW.toISOString() }]);
    assert.equal(customer.linkedMembership?.linkedMembershipType, 'MEMBER');
    assert.deepEqual(customer.discounts.find((d) => d.offerType === 'LICENSE'), { offerType: 'LICENSE', level: '06' });
    const again = joinGroup(customer, group, LGA_RULES, NOW);
    assert.equal(again.customer, customer);
    assert.equal(again.group, group);
  });

  it('LMG-06 and LMG-07 each refusal with its code and, where Adobe gives them, its details', () => {
    const code = (c: Customer, g: LinkedMembershipGroup, rules = LGA_RULES) => { const e = errorOf(() => joinGroup(c, g, rules, NOW)); return [e.code, ...e.additionalDetails]; };
    assert.deepEqual(code(candidate(), lgaGroup(), { distributorId: 'another', lgaOnly: true }), ['1153', 'Account and Linked Account group are not part of the same distributor']);
    assert.deepEqual(code(candidate({ status: '1002' }), lgaGroup()), ['1125']);
    assert.deepEqual(code(candidate({ lga: null }), lgaGroup()), ['1165']);
    assert.deepEqual(code(candidate(), lgaGroup({ benefitTypes: [] })), ['1166']);
    assert.deepEqual(code(candidate(), lgaGroup({ country: 'CA' })), ['1118', 'Account country does not match with the linked account group country']);
    assert.deepEqual(code(candidate(), lgaGroup({ termsAcceptanceStatus: 'REJECTED' })), ['1117', 'termsAcceptanceStatus']);
    assert.deepEqual(code(candidate({ linkedMembership: { ...MEMBERSHIP, id: '61000001' } }), lgaGroup()), ['1117', 'linkedMembership']);
  });
});

describe('terms, codes and refresh', () => {
  it('LMG-09 the terms are answered once; codes need them ACCEPTED and live 72 hours', () => {
    const accepted = answerTerms(lgaGroup(), 'ACCEPTED');
    assert.equal(accepted.termsAcceptanceStatus, 'ACCEPTED');
    assert.deepEqual(errorOf(() => answerTerms(accepted, 'REJECTED')).additionalDetails, ['status']);
    assert.deepEqual(errorOf(() => issueCode(lgaGroup(), 'CODE1', NOW)).additionalDetails, ['termsAcceptanceStatus']);
    const withCode = issueCode(accepted, 'CODE1', NOW);
    assert.deepEqual(withCode.authorizationCodes, [{ code: 'CODE1', issuedAt: NOW.toISOString(), expiresAt: '2026-11-04T09:00:00.000Z' }]);
    assert.equal(groupForCode([withCode], 'CODE1', new Date('2026-11-04T08:59:59Z')), withCode);
    assert.equal(groupForCode([withCode], 'CODE1', new Date('2026-11-04T09:00:00Z')), undefined);
    assert.equal(groupForCode([withCode], 'OTHER', NOW), undefined);
    const later = issueCode(withCode, 'CODE2', new Date('2026-11-05T00:00:00Z'));
    assert.deepEqual(later.authorizationCodes.map((c) => c.code), ['CODE2'], 'expired codes are dropped');
  });

  it('LMG-10 refresh recalculates the level from everyone\'s licences, once the terms are ACCEPTED', () => {
    assert.deepEqual(errorOf(() => refreshNow(lgaGroup(), [], NOW)).additionalDetails, ['termsAcceptanceStatus']);
    const refreshed = refreshNow(lgaGroup({ termsAcceptanceStatus: 'ACCEPTED' }), [owner(), candidate()], NOW);
    assert.deepEqual([refreshed.discounts, refreshed.lastRefreshDate], [[{ offerType: 'LICENSE', level: '07' }], '2026-11-01T09:00:00']);
  });

  it('LMG-08 volume levels of a plain group: 01 below 10, 02 from 10, 03 from 50, 04 from 100', () => {
    assert.deepEqual([0, 9, 10, 49, 50, 99, 100].map(volumeLevel), ['01', '01', '02', '02', '03', '03', '04']);
  });

  it('LMG-08 at each anniversary of the creation date the level is recalculated, once per anniversary', () => {
    const group = lgaGroup();
    const participants = [owner(), candidate()];
    assert.equal(groupAt(group, participants, new Date('2026-05-31T23:59:59Z')), group, 'before the first anniversary');
    const first = groupAt(group, participants, new Date('2026-06-01T00:00:00Z'));
    assert.deepEqual([first.discounts, first.lastRefreshDate], [[{ offerType: 'LICENSE', level: '07' }], '2026-06-01T10:00:00']);
    assert.equal(groupAt(first, participants, new Date('2027-05-31T00:00:00Z')), first, 'not again until the next anniversary');
    assert.equal(groupAt(group, participants, new Date('2028-07-01T00:00:00Z')).lastRefreshDate, '2028-06-01T10:00:00', 'the latest anniversary passed');
  });
});

describe('search', () => {
  it('LMG-02 the country is required and must be US or CA, exactly', () => {
    assert.equal(checkGroupCountry({ country: 'CA' }), 'CA');
    for (const missing of [{}, { country: '' }, { country: '  ' }]) assert.deepEqual(errorOf(() => checkGroupCountry(missing)).additionalDetails, ['Country cannot be null or empty']);
    for (const wrong of [{ country: 'us' }, { country: 'DE' }, { country: ['US', 'CA'] }]) assert.deepEqual(errorOf(() => checkGroupCountry(wrong)).additionalDetails, ['Invalid Country']);
  });

  it('LMG-03 LGA groups of the country whose name contains the text, sorted by id, in the page\'s shape; none is 1143', () => {
    const groups = [
      lgaGroup({ id: '51002003', name: 'State Agencies' }),
      lgaGroup({ id: '51002001', members: [{ customerId: '2000000002', joinedAt: NOW.toISOString() }] }),
      lgaGroup({ id: '51002002', name: 'Federal Canada', country: 'CA' }),
      lgaGroup({ id: '51002000', name: 'Federal plain', benefitTypes: [] }),
    ];
    assert.deepEqual(searchGroups(groups, { country: 'US', name: 'AGENC' }).map((g) => g.id), ['51002001', '51002003']);
    assert.deepEqual(searchGroups(groups, { country: 'US', name: 'federal' }), [{
      id: '51002001', name: 'Federal Agencies Group', type: 'STANDARD', creationDate: '2025-06-01T10:00:00', marketSegment: 'GOV',
      country: 'US', membersCount: 1, benefitTypes: ['LARGE_GOVERNMENT_AGENCY'], discounts: [{ offerType: 'LICENSE', level: '06' }],
    }]);
    const none = errorOf(() => searchGroups(groups, { country: 'CA', name: 'state' }));
    assert.deepEqual([none.status, none.code, none.message, none.additionalDetails], [404, '1143', 'Linked Account Group Not Found', []]);
  });
});
