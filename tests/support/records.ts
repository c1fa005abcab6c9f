// Records for the domain unit tests: a customer as normalizeCustomer makes it from a state
// document, with the parts a test needs overridden. No simulator, no store, no HTTP.
import assert from 'node:assert/strict';
import { AdobeError } from '../../server/domain/protocol/errors.js';
import { normalizeCustomer } from '../../server/domain/control/state.js';
import type { Customer } from '../../server/domain/types.js';

export const NOW = new Date('2026-11-01T09:00:00Z');

export function customerRecord(overrides: Partial<Customer> = {}, profile: Partial<Customer['companyProfile']> = {}): Customer {
  const base = normalizeCustomer({
    customerId: '9876543210',
    resellerId: '5556667778',
    cotermDate: '2027-05-02',
    creationDate: '2019-05-02T22:49:52Z',
    companyProfile: {
      companyName: 'Fairmont', preferredLanguage: 'en-US', marketSegment: 'COM',
      address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110', phoneNumber: '800-123-4567' },
      contacts: [{ firstName: 'Minnie', lastName: 'Mouse', email: 'minnie@mouse.com', phoneNumber: '408-123-4568' }],
    },
  } as Parameters<typeof normalizeCustomer>[0], NOW);
  return { ...base, ...overrides, companyProfile: { ...base.companyProfile, ...profile } };
}

/** The AdobeError a rule throws; fails when it throws nothing or something else. */
export function errorOf(work: () => unknown): AdobeError {
  try {
    work();
  } catch (error) {
    if (error instanceof AdobeError) return error;
    throw error;
  }
  assert.fail('expected an AdobeError');
}
