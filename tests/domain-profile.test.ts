// Profile rules called directly: market segments (server/domain/customers/market-segment.ts) and contacts
// (contacts.ts); addresses have tests/domain-address.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertContacts, peopleOf, syncAdmins, welcomeEmails, withPersonNames } from '../server/domain/customers/contacts.js';
import { assertResellerSegment, createSubSegmentProblems, subSegmentProblems, updatedSegment } from '../server/domain/customers/market-segment.js';
import type { Reseller } from '../server/domain/types.js';
import { customerRecord, errorOf, NOW } from './support/records.js';


const reseller = (marketSegments: Reseller['marketSegments']) => ({ resellerId: '5556667778', marketSegments }) as Reseller;

describe('market segments', () => {
  it('UPD-12 sub-segments belong to their segment: EDU K_12/HIGHER_ED/NON_PROFIT, GOV FEDERAL/STATE, COM none', () => {
    assert.deepEqual(subSegmentProblems('EDU', ['K_12', 'HIGHER_ED', 'NON_PROFIT']), []);
    assert.deepEqual(subSegmentProblems('GOV', ['FEDERAL', 'K_12']), [{ path: 'companyProfile.marketSubSegments[1]', reason: 'K_12 is not a sub-segment of GOV' }]);
    assert.equal(subSegmentProblems('COM', ['FEDERAL']).length, 1);
  });

  it('CRE-15 a create sets no sub-segments unless the flow allows them (the LGA create: FEDERAL or STATE)', () => {
    assert.deepEqual(createSubSegmentProblems('EDU', []), []);
    assert.deepEqual(createSubSegmentProblems('EDU', ['K_12']).map((p) => p.path), ['companyProfile.marketSubSegments[0]']);
    assert.match(createSubSegmentProblems('EDU', ['K_12'])[0].reason, /cannot be set through the API/);
    assert.deepEqual(createSubSegmentProblems('GOV', ['FEDERAL'], ['FEDERAL', 'STATE']), []);
    assert.match(createSubSegmentProblems('EDU', ['FEDERAL'], ['FEDERAL'])[0].reason, /FEDERAL is not a sub-segment of EDU/, 'allowed, but of another segment');
  });

  it('CRE-05 the reseller must be enabled for the segment (2135)', () => {
    assert.doesNotThrow(() => assertResellerSegment(reseller(['COM', 'EDU']), 'EDU'));
    const error = errorOf(() => assertResellerSegment(reseller(['COM']), 'GOV'));
    assert.deepEqual([error.status, error.code, error.additionalDetails], [400, '2135', ['companyProfile.marketSegment']]);
  });

  it('UPD-10, UPD-11 and UPD-12 an update keeps read-only sub-segments, changes the segment only without subscriptions, then resets them', () => {
    const edu = customerRecord({}, { marketSegment: 'EDU', marketSubSegments: ['K_12'] });
    assert.deepEqual(updatedSegment(edu, reseller(['EDU']), 'EDU', undefined), { marketSegment: 'EDU', marketSubSegments: ['K_12'] });
    assert.deepEqual(updatedSegment(edu, reseller(['EDU']), 'EDU', ['K_12']), { marketSegment: 'EDU', marketSubSegments: ['K_12'] }, 'resending them is accepted');
    assert.deepEqual(errorOf(() => updatedSegment(edu, reseller(['EDU']), 'EDU', ['HIGHER_ED'])).code, '1119');
    assert.deepEqual(updatedSegment(edu, reseller(['EDU', 'COM']), 'COM', undefined), { marketSegment: 'COM', marketSubSegments: [] });
    const subscribed = errorOf(() => updatedSegment({ ...edu, activeSubscriptions: 2 }, reseller(['EDU', 'COM']), 'COM', undefined));
    assert.deepEqual([subscribed.code, subscribed.additionalDetails], ['1119', ['companyProfile.marketSegment']]);
    assert.match(subscribed.message, /2 active subscription/);
    assert.equal(errorOf(() => updatedSegment(edu, reseller(['EDU']), 'COM', undefined)).code, '2135');
    assert.equal(errorOf(() => updatedSegment(edu, reseller(['EDU', 'GOV']), 'GOV', ['FEDERAL'])).code, '1119');
  });
});

