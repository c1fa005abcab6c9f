// The renewal error codes of Adobe's pages (renewals/error-codes.md, references/error-handling.md),
// with their documented messages; the reason names what triggered them.
import { AdobeError } from '../protocol/errors.js';

const make = (code: string, message: string) =>
  (details: string[] = [], reason?: string) => new AdobeError(400, code, reason ? `${message} ${reason}` : message, details);

export const renewalErrors = {
  noAutoRenewal: make('2136', 'Please review the renewal settings. Auto-renewal needs to be turned on for at least 1 quantity.'),
  allRenewed: make('2164', 'All subscriptions are already renewed.'),
  notAllowed: make('3121', 'Subscription Not allowed for Renewal.'),
  /** 3121 as the error table words it for a late renewal of a subscription still active. */
  subscriptionActive: make('3121', 'Subscription is Active.'),
  outsideWindow: make('3122', 'Not within Renewal Window.'),
  earlyRenewalInProgress: make('3131', 'Early renewal in progress. Invalid order type.'),
  ineligibleProduct: make('3132', 'Ineligible product for orderType.'),
  finalCommitmentTerm: make('3133', 'Early renewal is not allowed for customers in final 3YC term.'),
};
