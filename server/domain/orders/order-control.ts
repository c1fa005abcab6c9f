// What the control plane does to orders and subscriptions, as Adobe's sandbox portal does by hand:
// set an order's status (complete it, fail it), move its creation date (the return window), arm a
// failure for the customer's next order, seed and edit subscriptions.
import { errors } from '../protocol/errors.js';
import { ORDER_COMPLETE, ORDER_OPEN, type Order, type Subscription } from './order-types.js';

export interface OrderEdit {
  status?: string;
  creationDate?: string;
}

/** The failure statuses an order can end in (the pages' status table). */
export const FAILURE_STATUSES = ['1004', '1020', '1022', '1024', '1026'];

/**
 * The order with the edit applied. An open order set to 1000 or a failure status is due at once
 * and settles as the clock would settle it (subscriptions created, or nothing); a settled order's
 * status is set as it is, its lines with it (subscriptions stay as they are). An order is never
 * reopened, and a creation date is never in the future (1117).
 */
export function editedOrder(order: Order, edit: OrderEdit, now: Date): Order {
  let edited = order;
  if (edit.creationDate !== undefined) {
    if (Date.parse(edit.creationDate) > now.getTime()) throw errors.invalidFields(['creationDate'], `Some fields are invalid: creationDate ${edit.creationDate} is after the simulated now`);
    edited = { ...edited, creationDate: new Date(edit.creationDate).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  }
  const status = edit.status;
  if (status === undefined || status === order.status) return edited;
  if (status === ORDER_OPEN) throw errors.invalidFields(['status'], `Some fields are invalid: order ${order.orderId} is ${order.status}; an order is never reopened`);
  if (order.status === ORDER_OPEN && (status === ORDER_COMPLETE || FAILURE_STATUSES.includes(status))) {
    return { ...edited, completesAt: now.toISOString(), failsWith: status === ORDER_COMPLETE ? null : status };
  }
  return { ...edited, status, completesAt: null, lineItems: edited.lineItems.map((l) => ({ ...l, status })) };
}

/** A subscription the control plane gives a customer: offer and quantity, the rest defaulted (seeded-holdings.ts). */
export type SubscriptionSeed = Partial<Omit<Subscription, 'customerId'>> & Pick<Subscription, 'offerId' | 'currentQuantity'>;

export type SubscriptionEdit = Partial<Pick<Subscription, 'currentQuantity' | 'usedQuantity' | 'status' | 'renewalDate' | 'autoRenewal'>>;

/** The subscription with the fields given replaced; a renewal quantity given counts as the partner's own. */
export function editedSubscription(s: Subscription, edit: SubscriptionEdit): Subscription {
  return { ...s, ...edit, renewalQuantitySet: s.renewalQuantitySet || edit.autoRenewal !== undefined };
}
