// Rules of the control plane's edits and checks, called directly.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { editedCustomer } from '../server/domain/customers/customer.js';
import { assertCustomerVisible, visibleReseller } from '../server/domain/customers/distributor-scope.js';
import { assertId } from '../server/domain/control/ids.js';
import { checkCallHeaders } from '../server/domain/protocol/request-headers.js';
import { normalizeReseller } from '../server/domain/partners/reseller.js';
import { assertReferencesResolve } from '../server/domain/control/state-references.js';
import type { Reseller } from '../server/domain/types.js';
import { customerRecord, errorOf } from './support/records.js';

const PENDING = customerRecord({ status: '1002', activatesAt: '2026-11-01T09:01:00.000Z' });
const RESELLER: Reseller = normalizeReseller({ resellerId: '5556667778', distributorId: '5000000001' });

describe('control-plane rules, directly', () => {
  it('SBX-20 a state document whose customer names no reseller, or whose reseller names no distributor, is refused', () => {
    const doc = { distributors: [{ distributorId: 'D1', name: 'D', clients: [] }], resellers: [{ resellerId: 'R1', distributorId: 'D1' }], customers: [customerRecord({ resellerId: 'R1' })] };
    assert.doesNotThrow(() => assertReferencesResolve(doc));
    const orphan = errorOf(() => assertReferencesResolve({ ...doc, customers: [...doc.customers, customerRecord({ resellerId: 'R9' })] }));
    assert.deepEqual([orphan.status, orphan.code, orphan.additionalDetails], [404, '1115', ['customers[1].resellerId']]);
    assert.match(orphan.message, /^Invalid Reseller: customers\[1\]\.resellerId "R9" names no reseller of the document$/);
    const lost = errorOf(() => assertReferencesResolve({ ...doc, resellers: [{ resellerId: 'R1', distributorId: 'D9' }] }));
    assert.deepEqual([lost.status, lost.code, lost.additionalDetails], [400, '1117', ['resellers[0].distributorId']]);
  });

  it('SBX-05 an edited status other than pending drops the pending activation, unless the edit sets one', () => {
    assert.equal(editedCustomer(PENDING, { status: '1000' }).activatesAt, null);
    assert.equal(editedCustomer(PENDING, { status: '1000', activatesAt: '2026-12-01T00:00:00.000Z' }).activatesAt, '2026-12-01T00:00:00.000Z');
    assert.equal(editedCustomer(PENDING, { externalReferenceId: 'x' }).activatesAt, '2026-11-01T09:01:00.000Z');
    assert.deepEqual(editedCustomer(PENDING, {}, ['FEDERAL']).companyProfile.marketSubSegments, ['FEDERAL']);
  });

  it('SBX-04 seeded resellers get the defaults; seeded ids are 4 to 40 letters, digits or hyphens', () => {
    assert.deepEqual(normalizeReseller({ resellerId: 'R-1234', distributorId: 'D1' }), { resellerId: 'R-1234', distributorId: 'D1', companyName: 'Reseller R-1234', status: '1000', marketSegments: ['COM'] });
    assert.doesNotThrow(() => assertId('Ünï-123', 'resellerId'));
    assert.equal(errorOf(() => assertId('abc', 'resellerId')).code, '1117');
    assert.equal(errorOf(() => assertId('a/b/c/d', 'customerId')).code, '1117');
  });

  it('AUTH-09 a customer of another distributor answers exactly like a missing one', () => {
    const missing = errorOf(() => assertCustomerVisible(undefined, undefined, '5000000001', '123'));
    const other = errorOf(() => assertCustomerVisible(PENDING, RESELLER, '5000000002', '123'));
    assert.deepEqual([other.status, other.code, other.message, other.additionalDetails], [missing.status, missing.code, missing.message, missing.additionalDetails]);
    assert.equal(missing.code, '1116');
    assert.equal(visibleReseller(RESELLER, '5000000002'), undefined);
    assert.equal(assertCustomerVisible(PENDING, RESELLER, '5000000001', '123').reseller, RESELLER);
  });

  it('HDR-04 the header checks run in Adobe\'s order: correlation id, Accept, Content-Type, request id', () => {
    const bad = { 'x-correlation-id': undefined, accept: 'text/html', 'content-type': 'text/plain', 'x-request-id': ' ' };
    assert.equal(errorOf(() => checkCallHeaders('PATCH', bad)).code, '4119');
    assert.equal(errorOf(() => checkCallHeaders('PATCH', { ...bad, 'x-correlation-id': 'c1' })).code, '4060');
    assert.equal(errorOf(() => checkCallHeaders('PATCH', { ...bad, 'x-correlation-id': 'c1', accept: 'application/json' })).code, '4150');
    assert.doesNotThrow(() => checkCallHeaders('GET', { 'x-correlation-id': 'c1', 'content-type': 'text/plain' }));
    assert.deepEqual(checkCallHeaders('GET', { 'x-correlation-id': 'c1', 'x-request-id': 'r1' }), { correlationId: 'c1', clientRequestId: 'r1' });
  });
});
