// The error codes of Adobe's mid-term upgrade pages (docs/mid-term/error-codes.md), with their
// messages; the details name the field or the line, as the order errors' do.
import { tableError } from '../protocol/errors.js';

const make = tableError;

export const switchErrors = {
  quantityMismatch: make(400, '2149', 'Switch plan error: Requested quantity and cancel quantity must be equal'),
  invalidPath: make(400, '2150', 'Switch path validity check failed'),
  quantityExceeded: make(400, '2151', 'Requested quantity must be less than or equal to the active subscription quantity'),
  oneItemOnly: make(400, '2152', 'Only one item supported for switch'),
  itemMismatch: make(400, '2153', 'Line item and cancelling line item mismatch'),
  notSupported: make(400, '2154', 'Upgrade not supported'),
  /** 400 as the mid-term error page lists it for switch and revert orders (the subscription pages answer 404). */
  invalidSubscription: make(400, '3115', 'Invalid Subscription or Customer ID'),
};
