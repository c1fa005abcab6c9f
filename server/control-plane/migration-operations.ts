// The control plane of VIP memberships (what Adobe's sandbox portal's Transfer Memberships pages
// do by hand: Quick Create, Custom Create, Created Memberships), for the migration to VIP
// Marketplace (domain/migration/).
import { migrationErrors } from '../domain/migration/migration-errors.js';
import { membershipOrFail } from '../domain/migration/migration-transfer.js';
import { normalizeVipMembership, type VipMembership, type VipMembershipSeed } from '../domain/migration/vip-membership.js';
import type { StateOperations } from './state-operations.js';

export class MigrationOperations {
  constructor(private readonly state: StateOperations) {}

  memberships(): Promise<VipMembership[]> {
    return this.state.work((tx) => tx.list('vipMemberships'));
  }

  membership(membershipId: string): Promise<VipMembership> {
    return this.state.work(async (tx) => membershipOrFail(await tx.get('vipMemberships', membershipId), membershipId));
  }

  /** Creates or replaces the membership; one already transferred stays as it is (membership ids are used once). */
  seedMembership(membershipId: string, seed: VipMembershipSeed): Promise<VipMembership> {
    return this.state.work(async (tx, now) => {
      const current = await tx.get('vipMemberships', membershipId);
      if (current?.transfer) throw migrationErrors.alreadyTransferred(['membership-id'], `membership ${membershipId}`);
      const membership = normalizeVipMembership(membershipId, { ...seed, transfer: null }, now);
      await tx.put('vipMemberships', membershipId, membership);
      return membership;
    });
  }
}
