import type { CustomerPatch } from '../server/control-plane/control-plane.js';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS, assertError, harness, newCustomer } from './support/harness.js';

describe('create customer', () => {
  it('CRE-01 answers 201 with the full resource, status 1002 and an empty cotermDate', async () => {
    const h = await harness();
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer() });
    assert.equal(reply.status, 201);
    const c = reply.body;
    assert.equal(c.status, '1002');
    assert.equal(c.cotermDate, '');
    assert.deepEqual(c.benefits, []);
    assert.equal(c.resellerId, '5556667778');
    assert.equal(c.externalReferenceId, 'ext-1');
    assert.equal(c.globalSalesEnabled, false);
    assert.match(c.creationDate, /^2026-11-01T\d{2}:\d{2}:\d{2}Z$/);
    assert.match(c.customerId, /^\d{10}$/);
    assert.deepEqual(c.links.self, { uri: `/v3/customers/${c.customerId}`, method: 'GET', headers: [] });
    assert.equal((await h.call('GET', `/v3/customers/${c.customerId}`)).body.companyProfile.companyName, 'Duckburg Widgets');
  });

  it('CRE-02 a new customer becomes active (1000) after the activation delay on the simulated clock', async () => {
    const h = await harness({ settings: { activationDelayMs: 5 * 60_000 } });
    const { body } = await h.call('POST', '/v3/customers', { body: newCustomer() });
    await h.advance('PT4M59S');
    assert.equal((await h.call('GET', `/v3/customers/${body.customerId}`)).body.status, '1002');
    await h.advance('PT1S');
    assert.equal((await h.call('GET', `/v3/customers/${body.customerId}`)).body.status, '1000');
  });

  it('CRE-03 an unknown reseller, or one of another distributor, is 404/1115', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '9999999999' }) }), 404, '1115', ['resellerId']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '6667778889' }) }), 404, '1115', ['resellerId']);
  });

  it('CRE-04 an inactive reseller is 400/1126', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '5556667780' }) }), 400, '1126');
  });

  it('CRE-05 a segment the reseller is not enabled for is 400/2135', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '5556667779' }, { marketSegment: 'EDU' }) }), 400, '2135', ['companyProfile.marketSegment']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { marketSegment: 'GOV' }) }), 400, '2135');
  });

  it('CRE-06 the same company name and primary admin under the distributor is 400/1127', async () => {
    const h = await harness();
    assert.equal((await h.call('POST', '/v3/customers', { body: newCustomer() })).status, 201);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { companyName: 'DUCKBURG WIDGETS' }) }), 400, '1127');
    const otherAdmin = newCustomer({}, { contacts: [{ firstName: 'Daisy', lastName: 'Duck', email: 'daisy@duckburg.example' }] });
    assert.equal((await h.call('POST', '/v3/customers', { body: otherAdmin })).status, 201);
  });

  it('CRE-06 the duplicate check sees customers seeded or changed through the control plane and state imports', async () => {
    const h = await harness();
    const fairmont = { ...newCustomer(), companyProfile: { ...newCustomer().companyProfile, companyName: 'Fairmont', contacts: [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] } };
    assertError(await h.call('POST', '/v3/customers', { body: fairmont }), 400, '1127');
    await h.sandbox.updateCustomer('9876543210', { companyProfile: { ...fairmont.companyProfile as NonNullable<CustomerPatch['companyProfile']>, contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' }] } });
    assert.equal((await h.call('POST', '/v3/customers', { body: fairmont })).status, 201, 'the old key no longer matches once the primary admin changed');
    const mickey = { ...fairmont, companyProfile: { ...fairmont.companyProfile, contacts: [{ firstName: 'Mickey', lastName: 'Mouse', email: 'MICKEY@mouse.com' }] } };
    assertError(await h.call('POST', '/v3/customers', { body: mickey }), 400, '1127');
    const state = await h.sandbox.state();
    const other = await harness({ fixtures: state });
    assertError(await other.call('POST', '/v3/customers', { body: mickey }), 400, '1127');
  });

  it('CRE-07 field limits and formats give 400/1117 naming every field', async () => {
    const h = await harness();
    const body = newCustomer({}, {
      companyName: 'A'.repeat(81),
      contacts: [{ firstName: 'Bad<Name>', lastName: 'Duck', email: 'not-an-email' }],
      address: { ...ADDRESS, city: 'C'.repeat(41), addressLine1: 'L'.repeat(61) },
    });
    const error = assertError(await h.call('POST', '/v3/customers', { body }), 400, '1117');
    assert.deepEqual([...error.additionalDetails].sort(), [
      'companyProfile.address.addressLine1', 'companyProfile.address.city', 'companyProfile.companyName',
      'companyProfile.contacts[0].email', 'companyProfile.contacts[0].firstName',
    ]);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { companyName: 'Abc' }) }), 400, '1117', ['companyProfile.companyName']);
  });

  it('CRE-08 missing required fields are 400/1122 naming them', async () => {
    const h = await harness();
    const { companyProfile } = newCustomer();
    const { city: _c, postalCode: _p, ...address } = ADDRESS;
    const error = assertError(await h.call('POST', '/v3/customers', { body: { companyProfile: { ...companyProfile, address } } }), 400, '1122');
    assert.deepEqual([...error.additionalDetails].sort(), ['companyProfile.address.city', 'companyProfile.address.postalCode', 'resellerId']);
  });

  it('CRE-09 unexpected fields are 400/1121 naming them', async () => {
    const h = await harness();
    const body = newCustomer({ status: '1000' }, { nickname: 'x' });
    const error = assertError(await h.call('POST', '/v3/customers', { body }), 400, '1121');
    assert.deepEqual([...error.additionalDetails].sort(), ['companyProfile.nickname', 'status']);
  });

  it('CRE-10 an address that does not fit its country, or a refused country, is 400/1118', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { ...ADDRESS, postalCode: 'ABC' } }) }), 400, '1118', ['companyProfile.address.postalCode']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { ...ADDRESS, region: 'ZZ' } }) }), 400, '1118', ['companyProfile.address.region']);
    const refused = assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { ...ADDRESS, country: 'KP', region: '01', postalCode: '1' } }) }), 400, '1118', ['companyProfile.address.country']);
    assert.match(refused.message, /Embargoed/);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { ...ADDRESS, country: 'JE', region: '01', postalCode: '1' } }) }), 400, '1118');
    const elsewhere = await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { country: 'NZ', region: 'AUK', city: 'Auckland', addressLine1: '1 Queen St', postalCode: '1010' } }) });
    assert.equal(elsewhere.status, 201);
  });

  it('CRE-10 a broken address together with another invalid field is 1117', async () => {
    const h = await harness();
    const body = newCustomer({}, { companyName: 'x', address: { ...ADDRESS, postalCode: 'ABC' } });
    assertError(await h.call('POST', '/v3/customers', { body }), 400, '1117', ['companyProfile.companyName']);
  });

  it('CRE-11 an externalReferenceId over 35 characters is 400/2126', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: 'x'.repeat(36) }) }), 400, '2126', ['externalReferenceId']);
    assert.equal((await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: 'x'.repeat(35) }) })).status, 201);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: '<script>' }) }), 400, '1117', ['externalReferenceId']);
  });

  it('CRE-12 preferredLanguage must be one of Adobe\'s locales', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { preferredLanguage: 'en-ZZ' }) }), 400, '1117', ['companyProfile.preferredLanguage']);
    assert.equal((await h.call('POST', '/v3/customers', { body: newCustomer({}, { preferredLanguage: 'zh-HANT' }) })).status, 201);
  });

  it('CRE-13 the market segment defaults to COM', async () => {
    const h = await harness();
    const { companyProfile } = newCustomer();
    const { marketSegment: _m, ...profile } = companyProfile;
    const reply = await h.call('POST', '/v3/customers', { body: { ...newCustomer(), companyProfile: profile } });
    assert.equal(reply.body.companyProfile.marketSegment, 'COM');
  });

  it('CRE-14 every contact becomes a System Admin from the API and gets the welcome email', async () => {
    const h = await harness();
    const contacts = [
      { firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' },
      { firstName: 'Scrooge', lastName: 'McDuck', email: 'scrooge@duckburg.example' },
    ];
    const { body } = await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts }), headers: { 'x-request-id': 'create-req' } });
    const stored = await h.customer(body.customerId);
    assert.deepEqual(stored.admins.map((a) => [a.email, a.role, a.source]), contacts.map((c) => [c.email, 'SYSTEM_ADMIN', 'API']));
    const emails = (await h.state()).emails!.filter((e) => e.customerId === body.customerId);
    assert.deepEqual(emails.map((e) => [e.to, e.template, e.requestId]), contacts.map((c) => [c.email, 'ADMIN_WELCOME', 'create-req']));
  });

  it('CRE-15 a create may not set market sub-segments (the customer sets them in Admin Console): 400/1117', async () => {
    const h = await harness();
    const refused = assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { marketSegment: 'EDU', marketSubSegments: ['K_12'] }) }), 400, '1117', ['companyProfile.marketSubSegments[0]']);
    assert.match(refused.message, /Admin Console/);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { marketSubSegments: ['K_12'] }) }), 400, '1117', ['companyProfile.marketSubSegments[0]']);
    const none = await h.call('POST', '/v3/customers', { body: newCustomer({}, { marketSegment: 'EDU', marketSubSegments: [] }) });
    assert.equal(none.status, 201, none.text);
    assert.deepEqual(none.body.companyProfile.marketSubSegments, []);
  });

  it('CRE-16 an extended-term cotermDate must be 1 to 3 years out (4 for EDU)', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '2027-06-01' }) }), 400, '1117', ['cotermDate']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '2030-06-01' }) }), 400, '1117', ['cotermDate']);
    assert.equal((await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '2028-11-01' }) })).body.cotermDate, '2028-11-01');
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '01/11/2028' }) }), 400, '1117', ['cotermDate']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '2028-02-30' }) }), 400, '1117', ['cotermDate']);
  });

  it('CRE-17 a 3YC commitmentRequest on create is REQUESTED; below the minimum it is 1135', async () => {
    const h = await harness();
    const benefits = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'LICENSE', quantity: 10 }] } }];
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer({ benefits }) });
    assert.equal(reply.status, 201);
    assert.equal(reply.body.benefits[0].commitmentRequest.status, 'REQUESTED');
    assert.equal(reply.body.benefits[0].commitment, null);
    const small = [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: [{ offerType: 'CONSUMABLES', quantity: 999 }] } }];
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ benefits: small }, { companyName: 'Other Co' }) }), 400, '1135', ['benefits[0].commitmentRequest.minimumQuantities[0].quantity']);
  });

  it('CRE-20 a contact with an existing email and another name: the name is echoed on create, the existing one persists', async () => {
    const h = await harness();
    const minerva = { firstName: 'Minerva', lastName: 'Maus', email: 'minnie@MOUSE.com' };
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts: [minerva] }) });
    assert.equal(reply.status, 201, reply.text);
    assert.deepEqual(reply.body.companyProfile.contacts, [minerva]);
    const read = (await h.call('GET', `/v3/customers/${reply.body.customerId}`)).body.companyProfile.contacts[0];
    assert.deepEqual([read.firstName, read.lastName], ['Minnie', 'Mouse']);
    const admin = (await h.customer(reply.body.customerId)).admins[0];
    assert.deepEqual([admin.firstName, admin.lastName], ['Minnie', 'Mouse'], 'the Admin Console shows the same person');
    assert.equal((await h.call('GET', '/v3/customers/9876543210')).body.companyProfile.contacts[0].firstName, 'Minnie');
  });

  it('CRE-21 externalReferenceId is optional and need not be unique', async () => {
    const h = await harness();
    const first = await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: '342' }, { companyName: 'Same Ref One' }) });
    const second = await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: '342' }, { companyName: 'Same Ref Two' }) });
    assert.deepEqual([first.status, second.status], [201, 201]);
    const { externalReferenceId: _e, ...none } = newCustomer({}, { companyName: 'No Ref Co' });
    const without = await h.call('POST', '/v3/customers', { body: none });
    assert.equal(without.body.externalReferenceId, '');
  });

  it('CRE-18 duplicate contact emails in one request are 400/1117', async () => {
    const h = await harness();
    const contacts = [
      { firstName: 'Donald', lastName: 'Duck', email: 'donald@duckburg.example' },
      { firstName: 'Don', lastName: 'Duck', email: 'DONALD@duckburg.example' },
    ];
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts }) }), 400, '1117', ['companyProfile.contacts[1].email']);
  });

  it('CRE-19 a rejected create changes nothing', async () => {
    const h = await harness();
    const before = await h.state();
    await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: '5556667780' }) });
    await h.call('POST', '/v3/customers', { body: newCustomer({}, { address: { ...ADDRESS, postalCode: 'x' } }) });
    const after = await h.state();
    assert.deepEqual(after.customers, before.customers);
    assert.deepEqual(after.emails, before.emails);
    assert.deepEqual(after.sequences, before.sequences);
  });
});

