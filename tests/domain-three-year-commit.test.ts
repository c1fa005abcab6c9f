// The 3YC rules of server/domain/commitments/three-year-commit.ts, called directly: term dates, requests,
// acceptance, fulfilment and what time does to a commitment.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  acceptRequest, advanceThreeYearCommit, declineRequest, emptyThreeYearCommit, fulfilRequest, hasThreeYearCommit,
  requestCommitment, requestRecommitment, termDates,
} from '../server/domain/commitments/three-year-commit.js';
import type { CommitmentTerm, Customer, MinimumQuantity } from '../server/domain/types.js';
import { customerRecord, errorOf, NOW } from './support/records.js';

const licences = (quantity: number): MinimumQuantity[] => [{ offerType: 'LICENSE', quantity }];
const committed = (overrides: Partial<CommitmentTerm> = {}): CommitmentTerm => ({ startDate: '2023-11-20', endDate: '2026-11-19', status: 'COMMITTED', minimumQuantities: licences(50), ...overrides });
const withCommitment = (commitment: CommitmentTerm, more: Partial<Customer> = {}) => customerRecord({ threeYearCommit: { ...emptyThreeYearCommit(), commitment }, ...more });

/** The AdobeError a call throws: its status, code and details. */
function refusal(work: () => unknown): { status: number; code: string; details: string[]; message: string } {
  const error = errorOf(work);
  return { status: error.status, code: error.code, details: error.additionalDetails, message: error.message };
}

describe('3YC term dates (rules since June 1, 2025)', () => {
  it('3YC-01 outside the 30 days before the anniversary: the day before the 3rd anniversary of the start', () => {
    assert.deepEqual(termDates('2026-11-01', '2027-05-02'), { startDate: '2026-11-01', endDate: '2029-10-31' });
    assert.deepEqual(termDates('2027-04-01', '2027-05-02'), { startDate: '2027-04-01', endDate: '2030-03-31' }, 'AD-31 is outside the window');
    assert.deepEqual(termDates('2027-05-02', '2027-05-02'), { startDate: '2027-05-02', endDate: '2030-05-01' }, 'the anniversary itself is outside the window');
  });

  it('3YC-01 within the 30 days before the anniversary: the day before the 4th anniversary of the join date', () => {
    assert.deepEqual(termDates('2027-04-02', '2027-05-02'), { startDate: '2027-04-02', endDate: '2030-05-01' }, 'AD-30');
    assert.deepEqual(termDates('2027-05-01', '2027-05-02'), { startDate: '2027-05-01', endDate: '2030-05-01' }, 'AD-1');
  });

  it('3YC-01 without a cotermDate: 3 years from today', () => {
    assert.deepEqual(termDates('2026-11-01', ''), { startDate: '2026-11-01', endDate: '2029-11-01' });
  });
});

