// Linked membership: an update that names one creates it, with this customer as its OWNER.
import { errorFor, errors } from '../protocol/errors.js';
import type { Customer, LinkedMembership, Sequences } from '../types.js';

export function linkMembership(
  customer: Customer, requested: { type: LinkedMembership['type']; name: string },
  hasThreeYearCommit: boolean, now: Date, sequences: Sequences,
): { membership: LinkedMembership; sequences: Sequences } {
  const current = customer.linkedMembership;
  if (current) {
    if (current.type === requested.type && current.name === requested.name) return { membership: current, sequences };
    throw errorFor(errors.notEditable, [{ path: 'linkedMembership', reason: `cannot change once created (the customer is in ${current.type} membership ${current.id})` }]);
  }
  if (hasThreeYearCommit) {
    throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: 'is not allowed: 3YC and Linked Membership are mutually exclusive' }]);
  }
  const membership: LinkedMembership = {
    id: String(sequences.linkedMembership), name: requested.name, type: requested.type,
    linkedMembershipType: 'OWNER', creationDate: now.toISOString().slice(0, 19),
  };
  return { membership, sequences: { ...sequences, linkedMembership: sequences.linkedMembership + 1 } };
}
