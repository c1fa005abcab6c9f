// Orders and subscriptions as the simulator keeps them: the resource of Adobe's pages plus the few
// fields the simulator needs to settle them on the clock (never shown to a partner).
import type { PartnerSchema } from '../../api-types/operation-types.js';

export type OrderType = 'NEW' | 'RETURN' | 'PREVIEW' | 'RENEWAL' | 'PREVIEW_RENEWAL' | SwitchOrderType;
/** The mid-term upgrade orders (domain/orders/order-switch.ts). */
export type SwitchOrderType = 'PREVIEW_SWITCH' | 'SWITCH' | 'PREVIEW_REVERT_SWITCH' | 'REVERT_SWITCH';

export const ORDER_OPEN = '1002';
export const ORDER_COMPLETE = '1000';
export const ORDER_CANCELLED = '1008';
/** Order statuses the control plane may set (the pages' status table: complete, open, failed, cancelled, failed with a reason). */
export const ORDER_STATUSES = ['1000', '1002', '1004', '1008', '1020', '1022', '1024', '1026'] as const;

/** A line's prices, and an order line as the contract shows it (pricing and proratedDays with fetch-price). */
export type LinePricing = PartnerSchema<'LinePricing'>;
export type OrderLine = PartnerSchema<'OrderLine'>;

/** What a switch order takes off a subscription: the licences it moves (or a revert moves back). */
export interface CancellingItem {
  extLineItemNumber: number;
  referenceLineItemNumber: number;
  offerId: string;
  quantity: number;
  subscriptionId: string;
  pricing?: LinePricing;
}

export interface Order {
  orderId: string;
  customerId: string;
  externalReferenceId: string;
  orderType: OrderType;
  referenceOrderId: string;
  currencyCode: string;
  creationDate: string;
  status: string;
  /** API, or System for the RENEWAL orders Adobe creates on the anniversary. */
  source: 'API' | 'System';
  lineItems: OrderLine[];
  /** Switch orders only. */
  cancellingItems?: CancellingItem[];
  /** When an open (1002) order completes on the simulated clock; null once settled. */
  completesAt: string | null;
  /** The status the order ends in instead of 1000 (the control plane armed a failure). */
  failsWith?: string | null;
  /** A partner's RENEWAL order: the renewal date it renews (before it: early; after: late). */
  renews?: string;
}

export interface AutoRenewal {
  enabled: boolean;
  renewalQuantity: number;
  flexDiscountCodes?: string[];
}

export const SUBSCRIPTION_ACTIVE = '1000';
export const SUBSCRIPTION_INACTIVE = '1004';
export const SUBSCRIPTION_SCHEDULED = '1009';

export interface Subscription {
  subscriptionId: string;
  customerId: string;
  /** The offer at its base level (level 01, or tier T1). */
  offerId: string;
  currentQuantity: number;
  usedQuantity: number;
  autoRenewal: AutoRenewal;
  /** The partner set renewalQuantity itself: orders and returns leave it alone. */
  renewalQuantitySet: boolean;
  creationDate: string;
  renewalDate: string;
  status: string;
  currencyCode: string;
  deploymentId?: string;
  /** Licences early renewed for the next term (the manual renewals page's renewedQuantity). */
  renewedQuantity?: number;
}

/** A customer's orders, as one record (kind `orders`, by customer id). */
export interface OrderBook {
  customerId: string;
  orders: Order[];
  /** The control plane armed a failure: the customer's next NEW or RETURN order ends in this status. */
  failNext?: string | null;
}

/** A customer's subscriptions, as one record (kind `subscriptions`, by customer id). */
export interface SubscriptionBook {
  customerId: string;
  subscriptions: Subscription[];
}
