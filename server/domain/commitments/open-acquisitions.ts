// Open acquisitions: licences the customer added in Admin Console that the partner has not yet
// ordered (docs/customer-account/get-licenses.md). They expire 7 days after they were added.
import { ACTIVE } from '../customers/account-status.js';
import { errorFor, errors } from '../protocol/errors.js';
import type { Customer, OpenAcquisition } from '../types.js';

export const OPEN_ACQUISITION_DAYS = 7;

export interface ConsoleLicenceInput {
  productName: string;
  baseOfferId: string;
  quantity: number;
  /** The Admin Console order the licences belong to; one is made up when absent. */
  referenceId?: string;
}

/** The customer adds licences in Admin Console: one open acquisition, expiring in 7 days. */
export function addOpenAcquisition(customer: Customer, input: ConsoleLicenceInput, now: Date, referenceId: string): Customer {
  if (customer.status !== ACTIVE) {
    throw errorFor(errors.invalidFields, [{ path: 'customerId', reason: `is not active (status ${customer.status}): only an active customer adds licences in Admin Console` }]);
  }
  const seconds = (d: Date) => `${d.toISOString().slice(0, 19)}Z`;
  const acquisition: OpenAcquisition = {
    referenceId: input.referenceId ?? referenceId,
    creationDate: seconds(now),
    expiryDate: seconds(new Date(now.getTime() + OPEN_ACQUISITION_DAYS * 86_400_000)),
    quantity: input.quantity,
    productName: input.productName,
    baseOfferId: input.baseOfferId,
  };
  return { ...customer, openAcquisitions: [...customer.openAcquisitions, acquisition] };
}

/** What time does: licences not ordered within 7 days are gone. */
export function dropExpiredAcquisitions(customer: Customer, now: Date): Customer {
  const list = customer.openAcquisitions;
  if (!list?.length) return customer;
  const at = now.getTime();
  const live = list.filter((a) => Date.parse(a.expiryDate) > at);
  return live.length === list.length ? customer : { ...customer, openAcquisitions: live };
}

/** GET /v3/customers/{customer-id}/open-acquisitions. licenseCount is the total quantity (simulator choice). */
export function openAcquisitionsView(customer: Customer) {
  return {
    customerId: customer.customerId,
    resellerId: customer.resellerId,
    licenseCount: customer.openAcquisitions.reduce((sum, a) => sum + a.quantity, 0),
    unpaidLicenses: customer.openAcquisitions,
  };
}
