// Linked membership: an update that names one creates it, with this customer as its OWNER.
import { errorFor, errors } from '../protocol/errors.js';
import type { Customer, LinkedMembership } from '../types.js';

/** The customer's membership after the request; `newId` is the id a membership created now takes. */
export function linkMembership(
  customer: Customer, requested: { type: LinkedMembership['type']; name: string },
  hasThreeYearCommit: boolean, now: Date, newId: number,
): LinkedMembership {
  const current = customer.linkedMembership;
  if (current) {
    if (current.type === requested.type && current.name === requested.name) return current;
    throw errorFor(errors.notEditable, [{ path: 'linkedMembership', reason: `cannot change once created (the customer is in ${current.type} membership ${current.id})` }]);
  }
  if (hasThreeYearCommit) {
    throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: 'is not allowed: 3YC and Linked Membership are mutually exclusive' }]);
  }
  return {
    id: String(newId), name: requested.name, type: requested.type,
    linkedMembershipType: 'OWNER', creationDate: now.toISOString().slice(0, 19),
  };
}
