// Linked membership groups in the store: settled on the simulated clock when read, their
// discount level on their customers, and free group ids.
import { customerAt, type LifecycleSettings } from '../domain/customers/customer.js';
import { derivedGroups, groupAt, participantIds, refreshDue, withGroupLevel } from '../domain/commitments/linked-membership-groups.js';
import type { Customer, LinkedMembershipGroup, Reseller } from '../domain/types.js';
import { resellerAt } from '../domain/partners/reseller-account.js';
import { settledHoldings } from './holdings.js';
import { getMany, type Tx } from '../store/store.js';

/**
 * The owner and members as they are now: each with its orders settled on the clock, so an order
 * that completed counts in the group's level at once, not at the customer's next write (docs/rules.md LMG-11).
 */
export async function participantsOf(tx: Tx, group: LinkedMembershipGroup, now: Date, settings: LifecycleSettings): Promise<Customer[]> {
  const stored = (await getMany(tx, participantIds(group).map((id) => ['customers', id] as const)) as Array<Customer | undefined>).filter((c): c is Customer => !!c);
  const resellers = await getMany(tx, [...new Set(stored.map((c) => c.resellerId))].map((id) => ['resellers', id] as const)) as Array<Reseller | undefined>;
  const resellerOf = new Map(resellers.filter((r): r is Reseller => !!r).map((r) => [r.resellerId, resellerAt(r, now)]));
  const participants: Customer[] = [];
  // One after the other: a transaction's store client takes one query at a time.
  for (const c of stored) participants.push((await settledHoldings(tx, customerAt(c, now, settings), resellerOf.get(c.resellerId), now)).customer);
  return participants;
}

/** The group as the clock leaves it (its anniversary levels), written back when time changed it. */
export async function settledGroup(tx: Tx, group: LinkedMembershipGroup, now: Date, settings: LifecycleSettings): Promise<LinkedMembershipGroup> {
  // The participants (and their orders) are read only when an anniversary is due: a read of a member stays one lookup.
  if (!refreshDue(group, now)) return group;
  const settled = groupAt(group, await participantsOf(tx, group, now, settings), now);
  if (settled !== group) await tx.put('linkedMembershipGroups', settled.id, settled);
  return settled;
}

/** The customer with its group's discount level, when it is in a group the store holds. */
export async function withGroup(tx: Tx, customer: Customer, now: Date, settings: LifecycleSettings): Promise<Customer> {
  const id = customer.linkedMembership?.id;
  const group = id ? await tx.get('linkedMembershipGroups', id) : undefined;
  return group ? withGroupLevel(customer, await settledGroup(tx, group, now, settings)) : customer;
}

/** A group id is free when no group holds it (a state may be imported with ids of its own). */
export const groupIdTaken = (tx: Tx) => async (id: string) => !!(await tx.get('linkedMembershipGroups', id));

/** Seeding a group owner through the control plane gives it its group record, when it has none. */
export async function ensureGroupOf(tx: Tx, customer: Customer): Promise<void> {
  const id = customer.linkedMembership?.id;
  if (!id || await tx.get('linkedMembershipGroups', id)) return;
  const reseller = await tx.get('resellers', customer.resellerId);
  for (const group of derivedGroups([customer], [], new Map([[customer.resellerId, reseller?.distributorId ?? '']]))) {
    await tx.put('linkedMembershipGroups', group.id, group);
  }
}
