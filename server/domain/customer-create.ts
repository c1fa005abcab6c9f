// POST /v3/customers: who may create a customer, and the pending customer it makes.
import { addressProblems } from './address.js';
import { assertContacts, syncAdmins, welcomeEmails, type EmailContext } from './contacts.js';
import { PENDING } from './customer.js';
import { errorFor, errors } from './errors.js';
import { assertResellerSegment, subSegmentProblems } from './market-segment.js';
import type { CreateCustomerRequest } from './requests.js';
import { emptyThreeYearCommit, requestCommitment } from './three-year-commit.js';
import { addYears, isoDate, isoSeconds } from './time.js';
import type { Customer, Reseller, Sequences, WelcomeEmail } from './types.js';

export interface CreateContext {
  /** The reseller named by the request, if the caller's distributor has it. */
  reseller: Reseller | undefined;
  /** Every customer, and the resellers of the caller's distributor: the duplicate-account check looks there. */
  customers: Customer[];
  distributorResellers: ReadonlySet<string>;
  now: Date;
  activationDelayMs: number;
  sequences: Sequences;
  email: Omit<EmailContext, 'customerId'>;
}

export interface Created {
  customer: Customer;
  emails: WelcomeEmail[];
  sequences: Sequences;
}

/**
 * `normalized` is already lower case. This runs once per customer on every create, so it
 * allocates nothing unless the stored email has capitals and the same length.
 */
const UPPER = /[A-Z]/;
const sameEmail = (email: string | undefined, normalized: string) => email !== undefined
  && (email === normalized || (email.length === normalized.length && UPPER.test(email) && email.toLowerCase() === normalized));
const sameName = (name: string, normalized: string) => name.trim().toLowerCase() === normalized;

/** Same company name and primary admin under the same distributor (Adobe's 1127). */
function isDuplicate(c: Customer, ctx: CreateContext, name: string, email: string): boolean {
  return sameEmail(c.companyProfile.contacts[0]?.email, email) && sameName(c.companyProfile.companyName, name) && ctx.distributorResellers.has(c.resellerId);
}

/** An extended term: a coterm date one to three years out (four for EDU). */
function cotermProblem(cotermDate: string | undefined, segment: string, now: Date) {
  if (!cotermDate) return [];
  const today = isoDate(now);
  const latest = addYears(today, segment === 'EDU' ? 4 : 3);
  if (cotermDate < addYears(today, 1) || cotermDate > latest) {
    return [{ path: 'cotermDate', reason: `must be between ${addYears(today, 1)} and ${latest} (an extended term of 1 to ${segment === 'EDU' ? 4 : 3} years)` }];
  }
  return [];
}

export function createCustomer(request: CreateCustomerRequest, ctx: CreateContext): Created {
  const { reseller, now } = ctx;
  if (!reseller) throw errors.invalidReseller(['resellerId']);
  if (reseller.status !== '1000') throw errors.resellerInactive(['resellerId']);
  const profile = request.companyProfile;
  const segment = profile.marketSegment ?? 'COM';
  const subSegments = profile.marketSubSegments ?? [];
  const invalid = [...subSegmentProblems(segment, subSegments), ...cotermProblem(request.cotermDate, segment, now)];
  if (request.benefits && request.benefits.length > 1) invalid.push({ path: 'benefits', reason: 'may hold one THREE_YEAR_COMMIT entry' });
  if (request.benefits?.[0]?.recommitmentRequest) invalid.push({ path: 'benefits[0].recommitmentRequest', reason: 'is not allowed for a new customer' });
  if (invalid.length) throw errorFor(errors.invalidFields, invalid);
  assertContacts(profile.contacts, []);
  const badAddress = addressProblems(profile.address);
  if (badAddress.length) throw errorFor(errors.invalidAddress, badAddress);
  assertResellerSegment(reseller, segment);
  const name = profile.companyName.trim().toLowerCase();
  const email = profile.contacts[0].email.toLowerCase();
  const duplicate = ctx.customers.some((c) => isDuplicate(c, ctx, name, email));
  if (duplicate) {
    throw errors.accountExists(['companyProfile.companyName', 'companyProfile.contacts[0].email'],
      'Account already exists: a customer with this company name and primary admin exists');
  }

  const customerId = String(ctx.sequences.customer);
  let customer: Customer = {
    customerId,
    resellerId: reseller.resellerId,
    externalReferenceId: request.externalReferenceId ?? '',
    status: PENDING,
    activatesAt: new Date(now.getTime() + ctx.activationDelayMs).toISOString(),
    globalSalesEnabled: false,
    globalSalesEligible: true,
    companyProfile: { ...profile, marketSegment: segment, marketSubSegments: subSegments },
    discounts: [{ offerType: 'LICENSE', level: '01' }, { offerType: 'CONSUMABLES', level: 'T1' }],
    tags: [],
    cotermDate: request.cotermDate ?? '',
    creationDate: isoSeconds(now),
    activeSubscriptions: 0,
    threeYearCommit: null,
    linkedMembership: null,
    admins: syncAdmins([], profile.contacts, now),
  };
  const commitment = request.benefits?.[0]?.commitmentRequest;
  if (commitment) {
    customer = { ...customer, threeYearCommit: requestCommitment({ ...customer, threeYearCommit: emptyThreeYearCommit() }, commitment.minimumQuantities, now, 'benefits[0].commitmentRequest') };
  }
  const sequences = { ...ctx.sequences, customer: ctx.sequences.customer + 1 };
  const sent = welcomeEmails(profile.contacts, { ...ctx.email, customerId }, now, sequences);
  return { customer, emails: sent.emails, sequences: sent.sequences };
}
