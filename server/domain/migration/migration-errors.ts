// The error codes of Adobe's migration pages (references/error-handling.md: 5115–5121), with its
// messages. 5117 names every REASON_CODE in the message and in additionalDetails, as production
// clients read it (docs/rules.md MIG-05).
import { AdobeError, tableError } from '../protocol/errors.js';

const make = tableError;

export const migrationErrors = {
  invalidMembership: make(400, '5115', 'Invalid Membership ID'),
  invalidTransfer: make(400, '5116', 'Invalid Membership or Transfer ID'),
  alreadyTransferred: make(400, '5118', 'Customer has already been transferred'),
  resellerInactive: make(400, '5119', 'Customer cannot be transferred because reseller account is inactive'),
  noAdminContacts: make(400, '5120', 'Customer cannot be transferred because there are no admin contacts'),
  transferInProgress: make(400, '5121', 'Transfer currently in progress for this customer'),
};

/** 5117 with its reason codes. */
export const notEligible = (reasons: string[]) =>
  new AdobeError(400, '5117', `Customer is not eligible for transfer: ${reasons.join(', ')}`, reasons);
