// Which lock a changing partner call queues on across a fleet (partner-api/write-locks.ts): its
// customer's, where its path names one, so calls for different customers do not queue together.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { writeLock } from '../server/partner-api/write-locks.js';

describe('write locks', () => {
  it('STO-21 a call changing one customer locks that customer; a create the accounts index; an enrolment its group; the rest the fleet', () => {
    assert.equal(writeLock('updateCustomer', { 'customer-id': '9876543210' }), 'customer 9876543210');
    assert.equal(writeLock('createOrder', { 'customer-id': '9876543210' }), 'customer 9876543210', 'a customer\'s orders lock the customer');
    assert.equal(writeLock('updateSubscription', { 'customer-id': '1005000004', 'subscription-id': 's' }), 'customer 1005000004');
    assert.notEqual(writeLock('updateCustomer', { 'customer-id': '1005000002' }), writeLock('updateCustomer', { 'customer-id': '9876543210' }));
    assert.equal(writeLock('createCustomer', {}), 'accounts');
    assert.equal(writeLock('enrollLinkedMembership', { 'customer-id': '1005000002', linked_membership_id: '51001001' }), 'linked membership group 51001001');
    const fleet = writeLock('createResellerTransfer', {});
    assert.equal(writeLock('updateReseller', { 'reseller-id': '5556667778' }), fleet);
    assert.equal(writeLock('updateCustomer', { 'customer-id': 'a\0b' }), fleet, 'a NUL, which PostgreSQL text cannot hold, names no lock');
  });
});
