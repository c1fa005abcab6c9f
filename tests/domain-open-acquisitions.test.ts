// Open acquisitions of server/domain/commitments/open-acquisitions.ts, called directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdobeError } from '../server/domain/protocol/errors.js';
import { addOpenAcquisition, dropExpiredAcquisitions, openAcquisitionsView } from '../server/domain/commitments/open-acquisitions.js';
import { customerRecord, NOW } from './support/records.js';

const AUDITION = { productName: 'Audition', baseOfferId: '30006208CA01A12', quantity: 2 };

describe('open acquisitions', () => {
  it('OAQ-01 none added: an empty list and a count of 0', () => {
    assert.deepEqual(openAcquisitionsView(customerRecord()), { customerId: '9876543210', resellerId: '5556667778', licenseCount: 0, unpaidLicenses: [] });
  });

  it('OAQ-02 licences added in Admin Console are listed, counted by quantity, with the made-up reference unless one is given', () => {
    const once = addOpenAcquisition(customerRecord(), AUDITION, new Date('2026-11-01T09:00:00.750Z'), 'PO0001');
    const twice = addOpenAcquisition(once, { ...AUDITION, quantity: 3, referenceId: 'PO-GIVEN' }, NOW, 'PO0002');
    assert.deepEqual(openAcquisitionsView(twice), {
      customerId: '9876543210', resellerId: '5556667778', licenseCount: 5,
      unpaidLicenses: [
        { referenceId: 'PO0001', creationDate: '2026-11-01T09:00:00Z', expiryDate: '2026-11-08T09:00:00Z', quantity: 2, productName: 'Audition', baseOfferId: '30006208CA01A12' },
        { referenceId: 'PO-GIVEN', creationDate: '2026-11-01T09:00:00Z', expiryDate: '2026-11-08T09:00:00Z', quantity: 3, productName: 'Audition', baseOfferId: '30006208CA01A12' },
      ],
    });
  });

  it('OAQ-04 only an active customer adds licences (1117 naming customerId)', () => {
    assert.throws(() => addOpenAcquisition(customerRecord({ status: '1002' }), AUDITION, NOW, 'PO1'),
      (e: unknown) => e instanceof AdobeError && e.code === '1117' && e.additionalDetails.join() === 'customerId' && /status 1002/.test(e.message));
  });

  it('OAQ-03 they are gone 7 days after they were added', () => {
    const added = addOpenAcquisition(customerRecord(), AUDITION, NOW, 'PO1');
    assert.equal(dropExpiredAcquisitions(added, new Date('2026-11-08T08:59:59Z')), added);
    assert.deepEqual(dropExpiredAcquisitions(added, new Date('2026-11-08T09:00:00Z')).openAcquisitions, []);
    const none = customerRecord();
    assert.equal(dropExpiredAcquisitions(none, NOW), none);
  });
});