describe('3YC requests', () => {
  it('3YC-01 a commitment request is REQUESTED with its term and the time it was made; nothing else changes', () => {
    const tyc = requestCommitment(customerRecord(), licences(20), NOW, 'benefits[0].commitmentRequest');
    assert.deepEqual(tyc, {
      commitment: null, recommitmentRequest: null, acceptedAt: null, requestedAt: NOW.toISOString(),
      commitmentRequest: { startDate: '2026-11-01', endDate: '2029-10-31', status: 'REQUESTED', minimumQuantities: licences(20) },
    });
  });

  it('3YC-02 quantities below the minimums (LICENSE 10, CONSUMABLES 1000) are 1135 naming each quantity and its offer type', () => {
    const error = refusal(() => requestCommitment(customerRecord(), [{ offerType: 'LICENSE', quantity: 9 }, { offerType: 'CONSUMABLES', quantity: 999 }], NOW, 'req'));
    assert.deepEqual([error.status, error.code, error.details], [400, '1135', ['req.minimumQuantities[0].quantity', 'req.minimumQuantities[1].quantity']]);
    assert.match(error.message, /^Invalid minimum quantity: .*9 LICENSE, below the 3YC minimum of 10 LICENSE.*999 CONSUMABLES, below the 3YC minimum of 1000 CONSUMABLES$/);
    assert.doesNotMatch(refusal(() => requestCommitment(customerRecord(), [{ offerType: 'CONSUMABLES', quantity: 5 }], NOW, 'req')).message, /LICENSE/);
    assert.equal(requestCommitment(customerRecord(), [{ offerType: 'LICENSE', quantity: 10 }, { offerType: 'CONSUMABLES', quantity: 1000 }], NOW, 'req').commitmentRequest?.status, 'REQUESTED');
  });

  it('3YC-10 the same offer type twice is 1117 naming the second', () => {
    assert.deepEqual(refusal(() => requestCommitment(customerRecord(), [...licences(20), ...licences(30)], NOW, 'req')).details, ['req.minimumQuantities[1].offerType']);
    const twiceAndBelow = refusal(() => requestCommitment(customerRecord(), [...licences(5), ...licences(5)], NOW, 'req'));
    assert.deepEqual([twiceAndBelow.code, twiceAndBelow.details], ['1117', ['req.minimumQuantities[1].offerType']], 'a repeated offer type is answered before its quantity');
  });

  it('3YC-03 a new commitment request replaces the open one', () => {
    const first = customerRecord({ threeYearCommit: requestCommitment(customerRecord(), licences(20), NOW, 'req') });
    assert.deepEqual(requestCommitment(first, licences(30), NOW, 'req').commitmentRequest?.minimumQuantities, licences(30));
  });

  it('3YC-04 a commitment request while a recommitment is open is 1117 naming the request', () => {
    const open = customerRecord({ threeYearCommit: { ...emptyThreeYearCommit(), commitment: committed(), recommitmentRequest: { ...committed(), status: 'REQUESTED' } } });
    const error = refusal(() => requestCommitment(open, licences(70), NOW, 'req'));
    assert.deepEqual([error.code, error.details], ['1117', ['req']]);
    assert.match(error.message, /recommitment request is open/);
  });

  it('3YC-08 an increase keeps the committed term; it must list committed types, not lower them, and raise something', () => {
    const contoso = withCommitment(committed());
    const increase = requestCommitment(contoso, [...licences(50), { offerType: 'CONSUMABLES', quantity: 2000 }], NOW, 'req');
    assert.deepEqual([increase.commitmentRequest?.startDate, increase.commitmentRequest?.endDate], ['2023-11-20', '2026-11-19']);
    assert.match(refusal(() => requestCommitment(contoso, [{ offerType: 'CONSUMABLES', quantity: 2000 }], NOW, 'req')).message, /must list the committed LICENSE quantity again/);
    assert.match(refusal(() => requestCommitment(contoso, licences(40), NOW, 'req')).message, /cannot lower LICENSE below the committed 50/);
    assert.match(refusal(() => requestCommitment(contoso, licences(50), NOW, 'req')).message, /must increase a quantity or add an offer type/);
  });

  it('3YC-09 a customer in a linked membership cannot request a 3YC', () => {
    const member = customerRecord({ linkedMembership: { id: '61000001', name: 'G', type: 'STANDARD', linkedMembershipType: 'OWNER', creationDate: '2026-06-01T00:00:00', country: 'US' } as Customer['linkedMembership'] });
    assert.match(refusal(() => requestCommitment(member, licences(20), NOW, 'req')).message, /mutually exclusive/);
  });

  it('3YC-05 a recommitment needs a COMMITTED commitment', () => {
    assert.match(refusal(() => requestRecommitment(customerRecord(), licences(20), NOW, 'req')).message, /COMMITTED \(it is absent\)/);
    assert.match(refusal(() => requestRecommitment(withCommitment(committed({ status: 'EXPIRED' })), licences(20), NOW, 'req')).message, /it is EXPIRED/);
  });

  it('3YC-06 and 3YC-07 a recommitment only in the last 30 days; the next term starts the day after and lasts three years', () => {
    const contoso = withCommitment(committed());
    assert.deepEqual(requestRecommitment(contoso, licences(60), new Date('2026-10-20T00:00:00Z'), 'req').recommitmentRequest,
      { startDate: '2026-11-20', endDate: '2029-11-19', status: 'REQUESTED', minimumQuantities: licences(60) }, 'the first day of the window');
    assert.equal(requestRecommitment(contoso, licences(60), new Date('2026-11-19T23:00:00Z'), 'req').recommitmentRequest?.status, 'REQUESTED', 'the last day');
    assert.match(refusal(() => requestRecommitment(contoso, licences(60), new Date('2026-10-19T23:59:59Z'), 'req')).message, /only allowed from 2026-10-20 to 2026-11-19/);
    assert.match(refusal(() => requestRecommitment(contoso, licences(60), new Date('2026-11-20T00:00:00Z'), 'req')).message, /only allowed from 2026-10-20 to 2026-11-19/);
  });
});

