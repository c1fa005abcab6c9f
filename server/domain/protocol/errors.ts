// Adobe's error model: every error the simulated API returns is one of these named values,
// with the HTTP status and the four-digit code Adobe documents for it, and Adobe's documented
// message (docs/references/error-handling.md) as the start of its message. Codes marked
// "simulator" are ours, for situations Adobe's docs give no code for (see docs/rules.md).

export class AdobeError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly additionalDetails: string[] = [],
  ) {
    super(message);
    this.name = 'AdobeError';
  }

  toBody(): AdobeErrorBody {
    return { code: this.code, message: this.message, additionalDetails: this.additionalDetails };
  }
}

export interface AdobeErrorBody {
  code: string;
  message: string;
  additionalDetails: string[];
}

/**
 * An error of Adobe's tables for one area: its documented message, followed by `: reason` where
 * the simulator says what triggered it, and the details naming the field or the line.
 */
export const tableError = (status: number, code: string, message: string) =>
  (details: string[] = [], reason?: string) => new AdobeError(status, code, reason ? `${message}: ${reason}` : message, details);

const make = (status: number, code: string, defaultMessage: string) =>
  (details: string[] = [], message = defaultMessage) => new AdobeError(status, code, message, details);

export const errors = {
  invalidDistributor: make(400, '1114', 'Invalid Distributor'),
  invalidReseller: make(404, '1115', 'Invalid Reseller'),
  invalidCustomer: make(404, '1116', 'Invalid Customer'),
  invalidFields: make(400, '1117', 'Some fields are invalid'),
  invalidAddress: make(400, '1118', 'Invalid Address'),
  notEditable: make(400, '1119', 'Some fields are not editable'),
  unexpectedFields: make(400, '1121', 'Request contains additional unexpected fields.'),
  missingFields: make(400, '1122', 'Request is missing required fields'),
  internal: make(500, '1124', 'Internal Server Error. Please try again later'),
  pendingOrBlocked: make(400, '1125', 'Account cannot be updated while status is pending or blocked'),
  resellerInactive: make(400, '1126', 'Customer cannot be created because reseller account is inactive'),
  accountExists: make(400, '1127', 'Account already exists'),
  // Not in the pages' error table; partners' production clients handle it as Adobe's answer to a 3YC below the minimum.
  invalidMinimumQuantity: make(400, '1135', 'Invalid minimum quantity'),
  invalidOperation: make(400, '1134', 'Invalid operation on path'),
  partnerNotGlobal: make(400, '1139', 'Partner is not enabled for global sales'),
  customerNotGlobal: make(400, '1140', 'Customer is not enabled for global sales'),
  segmentNotGlobal: make(400, '1142', 'Market segment not allowed for global sales'),
  externalReferenceTooLong: make(400, '2126', 'externalReferenceId exceeds maximum character limit'),
  invalidMarketSegment: make(400, '2135', 'Invalid market segment used for customer'),
  apiKeyInvalid: make(403, '4115', 'API key is invalid or missing'),
  tokenInvalid: make(401, '4116', 'Authorization token is invalid'),
  tokenMissing: make(403, '4117', 'Authorization token is missing'),
  tooManyRequests: make(429, '4118', 'Too many requests'),
  correlationIdInvalid: make(400, '4119', 'Correlation ID is Invalid or Missing'),
  duplicateRequestId: make(400, '4120', 'Duplicate request id, same requestId has already been processed'),
  // simulator codes: HTTP-level failures Adobe's docs give no body for, and the control plane's
  adminTokenRequired: make(401, '4010', 'The control plane needs Authorization: Bearer <admin token>'),
  notFound: make(404, '4040', 'Resource not found'),
  methodNotAllowed: make(405, '4050', 'Method not allowed'),
  notAcceptable: make(406, '4060', 'Accept header must allow application/json'),
  requestTimeout: make(408, '4080', 'The request was not received in time'),
  payloadTooLarge: make(413, '4130', 'Request body exceeds the 1 MB limit'),
  expectationFailed: make(417, '4170', 'Expectation failed: only Expect: 100-continue is supported'),
  headersTooLarge: make(431, '4310', 'Request header fields too large'),
  unsupportedMediaType: make(415, '4150', 'Content-Type must be application/json'),
};

/** One broken rule: the field path Adobe puts in additionalDetails, and why, for the message. */
export interface Problem {
  path: string;
  reason: string;
}

type ErrorFactory = (details?: string[], message?: string) => AdobeError;

/** Problems an answer names at most (domain/protocol/limits.ts keeps the limits; this one bounds answers). */
export const MAX_REPORTED = 20;

const more = (total: number) => `and ${total - MAX_REPORTED} more`;

/**
 * An error whose additionalDetails are the field paths and whose message says what is wrong.
 * Both name the first MAX_REPORTED problems and count the rest, so an answer stays small however
 * many fields a request breaks.
 */
export function errorFor(factory: ErrorFactory, problems: Problem[]): AdobeError {
  const base = factory();
  const shown = problems.slice(0, MAX_REPORTED);
  const reasons = shown.map((p) => (p.path ? `${p.path} ${p.reason}` : p.reason));
  if (problems.length > MAX_REPORTED) reasons.push(more(problems.length));
  const paths = [...new Set(problems.map((p) => p.path).filter(Boolean))];
  const details = paths.length > MAX_REPORTED ? [...paths.slice(0, MAX_REPORTED), more(paths.length)] : paths;
  const lead = base.message.endsWith('.') ? `${base.message} ` : `${base.message}: `;
  return factory(details, `${lead}${reasons.join('; ')}`);
}