describe('contacts', () => {
  const contact = (email: string, firstName = 'Donald', lastName = 'Duck') => ({ firstName, lastName, email, phoneNumber: '408-555-0101' });

  it('CRE-18 two contacts with the same email, in any case, are 1117 naming the second', () => {
    assert.doesNotThrow(() => assertContacts([contact('a@x.example'), contact('b@x.example')]));
    const error = errorOf(() => assertContacts([contact('a@x.example'), contact('b@x.example'), contact('A@X.example')]));
    assert.deepEqual([error.code, error.additionalDetails], ['1117', ['companyProfile.contacts[2].email']]);
    assert.match(error.message, /repeats the email of contacts\[0\]/);
  });

  it('UPD-05 a person keeps the first name seen for their email, on every customer', () => {
    const first = customerRecord({ customerId: '1', admins: [] }, { contacts: [contact('donald@duck.example', 'Donald', 'Duck')] });
    const second = customerRecord({ customerId: '2', admins: [] }, { contacts: [contact('DONALD@duck.example', 'Don', 'D')] });
    const { customers, people } = peopleOf([first, second]);
    assert.deepEqual(customers[1].companyProfile.contacts[0], contact('DONALD@duck.example', 'Donald', 'Duck'), 'the email as sent, the name as known');
    assert.equal(customers[0], first, 'a customer whose names are already right is the same record');
    assert.deepEqual([...people.keys()], ['donald@duck.example']);
    const { added } = withPersonNames(customerRecord({ admins: [] }, { contacts: [contact('new@duck.example', 'New', 'Person')] }), people);
    assert.deepEqual(added, [{ key: 'new@duck.example', email: 'new@duck.example', firstName: 'New', lastName: 'Person' }]);
  });

  it('UPD-08 every contact becomes a System Admin (source API) once; nothing removes one', () => {
    const admins = [{ email: 'minnie@mouse.com', firstName: 'Minnie', lastName: 'Mouse', role: 'SYSTEM_ADMIN' as const, source: 'CONSOLE' as const, addedAt: '2026-01-01T00:00:00.000Z' }];
    assert.equal(syncAdmins(admins, [contact('MINNIE@mouse.com')], NOW), admins, 'already an admin: unchanged');
    assert.deepEqual(syncAdmins(admins, [contact('donald@duck.example'), contact('Donald@duck.example')], NOW), [
      ...admins, { email: 'donald@duck.example', firstName: 'Donald', lastName: 'Duck', role: 'SYSTEM_ADMIN', source: 'API', addedAt: NOW.toISOString() },
    ]);
    assert.deepEqual(syncAdmins(admins, [], NOW), admins, 'a contact left out stays an admin');
  });

  it('UPD-09 every contact of the request gets the welcome email, numbered from the sequence', () => {
    const { emails, sequences } = welcomeEmails([contact('a@x.example', 'A', 'One'), contact('b@x.example', 'B', 'Two')], { customerId: '9876543210', requestId: 'rq', correlationId: 'c' }, NOW, { email: 7 } as never);
    assert.deepEqual(emails.map((e) => [e.emailId, e.to, e.firstName, e.template, e.sentAt, e.requestId, e.correlationId]), [
      ['7', 'a@x.example', 'A', 'ADMIN_WELCOME', NOW.toISOString(), 'rq', 'c'],
      ['8', 'b@x.example', 'B', 'ADMIN_WELCOME', NOW.toISOString(), 'rq', 'c'],
    ]);
    assert.equal(sequences.email, 9);
  });
});
