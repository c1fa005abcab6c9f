// The error codes Adobe's "Error codes specific to LGA" page documents, with its messages and
// additionalDetails exactly as the page shows them (docs/lga/error-codes.md).
import { AdobeError } from '../protocol/errors.js';
import type { Customer } from '../types.js';

const make = (status: number, code: string, message: string, details: string[] = []) =>
  () => new AdobeError(status, code, message, details);

export const lgaErrors = {
  cotermTooLate: make(400, '1117', 'Some Fields are Invalid.', ['Invalid coterm date for Large Government Agency']),
  groupCountryMismatch: make(400, '1118', 'Invalid Address', ['Account country does not match with the linked account group country']),
  invalidCountry: make(400, '1118', 'Invalid Address', ['Invalid Country']),
  countryMissing: make(400, '1118', 'Invalid Address', ['Country cannot be null or empty']),
  groupNotFound: make(404, '1143', 'Linked Account Group Not Found'),
  threeYearCommitNotAllowed: make(400, '1147', '3YC Customer not allowed', ['3YC Customer not allowed for Large Government Agency']),
  otherDistributorGroup: make(400, '1153', 'Invalid group id', ['Account and Linked Account group are not part of the same distributor']),
  segmentNotAllowed: make(400, '1163', 'Market segment not allowed for Large Government Agency'),
  partnerNotEnabled: make(400, '1164', 'Large Government Agency is not enabled for partner'),
  customerNotEnabled: make(400, '1165', 'Large Government Agency is not enabled for customer'),
  groupNotEnabled: make(400, '1166', 'Large Government Agency is not enabled for linked account group'),
  countryNotAllowed: make(400, '1167', 'Invalid country for Large Government Agency'),
  subSegmentNotAllowed: make(400, '1168', 'Market subsegment not allowed for Large Government Agency'),
  offerNotAllowed: make(400, '1169', 'This offer is not allowed for Large Government Agency'),
  quantityNotAllowed: make(400, '1170', 'Invalid quantity for Large Government Agency'),
};

/** The customer is an LGA, or is converting to one. */
export const holdsLga = (customer: Pick<Customer, 'lga'>) => !!customer.lga && customer.lga.status !== 'UPGRADE_FAILED';

/** 3YC and LGA exclude each other: an LGA customer cannot ask for 3YC (1147). */
export function assertNotLga(customer: Pick<Customer, 'lga'>): void {
  if (holdsLga(customer)) throw lgaErrors.threeYearCommitNotAllowed();
}
