// POST /v3/customers: who may create a customer, and the pending customer it makes.
import { addressProblems } from './address.js';
import { assertContacts, syncAdmins, welcomeEmails, type EmailContext } from './contacts.js';
import { ACTIVE, PENDING } from './account-status.js';
import { errorFor, errors } from '../protocol/errors.js';
import { lgaForCreate, lgaLevel, withLicenseLevel } from '../commitments/lga.js';
import { assertResellerSegment, createSubSegmentProblems } from './market-segment.js';
import type { PartnerSchema } from '../../api-types/operation-types.js';

type CreateCustomerRequest = PartnerSchema<'CreateCustomerRequest'>;
import { emptyThreeYearCommit, requestCommitment } from '../commitments/three-year-commit.js';
import { addYears, isoDate, isoSeconds } from '../time.js';
import type { Customer, Distributor, Reseller, Sequences, WelcomeEmail } from '../types.js';

export interface CreateContext {
  /** The reseller named by the request, if the caller's distributor has it. */
  reseller: Reseller | undefined;
  /** The caller's distributor (its LGA enablement). */
  distributor?: Distributor;
  /** The customers with the request's account key (see accountKey), and which of their resellers are the caller's distributor's. */
  sameAccount: Customer[];
  distributorResellers: ReadonlySet<string>;
  now: Date;
  activationDelayMs: number;
  /** The new customer's id and the first of the ids its welcome emails take (one a contact). */
  sequences: CreateIds;
  email: Omit<EmailContext, 'customerId'>;
}

export type CreateIds = Pick<Sequences, 'customer' | 'email'>;

export interface Created {
  customer: Customer;
  emails: WelcomeEmail[];
}

/**
 * What makes two accounts the same for Adobe's duplicate check (1127): company name and primary
 * admin email, ignoring case. Customers are indexed by it, so a create need not scan them all.
 */
export function accountKey(profile: { companyName: string; contacts: Array<{ email: string }> }): string {
  return `${profile.companyName.trim().toLowerCase()}\n${profile.contacts[0]?.email.toLowerCase() ?? ''}`;
}

/** An extended term: a coterm date one to three years out (four for EDU); empty means none. */
function cotermProblem(cotermDate: string | undefined, segment: string, now: Date) {
  if (!cotermDate) return [];
  if (isoDate(new Date(`${cotermDate}T00:00:00Z`)) !== cotermDate) return [{ path: 'cotermDate', reason: 'is not a calendar date' }];
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
  // A pending reseller may already create customers (docs/reseller-account/create-reseller-account.md).
  if (reseller.status !== ACTIVE && reseller.status !== PENDING) throw errors.resellerInactive(['resellerId']);
  const lga = lgaForCreate(request, ctx.distributor, now) ?? null;
  const profile = request.companyProfile;
  const segment = profile.marketSegment ?? 'COM';
  const subSegments = profile.marketSubSegments ?? [];
  // Only the LGA create sets sub-segments (FEDERAL or STATE, checked by lgaForCreate).
  const invalid = [...createSubSegmentProblems(segment, subSegments, lga ? subSegments : []), ...cotermProblem(request.cotermDate, segment, now)];
  if (request.benefits && request.benefits.length > 1) invalid.push({ path: 'benefits', reason: 'may hold one THREE_YEAR_COMMIT entry' });
  if (request.benefits?.[0]?.recommitmentRequest) invalid.push({ path: 'benefits[0].recommitmentRequest', reason: 'is not allowed for a new customer' });
  if (invalid.length) throw errorFor(errors.invalidFields, invalid);
  assertContacts(profile.contacts);
  const badAddress = addressProblems(profile.address);
  if (badAddress.length) throw errorFor(errors.invalidAddress, badAddress);
  assertResellerSegment(reseller, segment);
  const key = accountKey(profile);
  const duplicate = ctx.sameAccount.some((c) => accountKey(c.companyProfile) === key && ctx.distributorResellers.has(c.resellerId));
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
    discounts: withLicenseLevel([{ offerType: 'CONSUMABLES', level: 'T1' }], lga ? lgaLevel(0) : '01'),
    tags: [],
    cotermDate: request.cotermDate ?? '',
    creationDate: isoSeconds(now),
    activeSubscriptions: 0,
    threeYearCommit: null,
    linkedMembership: null,
    admins: syncAdmins([], profile.contacts, now),
    lga,
    subscriptions: { renewalQuantity: 0, teamOrConsumablesAutoRenewal: false },
    openAcquisitions: [],
  };
  const commitment = request.benefits?.[0]?.commitmentRequest;
  if (commitment) {
    customer = { ...customer, threeYearCommit: requestCommitment({ ...customer, threeYearCommit: emptyThreeYearCommit() }, commitment.minimumQuantities, now, 'benefits[0].commitmentRequest') };
  }
  const sent = welcomeEmails(profile.contacts, { ...ctx.email, customerId }, now, ctx.sequences);
  return { customer, emails: sent.emails };
}
