// Subscriptions as the API shows them, and the partner's two changes to them: the auto-renewal
// preferences (PATCH, 3115–3120) and a scheduled subscription for the next term (POST, 1009).
import type { PartnerSchema } from '../../api-types/operation-types.js';
import { MAX_QUANTITY, findOffer, regionOfCountry, type Catalogue } from '../catalogue/catalogue.js';
import { errors } from '../protocol/errors.js';
import { baseOfferId } from '../orders/order-create.js';
import { orderErrors } from '../orders/order-errors.js';
import { subscriptionIdOf } from '../orders/order-settle.js';
import { SUBSCRIPTION_ACTIVE, SUBSCRIPTION_SCHEDULED, type Subscription } from '../orders/order-types.js';
import { addDays, isoDate, isoSeconds } from '../time.js';
import type { Customer, Reseller } from '../types.js';

/** The one action `allowedActions` names (the subscription details page: "Currently, only MANUAL_RENEWAL is available"). */
const MANUAL_RENEWAL = 'MANUAL_RENEWAL';

export const subscriptionLink = (customerId: string, subscriptionId: string) =>
  ({ uri: `/v3/customers/${customerId}/subscriptions/${subscriptionId}`, method: 'GET' as const, headers: [] as [] });

/** The subscription resource; `renewable` when a RENEWAL order may name it today (manuallyRenewable). */
export function subscriptionView(s: Subscription, renewable = false) {
  const { customerId, renewalQuantitySet: _set, deploymentId, ...fields } = s;
  return {
    ...fields, ...(deploymentId ? { deploymentId } : {}), ...(renewable ? { allowedActions: [MANUAL_RENEWAL] } : {}),
    links: { self: subscriptionLink(customerId, s.subscriptionId) },
  };
}

export function subscriptionList(customerId: string, subscriptions: Subscription[], renewable: ReadonlySet<string> = new Set()) {
  return {
    totalCount: subscriptions.length,
    items: subscriptions.map((s) => subscriptionView(s, renewable.has(s.subscriptionId))),
    links: { self: { uri: `/v3/customers/${customerId}/subscriptions`, method: 'GET' as const, headers: [] as [] } },
  };
}

export function findSubscription(subscriptions: Subscription[], subscriptionId: string): Subscription {
  const found = subscriptions.find((s) => s.subscriptionId === subscriptionId);
  if (!found) throw orderErrors.invalidSubscription(['subscriptionId'], `the customer has no subscription ${subscriptionId}`);
  return found;
}

/** The fields of the subscription resource a partner cannot change (1119). */
export const READ_ONLY_FIELDS = ['subscriptionId', 'offerId', 'currentQuantity', 'usedQuantity', 'creationDate', 'renewalDate', 'status', 'currencyCode', 'deploymentId', 'links'];

/** The subscription PATCH and create requests, as the contract types them. */
export type UpdateSubscriptionRequest = PartnerSchema<'UpdateSubscriptionRequest'>;

const maxQuantity = (s: Subscription, catalogue: Catalogue) => MAX_QUANTITY[findOffer(catalogue, s.offerId)?.product.edition ?? 'TEAM'];

function checkRenewalQuantity(quantity: number | undefined, max: number): void {
  if (quantity !== undefined && (quantity < 0 || quantity > max)) {
    throw orderErrors.renewalQuantityOutOfRange(['autoRenewal.renewalQuantity'], `0 to ${max}, not ${quantity}`);
  }
}

/**
 * The auto-renewal preferences, changed (the update subscription page): only on an active or
 * scheduled subscription (3119), a renewal quantity within the edition's maximum (3116), and never
 * enabled for nothing: auto-renewal on with a renewal quantity of 0 would renew nothing (3120).
 */
export function updateSubscription(s: Subscription, request: UpdateSubscriptionRequest, catalogue: Catalogue, resetFlexDiscountCodes = false): Subscription {
  const readOnly = Object.keys(request).filter((k) => READ_ONLY_FIELDS.includes(k));
  if (readOnly.length) throw errors.notEditable(readOnly, `Some fields are not editable: only autoRenewal is (${readOnly.join(', ')} sent)`);
  if (s.status !== SUBSCRIPTION_ACTIVE && s.status !== SUBSCRIPTION_SCHEDULED) {
    throw orderErrors.inactiveSubscription(['subscriptionId'], `subscription ${s.subscriptionId} is in status ${s.status}`);
  }
  if (!request.autoRenewal && !resetFlexDiscountCodes) throw errors.missingFields(['autoRenewal'], 'Request is missing required fields: autoRenewal');
  const { enabled, renewalQuantity, flexDiscountCodes } = request.autoRenewal ?? {};
  checkRenewalQuantity(renewalQuantity, maxQuantity(s, catalogue));
  // reset-flex-discount-codes=true removes the codes opted for renewal (docs/rules.md FLX-17).
  const { flexDiscountCodes: _opted, ...kept } = s.autoRenewal;
  const autoRenewal = {
    ...(resetFlexDiscountCodes ? kept : s.autoRenewal),
    ...(enabled !== undefined ? { enabled } : {}),
    ...(renewalQuantity !== undefined ? { renewalQuantity } : {}),
    ...(flexDiscountCodes ? { flexDiscountCodes } : {}),
  };
  if (autoRenewal.enabled && autoRenewal.renewalQuantity === 0) {
    throw orderErrors.invalidRenewalOrder(['autoRenewal.renewalQuantity'], 'auto-renewal is on for a renewal quantity of 0');
  }
  return { ...s, autoRenewal, renewalQuantitySet: s.renewalQuantitySet || renewalQuantity !== undefined };
}

