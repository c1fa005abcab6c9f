import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS, assertError, fairmontUpdate, fixturesWith, harness, sameProfile } from './support/harness.js';

const SEED_PAGE_EXAMPLE = {
  externalReferenceId: '99999',
  globalSalesEnabled: true,
  linkedMembership: { type: 'STANDARD', name: 'This is the Group Created for 1005516130' },
  companyProfile: {
    companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', addressLine2: 'Apt 123', postalCode: '95110-1234', phoneNumber: '800-123-4567' },
    contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com', phoneNumber: '408-123-4567' }],
  },
};

describe('update customer', () => {
  it('UPD-01 Adobe\'s page example updates the fixture customer 9876543210', async () => {
    const h = await harness();
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: SEED_PAGE_EXAMPLE });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.externalReferenceId, '99999');
    assert.equal(reply.body.globalSalesEnabled, true);
    assert.deepEqual(reply.body.companyProfile.contacts, SEED_PAGE_EXAMPLE.companyProfile.contacts);
    assert.equal(reply.body.linkedMembership.linkedMembershipType, 'OWNER');
    assert.deepEqual((await h.call('GET', '/v3/customers/9876543210')).body, reply.body);
  });

  it('UPD-01 an update replaces the profile: fields left out are gone', async () => {
    const h = await harness();
    const { addressLine2: _a, phoneNumber: _p, ...address } = ADDRESS;
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address, preferredLanguage: 'fr-FR' }) });
    assert.deepEqual(reply.body.companyProfile.address, address);
    assert.equal(reply.body.companyProfile.preferredLanguage, 'fr-FR');
  });

  it('UPD-02 companyName, country and region must be resent unchanged: 400/1119 naming them', async () => {
    const h = await harness();
    const body = fairmontUpdate({}, { companyName: 'Fairmont Hotels', address: { ...ADDRESS, country: 'CA', region: 'BC', postalCode: 'V6B 1A1' } });
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body }), 400, '1119');
    assert.deepEqual(error.additionalDetails, ['companyProfile.companyName', 'companyProfile.address.country', 'companyProfile.address.region']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address: { ...ADDRESS, region: 'NV', postalCode: '89101' } }) }), 400, '1119', ['companyProfile.address.region']);
  });

  it('UPD-03 a pending (1002) or blocked (1012) customer cannot be updated: 400/1125', async () => {
    const h = await harness({ fixtures: fixturesWith({ customer: ['9876543210', { status: '1012' }] }) });
    const pending = await h.customer('1005000003');
    assertError(await h.call('PATCH', '/v3/customers/1005000003', { body: sameProfile(pending) }), 400, '1125');
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() }), 400, '1125');
  });

  it('UPD-03 the other statuses the sandbox portal can set (1004, 1010, 1024) and 1014 can be updated, and keep their status', async () => {
    for (const status of ['1004', '1010', '1014', '1024']) {
      const h = await harness({ fixtures: fixturesWith({ customer: ['9876543210', { status }] }) });
      const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() });
      assert.equal(reply.status, 200, `${status}: ${reply.text}`);
      assert.equal(reply.body.status, status);
    }
  });

  it('UPD-03 a status set through the control plane applies at once: blocked is 1125 with Adobe\'s message', async () => {
    const h = await harness();
    assert.equal((await h.sandbox.updateCustomer('9876543210', { status: '1012' })).status, '1012');
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() }), 400, '1125');
    assert.match(error.message, /^Account cannot be updated while status is pending or blocked/);
    assert.equal((await h.sandbox.updateCustomer('9876543210', { status: '1024' })).status, '1024');
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() })).status, 200);
  });

  it('UPD-04 an update keeps at least one contact', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [] }) }), 400, '1117', ['companyProfile.contacts']);
    const { companyProfile } = fairmontUpdate();
    const { contacts: _c, ...noContacts } = companyProfile;
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: { companyProfile: noContacts } }), 400, '1122', ['companyProfile.contacts']);
  });

  it('UPD-05 a contact\'s name cannot change through the API: another name for a known email is echoed in the response only, never 1119', async () => {
    const h = await harness();
    const body = fairmontUpdate({}, { contacts: [{ firstName: 'Minerva', lastName: 'Maus', email: 'MINNIE@mouse.com' }] });
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body });
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual([reply.body.companyProfile.contacts[0].firstName, reply.body.companyProfile.contacts[0].lastName], ['Minerva', 'Maus'], 'the synchronous response echoes the name sent');
    const read = (await h.call('GET', '/v3/customers/9876543210')).body.companyProfile.contacts[0];
    assert.deepEqual([read.firstName, read.lastName, read.email], ['Minnie', 'Mouse', 'MINNIE@mouse.com'], 'GET returns the name that persists');
    const admin = (await h.customer('9876543210')).admins.find((a) => a.email.toLowerCase() === 'minnie@mouse.com')!;
    assert.deepEqual([admin.firstName, admin.lastName], ['Minnie', 'Mouse']);
    const email = (await h.state()).emails!.at(-1)!;
    assert.deepEqual([email.firstName, email.lastName], ['Minnie', 'Mouse'], 'the welcome email greets the person by the name that persists');
  });

  it('UPD-05 a contact is one person across customers: the first name seen for an email is what every GET returns', async () => {
    const h = await harness();
    const xavier = { firstName: 'Xavier', lastName: 'Quill', email: 'xq@shared.example' };
    const created = await h.call('POST', '/v3/customers', { body: { resellerId: '5556667778', companyProfile: { companyName: 'Quill Works', preferredLanguage: 'en-US', address: ADDRESS, contacts: [xavier] } } });
    assert.equal(created.status, 201, created.text);
    const renamed = { ...xavier, firstName: 'Xav', email: 'XQ@Shared.example' };
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [renamed] }) });
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.companyProfile.contacts[0].firstName, 'Xav');
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).body.companyProfile.contacts[0].firstName, 'Xavier');
    assert.equal((await h.call('GET', `/v3/customers/${created.body.customerId}`)).body.companyProfile.contacts[0].firstName, 'Xavier');
  });

  it('UPD-06 a contact\'s email and phone number can change', async () => {
    const h = await harness();
    const contacts = [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie.mouse@mouse.com', phoneNumber: '408-555-0199' }];
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts }) });
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body.companyProfile.contacts, contacts);
  });

  it('UPD-07 contacts left out leave the API view but stay System Admins in Admin Console', async () => {
    const h = await harness();
    const mickey = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' };
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [mickey] }) });
    assert.deepEqual(reply.body.companyProfile.contacts, [mickey]);
    const admins = (await h.customer('9876543210')).admins.map((a) => a.email);
    assert.deepEqual(admins, ['minnie@mouse.com', 'mickey@mouse.com']);
  });

  it('UPD-08 every contact sent becomes a System Admin, and nothing the API does removes one', async () => {
    const h = await harness();
    const goofy = { firstName: 'Goofy', lastName: 'Goof', email: 'goofy@mouse.com' };
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [goofy] }) });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() });
    const admins = (await h.customer('9876543210')).admins;
    assert.deepEqual(admins.map((a) => [a.email, a.role, a.source]), [
      ['minnie@mouse.com', 'SYSTEM_ADMIN', 'API'], ['goofy@mouse.com', 'SYSTEM_ADMIN', 'API'],
    ]);
  });

  it('UPD-09 every contact in the request gets the admin welcome email, every time', async () => {
    const h = await harness();
    const contacts = [
      { firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' },
      { firstName: 'Pluto', lastName: 'Dog', email: 'pluto@mouse.com' },
    ];
    for (const id of ['u1', 'u2']) await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts }), headers: { 'x-request-id': id } });
    const emails = (await h.state()).emails!.filter((e) => e.customerId === '9876543210');
    assert.deepEqual(emails.map((e) => [e.to, e.requestId]), [
      ['minnie@mouse.com', 'u1'], ['pluto@mouse.com', 'u1'], ['minnie@mouse.com', 'u2'], ['pluto@mouse.com', 'u2'],
    ]);
  });

  it('UPD-10 the market segment cannot change while the customer has active subscriptions (1119)', async () => {
    const h = await harness();
    const acme = await h.customer('1005000004');
    assertError(await h.call('PATCH', '/v3/customers/1005000004', { body: sameProfile(acme, {}, { marketSegment: 'EDU' }) }), 400, '1119', ['companyProfile.marketSegment']);
  });

  it('UPD-11 the segment changes only to one the reseller is enabled for (2135), and its sub-segments reset', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { marketSegment: 'GOV' }) }), 400, '2135', ['companyProfile.marketSegment']);
    const edu = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { marketSegment: 'EDU' }) });
    assert.equal(edu.body.companyProfile.marketSegment, 'EDU');
    assert.deepEqual(edu.body.companyProfile.marketSubSegments, []);
    const school = await h.customer('1005000002');
    const com = await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(school, {}, { marketSegment: 'COM' }) });
    assert.deepEqual([com.body.companyProfile.marketSegment, com.body.companyProfile.marketSubSegments], ['COM', []]);
  });

  it('UPD-12 market sub-segments are read-only (1119); resending the current ones is fine', async () => {
    const h = await harness();
    const school = await h.customer('1005000002');
    assertError(await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(school, {}, { marketSubSegments: ['HIGHER_ED'] }) }), 400, '1119', ['companyProfile.marketSubSegments']);
    assert.equal((await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(school, {}, { marketSubSegments: ['K_12'] }) })).status, 200);
  });

  it('UPD-13 externalReferenceId can change; leaving it out keeps it', async () => {
    const h = await harness();
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'CRM-77' }) })).body.externalReferenceId, 'CRM-77');
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() })).body.externalReferenceId, 'CRM-77');
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'x'.repeat(36) }) }), 400, '2126');
  });

  it('UPD-14 globalSalesEnabled: COM only (1142), the distributor enabled (1139), customer eligible (1140); resellers need no flag', async () => {
    const h = await harness();
    const school = await h.customer('1005000002');
    assertError(await h.call('PATCH', '/v3/customers/1005000002', { body: sameProfile(school, { globalSalesEnabled: true }) }), 400, '1142', ['globalSalesEnabled']);
    const partner = await harness({ fixtures: fixturesWith({ distributor: ['5000000001', { globalSalesEnabled: false }] }) });
    const refused = assertError(await partner.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: true }) }), 400, '1139', ['globalSalesEnabled']);
    assert.match(refused.message, /^Partner is not enabled for global sales: distributor 5000000001/);
    const customer = await harness({ fixtures: fixturesWith({ customer: ['9876543210', { globalSalesEligible: false }] }) });
    assertError(await customer.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: true }) }), 400, '1140');
    assert.equal((await customer.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: false }) })).status, 200);
    const on = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: true }) });
    assert.equal(on.body.globalSalesEnabled, true);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { marketSegment: 'EDU' }) }), 400, '1142');
    const commercialOnly = await harness({ fixtures: fixturesWith({ customer: ['1005000004', { resellerId: '5556667779' }] }) });
    const acme = await commercialOnly.customer('1005000004');
    assert.equal((await commercialOnly.call('PATCH', '/v3/customers/1005000004', { body: sameProfile(acme, { globalSalesEnabled: true }) })).status, 200, 'any reseller of an enabled distributor');
  });

  it('UPD-14 the customer\'s reseller must be in the COM segment (1142)', async () => {
    const h = await harness({ fixtures: fixturesWith({ reseller: ['5556667778', { marketSegments: ['EDU'] }] }) });
    const refused = assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: true }) }), 400, '1142', ['globalSalesEnabled']);
    assert.match(refused.message, /reseller 5556667778/);
  });

  it('VAL-07 a linked membership name is at most 80 characters', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'STANDARD', name: 'G'.repeat(81) } }) }), 400, '1117', ['linkedMembership.name']);
    const ok = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'STANDARD', name: 'G'.repeat(80) } }) });
    assert.equal(ok.status, 200, ok.text);
  });

  it('UPD-15 linkedMembership {type,name} creates a membership with the customer as OWNER; it cannot change after', async () => {
    const h = await harness();
    const reply = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'CONSORTIUM', name: 'Fairmont Group' } }) });
    const lm = reply.body.linkedMembership;
    assert.deepEqual([lm.type, lm.name, lm.linkedMembershipType], ['CONSORTIUM', 'Fairmont Group', 'OWNER']);
    assert.match(lm.id, /^\d+$/);
    assert.equal(lm.creationDate.length, 19);
    const again = await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'CONSORTIUM', name: 'Fairmont Group' } }) });
    assert.deepEqual(again.body.linkedMembership, lm);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ linkedMembership: { type: 'STANDARD', name: 'Other' } }) }), 400, '1119', ['linkedMembership']);
    assert.deepEqual((await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate() })).body.linkedMembership, lm);
  });

  it('UPD-21 an unknown customer is 404/1116', async () => {
    const h = await harness();
    assertError(await h.call('PATCH', '/v3/customers/1111111111', { body: fairmontUpdate() }), 404, '1116');
  });

  it('UPD-22 a rejected update changes nothing and sends no email', async () => {
    const h = await harness();
    const before = await h.state();
    const mickey = { firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' };
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'nope', globalSalesEnabled: true, linkedMembership: { type: 'STANDARD', name: 'X' } }, { contacts: [mickey], companyName: 'Changed Inc' }) });
    await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ externalReferenceId: 'nope' }, { contacts: [mickey], address: { ...ADDRESS, postalCode: 'bad' } }) });
    const after = await h.state();
    assert.deepEqual(after.customers, before.customers);
    assert.deepEqual(after.emails, before.emails);
    assert.deepEqual(after.sequences, before.sequences);
  });
});
