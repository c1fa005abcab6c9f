// The anniversary and manual-renewal rules on their domain functions (server/domain/renewals/).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCatalogue } from '../server/startup/catalogue-file.js';
import {
  MAX_ANNIVERSARIES_PER_SETTLEMENT, anniversaryAt, anniversaryBroughtToToday, anniversaryDiscounts, anniversaryOutlook,
  renewalOrderIdOf, runAnniversary, settleAnniversaries,
} from '../server/domain/renewals/anniversary.js';
import { inFinalCommitmentTerm } from '../server/domain/renewals/manual-renewal.js';
import { renewalErrors } from '../server/domain/renewals/renewal-errors.js';
import { committedExtract } from './support/adobe-error-table.js';
import type { Subscription } from '../server/domain/orders/order-types.js';
import type { Customer } from '../server/domain/types.js';

const catalogue = defaultCatalogue();
const customer = {
  customerId: '9876543210', cotermDate: '2027-05-02', companyProfile: { marketSegment: 'COM' },
  discounts: [{ offerType: 'LICENSE', level: '02' }, { offerType: 'CONSUMABLES', level: 'T1' }], threeYearCommit: null,
} as unknown as Customer;
const sub = (offerId: string, quantity: number, extra: Partial<Subscription> = {}): Subscription => ({
  subscriptionId: `${offerId}-sub`, customerId: customer.customerId, offerId, currentQuantity: quantity, usedQuantity: 0,
  autoRenewal: { enabled: true, renewalQuantity: quantity }, renewalQuantitySet: false, creationDate: '2026-06-01T10:00:00Z',
  renewalDate: '2027-05-02', status: '1000', currencyCode: 'USD', ...extra,
});

