// The partner operations of the LGA flow (search, enrol) and of open acquisitions.
import type { LifecycleSettings } from '../domain/customers/customer.js';
import { errors } from '../domain/protocol/errors.js';
import { lgaErrors } from '../domain/commitments/lga-errors.js';
import { checkGroupCountry, joinGroup, matchesGroupSearch, participantIds, searchGroups } from '../domain/commitments/linked-membership-groups.js';
import type { LinkedMembershipGroup } from '../domain/types.js';
import { getMany, listBy } from '../store/store.js';
import { openAcquisitionsView } from '../domain/commitments/open-acquisitions.js';
import { saveCustomer } from './account-index.js';
import type { PartnerHandlers } from './call-context.js';
import { settledGroup } from './linked-membership-groups.js';

export function groupHandlers(settings: LifecycleSettings): PartnerHandlers<'searchLinkedMembershipGroups' | 'enrollLinkedMembership' | 'getOpenAcquisitions'> {
  return {
    async searchLinkedMembershipGroups(ctx) {
      const distributor = await ctx.tx.get('distributors', ctx.scope.distributorId);
      if (!distributor?.lgaEnabled) throw lgaErrors.partnerNotEnabled();
      const country = checkGroupCountry(ctx.call.query);
      const query = { country, name: ctx.input.query().name || undefined };
      // The country's groups from the index, and only those the search finds settled (settling
      // changes a level, never what a search matches): one read for their participants, then each
      // group in turn, as a transaction's reads go one at a time.
      const listed = (await listBy(ctx.tx, 'linkedMembershipGroups', 'country', country)).filter((g) => matchesGroupSearch(g, query));
      await getMany(ctx.tx, listed.flatMap((g) => participantIds(g).map((id) => ['customers', id] as const)));
      const groups: LinkedMembershipGroup[] = [];
      for (const group of listed) groups.push(await settledGroup(ctx.tx, group, ctx.now, settings));
      return searchGroups(groups, query);
    },

    async enrollLinkedMembership(ctx) {
      const { customer } = await ctx.scope.customer(ctx.input.path['customer-id']);
      const raw = ctx.input.rawText();
      if (raw && raw !== '{}') throw errors.unexpectedFields(['body'], 'Request contains additional unexpected fields: the enrol request has no body');
      const stored = await ctx.tx.get('linkedMembershipGroups', ctx.input.path.linked_membership_id);
      if (!stored) throw lgaErrors.groupNotFound();
      const group = await settledGroup(ctx.tx, stored, ctx.now, settings);
      const joined = joinGroup(customer, group, { distributorId: ctx.scope.distributorId, lgaOnly: true }, ctx.now);
      await ctx.tx.put('linkedMembershipGroups', joined.group.id, joined.group);
      await saveCustomer(ctx.tx, joined.customer);
      return { message: 'Customer Successfully enrolled in the Linked Membership' };
    },

    async getOpenAcquisitions(ctx) {
      return openAcquisitionsView((await ctx.scope.customer(ctx.input.path['customer-id'])).customer);
    },
  };
}
