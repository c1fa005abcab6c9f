import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, CLIENT, harness, OTHER_CLIENT } from './support/harness.js';

const ID = '9876543210';
const AUDITION = { productName: 'Audition', baseOfferId: '30006208CA01A12', quantity: 1 };
const ACROBAT = { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: 3, referenceId: 'PO281097476551717943' };

describe('open acquisitions', () => {
  it('OAQ-01 a customer without licences added in Admin Console has none', async () => {
    const h = await harness();
    const reply = await h.call('GET', `/v3/customers/${ID}/open-acquisitions`);
    assert.equal(reply.status, 200, reply.text);
    assert.deepEqual(reply.body, { customerId: ID, resellerId: '5556667778', licenseCount: 0, unpaidLicenses: [] });
  });

  it('OAQ-02 licences the customer adds in Admin Console are listed, with the page\'s fields; licenseCount is their total quantity', async () => {
    const h = await harness();
    const added = await h.control('POST', `/customers/${ID}/open-acquisitions`, AUDITION);
    assert.equal(added.status, 201, added.text);
    await h.advance('PT1S');
    await h.control('POST', `/customers/${ID}/open-acquisitions`, ACROBAT);
    const reply = await h.call('GET', `/v3/customers/${ID}/open-acquisitions`);
    assert.equal(reply.body.licenseCount, 4);
    const [audition, acrobat] = reply.body.unpaidLicenses;
    assert.deepEqual([audition.productName, audition.baseOfferId, audition.quantity], ['Audition', '30006208CA01A12', 1]);
    assert.match(audition.referenceId, /^PO\d+$/);
    assert.equal(acrobat.referenceId, 'PO281097476551717943');
    assert.match(audition.creationDate, /^2026-11-01T09:00:\d{2}Z$/);
    assert.equal(Date.parse(audition.expiryDate) - Date.parse(audition.creationDate), 7 * 86_400_000);
  });

  it('OAQ-03 they expire 7 simulated days after they were added', async () => {
    const h = await harness();
    await h.control('POST', `/customers/${ID}/open-acquisitions`, AUDITION);
    await h.advance('P6DT23H59M');
    let client = { id: CLIENT.id, token: await h.token() };
    assert.equal((await h.call('GET', `/v3/customers/${ID}/open-acquisitions`, { client })).body.unpaidLicenses.length, 1);
    await h.advance('PT1M');
    client = { id: CLIENT.id, token: await h.token() };
    assert.deepEqual((await h.call('GET', `/v3/customers/${ID}/open-acquisitions`, { client })).body.unpaidLicenses, []);
    assert.deepEqual((await h.customer(ID)).openAcquisitions, []);
  });

  it('OAQ-04 unknown or other distributor\'s customer 404/1116; bad console input names the field and changes nothing', async () => {
    const h = await harness();
    assertError(await h.call('GET', '/v3/customers/1234567890/open-acquisitions'), 404, '1116');
    assertError(await h.call('GET', '/v3/customers/2005000001/open-acquisitions'), 404, '1116');
    assert.equal((await h.call('GET', '/v3/customers/2005000001/open-acquisitions', { client: { id: OTHER_CLIENT.id, token: await h.token(OTHER_CLIENT) } })).status, 200);
    assertError(await h.control('POST', `/customers/${ID}/open-acquisitions`, { ...AUDITION, quantity: 0 }), 400, '1117', ['quantity']);
    assertError(await h.control('POST', `/customers/${ID}/open-acquisitions`, { productName: 'Audition', quantity: 1 }), 400, '1122', ['baseOfferId']);
    assertError(await h.control('POST', `/customers/${ID}/open-acquisitions`, { ...AUDITION, price: 3 }), 400, '1121', ['price']);
    assertError(await h.control('POST', '/customers/1234567890/open-acquisitions', AUDITION), 404, '1116');
    assertError(await h.control('POST', '/customers/1005000003/open-acquisitions', AUDITION), 400, '1117', ['customerId']);
    assert.deepEqual((await h.customer(ID)).openAcquisitions, []);
  });

  it('OAQ-05 a customer stored before open acquisitions, LGA and subscription facts existed reads with their defaults', async () => {
    const h = await harness();
    const stored = await h.customer(ID);
    const { lga: _l, subscriptions: _s, openAcquisitions: _o, ...old } = stored;
    await h.sim.store.transaction(async (tx) => tx.put('customers', ID, old as never));
    const reply = await h.call('GET', `/v3/customers/${ID}/open-acquisitions`);
    assert.equal(reply.status, 200, reply.text);
    assert.equal(reply.body.licenseCount, 0);
    assert.equal((await h.control('POST', `/customers/${ID}/open-acquisitions`, AUDITION)).status, 201);
    assert.deepEqual((await h.call('GET', `/v3/customers/${ID}`)).body.benefits, []);
  });
});
