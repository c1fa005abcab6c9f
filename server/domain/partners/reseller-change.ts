// Reseller change: the customer's administrator generates an approval code in Admin Console (valid
// 7 days), and the new reseller previews and commits the transfer with it. A committed transfer
// moves the customer, and with it its subscriptions and orders (kept by customer), to the new
// reseller, possibly of another distributor.
import { customerView } from '../customers/customer.js';
import { ACTIVE } from '../customers/account-status.js';
import { SUBSCRIPTION_ACTIVE, type Subscription } from '../orders/order-types.js';
import { errors } from '../protocol/errors.js';
import { isoSeconds } from '../time.js';
import type { Customer, Distributor, Reseller } from '../types.js';
import type { PartnerSchema } from '../../api-types/operation-types.js';
import { transferErrors } from './transfer-errors.js';

export type ResellerTransferRequest = PartnerSchema<'ResellerTransferRequest'>;
export type ResellerTransferLine = PartnerSchema<'ResellerTransferLine'>;
export type ResellerTransferAnswer = PartnerSchema<'ResellerTransfer'>;

/** "This code is valid for 7 days." */
export const CODE_VALID_DAYS = 7;
export const TRANSFER_COMMITTED = '1000';
export const TRANSFER_PREVIEW = '1002';

/** An approval code as kept (kind `resellerChangeCodes`, by code). */
export interface ResellerChangeCode {
  code: string;
  customerId: string;
  issuedAt: string;
  expiresAt: string;
  /** The transfer that used the code; a used code answers 1131. */
  transferId: string | null;
}

/** A committed reseller change as kept (kind `transfers`, by transfer id): what it moved, as it was. */
export interface ResellerTransfer {
  transferId: string;
  customerId: string;
  resellerId: string;
  previousResellerId: string;
  creationDate: string;
  status: string;
  approvalCode: string;
  requestedBy: string | null;
  lineItems: ResellerTransferLine[];
  benefits: ResellerTransferAnswer['benefits'];
  discounts: ResellerTransferAnswer['discounts'];
}

export type CodeState = 'VALID' | 'EXPIRED' | 'USED';

export function codeState(code: ResellerChangeCode, now: Date): CodeState {
  if (code.transferId) return 'USED';
  return now.getTime() >= Date.parse(code.expiresAt) ? 'EXPIRED' : 'VALID';
}

/** A new code for the customer, valid CODE_VALID_DAYS from now; `taken` is a code already in use for anything. */
export function issueResellerChangeCode(customer: Customer, code: string, taken: ResellerChangeCode | undefined, now: Date): ResellerChangeCode {
  if (taken) throw errors.invalidFields(['code'], `Some fields are invalid: code ${code} was already issued`);
  return {
    code,
    customerId: customer.customerId,
    issuedAt: isoSeconds(now),
    expiresAt: isoSeconds(new Date(now.getTime() + CODE_VALID_DAYS * 86_400_000)),
    transferId: null,
  };
}

/** The code as the request may use it: unknown 1128, used 1131, expired 1129. */
export function usableCode(code: ResellerChangeCode | undefined, sent: string, now: Date): ResellerChangeCode {
  if (!code) throw transferErrors.invalidCode(['approvalCode'], sent);
  const state = codeState(code, now);
  if (state === 'USED') {
    throw transferErrors.alreadyComplete(['approvalCode'], `code ${code.code} moved customer ${code.customerId} in transfer ${code.transferId}`);
  }
  if (state === 'EXPIRED') throw transferErrors.expiredCode(['approvalCode'], `${code.code} expired at ${code.expiresAt}`);
  return code;
}

export interface ResellerChangeParties {
  customer: Customer;
  /** The reseller the request names (already checked to be the caller's: 1115 otherwise). */
  reseller: Reseller;
  /** The distributor of that reseller. */
  distributor: Distributor;
}

const invalidReseller = (reason: string) => errors.invalidOperation(['INVALID_RESELLER_ID'], `Invalid operation on path: ${reason}`);

/** What PREVIEW and COMMIT both check: the reseller can take the customer (1134). */
export function assertResellerCanTake({ customer, reseller }: ResellerChangeParties): void {
  if (customer.resellerId === reseller.resellerId) throw invalidReseller(`reseller ${reseller.resellerId} is already the customer's reseller`);
  if (reseller.status !== ACTIVE) throw invalidReseller(`reseller ${reseller.resellerId} is not active (status ${reseller.status})`);
  const segment = customer.companyProfile.marketSegment;
  if (!reseller.marketSegments.includes(segment)) throw invalidReseller(`reseller ${reseller.resellerId} does not sell the customer's ${segment} segment`);
}

