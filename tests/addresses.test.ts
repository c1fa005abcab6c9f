// Addresses through the API, on every store (test:behaviour): the faults Adobe refuses at once
// (1118 naming the field), those its final validation finds after a create (1002 → 1010 on the
// simulated clock), the same rules on PATCH, and the control plane's seeds of any address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ADDRESS, assertError, fairmontUpdate, harness, newCustomer } from './support/harness.js';
import { VALID_ADDRESSES } from './support/addresses.js';

const withAddress = (address: object, companyName = 'Duckburg Widgets') => newCustomer({}, { companyName, address });

describe('addresses', () => {
  it('ADR-01 a code that is no country (XX), a reserved one (UK) and Adobe\'s unsupported ones are 400/1118 naming the country', async () => {
    const h = await harness();
    const unknown = assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, country: 'XX' }) }), 400, '1118', ['companyProfile.address.country']);
    assert.match(unknown.message, /XX is not an ISO 3166-1 country code/);
    const uk = assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, country: 'UK', region: 'LND', postalCode: 'SW1A 2AA' }) }), 400, '1118', ['companyProfile.address.country']);
    assert.match(uk.message, /use country GB/);
    const guernsey = assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, country: 'GG' }) }), 400, '1118', ['companyProfile.address.country']);
    assert.match(guernsey.message, /Use country GB/);
    assert.equal((await h.state()).customers.length, 7, 'nothing was created');
  });

  it('ADR-02 a region that is not an ISO 3166-2 subdivision of the country (DE, ZZ) is 400/1118 naming the region', async () => {
    const h = await harness();
    const berlin = VALID_ADDRESSES.find((a) => a.country === 'DE')!;
    const error = assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...berlin, region: 'ZZ' }) }), 400, '1118', ['companyProfile.address.region']);
    assert.match(error.message, /ZZ is not an ISO 3166-2 subdivision of DE/);
  });

  it('ADR-03 a postal code out of its country\'s format is 400/1118 naming it; a valid address of each of 34 countries is 201', async () => {
    const h = await harness();
    assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, postalCode: '9511' }) }), 400, '1118', ['companyProfile.address.postalCode']);
    for (const [i, address] of VALID_ADDRESSES.entries()) {
      const reply = await h.call('POST', '/v3/customers', { body: withAddress(address, `Valid Address Co ${i}`) });
      assert.equal(reply.status, 201, `${address.country}: ${reply.text}`);
    }
  });

  it('ADR-04 a postal code of another region or city is accepted as 1002, then 1010 (Invalid Address) after the activation delay', async () => {
    const h = await harness({ settings: { activationDelayMs: 60_000 } });
    const wrongRegion = await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, region: 'NY', postalCode: '95110' }, 'Wrong Region Co') });
    const wrongCity = await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, city: 'New York', postalCode: '95110' }, 'Wrong City Co') });
    const right = await h.call('POST', '/v3/customers', { body: withAddress(ADDRESS, 'Right Address Co') });
    for (const reply of [wrongRegion, wrongCity, right]) assert.deepEqual([reply.status, reply.body.status], [201, '1002']);
    await h.advance('PT1M');
    const status = async (reply: typeof right) => (await h.call('GET', `/v3/customers/${reply.body.customerId}`)).body.status;
    assert.deepEqual([await status(wrongRegion), await status(wrongCity), await status(right)], ['1010', '1010', '1000']);
    const inactive = await h.call('GET', '/v3/resellers/5556667778/customers?status=1004&limit=50');
    assert.ok(inactive.body.accounts.some((c: { customerId: string }) => c.customerId === wrongRegion.body.customerId), 'listed among the inactive');
  });

  it('ADR-05 PATCH refuses every address fault, the final validation\'s too, with 1118 naming the field (1117 with other invalid fields), and stores nothing', async () => {
    const h = await harness();
    const before = await h.customer('9876543210');
    const moved = fairmontUpdate({}, { address: { ...ADDRESS, postalCode: '10001' } });
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: moved }), 400, '1118', ['companyProfile.address.postalCode']);
    const otherCity = fairmontUpdate({}, { address: { ...ADDRESS, city: 'Los Angeles' } });
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: otherCity }), 400, '1118', ['companyProfile.address.city']);
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address: { ...ADDRESS, postalCode: 'ABC' } }) }), 400, '1118', ['companyProfile.address.postalCode']);
    const twins = [{ firstName: 'Mickey', lastName: 'Mouse', email: 'mickey@mouse.com' }, { firstName: 'Mick', lastName: 'Mouse', email: 'MICKEY@mouse.com' }];
    assertError(await h.call('PATCH', '/v3/customers/9876543210', { body: fairmontUpdate({}, { address: { ...ADDRESS, postalCode: '10001' }, contacts: twins }) }), 400, '1117', ['companyProfile.contacts[1].email']);
    assert.deepEqual(await h.customer('9876543210'), before);
    const nextDoor = fairmontUpdate({}, { address: { ...ADDRESS, addressLine1: '345 Park Ave', postalCode: '95110-2704' } });
    assert.equal((await h.call('PATCH', '/v3/customers/9876543210', { body: nextDoor })).status, 200);
  });

  it('ADR-06 the control plane seeds any address: a 1010 customer of a bad address, or a pending one that goes 1010 on the clock', async () => {
    const h = await harness({ settings: { activationDelayMs: 60_000 } });
    const seed = (id: string, fields: Record<string, unknown>, address: Record<string, unknown>) => h.control('PUT', `/customers/${id}`, {
      resellerId: '5556667778', ...fields, companyProfile: { companyName: `Seeded ${id}`, preferredLanguage: 'en-US', address, contacts: [{ firstName: 'Sam', lastName: 'Seed', email: `${id}@seeded.example` }] },
    });
    assert.equal((await seed('3000000101', { status: '1010' }, { ...ADDRESS, country: 'XX', region: 'ZZ', postalCode: '1' })).status, 200);
    assert.equal((await h.call('GET', '/v3/customers/3000000101')).body.status, '1010');
    const pending = await seed('3000000102', { status: '1002', activatesAt: '2026-11-01T09:00:30Z' }, { ...ADDRESS, region: 'NY' });
    assert.equal(pending.status, 200, pending.text);
    await h.advance('PT1M');
    assert.equal((await h.call('GET', '/v3/customers/3000000102')).body.status, '1010');
  });

  it('VAL-08 addressLine1, addressLine2, city and the address phoneNumber refuse <, > and " (XSS_REGEX read as Java): 400/1117 naming the field', async () => {
    const h = await harness();
    for (const field of ['addressLine1', 'addressLine2', 'city', 'phoneNumber']) {
      assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, [field]: '<script>x</script>' }) }), 400, '1117', [`companyProfile.address.${field}`]);
    }
    assertError(await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, addressLine2: 'Suite "B"' }) }), 400, '1117', ['companyProfile.address.addressLine2']);
    assert.equal((await h.call('POST', '/v3/customers', { body: withAddress({ ...ADDRESS, addressLine2: 'Unit [4]' }) })).status, 201);
  });
});
