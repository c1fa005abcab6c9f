// The error codes of Adobe's reseller-change pages, with the messages of
// docs/references/error-handling.md. The details name the field, as the pages' additionalDetails do.
import { tableError } from '../protocol/errors.js';

const make = tableError;

export const transferErrors = {
  invalidCode: make(404, '1128', 'Invalid Reseller Change Code'),
  expiredCode: make(404, '1129', 'Reseller Change Code is expired'),
  alreadyComplete: make(400, '1131', 'Reseller Change is already complete'),
  /** The only code Adobe gives for an unknown transfer id (its migration table); the page's status, 404. */
  invalidTransfer: make(404, '5116', 'Invalid Membership or Transfer ID'),
};