/**
 * What only COMMIT checks: a customer enabled for global sales needs a partner enabled for them
 * (1139); a partner in another country than the customer needs the customer enabled for them (1140).
 */
export function assertGlobalSalesAllowTransfer({ customer, distributor }: ResellerChangeParties): void {
  if (customer.globalSalesEnabled && !distributor.globalSalesEnabled) {
    throw errors.partnerNotGlobal(['resellerId'], `Partner is not enabled for global sales: distributor ${distributor.distributorId}, and customer ${customer.customerId} sells worldwide`);
  }
  const country = customer.companyProfile.address.country;
  if (distributor.country !== country && !customer.globalSalesEnabled) {
    throw errors.customerNotGlobal(['resellerId'], `Customer is not enabled for global sales: customer ${customer.customerId} is in ${country}, distributor ${distributor.distributorId} in ${distributor.country}`);
  }
}

/** The customer's active subscriptions, as the transfer's lines. */
export function transferLines(subscriptions: Subscription[]): ResellerTransferLine[] {
  return subscriptions.filter((s) => s.status === SUBSCRIPTION_ACTIVE).map((s, i) => ({
    lineItemNumber: i + 1,
    offerId: s.offerId,
    quantity: s.currentQuantity,
    subscriptionId: s.subscriptionId,
    renewalDate: s.renewalDate,
    ...(s.deploymentId ? { deploymentId: s.deploymentId } : {}),
    currencyCode: s.currencyCode,
  }));
}

function carried(customer: Customer) {
  const benefits = customerView(customer).benefits.filter((b) => b.type === 'THREE_YEAR_COMMIT') as ResellerTransferAnswer['benefits'];
  return { benefits, discounts: customer.discounts.map((d) => ({ level: d.level, offerType: d.offerType })) };
}

/** The PREVIEW answer: nothing changes. */
export function previewTransfer(parties: ResellerChangeParties, code: ResellerChangeCode, subscriptions: Subscription[], now: Date): ResellerTransferAnswer {
  assertResellerCanTake(parties);
  const lineItems = transferLines(subscriptions);
  return {
    transferId: '',
    customerId: parties.customer.customerId,
    resellerId: parties.reseller.resellerId,
    approval: { code: code.code, expiry: code.expiresAt },
    creationDate: isoSeconds(now),
    status: TRANSFER_PREVIEW,
    totalCount: lineItems.length,
    lineItems,
    ...carried(parties.customer),
  };
}

export interface CommittedTransfer {
  transfer: ResellerTransfer;
  customer: Customer;
  code: ResellerChangeCode;
}

/** COMMIT: the customer (and so its subscriptions and orders) is the new reseller's; the code is used. */
export function commitTransfer(parties: ResellerChangeParties, code: ResellerChangeCode, subscriptions: Subscription[], ids: { transferId: string; requestedBy?: string }, now: Date): CommittedTransfer {
  assertResellerCanTake(parties);
  assertGlobalSalesAllowTransfer(parties);
  const lineItems = transferLines(subscriptions);
  const transfer: ResellerTransfer = {
    transferId: ids.transferId,
    customerId: parties.customer.customerId,
    resellerId: parties.reseller.resellerId,
    previousResellerId: parties.customer.resellerId,
    creationDate: isoSeconds(now),
    status: TRANSFER_COMMITTED,
    approvalCode: code.code,
    requestedBy: ids.requestedBy ?? null,
    lineItems,
    ...carried(parties.customer),
  };
  return { transfer, customer: { ...parties.customer, resellerId: parties.reseller.resellerId }, code: { ...code, transferId: ids.transferId } };
}

/** A committed transfer as POST (COMMIT) answers it. */
export function transferView(t: ResellerTransfer): ResellerTransferAnswer {
  return {
    transferId: t.transferId, customerId: t.customerId, resellerId: t.resellerId, creationDate: t.creationDate, status: t.status as ResellerTransferAnswer['status'],
    totalCount: t.lineItems.length, lineItems: t.lineItems, benefits: t.benefits, discounts: t.discounts,
  };
}

/** A committed transfer as GET answers it: the lines also as `items`, the page's name. */
export function transferDetailsView(t: ResellerTransfer): ResellerTransferAnswer {
  return { ...transferView(t), items: t.lineItems };
}

/** Transfer ids are 10-digit numbers from here (the state's sequence keeps the next one). */
export const FIRST_TRANSFER_ID = 1_100_000_001;
