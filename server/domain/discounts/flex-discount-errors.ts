// The error codes of Adobe's flexible discount pages (docs/flex-discounts/error-codes.md and
// docs/references/error-handling.md), with the messages of the pages' sample answers. The details
// start `Line Item: N`, as the pages' samples do and as partners' clients parse them.
import { AdobeError } from '../protocol/errors.js';

const make = (code: string, message: string) =>
  (lineNumber: number, reason?: string, why?: string) =>
    new AdobeError(400, code, why ? `${message}: ${why}` : message, [reason ? `Line Item: ${lineNumber}, Reason: ${reason}` : `Line Item: ${lineNumber}`]);

export const flexDiscountErrors = {
  notQualified: make('2141', 'Customer is not qualified for the Flexible Discount'),
  oneTimeUsed: make('2142', 'This Flexible Discount is for one-time use and is no longer available'),
  notCombinable: make('2144', 'Flexible Discount cannot be applied in combination with other discounts'),
  notBaseProduct: make('2145', 'Flexible discount codes cannot be applied to non-base products'),
  invalidCode: make('2146', 'Invalid Flexible Discount Code'),
  oneCodePerLine: make('2147', 'Only one Flexible Discount Code is allowed per line item'),
  threeYearCommitOnly: make('2166', 'This promo code is applicable for only 3YC customers'),
};

/** The reason the pages' 2141 sample gives, word for word (a partner's client reads it). */
export const NOT_QUALIFIED_REASON = 'Invalid Flexible Discount';
/** The reason the pages' 2146 sample gives. */
export const NOT_FOUND_REASON = 'NOT_FOUND';

/** 1178 (docs/references/error-handling.md, Get Flexible Discounts): a partner's client reads it as "no discount". */
export const invalidCountryForPartner = (details: string[], reason: string) => new AdobeError(400, '1178', `Invalid Country for Partner: ${reason}`, details);
