// Which lock a call that changes state queues on (the store's TransactionOptions.lock), from its
// operation and path parameters: calls that queue on the same lock run one after another across
// a fleet, calls on different locks at once. Locks only order calls; what keeps every call
// serializable is the store's transaction, which reruns the rare call that still conflicts (two
// customers sharing a contact's person record, say).

/** The fleet-wide lock: calls whose records nothing narrower names. */
const FLEET_LOCK = 'partner-writes';
/** Creating a customer reads and writes the duplicate-account index (account-index.ts). */
const ACCOUNTS_LOCK = 'accounts';

/** A lock named by a path parameter; the fleet's where the parameter cannot name one (a NUL, which PostgreSQL text cannot hold). */
const named = (prefix: string, id: string | undefined) => (id === undefined || id.includes('\0') ? FLEET_LOCK : `${prefix} ${id}`);

export function writeLock(operationId: string, params: Record<string, string>): string {
  // An enrolment changes the group's record, which every member's enrolment changes too.
  if (operationId === 'enrollLinkedMembership') return named('linked membership group', params.linked_membership_id);
  if (params['customer-id'] !== undefined) return named('customer', params['customer-id']);
  return operationId === 'createCustomer' ? ACCOUNTS_LOCK : FLEET_LOCK;
}
