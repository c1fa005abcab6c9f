// Linked membership groups in the store: settled on the simulated clock when read, and the
// partner API operations of the LGA flow (search, enrol) and of open acquisitions.
import { customerAt, type LifecycleSettings } from '../domain/customer.js';
import { errors } from '../domain/errors.js';
import { lgaErrors } from '../domain/lga-errors.js';
import { checkGroupCountry, groupAt, joinGroup, participantIds, searchGroups, withGroupLevel } from '../domain/linked-membership-groups.js';
import { openAcquisitionsView } from '../domain/open-acquisitions.js';
import type { Customer, LinkedMembershipGroup, Sequences } from '../domain/types.js';
import type { Tx } from '../store/store.js';
import { saveCustomer } from './account-index.js';
import type { PartnerHandler } from './pipeline.js';

/** The group as the clock leaves it (its anniversary levels), written back when time changed it. */
export async function participantsOf(tx: Tx, group: LinkedMembershipGroup, now: Date, settings: LifecycleSettings): Promise<Customer[]> {
  return (await Promise.all(participantIds(group).map((id) => tx.get('customers', id))))
    .filter((c): c is Customer => !!c).map((c) => customerAt(c, now, settings));
}

export async function settledGroup(tx: Tx, group: LinkedMembershipGroup, now: Date, settings: LifecycleSettings): Promise<LinkedMembershipGroup> {
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

/** The sequences with the next group id moved past any id already taken (state may be imported). */
export async function freeGroupId(tx: Tx, sequences: Sequences): Promise<Sequences> {
  let next = sequences.linkedMembership;
  while (await tx.get('linkedMembershipGroups', String(next))) next++;
  return { ...sequences, linkedMembership: next };
}

export function groupHandlers(settings: LifecycleSettings) {
  return {
    async searchLinkedMembershipGroups(ctx) {
      const distributor = await ctx.tx.get('distributors', ctx.scope.distributorId);
      if (!distributor?.lgaEnabled) throw lgaErrors.partnerNotEnabled();
      const country = checkGroupCountry(ctx.call.query);
      const query = { country, name: ctx.input.query<{ name?: string }>().name || undefined };
      const groups = await Promise.all((await ctx.tx.list('linkedMembershipGroups')).map((g) => settledGroup(ctx.tx, g, ctx.now, settings)));
      return searchGroups(groups, query);
    },

    async enrollLinkedMembership(ctx) {
      const { customer } = await ctx.scope.customer(ctx.input.param('customer-id'));
      const raw = ctx.input.rawText();
      if (raw && raw !== '{}') throw errors.unexpectedFields(['body'], 'Request contains additional unexpected fields: the enrol request has no body');
      const stored = await ctx.tx.get('linkedMembershipGroups', ctx.input.param('linked_membership_id'));
      if (!stored) throw lgaErrors.groupNotFound();
      const group = await settledGroup(ctx.tx, stored, ctx.now, settings);
      const joined = joinGroup(customer, group, { distributorId: ctx.scope.distributorId, lgaOnly: true }, ctx.now);
      await ctx.tx.put('linkedMembershipGroups', joined.group.id, joined.group);
      await saveCustomer(ctx.tx, joined.customer);
      return { message: 'Customer Successfully enrolled in the Linked Membership' };
    },

    async getOpenAcquisitions(ctx) {
      return openAcquisitionsView((await ctx.scope.customer(ctx.input.param('customer-id'))).customer);
    },
  } satisfies Record<string, PartnerHandler>;
}
