// The records a partner call may see: those of the caller's distributor (domain/customers/distributor-scope.ts).
import { assertCustomerVisible, assertResellerVisible, visibleReseller } from '../domain/customers/distributor-scope.js';
import { customerAt, type LifecycleSettings } from '../domain/customers/customer.js';
import { normalizeDistributor } from '../domain/control/state.js';
import { resellerAt } from '../domain/partners/reseller-account.js';
import type { Customer, Distributor, MarketSegment, Reseller } from '../domain/types.js';
import { getMany, listBy, type Tx } from '../store/store.js';
import { settledHoldings } from './holdings.js';
import { withGroup } from './linked-membership-groups.js';

export class DistributorScope {
  constructor(
    private readonly tx: Tx,
    readonly distributorId: string,
    private readonly now: Date,
    private readonly settings: LifecycleSettings,
  ) {}

  async distributor(): Promise<Distributor> {
    return await this.tx.get('distributors', this.distributorId) ?? normalizeDistributor({ distributorId: this.distributorId, name: '' });
  }

  /** The reseller as it is now (a pending one activates on the clock). */
  private async settledReseller(resellerId: string): Promise<Reseller | undefined> {
    const stored = await this.tx.get('resellers', resellerId);
    return stored && resellerAt(stored, this.now);
  }

  /** The reseller, if it exists and is the caller's distributor's. */
  async reseller(resellerId: string): Promise<Reseller | undefined> {
    return visibleReseller(await this.settledReseller(resellerId), this.distributorId);
  }

  /** The reseller of the caller's distributor, or 404/1115. */
  async resellerOrFail(resellerId: string): Promise<Reseller> {
    return assertResellerVisible(await this.settledReseller(resellerId), this.distributorId, resellerId);
  }

  /** The market segments the distributor's resellers sell, together (the price list's 1160, an order's 2124). */
  async marketSegments(): Promise<MarketSegment[]> {
    const resellers = await listBy(this.tx, 'resellers', 'distributorId', this.distributorId);
    return [...new Set(resellers.flatMap((r) => r.marketSegments))];
  }

  /** Of these resellers, the ids of the caller's distributor's: a lookup of each, not a list of the distributor's. */
  async ownResellerIds(resellerIds: Iterable<string>): Promise<Set<string>> {
    const ids = [...new Set(resellerIds)];
    const found = await getMany(this.tx, ids.map((id) => ['resellers', id] as const)) as Array<Reseller | undefined>;
    return new Set(found.filter((r) => r?.distributorId === this.distributorId).map((r) => r!.resellerId));
  }

  /** The customer as it is now (its orders settled: service/holdings.ts), with its group's level, and its reseller; 404/1116 when not the caller's. */
  async customer(customerId: string): Promise<{ customer: Customer; reseller: Reseller }> {
    const stored = await this.tx.get('customers', customerId);
    const reseller = stored && await this.settledReseller(stored.resellerId);
    const visible = assertCustomerVisible(stored, reseller, this.distributorId, customerId);
    const settled = await settledHoldings(this.tx, customerAt(visible.customer, this.now, this.settings), visible.reseller, this.now);
    return { customer: await withGroup(this.tx, settled.customer, this.now, this.settings), reseller: visible.reseller };
  }
}
