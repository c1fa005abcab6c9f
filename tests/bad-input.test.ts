import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS, assertError, fairmontUpdate, harness, newCustomer } from './support/harness.js';

describe('bad input gets an Adobe-shaped error and changes nothing', () => {
  async function unchanged(work: (h: Awaited<ReturnType<typeof harness>>) => Promise<void>) {
    const h = await harness();
    const before = await h.state();
    await work(h);
    const after = await h.state();
    assert.deepEqual(after.customers, before.customers);
    assert.deepEqual(after.emails, before.emails);
  }

  it('BAD-01 malformed JSON is 400/1117', () => unchanged(async (h) => {
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { raw: '{"companyProfile": ' }), 400, '1117', ['body']);
    assert.match(error.message, /not valid JSON/);
  }));

  it('BAD-02 a JSON array, string, number or null body is 400/1117', () => unchanged(async (h) => {
    for (const raw of ['[]', '"text"', '42', 'null']) {
      const error = assertError(await h.call('POST', '/v3/customers', { raw }), 400, '1117');
      assert.match(error.message, /JSON object/, raw);
    }
  }));

  it('BAD-03 an empty body is 400/1122', () => unchanged(async (h) => {
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { raw: '' }), 400, '1122');
  }));

  it('BAD-04 wrong types are 400/1117 naming the field', () => unchanged(async (h) => {
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({ globalSalesEnabled: 'yes' }) }), 400, '1117', ['globalSalesEnabled']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: 'minnie' }) }), 400, '1117', ['companyProfile.contacts']);
    assertError(await h.call('POST', '/v3/customers', { body: newCustomer({ resellerId: 5556667778 }) }), 400, '1117', ['resellerId']);
  }));

  it('BAD-05 a body over 1 MB is 413/4130', () => unchanged(async (h) => {
    const raw = JSON.stringify(newCustomer({ externalReferenceId: 'x'.repeat(1_100_000) }));
    assertError(await h.call('POST', '/v3/customers', { raw }), 413, '4130');
  }));

  it('BAD-06 __proto__ and constructor keys are unexpected fields (1121) and pollute nothing', () => unchanged(async (h) => {
    const raw = `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(fairmontUpdate()).slice(1)}`;
    const error = assertError(await h.call('PATCH', '/v3/customers/9876543210', { raw }), 400, '1121');
    assert.deepEqual([...error.additionalDetails].sort(), ['__proto__', 'constructor']);
    assert.equal(({} as any).polluted, undefined);
  }));

  it('BAD-07 control characters in text fields are 400/1117', () => unchanged(async (h) => {
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address: { ...ADDRESS, city: 'San\u0000Jose' } }) }), 400, '1117', ['companyProfile.address.city']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [{ firstName: 'Min\nnie', lastName: 'Mouse', email: 'minnie@mouse.com' }] }) }), 400, '1117', ['companyProfile.contacts[0].firstName']);
  }));

  it('BAD-08 very long strings are 400/1117', () => unchanged(async (h) => {
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address: { ...ADDRESS, addressLine2: 'x'.repeat(100_000) } }) }), 400, '1117', ['companyProfile.address.addressLine2']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { contacts: [{ firstName: 'Minnie', lastName: 'Mouse', email: `${'m'.repeat(240)}@mouse.com` }] }) }), 400, '1117', ['companyProfile.contacts[0].email']);
  }));

  it('BAD-09 unknown paths are 404/4040 and unsupported methods 405/4050 with Allow', () => unchanged(async (h) => {
    const missing = await h.call('GET', '/v3/customerz');
    assertError(missing, 404, '4040');
    assert.match(missing.body.message, /GET \/v3\/customerz/);
    const wrongMethod = await h.call('DELETE', '/v3/customers/9876543210');
    assertError(wrongMethod, 405, '4050');
    assert.equal(wrongMethod.headers.allow, 'GET, PATCH');
    assertError(await h.call('PUT', '/v3/customers', { body: {} }), 405, '4050');
  }));

  it('BAD-10 no error response carries a stack trace', () => unchanged(async (h) => {
    const replies = [
      await h.call('PATCH', '/v3/customers/9876543210', { raw: '{bad' }),
      await h.call('POST', '/v3/customers', { raw: 'x'.repeat(1_100_000) }),
      await h.call('GET', '/nothing/here'),
    ];
    for (const reply of replies) {
      assert.deepEqual(Object.keys(reply.body).sort(), ['additionalDetails', 'code', 'message']);
      assert.doesNotMatch(reply.text, /at .*\.ts:\d+/);
    }
  }));

  it('BAD-11 an unexpected failure is 500/1124 without details', async () => {
    const h = await harness();
    h.sim.store.transaction = async () => { throw new Error('disk on fire'); };
    const reply = await h.call('GET', '/v3/customers/9876543210');
    assertError(reply, 500, '1124', []);
    assert.doesNotMatch(reply.text, /disk on fire/);
  });
});
