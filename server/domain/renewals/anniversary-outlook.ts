// The customer's next renewal date and what will happen on it: light enough for the web console's
// bundle (types and constants only), which shows it on the customer page.
import { SUBSCRIPTION_ACTIVE, SUBSCRIPTION_SCHEDULED, type Subscription } from '../orders/order-types.js';

/** A subscription the anniversary acts on: active or scheduled, with a renewal date. */
export const renewing = (s: Subscription) => (s.status === SUBSCRIPTION_ACTIVE || s.status === SUBSCRIPTION_SCHEDULED) && !!s.renewalDate;

/** The customer's next renewal date: the earliest renewal date of its active or scheduled subscriptions. */
export function pendingRenewalDate(subscriptions: Subscription[]): string | undefined {
  let earliest: string | undefined;
  for (const s of subscriptions) if (renewing(s) && (!earliest || s.renewalDate < earliest)) earliest = s.renewalDate;
  return earliest;
}

/** What the next anniversary will do: which subscriptions renew at what quantity (what was early renewed counted), which expire. */
export function anniversaryOutlook(subscriptions: Subscription[]) {
  const date = pendingRenewalDate(subscriptions);
  const due = subscriptions.filter((s) => renewing(s) && s.renewalDate === date);
  const renews = (s: Subscription) => (s.autoRenewal.enabled && s.autoRenewal.renewalQuantity > 0) || (s.renewedQuantity ?? 0) > 0;
  return {
    renewalDate: date ?? '',
    renews: due.filter(renews).map((s) => ({
      subscriptionId: s.subscriptionId, offerId: s.offerId, renewedQuantity: s.renewedQuantity ?? 0,
      quantity: Math.max(s.autoRenewal.enabled ? s.autoRenewal.renewalQuantity : 0, s.renewedQuantity ?? 0),
    })),
    expires: due.filter((s) => !renews(s)).map((s) => ({ subscriptionId: s.subscriptionId, offerId: s.offerId, quantity: s.currentQuantity })),
  };
}