describe('3YC acceptance, fulfilment and decline', () => {
  const requested = (more: Partial<Customer> = {}) => {
    const c = customerRecord(more);
    return { ...c, threeYearCommit: requestCommitment(c, [...licences(60), { offerType: 'CONSUMABLES', quantity: 5000 }], NOW, 'req') };
  };

  it('3YC-13 a pending customer cannot accept; with nothing open there is nothing to accept', () => {
    assert.deepEqual(refusal(() => acceptRequest(requested({ status: '1002' }), false, NOW)).details, ['status']);
    assert.equal(acceptRequest(customerRecord(), false, NOW), undefined);
  });

  it('3YC-01 the term is counted again at acceptance; without owning the quantities it is ACCEPTED', () => {
    const later = new Date('2027-04-10T00:00:00Z');
    const accepted = acceptRequest(requested(), false, later)!;
    assert.deepEqual(accepted.threeYearCommit?.commitmentRequest, { startDate: '2027-04-10', endDate: '2030-05-01', status: 'ACCEPTED', minimumQuantities: [...licences(60), { offerType: 'CONSUMABLES', quantity: 5000 }] });
    assert.equal(accepted.threeYearCommit?.acceptedAt, later.toISOString());
    assert.deepEqual(accepted.discounts, customerRecord().discounts, 'no discount before the commitment');
  });

  it('3YC-13 a customer without a cotermDate gets one a year after the acceptance', () => {
    assert.equal(acceptRequest(requested({ cotermDate: '' }), false, NOW)?.cotermDate, '2027-11-01');
  });

  it('SBX-09 owning the quantities commits at once with the 3YC discount levels', () => {
    const c = acceptRequest(requested(), true, NOW)!;
    assert.equal(c.threeYearCommit?.commitment?.status, 'COMMITTED');
    assert.equal(c.threeYearCommit?.commitmentRequest, null);
    assert.deepEqual(c.discounts, [{ offerType: 'LICENSE', level: '13' }, { offerType: 'CONSUMABLES', level: 'TD' }]);
  });

  it('3YC-12 orders add up by offer type; a type whose quantity is reached moves to the commitment, the other stays', () => {
    const accepted = acceptRequest(requested(), false, NOW)!;
    const few = fulfilRequest(accepted, NOW, licences(30))!;
    assert.equal(few.threeYearCommit?.commitment, null, 'orders below every quantity commit nothing');
    assert.deepEqual(few.threeYearCommit?.orderedQuantities, licences(30));
    const licencesMet = fulfilRequest(few, NOW, licences(30))!;
    assert.deepEqual(licencesMet.threeYearCommit?.commitment?.minimumQuantities, licences(60));
    assert.deepEqual(licencesMet.threeYearCommit?.commitmentRequest?.minimumQuantities, [{ offerType: 'CONSUMABLES', quantity: 5000 }]);
    assert.equal(licencesMet.threeYearCommit?.commitmentRequest?.status, 'ACCEPTED');
    assert.deepEqual(licencesMet.discounts, [{ offerType: 'CONSUMABLES', level: 'T1' }, { offerType: 'LICENSE', level: '13' }], 'only the committed type changes level');
    const all = fulfilRequest(licencesMet, NOW, [{ offerType: 'CONSUMABLES', quantity: 5000 }])!;
    assert.equal(all.threeYearCommit?.commitmentRequest, null);
    assert.deepEqual(all.threeYearCommit?.commitment?.minimumQuantities, [...licences(60), { offerType: 'CONSUMABLES', quantity: 5000 }]);
  });

  it('SBX-09 fulfilling without quantities commits every type; decline makes the request DECLINED, which is no 3YC', () => {
    assert.equal(fulfilRequest(acceptRequest(requested(), false, NOW)!, NOW)?.threeYearCommit?.commitmentRequest, null);
    assert.equal(fulfilRequest(requested(), NOW), undefined, 'nothing ACCEPTED to fulfil');
    const declined = declineRequest(requested())!;
    assert.equal(declined.threeYearCommit?.commitmentRequest?.status, 'DECLINED');
    assert.equal(hasThreeYearCommit(declined), false);
    assert.equal(hasThreeYearCommit(requested()), true);
  });
});