export type CreateSubscriptionRequest = PartnerSchema<'CreateSubscriptionRequest'>;

/** From 30 to 3 days before the anniversary (the create subscription page). */
export const SCHEDULE_WINDOW = { opensDaysBefore: 30, closesDaysBefore: 3 };

/**
 * A subscription scheduled for the next term (status 1009, nothing held yet), as the create
 * subscription page allows it: a licence offer of the customer's segment it does not hold, for a
 * customer with an active subscription, within the window before its anniversary.
 */
export function scheduleSubscription(request: CreateSubscriptionRequest, customer: Customer, reseller: Reseller, held: Subscription[], catalogue: Catalogue, now: Date): Subscription {
  const field = (path: string, reason: string) => errors.invalidFields([path], `Some fields are invalid: ${path} ${reason}`);
  if (request.deploymentId !== undefined) throw orderErrors.invalidDeployment(['deploymentId'], `the customer has no deployment ${request.deploymentId}`);
  if (!request.autoRenewal.enabled) throw field('autoRenewal.enabled', 'can only be true');
  const offer = findOffer(catalogue, request.offerId);
  if (!offer) throw orderErrors.invalidOffer(['offerId'], `${request.offerId} is not an offer of the catalogue`);
  const segment = customer.companyProfile.marketSegment;
  if (offer.segment !== segment || !reseller.marketSegments.includes(segment)) {
    throw orderErrors.ineligible(['offerId', 'INELIGIBLE_MARKET_SEGMENT'], `${request.offerId} is a ${offer.segment} offer; the customer is ${segment}`);
  }
  if (offer.product.offerType === 'CONSUMABLES') throw field('offerId', 'is a consumable: consumables cannot be subscribed to');
  checkRenewalQuantity(request.autoRenewal.renewalQuantity, MAX_QUANTITY[offer.product.edition]);
  if (request.autoRenewal.renewalQuantity < 1) throw orderErrors.invalidRenewalOrder(['autoRenewal.renewalQuantity'], 'a scheduled subscription renews at least 1 licence');
  const region = regionOfCountry(catalogue, customer.companyProfile.address.country);
  const currency = request.currencyCode ?? region?.currencies[0];
  if (!region || !currency || !region.currencies.includes(currency)) throw orderErrors.currencyNotForRegion(['currencyCode'], `${currency ?? 'no currency'} is not sold in ${customer.companyProfile.address.country}`);
  if (offer.product.prices[currency] === undefined) throw orderErrors.currencyNotForOffer(['offerId'], `${request.offerId} is not sold in ${currency}`);
  if (!held.some((s) => s.status === SUBSCRIPTION_ACTIVE)) throw field('offerId', 'cannot be scheduled: the customer has no active subscription');
  const base = baseOfferId(offer);
  if (held.some((s) => s.offerId === base && (s.status === SUBSCRIPTION_ACTIVE || s.status === SUBSCRIPTION_SCHEDULED))) {
    throw field('offerId', `cannot be scheduled: the customer already holds ${base}`);
  }
  const today = isoDate(now);
  const opens = customer.cotermDate && addDays(customer.cotermDate, -SCHEDULE_WINDOW.opensDaysBefore);
  const closes = customer.cotermDate && addDays(customer.cotermDate, -SCHEDULE_WINDOW.closesDaysBefore);
  if (!opens || today < opens || today > closes) {
    throw field('offerId', `cannot be scheduled today (${today}): only from ${SCHEDULE_WINDOW.opensDaysBefore} to ${SCHEDULE_WINDOW.closesDaysBefore} days before the anniversary${customer.cotermDate ? ` ${customer.cotermDate}` : ''}`);
  }
  return {
    subscriptionId: subscriptionIdOf(customer.customerId, base), customerId: customer.customerId, offerId: base,
    currentQuantity: 0, usedQuantity: 0,
    autoRenewal: { enabled: true, renewalQuantity: request.autoRenewal.renewalQuantity, ...(request.autoRenewal.flexDiscountCodes ? { flexDiscountCodes: request.autoRenewal.flexDiscountCodes } : {}) },
    renewalQuantitySet: true, creationDate: isoSeconds(now), renewalDate: customer.cotermDate, status: SUBSCRIPTION_SCHEDULED, currencyCode: currency,
  };
}
