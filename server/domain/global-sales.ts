// Global (worldwide) sales: a COM customer of a partner enabled for it, whom Adobe found eligible.
import { errors } from './errors.js';
import type { Customer, MarketSegment, Reseller } from './types.js';

export function assertGlobalSales(customer: Customer, reseller: Reseller, segment: MarketSegment): void {
  const details = ['globalSalesEnabled'];
  if (segment !== 'COM') throw errors.segmentNotGlobal(details, `Market segment not allowed for global sales: ${segment} (only COM)`);
  if (!reseller.globalSalesEnabled) throw errors.partnerNotGlobal(details, `Partner is not enabled for global sales: reseller ${reseller.resellerId}`);
  if (!customer.globalSalesEligible) throw errors.customerNotGlobal(details);
}