describe('the anniversary', () => {
  it('REN-17 auto-renewal on renews at the renewal quantity less what was early renewed; off expires unless early renewed; the next term is the larger of both', () => {
    const held = {
      customer, orders: [], subscriptions: [
        sub('65304479CA01A12', 12, { renewedQuantity: 4 }),
        sub('65304921CA01A12', 5, { autoRenewal: { enabled: false, renewalQuantity: 5 } }),
        sub('65304470CA01A12', 3, { autoRenewal: { enabled: false, renewalQuantity: 3 }, renewedQuantity: 2 }),
      ],
    };
    const after = runAnniversary(held, '2027-05-02', catalogue);
    assert.deepEqual(after.subscriptions.map((s) => [s.status, s.currentQuantity, s.renewalDate, s.renewedQuantity]), [
      ['1000', 12, '2028-05-02', undefined], ['1004', 5, '2027-05-02', undefined], ['1000', 2, '2028-05-02', undefined],
    ]);
    const [order] = after.orders;
    assert.deepEqual([order.orderType, order.source, order.status, order.lineItems.map((l) => l.quantity)], ['RENEWAL', 'System', '1000', [8]]);
    assert.equal(after.customer.cotermDate, '2028-05-02');
  });

  it('REN-18 settlement runs every anniversary passed, in order, at most MAX_ANNIVERSARIES_PER_SETTLEMENT at a time; the RENEWAL order id is derived from the customer and the date', () => {
    const held = { customer, orders: [], subscriptions: [sub('65304479CA01A12', 12)] };
    const three = settleAnniversaries(held, catalogue, new Date('2030-05-02T00:00:00Z'));
    assert.deepEqual(three.orders.map((o) => o.creationDate.slice(0, 10)), ['2027-05-02', '2028-05-02', '2029-05-02', '2030-05-02']);
    assert.deepEqual(three.orders.map((o) => o.orderId), ['2027', '2028', '2029', '2030'].map((y) => renewalOrderIdOf(customer.customerId, `${y}-05-02`)));
    assert.equal(settleAnniversaries(held, catalogue, new Date('2027-05-01T23:59:59Z')).orders.length, 0);
    const many = settleAnniversaries(held, catalogue, new Date('2060-01-01T00:00:00Z'));
    assert.equal(many.orders.length, MAX_ANNIVERSARIES_PER_SETTLEMENT);
    assert.equal(settleAnniversaries(many, catalogue, new Date('2060-01-01T00:00:00Z')).orders.length, 2 * MAX_ANNIVERSARIES_PER_SETTLEMENT);
  });

  it('REN-19 the licence level is re-evaluated at the anniversary, down as well as up; a 3YC level in force and an LGA level stay', () => {
    assert.deepEqual(anniversaryDiscounts(customer, 3)[0], { offerType: 'LICENSE', level: '01' });
    assert.deepEqual(anniversaryDiscounts(customer, 60)[0], { offerType: 'LICENSE', level: '03' });
    const committed = { ...customer, discounts: [{ offerType: 'LICENSE', level: '12' }], threeYearCommit: { commitment: { status: 'COMMITTED' } } } as unknown as Customer;
    assert.equal(anniversaryDiscounts(committed, 3), committed.discounts);
    const lga = { ...customer, discounts: [{ offerType: 'LICENSE', level: '07' }] } as unknown as Customer;
    assert.equal(anniversaryDiscounts(lga, 3), lga.discounts);
  });

  it('REN-20 an order settled late gets the anniversary of its own term; the control plane brings the next anniversary to today; the outlook says what renews and what expires', () => {
    assert.deepEqual([anniversaryAt('2030-05-02', '2026-06-01T10:00:00Z'), anniversaryAt('2028-05-02', '2027-05-02T10:00:00Z'), anniversaryAt('2020-01-01', '2026-06-01T10:00:00Z'), anniversaryAt('', '2026-01-01T00:00:00Z')], ['2027-05-02', '2028-05-02', '2027-01-01', '']);
    const held = { customer, orders: [], subscriptions: [sub('65304479CA01A12', 12), sub('65304921CA01A12', 5, { autoRenewal: { enabled: false, renewalQuantity: 5 } })] };
    const brought = anniversaryBroughtToToday(held, new Date('2026-12-07T10:00:00Z'));
    assert.deepEqual([brought.renewalDate, brought.held.customer.cotermDate, brought.held.subscriptions.map((s) => s.renewalDate)], ['2026-12-07', '2026-12-07', ['2026-12-07', '2026-12-07']]);
    assert.throws(() => anniversaryBroughtToToday({ ...held, subscriptions: [] }, new Date()), { code: '1117' });
    const outlook = anniversaryOutlook(held.subscriptions);
    assert.deepEqual([outlook.renewalDate, outlook.renews.map((r) => r.quantity), outlook.expires.map((r) => r.quantity)], ['2027-05-02', [12], [5]]);
  });

  it('REN-21 the final 3YC term: a commitment in force ending before the renewal date, without an accepted recommitment', () => {
    const tyc = (status: string, recommitment: string | null) => ({
      ...customer, threeYearCommit: { commitment: { startDate: '2024-05-02', endDate: '2027-05-01', status, minimumQuantities: [] }, commitmentRequest: null, recommitmentRequest: recommitment ? { status: recommitment } : null },
    }) as unknown as Customer;
    assert.equal(inFinalCommitmentTerm(tyc('COMMITTED', null), '2027-05-02'), true);
    assert.equal(inFinalCommitmentTerm(tyc('COMMITTED', 'ACCEPTED'), '2027-05-02'), false);
    assert.equal(inFinalCommitmentTerm(tyc('COMMITTED', null), '2026-05-02'), false);
    assert.equal(inFinalCommitmentTerm(tyc('EXPIRED', null), '2027-05-02'), false);
    assert.equal(inFinalCommitmentTerm(customer, '2027-05-02'), false);
  });

  it('REN-23 the renewal codes carry Adobe\'s documented status and message (3122, absent from the extract, as error-handling.md words it)', () => {
    const documented = committedExtract().codes as Record<string, { status: number; message: string }>;
    for (const make of Object.values(renewalErrors)) {
      const error = make();
      const doc = documented[error.code];
      if (!doc) { assert.equal(error.code, '3122'); continue; }
      assert.equal(error.status, doc.status, error.code);
      // 3121's other wording is the renewals error-codes page's.
      const wordings = [doc.message, ...(error.code === '3121' ? ['Subscription Not allowed for Renewal'] : [])].map((m) => m.replace(/\.$/, ''));
      assert.ok(wordings.some((m) => error.message.startsWith(m)), `${error.code}: ${error.message}`);
    }
  });
});
