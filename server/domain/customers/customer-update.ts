// PATCH /v3/customers/{id}: Adobe's update replaces the profile, under the rules of its
// "Update customer account" page.
import { allAddressProblems } from './address.js';
import { assertContacts, syncAdmins, welcomeEmails, type EmailContext } from './contacts.js';
import { BLOCKED, PENDING } from './account-status.js';
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import { assertGlobalSales } from './global-sales.js';
import { linkMembership } from '../commitments/linked-membership.js';
import { newGroup } from '../commitments/linked-membership-groups.js';
import { asksForLga, lgaForUpdate } from '../commitments/lga.js';
import { holdsLga } from '../commitments/lga-errors.js';
import { updatedSegment } from './market-segment.js';
import type { PartnerSchema } from '../../api-types/operation-types.js';

type UpdateCustomerRequest = PartnerSchema<'UpdateCustomerRequest'>;
import { hasThreeYearCommit, requestCommitment, requestRecommitment } from '../commitments/three-year-commit.js';
import type { Customer, Distributor, LinkedMembershipGroup, Reseller, Sequences, WelcomeEmail } from '../types.js';

export interface UpdateContext {
  reseller: Reseller;
  /** The reseller's distributor (the direct partner): its global-sales and LGA enablement apply. */
  distributor: Distributor;
  now: Date;
  /** The id a group the update creates takes, and the first of the ids its welcome emails take (one a contact). */
  sequences: UpdateIds;
  email: Omit<EmailContext, 'customerId'>;
}

export type UpdateIds = Pick<Sequences, 'linkedMembership' | 'email'>;

export interface Updated {
  customer: Customer;
  emails: WelcomeEmail[];
  /** The linked membership group the update created. */
  group?: LinkedMembershipGroup;
}

const FIXED_FIELDS = [
  ['companyProfile.companyName', (c: UpdateCustomerRequest['companyProfile']) => c.companyName, (c: Customer) => c.companyProfile.companyName],
  ['companyProfile.address.country', (c: UpdateCustomerRequest['companyProfile']) => c.address.country, (c: Customer) => c.companyProfile.address.country],
  ['companyProfile.address.region', (c: UpdateCustomerRequest['companyProfile']) => c.address.region, (c: Customer) => c.companyProfile.address.region],
] as const;

function fixedFieldProblems(customer: Customer, request: UpdateCustomerRequest): Problem[] {
  return FIXED_FIELDS
    .filter(([, requested, current]) => requested(request.companyProfile) !== current(customer))
    .map(([path, , current]) => ({ path, reason: `must stay "${current(customer)}"` }));
}

function threeYearCommitOf(customer: Customer, request: UpdateCustomerRequest, now: Date) {
  const benefits = request.benefits ?? [];
  if (benefits.length > 1) throw errorFor(errors.invalidFields, [{ path: 'benefits', reason: 'may hold one THREE_YEAR_COMMIT entry' }]);
  const benefit = benefits[0];
  if (!benefit) return customer.threeYearCommit;
  if (benefit.commitmentRequest && benefit.recommitmentRequest) {
    throw errorFor(errors.invalidFields, [{ path: 'benefits[0].recommitmentRequest', reason: 'cannot be sent together with commitmentRequest' }]);
  }
  if (benefit.commitmentRequest) return requestCommitment(customer, benefit.commitmentRequest.minimumQuantities, now, 'benefits[0].commitmentRequest');
  if (benefit.recommitmentRequest) return requestRecommitment(customer, benefit.recommitmentRequest.minimumQuantities, now, 'benefits[0].recommitmentRequest');
  return customer.threeYearCommit;
}

export function updateCustomer(customer: Customer, request: UpdateCustomerRequest, ctx: UpdateContext): Updated {
  const { now, reseller } = ctx;
  if (customer.status === PENDING || customer.status === BLOCKED) {
    throw errors.pendingOrBlocked([], `Account cannot be updated while status is pending or blocked (status ${customer.status})`);
  }
  const fixed = fixedFieldProblems(customer, request);
  if (fixed.length) throw errorFor(errors.notEditable, fixed);
  const profile = request.companyProfile;
  // An LGA conversion sets the sub-segments (FEDERAL or STATE), otherwise read-only.
  const converting = !holdsLga(customer) && asksForLga(request.benefits);
  const segment = updatedSegment(customer, reseller, profile.marketSegment ?? customer.companyProfile.marketSegment, converting ? undefined : profile.marketSubSegments);
  if (converting && profile.marketSubSegments?.length) segment.marketSubSegments = profile.marketSubSegments;
  assertContacts(profile.contacts);
  // No final validation follows an update: a mismatch is refused now, never stored.
  const badAddress = allAddressProblems(profile.address);
  if (badAddress.length) throw errorFor(errors.invalidAddress, badAddress);
  const globalSalesEnabled = request.globalSalesEnabled ?? customer.globalSalesEnabled;
  if (globalSalesEnabled) assertGlobalSales(customer, reseller, ctx.distributor, segment.marketSegment);

  const lga = lgaForUpdate(customer, request.benefits, {
    distributor: ctx.distributor, now, segment: segment.marketSegment, subSegments: segment.marketSubSegments,
    createsLinkedMembership: !!request.linkedMembership && !customer.linkedMembership,
  });
  const threeYearCommit = threeYearCommitOf(customer, request, now);
  let linkedMembership = customer.linkedMembership;
  let group: LinkedMembershipGroup | undefined;
  if (request.linkedMembership) {
    linkedMembership = linkMembership(customer, request.linkedMembership, threeYearCommit !== customer.threeYearCommit || hasThreeYearCommit(customer), now, ctx.sequences.linkedMembership);
    if (linkedMembership !== customer.linkedMembership) ({ group, membership: linkedMembership } = newGroup(customer, linkedMembership, reseller.distributorId));
  }
  const updated: Customer = {
    ...customer,
    externalReferenceId: request.externalReferenceId ?? customer.externalReferenceId,
    globalSalesEnabled,
    companyProfile: { ...profile, ...segment },
    threeYearCommit,
    linkedMembership,
    lga,
    admins: syncAdmins(customer.admins, profile.contacts, now),
  };
  const sent = welcomeEmails(profile.contacts, { ...ctx.email, customerId: customer.customerId }, now, ctx.sequences);
  return { customer: updated, emails: sent.emails, group };
}
