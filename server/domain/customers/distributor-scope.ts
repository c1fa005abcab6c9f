// What a client may see: the resellers of its own distributor and their customers. A customer or
// reseller of another distributor answers exactly like a missing one, so ids of other partners
// do not leak (docs/rules.md AUTH-09).
import { errors } from '../protocol/errors.js';
import type { Customer, Reseller } from '../types.js';

export function visibleReseller(reseller: Reseller | undefined, distributorId: string): Reseller | undefined {
  return reseller?.distributorId === distributorId ? reseller : undefined;
}

/** The reseller of the caller's distributor, or 404/1115. */
export function assertResellerVisible(reseller: Reseller | undefined, distributorId: string, resellerId: string): Reseller {
  const visible = visibleReseller(reseller, distributorId);
  if (!visible) throw errors.invalidReseller([resellerId], `Invalid Reseller: ${resellerId}`);
  return visible;
}

/** The customer with its reseller when both exist and the reseller is the caller's distributor's, or 404/1116. */
export function assertCustomerVisible(customer: Customer | undefined, reseller: Reseller | undefined, distributorId: string, customerId: string): { customer: Customer; reseller: Reseller } {
  const visible = visibleReseller(reseller, distributorId);
  if (!customer || !visible) throw errors.invalidCustomer([customerId], `Invalid Customer: ${customerId}`);
  return { customer, reseller: visible };
}
