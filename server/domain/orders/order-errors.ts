// The error codes of Adobe's order, subscription and price-list pages, with the messages of
// docs/references/error-handling.md (and manage-pricing/index.md for 1159–1162). The details name
// the field or line, as the pages' additionalDetails do.
import { tableError } from '../protocol/errors.js';

const make = tableError;

export const orderErrors = {
  invalidSearch: make(400, '1132', 'Invalid value for search parameter'),
  offsetOutOfRange: make(400, '1133', 'Offset out of range'),
  invalidMarketSegmentForPartner: make(400, '1160', 'Invalid Market Segment for Partner'),
  invalidCurrencyRegion: make(400, '1161', 'Invalid Currency/Region for Partner'),
  priceListNotFound: make(404, '1162', 'Price List not found'),
  invalidOrder: make(404, '2115', 'Invalid Customer or Order ID'),
  invalidStatus: make(400, '2116', 'Invalid status'),
  tooManyLines: make(400, '2119', 'Too many line items'),
  quantityOutOfRange: make(400, '2120', 'Line item quantity out of range'),
  duplicateLineNumbers: make(400, '2121', 'Duplicate line item numbers'),
  invalidOffer: make(400, '2122', 'Line item Offer ID is invalid'),
  lineNumberOutOfRange: make(400, '2123', 'extLineItemNumber out of range'),
  programNotSold: make(400, '2124', 'Distributor not allowed to sell the program'),
  currencyNotForRegion: make(400, '2125', 'Distributor not allowed to sell in the currency for the region'),
  externalReferenceTooLong: make(400, '2126', 'externalReferenceId exceeds maximum character limit'),
  currencyNotForOffer: make(400, '2128', 'Currency is not valid for Offer ID'),
  ineligible: make(400, '2129', 'Customer is not eligible to purchase Offer ID'),
  returnOfferMismatch: make(400, '2130', 'Line item Offer ID does not match original order'),
  returnLineMismatch: make(400, '2131', 'extLineItemNumber does not match original order'),
  returnQuantityMismatch: make(400, '2132', 'Line item quantity does not match original order'),
  alreadyReturned: make(400, '2133', 'Line item has already been returned'),
  returnExpired: make(400, '2134', 'Line item cannot be returned as the order already expired'),
  currencyNotAligned: make(400, '2137', 'Currency code not aligned'),
  invalidDeployment: make(404, '2138', 'Invalid Deployment'),
  orderAndLineCurrency: make(400, '2140', 'Order contains order level currency and line-item level currency'),
  invalidSubscription: make(404, '3115', 'Invalid Customer or Subscription ID'),
  renewalQuantityOutOfRange: make(400, '3116', 'renewalQuantity out of range'),
  inactiveSubscription: make(400, '3119', 'Inactive Subscription is not Editable'),
  invalidRenewalOrder: make(400, '3120', 'Update could not be performed because it would create an invalid renewal order'),
  invalidRequest: make(400, '5122', 'Invalid Request'),
  invalidDiscountCode: make(400, '5135', 'Invalid Discount Code'),
};
