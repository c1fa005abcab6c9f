// Reseller change of server/domain/partners/reseller-change.ts, called directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertResellerCanTake, codeState, commitTransfer, issueResellerChangeCode, previewTransfer, transferLines, usableCode,
} from '../server/domain/partners/reseller-change.js';
import { normalizeDistributor } from '../server/domain/control/state.js';
import { normalizeReseller } from '../server/domain/partners/reseller.js';
import type { Subscription } from '../server/domain/orders/order-types.js';
import { customerRecord, errorOf, NOW } from './support/records.js';

function subscription(overrides: Partial<Subscription> = {}): Subscription {
  return {
    subscriptionId: 'sub-1', customerId: '9876543210', offerId: '65304479CA01A12', currentQuantity: 10, usedQuantity: 0,
    autoRenewal: { enabled: true, renewalQuantity: 10 }, renewalQuantitySet: false, creationDate: '2026-01-01T00:00:00Z',
    renewalDate: '2027-05-02', status: '1000', currencyCode: 'USD', ...overrides,
  };
}

const reseller = normalizeReseller({ resellerId: '5556667779', distributorId: '5000000001', marketSegments: ['COM'] });
const distributor = normalizeDistributor({ distributorId: '5000000001', name: 'D', country: 'US' });
const later = (ms: number) => new Date(NOW.getTime() + ms);
const DAY = 86_400_000;

describe('reseller change (domain)', () => {
  it('TRF-13 the lines are the active subscriptions, numbered from 1; deploymentId only where the subscription has one', () => {
    const lines = transferLines([
      subscription(), subscription({ subscriptionId: 'sub-2', status: '1004' }),
      subscription({ subscriptionId: 'sub-3', offerId: '65304921CA01A12', deploymentId: '345434541', currentQuantity: 3 }),
    ]);
    assert.deepEqual(lines, [
      { lineItemNumber: 1, offerId: '65304479CA01A12', quantity: 10, subscriptionId: 'sub-1', renewalDate: '2027-05-02', currencyCode: 'USD' },
      { lineItemNumber: 2, offerId: '65304921CA01A12', quantity: 3, subscriptionId: 'sub-3', renewalDate: '2027-05-02', deploymentId: '345434541', currencyCode: 'USD' },
    ]);
  });

  it('TRF-14 a code expires at exactly 7 days; a used code answers 1131 even once expired; a code is issued once', () => {
    const code = issueResellerChangeCode(customerRecord(), '62159861', undefined, NOW);
    assert.equal(code.expiresAt, '2026-11-08T09:00:00Z');
    assert.equal(codeState(code, later(7 * DAY - 1000)), 'VALID');
    assert.equal(codeState(code, later(7 * DAY)), 'EXPIRED');
    assert.equal(errorOf(() => usableCode(code, code.code, later(7 * DAY))).code, '1129');
    assert.equal(errorOf(() => usableCode({ ...code, transferId: '1100000001' }, code.code, later(8 * DAY))).code, '1131');
    assert.equal(errorOf(() => usableCode(undefined, '1', NOW)).code, '1128');
    assert.equal(errorOf(() => issueResellerChangeCode(customerRecord(), '62159861', code, NOW)).code, '1117');
  });

  it('TRF-15 PREVIEW and COMMIT carry the customer\'s discounts and 3YC; COMMIT answers the customer under the new reseller and the code used', () => {
    const commitment = { startDate: '2026-06-10', endDate: '2029-06-09', status: 'COMMITTED' as const, minimumQuantities: [{ offerType: 'LICENSE' as const, quantity: 10 }] };
    const customer = customerRecord({ threeYearCommit: { commitment, commitmentRequest: null, recommitmentRequest: null } });
    const code = issueResellerChangeCode(customer, '62159861', undefined, NOW);
    const parties = { customer, reseller, distributor };
    const preview = previewTransfer(parties, code, [subscription()], NOW);
    assert.deepEqual(preview.benefits, [{ type: 'THREE_YEAR_COMMIT', commitment, commitmentRequest: null, recommitmentRequest: null }]);
    assert.deepEqual(preview.discounts, customer.discounts.map((d) => ({ level: d.level, offerType: d.offerType })));
    const done = commitTransfer(parties, code, [subscription()], { transferId: '1100000001' }, NOW);
    assert.equal(done.customer.resellerId, '5556667779');
    assert.equal(done.code.transferId, '1100000001');
    assert.equal(done.transfer.previousResellerId, customer.resellerId);
    assert.equal(done.transfer.requestedBy, null);
    assert.deepEqual(done.transfer.benefits, preview.benefits);
    assert.deepEqual(errorOf(() => assertResellerCanTake({ ...parties, customer: customerRecord({}, { marketSegment: 'EDU' }) })).additionalDetails, ['INVALID_RESELLER_ID']);
  });
});