describe('what time does to a 3YC', () => {
  const day = 86_400_000;

  it('SBX-10 in production a REQUESTED request expires after 7 days; in sandbox mode never', () => {
    const c = customerRecord();
    const open = { ...c, threeYearCommit: requestCommitment(c, licences(20), NOW, 'req') };
    const almost = new Date(NOW.getTime() + 7 * day - 1);
    const week = new Date(NOW.getTime() + 7 * day);
    assert.equal(advanceThreeYearCommit(open, almost, 'production').threeYearCommit?.commitmentRequest?.status, 'REQUESTED');
    assert.equal(advanceThreeYearCommit(open, week, 'production').threeYearCommit?.commitmentRequest?.status, 'EXPIRED');
    assert.equal(advanceThreeYearCommit(open, week, 'sandbox'), open, 'unchanged, the same record');
  });

  it('SBX-12 in production an ACCEPTED request not fulfilled within 30 days becomes NONCOMPLIANT', () => {
    const c = customerRecord();
    const accepted = acceptRequest({ ...c, threeYearCommit: requestCommitment(c, licences(20), NOW, 'req') }, false, NOW)!;
    assert.equal(advanceThreeYearCommit(accepted, new Date(NOW.getTime() + 30 * day - 1), 'production').threeYearCommit?.commitmentRequest?.status, 'ACCEPTED');
    assert.equal(advanceThreeYearCommit(accepted, new Date(NOW.getTime() + 30 * day), 'production').threeYearCommit?.commitmentRequest?.status, 'NONCOMPLIANT');
    assert.equal(advanceThreeYearCommit(accepted, new Date(NOW.getTime() + 60 * day), 'sandbox').threeYearCommit?.commitmentRequest?.status, 'ACCEPTED');
  });

  it('SBX-11 a commitment that ends without a recommitment is EXPIRED and its discounts drop to 01 / T1', () => {
    const contoso = withCommitment(committed(), { discounts: [{ offerType: 'LICENSE', level: '13' }, { offerType: 'CONSUMABLES', level: 'TB' }] });
    assert.equal(advanceThreeYearCommit(contoso, new Date('2026-11-19T23:59:59Z'), 'production'), contoso, 'its last day is still in force');
    const ended = advanceThreeYearCommit(contoso, new Date('2026-11-20T00:00:00Z'), 'production');
    assert.equal(ended.threeYearCommit?.commitment?.status, 'EXPIRED');
    assert.deepEqual(ended.discounts, [{ offerType: 'LICENSE', level: '01' }, { offerType: 'CONSUMABLES', level: 'T1' }]);
  });

  it('SBX-11 an accepted recommitment becomes the COMMITTED term when the commitment ends, with its levels', () => {
    const next: CommitmentTerm = { startDate: '2026-11-20', endDate: '2029-11-19', status: 'ACCEPTED', minimumQuantities: licences(100) };
    const contoso = customerRecord({ threeYearCommit: { ...emptyThreeYearCommit(), commitment: committed(), recommitmentRequest: next } });
    const renewed = advanceThreeYearCommit(contoso, new Date('2026-11-20T00:00:00Z'), 'production');
    assert.deepEqual(renewed.threeYearCommit?.commitment, { ...next, status: 'COMMITTED' });
    assert.equal(renewed.threeYearCommit?.recommitmentRequest, null);
    assert.deepEqual(renewed.discounts, [{ offerType: 'CONSUMABLES', level: 'T1' }, { offerType: 'LICENSE', level: '14' }]);
  });
});
