// Licences the customer added in Admin Console (open acquisitions) are what a partner orders next:
// a NEW order of a product takes them off the open list, oldest first, up to the quantity ordered.
import { findOffer, type Catalogue } from '../catalogue/catalogue.js';
import type { Customer } from '../types.js';
import { baseOfferId } from './order-create.js';
import type { OrderLine } from './order-types.js';

export function withAcquisitionsOrdered(customer: Customer, lines: OrderLine[], catalogue: Catalogue): Customer {
  if (!customer.openAcquisitions.length) return customer;
  const ordered = new Map<string, number>();
  for (const line of lines) {
    const offer = findOffer(catalogue, line.offerId);
    if (offer) ordered.set(baseOfferId(offer), (ordered.get(baseOfferId(offer)) ?? 0) + line.quantity);
  }
  const open = [...customer.openAcquisitions].sort((a, b) => a.creationDate.localeCompare(b.creationDate)).flatMap((a) => {
    const left = ordered.get(a.baseOfferId) ?? 0;
    const taken = Math.min(left, a.quantity);
    ordered.set(a.baseOfferId, left - taken);
    return a.quantity > taken ? [{ ...a, quantity: a.quantity - taken }] : [];
  });
  return { ...customer, openAcquisitions: open };
}