describe('validations (docs/references/validations.md, resources.md)', () => {
  const contact = (email: string, firstName = 'Donald') => ({ firstName, lastName: 'Duck', email });

  it('VAL-01 emails follow Adobe\'s EMAIL_REGEX: x@example.c and "quoted"@x.example pass, josé@… and a@b are 1117', async () => {
    const h = await harness();
    for (const [i, email] of ['x@example.c', '"quoted"@x.example', 'a@[10.0.0.1]'].entries()) {
      const ok = await h.call('POST', '/v3/customers', { body: newCustomer({}, { companyName: `Email Co ${i}`, contacts: [contact(email)] }) });
      assert.equal(ok.status, 201, `${email}: ${ok.text}`);
    }
    for (const email of ['josé@example.com', 'a@b', 'a..b@example.com', 'not-an-email']) {
      assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts: [contact(email)] }) }), 400, '1117', ['companyProfile.contacts[0].email']);
    }
  });

  it('VAL-02 contact names follow NAME_REGEX: letters, digits, ideographic space and - _ , . ＆ & \' " up to 35; anything else is 1117', async () => {
    const h = await harness();
    const ok = await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts: [{ firstName: '山田　太郎', lastName: "O'Brien-Smith", email: 'yamada@example.jp' }] }) });
    assert.equal(ok.status, 201, ok.text);
    for (const firstName of ['Bad<Name>', 'A'.repeat(36), 'Tab\tName', 'Semi;colon']) {
      assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts: [contact('d@example.com', firstName)] }) }), 400, '1117', ['companyProfile.contacts[0].firstName']);
    }
  });

  it('VAL-03 company names: COMPANY_NAME_REGEX characters, 4 to 80 of them', async () => {
    const h = await harness();
    for (const companyName of ['Abcd', 'A'.repeat(80), 'Yamada　Shoji (Tokyo) / K.K.', '株式会社＆・（）']) {
      const ok = await h.call('POST', '/v3/customers', { body: newCustomer({}, { companyName }) });
      assert.equal(ok.status, 201, `${companyName}: ${ok.text}`);
    }
    for (const companyName of ['Abc', 'A'.repeat(81), 'Bad<Co>', 'Semi;colon Co']) {
      assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { companyName }) }), 400, '1117', ['companyProfile.companyName']);
    }
  });

  it('VAL-04 externalReferenceId follows XSS_REGEX read as Java: only <, > and " are refused, so PO[1] passes', async () => {
    const h = await harness();
    const ok = await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId: 'PO[1]' }) });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.body.externalReferenceId, 'PO[1]');
    for (const externalReferenceId of ['<b>', 'a>b', 'say "hi"']) {
      assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ externalReferenceId }) }), 400, '1117', ['externalReferenceId']);
    }
  });

  it('VAL-05 cotermDate follows COTERM_DATE_REGEX: empty is allowed on create and means none', async () => {
    const h = await harness();
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '' }) });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.cotermDate, '');
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ cotermDate: '2028-13-01' }) }), 400, '1117', ['cotermDate']);
  });

  it('VAL-06 contacts: at least one, no upper limit (101 contacts are accepted)', async () => {
    const h = await harness();
    const contacts = Array.from({ length: 101 }, (_, i) => contact(`person${i}@many.example`));
    const reply = await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts }) });
    assert.equal(reply.status, 201, reply.text);
    assert.equal(reply.body.companyProfile.contacts.length, 101);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({}, { contacts: [] }) }), 400, '1117', ['companyProfile.contacts']);
  });
});

