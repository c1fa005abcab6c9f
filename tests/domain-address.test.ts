// Address rules called directly (server/domain/customers/address.ts, customer.ts#activationStatus): the
// data-driven checks, without HTTP. tests/addresses.test.ts has them through the API.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addressMismatches, addressProblems, allAddressProblems } from '../server/domain/customers/address.js';
import { activationStatus, customerAt } from '../server/domain/customers/customer.js';
import type { Address } from '../server/domain/types.js';
import { VALID_ADDRESSES } from './support/addresses.js';
import { customerRecord, NOW } from './support/records.js';

const SAN_JOSE: Address = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110-1234' };
const paths = (problems: Array<{ path: string }>) => problems.map((p) => p.path);

describe('address rules', () => {
  it('ADR-01 every assigned ISO 3166-1 code but Adobe\'s table is accepted; the table\'s codes say Adobe\'s reason or remedy', () => {
    assert.deepEqual(addressProblems(SAN_JOSE), []);
    assert.deepEqual(addressProblems({ ...SAN_JOSE, country: 'CU' }), [
      { path: 'companyProfile.address.country', reason: 'CU (Cuba) is not supported by Adobe: Embargoed' },
    ]);
    assert.match(addressProblems({ ...SAN_JOSE, country: 'JE' })[0].reason, /Use country GB$/);
    assert.match(addressProblems({ ...SAN_JOSE, country: 'AX' })[0].reason, /Use country FI with region 01$/);
    assert.equal(addressProblems({ ...SAN_JOSE, country: 'EH' })[0].reason, 'EH (Western Sahara) is not supported by Adobe');
  });

  it('ADR-01 a code that is not ISO 3166-1 is refused; a reserved one names the assigned code', () => {
    assert.deepEqual(addressProblems({ ...SAN_JOSE, country: 'XX' }, 'address'), [{ path: 'address.country', reason: 'XX is not an ISO 3166-1 country code' }]);
    assert.equal(addressProblems({ ...SAN_JOSE, country: 'UK' })[0].reason, 'UK is not an ISO 3166-1 country code: use country GB');
  });

  it('ADR-02 the region must be an ISO 3166-2 subdivision of the country, at any level', () => {
    assert.deepEqual(paths(addressProblems({ ...VALID_ADDRESSES[3], region: 'ZZ' })), ['companyProfile.address.region']);
    assert.match(addressProblems({ ...VALID_ADDRESSES[3], region: 'ZZ' })[0].reason, /^ZZ is not an ISO 3166-2 subdivision of DE/);
    assert.deepEqual(addressProblems({ ...SAN_JOSE, region: 'US-CA' }).length, 1, 'the code after the hyphen only');
    assert.deepEqual(addressProblems({ ...VALID_ADDRESSES[2], region: 'ENG' }), [], 'GB-ENG (a country) and GB-LND (a city) are both subdivisions');
    assert.deepEqual(addressProblems({ ...SAN_JOSE, country: 'NL', region: 'CW', postalCode: '1012 JS' }), [], 'Adobe\'s remedy for CW is a subdivision of NL');
  });

  it('ADR-03 the postal code must be in the country\'s format, where it has one', () => {
    assert.deepEqual(addressProblems({ ...SAN_JOSE, region: 'ZZ', postalCode: '9511' }).map((p) => p.reason), [
      'ZZ is not an ISO 3166-2 subdivision of US (send the code after the hyphen, e.g. AK)',
      '9511 is not a postal code of US (e.g. 95014)',
    ]);
    assert.deepEqual(paths(addressProblems({ ...VALID_ADDRESSES[3], postalCode: '1011' })), ['companyProfile.address.postalCode']);
    assert.deepEqual(addressProblems({ ...VALID_ADDRESSES[29], postalCode: 'anything' }), [], 'AE has no postal codes');
    assert.deepEqual(addressProblems({ ...SAN_JOSE, country: 'NL', region: 'CW', city: 'Willemstad', postalCode: '0000' }), [], 'Adobe\'s NL-CW keeps Curaçao\'s postal codes (none)');
    assert.deepEqual(addressProblems({ ...SAN_JOSE, country: 'NL', region: 'BQ2', postalCode: '-' }), []);
    assert.deepEqual(paths(addressProblems({ ...SAN_JOSE, country: 'FI', region: '01', postalCode: '00100' })), ['companyProfile.address.postalCode'], 'Åland\'s are 22xxx');
  });

  it('ADR-03 a valid address of each of 34 countries Adobe supports is accepted, final validation included', () => {
    assert.ok(new Set(VALID_ADDRESSES.map((a) => a.country)).size >= 30);
    for (const address of VALID_ADDRESSES) assert.deepEqual(allAddressProblems(address), [], `${address.country} ${address.city}`);
  });

  it('ADR-04 the final validation finds a postal code of another region, or of another US city', () => {
    assert.deepEqual(addressMismatches({ ...SAN_JOSE, region: 'NY' }), [{ path: 'companyProfile.address.postalCode', reason: '95110-1234 is not a postal code of US-NY' }]);
    assert.deepEqual(addressMismatches({ ...SAN_JOSE, city: 'New York' }), [{ path: 'companyProfile.address.city', reason: '95110-1234 is a ZIP code of SAN JOSE, not of New York' }]);
    assert.deepEqual(paths(addressMismatches({ ...VALID_ADDRESSES[1], region: 'BC' })), ['companyProfile.address.postalCode']);
    assert.deepEqual(addressMismatches({ ...SAN_JOSE, postalCode: '55101', region: 'MN', city: 'St. Paul' }), [], 'ST is SAINT, as USPS writes it');
    assert.deepEqual(addressMismatches({ ...SAN_JOSE, postalCode: '95100', city: 'Anywhere' }), [], 'a ZIP the data does not know names no city');
  });

  it('ADR-04 a pending customer becomes 1010 (Invalid Address), not 1000, when its address fails the final validation', () => {
    const pending = customerRecord({ status: '1002', activatesAt: NOW.toISOString() });
    assert.equal(activationStatus(pending), '1000');
    const mismatched = { ...pending, companyProfile: { ...pending.companyProfile, address: { ...SAN_JOSE, region: 'NY' } } };
    assert.equal(activationStatus(mismatched), '1010');
    assert.equal(customerAt(mismatched, NOW, { threeYearCommitMode: 'production' }).status, '1010');
    assert.equal(customerAt(mismatched, new Date(NOW.getTime() - 1), { threeYearCommitMode: 'production' }).status, '1002', 'not before the activation delay');
  });
});
