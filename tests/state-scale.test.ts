// A state document at a large partner's scale loads: the next ids after hundreds of thousands of
// seeded records (domain/control/state.ts nextAfter) without a spread that overflows the stack.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { normalizeState, type StateDocument } from '../server/domain/control/state.js';

it('a document with 300,000 seeded orders loads, its order sequence after the highest order id', () => {
  const orders = Array.from({ length: 300_000 }, (_, i) => ({
    orderId: String(6_000_000_000 + i), customerId: '1005000004', orderType: 'NEW' as const, status: '1000', creationDate: '2024-01-01T10:00:00Z',
    lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 1 }],
  }));
  const doc = { distributors: [], resellers: [], customers: [], orders } as unknown as StateDocument;
  assert.equal(normalizeState(doc, Date.parse('2026-11-01T09:00:00Z')).sequences.order, 6_000_300_000);
});
