// The VIP to VIP Marketplace migration of the simulated API (domain/migration/): preview the
// offers of a VIP membership, transfer it, read the transfer.
import { ACTIVE } from '../domain/customers/account-status.js';
import { assertCanMigrate, membershipOrFail, previewOffers, startTransfer, transferOrFail, transferView } from '../domain/migration/migration-transfer.js';
import { migrationErrors } from '../domain/migration/migration-errors.js';
import type { SimulatorSettings } from '../settings.js';
import type { PartnerHandlers } from './call-context.js';
import { customerIdTaken } from './customers.js';
import { withNewIds } from './new-ids.js';
import { catalogueOf, saveHoldings } from './holdings.js';

export function membershipHandlers(settings: SimulatorSettings): PartnerHandlers<'previewMembershipOffers' | 'createMembershipTransfer' | 'getMembershipTransfer'> {
  return {
    async previewMembershipOffers(ctx) {
      const id = ctx.input.path['membership-id'];
      const q = ctx.input.query();
      const membership = membershipOrFail(await ctx.tx.get('vipMemberships', id), id);
      const catalogue = await catalogueOf(ctx.tx);
      assertCanMigrate(membership, {
        catalogue, distributor: await ctx.scope.distributor(), now: ctx.now,
        ignoreOrderReturn: q['ignore-order-return'] ?? false, expireOpenPas: q['expire-open-pas'] ?? false,
      });
      return previewOffers(membership, catalogue);
    },

    async createMembershipTransfer(ctx) {
      const id = ctx.input.path['membership-id'];
      const q = ctx.input.query();
      const { resellerId } = ctx.input.body();
      const membership = membershipOrFail(await ctx.tx.get('vipMemberships', id), id);
      const reseller = await ctx.scope.resellerOrFail(resellerId);
      if (reseller.status !== ACTIVE) throw migrationErrors.resellerInactive(['resellerId'], `reseller ${resellerId} has status ${reseller.status}`);
      const catalogue = await catalogueOf(ctx.tx);
      const expireOpenPas = q['expire-open-pas'] ?? false;
      assertCanMigrate(membership, {
        catalogue, distributor: await ctx.scope.distributor(), reseller, now: ctx.now,
        ignoreOrderReturn: q['ignore-order-return'] ?? false, expireOpenPas,
      });
      const started = await withNewIds(ctx.tx, { customer: { count: 1, taken: customerIdTaken(ctx.tx) } }, (ids) => startTransfer(membership, {
        resellerId, customerId: String(ids.customer), catalogue, now: ctx.now, delayMs: settings.activationDelayMs, expireOpenPas,
      }));
      await saveHoldings(ctx.tx, { customer: started.customer, orders: [], subscriptions: started.subscriptions });
      await ctx.tx.put('vipMemberships', id, started.membership);
      return transferView(started.membership, ctx.now);
    },

    async getMembershipTransfer(ctx) {
      const { 'membership-id': id, 'transfer-id': transferId } = ctx.input.path;
      const stored = await ctx.tx.get('vipMemberships', id);
      const own = await ctx.scope.ownResellerIds(stored?.transfer ? [stored.transfer.resellerId] : []);
      const membership = transferOrFail(stored, transferId, (resellerId) => own.has(resellerId));
      return transferView(membership, ctx.now);
    },
  };
}
