// Global (worldwide) sales: a COM customer, of a reseller in the COM segment, whose direct partner
// (distributor) is enabled for global sales, and whom Adobe found eligible. Resellers need no flag.
import { errors } from '../protocol/errors.js';
import type { Customer, Distributor, MarketSegment, Reseller } from '../types.js';

export function assertGlobalSales(customer: Customer, reseller: Reseller, distributor: Distributor, segment: MarketSegment): void {
  const details = ['globalSalesEnabled'];
  if (segment !== 'COM') throw errors.segmentNotGlobal(details, `Market segment not allowed for global sales: ${segment} (only COM)`);
  if (!reseller.marketSegments.includes('COM')) {
    throw errors.segmentNotGlobal(details, `Market segment not allowed for global sales: reseller ${reseller.resellerId} is not in the COM segment`);
  }
  if (!distributor.globalSalesEnabled) {
    throw errors.partnerNotGlobal(details, `Partner is not enabled for global sales: distributor ${distributor.distributorId}`);
  }
  if (!customer.globalSalesEligible) throw errors.customerNotGlobal(details);
}
