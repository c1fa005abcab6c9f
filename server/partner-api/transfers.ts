// POST /v3/transfers (PREVIEW and COMMIT of a reseller change) and GET /v3/transfers/{transfer-id}
// (domain/partners/reseller-change.ts). The approval code names the customer, whatever distributor
// it is with; the reseller taking it must be the caller's.
import { customerAt, type LifecycleSettings } from '../domain/customers/customer.js';
import { normalizeDistributor } from '../domain/control/state.js';
import {
  commitTransfer, previewTransfer, transferDetailsView, transferView, usableCode, type ResellerChangeCode,
} from '../domain/partners/reseller-change.js';
import { resellerAt } from '../domain/partners/reseller-account.js';
import { transferErrors } from '../domain/partners/transfer-errors.js';
import type { Distributor } from '../domain/types.js';
import type { Tx } from '../store/store.js';
import { withNewIds } from './new-ids.js';
import type { PartnerHandlers } from './call-context.js';
import { saveHoldings, settledHoldings } from './holdings.js';
import { withGroup } from './linked-membership-groups.js';

async function distributorOf(tx: Tx, distributorId: string): Promise<Distributor> {
  const stored = await tx.get('distributors', distributorId);
  return normalizeDistributor(stored ?? { distributorId, name: '' });
}

/** The customer the code names, as it is now, with its holdings settled under its current reseller. */
export async function codeCustomer(tx: Tx, code: ResellerChangeCode, now: Date, settings: LifecycleSettings) {
  const stored = await tx.get('customers', code.customerId);
  if (!stored) throw transferErrors.invalidCode(['approvalCode'], code.code);
  const current = await tx.get('resellers', stored.resellerId);
  const held = await settledHoldings(tx, customerAt(stored, now, settings), current && resellerAt(current, now), now);
  return { held, shown: await withGroup(tx, held.customer, now, settings) };
}


export function transferHandlers(settings: LifecycleSettings): PartnerHandlers<'createResellerTransfer' | 'getResellerTransfer'> {
  return {
    async createResellerTransfer(ctx) {
      const request = ctx.input.body();
      const reseller = await ctx.scope.resellerOrFail(request.resellerId);
      const code = usableCode(await ctx.tx.get('resellerChangeCodes', request.approvalCode), request.approvalCode, ctx.now);
      const { held, shown } = await codeCustomer(ctx.tx, code, ctx.now, settings);
      const parties = { customer: shown, reseller, distributor: await distributorOf(ctx.tx, reseller.distributorId) };
      if (request.action === 'PREVIEW') return previewTransfer(parties, code, held.subscriptions, ctx.now);
      // The next transfer id no transfer holds (a state may be imported with ids of its own): one read per id taken, not a list.
      const needs = { transfer: { count: 1, taken: async (id: string) => !!(await ctx.tx.get('transfers', id)) } };
      const done = await withNewIds(ctx.tx, needs, (ids) => commitTransfer(parties, code, held.subscriptions, { transferId: String(ids.transfer), requestedBy: request.requestedBy }, ctx.now));
      const transferId = done.transfer.transferId;
      // The customer is stored as settled (without its group's level, which is read again on each call).
      await saveHoldings(ctx.tx, { ...held, customer: { ...held.customer, resellerId: reseller.resellerId } });
      await ctx.tx.put('resellerChangeCodes', done.code.code, done.code);
      await ctx.tx.put('transfers', transferId, done.transfer);
      return transferView(done.transfer);
    },

    async getResellerTransfer(ctx) {
      const transferId = ctx.input.path['transfer-id'];
      const transfer = await ctx.tx.get('transfers', transferId);
      if (!transfer || !await ctx.scope.reseller(transfer.resellerId)) throw transferErrors.invalidTransfer(['transfer-id'], transferId);
      return transferDetailsView(transfer);
    },
  };
}
