import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeDistributor } from '../server/domain/control/state.js';
import { discountCodeOf, highVolumeReasons, migratedLicenceLevel } from '../server/domain/migration/high-volume-discount.js';
import { ineligibleReasons, type EligibilityContext } from '../server/domain/migration/migration-eligibility.js';
import { startTransfer, transferView } from '../server/domain/migration/migration-transfer.js';
import { normalizeVipMembership, type VipMembershipSeed } from '../server/domain/migration/vip-membership.js';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import { migrationErrors, notEligible } from '../server/domain/migration/migration-errors.js';
import { committedExtract } from './support/adobe-error-table.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const catalogue = defaultCatalogue();
const membership = (seed: Partial<VipMembershipSeed> = {}) => normalizeVipMembership('12345678', { companyName: 'Migrating Corp', anniversaryDate: '2026-12-01', ...seed }, NOW);
const ctx = (more: Partial<EligibilityContext> = {}): EligibilityContext => ({
  catalogue, distributor: normalizeDistributor({ distributorId: '5000000001', name: 'D', globalSalesEnabled: true }), now: NOW,
  ignoreOrderReturn: false, expireOpenPas: false, ...more,
});
const commitment = (quantity: number, endDate = '2028-06-08') =>
  ({ commitment: { startDate: '2025-06-09', endDate, status: 'COMMITTED' as const, minimumQuantities: [{ offerType: 'LICENSE' as const, quantity }] } });

describe('domain: VIP migration', () => {
  it('MIG-02 the migration codes (5115–5121) carry the status and, first, the message of Adobe\'s error table', () => {
    const documented = committedExtract().codes;
    for (const error of [...Object.values(migrationErrors).map((f) => f()), notEligible(['INACTIVE'])]) {
      const doc = documented[error.code];
      assert.ok(doc, `${error.code} is not in Adobe's table`);
      assert.equal(error.status, doc.status, `${error.code} status`);
      // The table's "(see table below for REASON_CODE list)" of 5117 is a note to the reader, not the message.
      const message = doc.message.replace(/\s*\(see table below.*\)$/, '');
      assert.ok(error.message.startsWith(message), `${error.code}: "${error.message}" does not start with "${message}"`);
    }
  });

  it('MIG-05 the reasons set by hand join those found, in the 5117 table\'s order, once each', () => {
    assert.deepEqual(ineligibleReasons(membership({ ineligibleReasons: ['UNPAID_INVOICE', 'INACTIVE'], active: false }), ctx()), ['INACTIVE', 'UNPAID_INVOICE']);
    assert.deepEqual(ineligibleReasons(membership(), ctx()), []);
  });

  it('MIG-06 a reseller without the segment, a distributor without global sales, a partial renewal within 30 days of the anniversary', () => {
    const reseller = { resellerId: 'r', distributorId: 'd', companyName: 'R', status: '1000', marketSegments: ['GOV' as const] };
    assert.deepEqual(ineligibleReasons(membership(), ctx({ reseller })), ['BAD_MARKET_SEGMENT']);
    const local = normalizeDistributor({ distributorId: 'd', name: 'D' });
    assert.deepEqual(ineligibleReasons(membership({ worldwide: true }), ctx({ distributor: local })), ['NOT_A_WORLDWIDE_PURCHASER']);
    assert.deepEqual(ineligibleReasons(membership({ renewalStatus: 'PARTIAL', anniversaryDate: '2026-07-01' }), ctx()), ['IN_WINDOW_PARTIAL_RENEWAL']);
    assert.deepEqual(ineligibleReasons(membership({ renewalStatus: 'PARTIAL', anniversaryDate: '2026-07-02' }), ctx()), []);
  });

  it('MIG-07 a purchase is returnable for 14 days after the last order; the query flags lift both reasons', () => {
    const m = membership({ lastOrderDate: '2026-05-19', openPurchaseAuthorizations: true });
    assert.deepEqual(ineligibleReasons(m, ctx()), ['OPEN_PURCHASE_AUTH', 'RETURNABLE_PURCHASE']);
    assert.deepEqual(ineligibleReasons(m, ctx({ ignoreOrderReturn: true, expireOpenPas: true })), []);
    assert.deepEqual(ineligibleReasons({ ...m, lastOrderDate: '2026-05-18' }, ctx({ expireOpenPas: true })), []);
  });

  it('MIG-08 EXTENDED_TERM_3YC: accepted by 2023-03-27 and ending on or after the anniversary', () => {
    const tyc = (acceptedOn: string, endDate: string) => membership({ threeYearCommit: { ...commitment(10, endDate), acceptedOn } });
    assert.deepEqual(ineligibleReasons(tyc('2023-03-27', '2026-12-01'), ctx()), ['EXTENDED_TERM_3YC']);
    assert.deepEqual(ineligibleReasons(tyc('2023-03-28', '2026-12-01'), ctx()), []);
    assert.deepEqual(ineligibleReasons(tyc('2023-03-27', '2026-11-30'), ctx()), []);
  });

  it('MIG-12 HVD reasons apply to levels 17–22 only', () => {
    const acrobat = (quantity: number) => [{ offerId: '65304921CA01A12', quantity }];
    assert.deepEqual(highVolumeReasons(membership({ discountLevel: '04', subscriptions: acrobat(1) }), catalogue), []);
    assert.deepEqual(highVolumeReasons(membership({ discountLevel: '22', subscriptions: acrobat(150), threeYearCommit: commitment(100) }), catalogue), []);
    assert.deepEqual(highVolumeReasons(membership({ discountLevel: '22', marketSegment: 'EDU', subscriptions: acrobat(150), threeYearCommit: commitment(160) }), catalogue), ['HVD_CUSTOMER', 'MINIMUM_HVD_QTY_NOT_MET']);
  });

  it('MIG-13 the migrated level and discount code', () => {
    const hvd = (quantity: number) => membership({ discountLevel: '17', hvdPricing: 'POST', subscriptions: [{ offerId: '65304921CA01A12', quantity }] });
    assert.equal(migratedLicenceLevel(hvd(99)), '13');
    assert.equal(migratedLicenceLevel(hvd(100)), '14');
    assert.equal(discountCodeOf(hvd(100)), 'HVD_L17_POST');
    assert.equal(migratedLicenceLevel(membership({ discountLevel: '03' })), '03');
    assert.equal(discountCodeOf(membership({ discountLevel: '03' })), undefined);
  });

  it('MIG-04 the transfer creates the pending customer, its subscriptions and the record the views read', () => {
    const m = membership({ subscriptions: [{ offerId: '65304479CA01A12', quantity: 10 }, { offerId: '65304470CA01A12', quantity: 2, renewalDate: '2026-05-01' }] });
    const started = startTransfer(m, { resellerId: '5556667778', customerId: '1005600001', catalogue, now: NOW, delayMs: 60_000, expireOpenPas: false });
    assert.deepEqual([started.customer.status, started.customer.activatesAt, started.customer.cotermDate], ['1002', '2026-06-01T12:01:00.000Z', '2026-12-01']);
    assert.deepEqual(started.subscriptions.map((s) => [s.status, s.autoRenewal.enabled]), [['1000', true], ['1004', false]]);
    assert.equal(transferView(started.membership, NOW).status, '1002');
    assert.equal(transferView(started.membership, new Date('2026-06-01T12:01:00Z')).customerId, '1005600001');
  });
});
