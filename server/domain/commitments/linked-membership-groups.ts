// Linked membership groups as records of their own: created with their owner by the update API,
// joined by members (the enrol API, or an authorization code in Admin Console), searched, and
// re-levelled at each anniversary (docs/customer-account/linked-membership.md, docs/lga/create.md).
import { ACTIVE } from '../customers/account-status.js';
import { errorFor, errors } from '../protocol/errors.js';
import { lgaErrors } from './lga-errors.js';
import { LGA, lgaLevel, withLicenseLevel } from './lga.js';
import { hasThreeYearCommit } from './three-year-commit.js';
import { addYears, isoDate } from '../time.js';
import type { Customer, LinkedMembership, LinkedMembershipGroup, TermsAcceptanceStatus } from '../types.js';

/** An authorization code of the owner is valid this long (sandbox portal "Generate Linked Account Code"). */
export const AUTHORIZATION_CODE_HOURS = 72;
const LGA_LEVELS = ['06', '07', '08', '09'];

const isLgaGroup = (g: Pick<LinkedMembershipGroup, 'benefitTypes'>) => g.benefitTypes.includes(LGA);
const licenceLevel = (g: LinkedMembershipGroup) => g.discounts.find((d) => d.offerType === 'LICENSE')?.level ?? '01';

/** Volume discount level of a non-LGA group: 01 below 10 licences, 02 from 10, 03 from 50, 04 from 100. */
export function volumeLevel(licences: number): string {
  if (licences >= 100) return '04';
  if (licences >= 50) return '03';
  if (licences >= 10) return '02';
  return '01';
}

/** How a customer of the group shows its membership. */
export function membershipOf(group: LinkedMembershipGroup, role: LinkedMembership['linkedMembershipType']): LinkedMembership {
  const membership: LinkedMembership = { id: group.id, name: group.name, type: group.type, linkedMembershipType: role, creationDate: group.creationDate };
  return isLgaGroup(group) ? { ...membership, country: group.country, benefitTypes: group.benefitTypes } : membership;
}

/**
 * The group an update creates with the customer as owner: an LGA group when the customer is an
 * ACTIVE LGA; country, market segment and discount level are the customer's.
 */
export function newGroup(
  owner: Customer, membership: LinkedMembership, distributorId: string,
  benefitTypes: LinkedMembershipGroup['benefitTypes'] = owner.lga?.status === 'ACTIVE' ? [LGA] : [],
): { group: LinkedMembershipGroup; membership: LinkedMembership } {
  const ownerLevel = owner.discounts.find((d) => d.offerType === 'LICENSE')?.level ?? '01';
  const lgaGroup = benefitTypes.includes(LGA);
  // An LGA group's level is an LGA level (06-09) even when a seeded owner shows another one.
  const level = lgaGroup && !LGA_LEVELS.includes(ownerLevel) ? lgaLevel(owner.subscriptions.renewalQuantity) : ownerLevel;
  const group: LinkedMembershipGroup = {
    id: membership.id, name: membership.name, type: membership.type,
    country: owner.companyProfile.address.country, marketSegment: owner.companyProfile.marketSegment,
    benefitTypes,
    distributorId, ownerId: owner.customerId, members: [],
    creationDate: membership.creationDate, termsAcceptanceStatus: 'REQUESTED',
    discounts: [{ offerType: 'LICENSE', level }], lastRefreshDate: membership.creationDate, authorizationCodes: [],
  };
  return { group, membership: membershipOf(group, 'OWNER') };
}

/** Groups for customers whose linkedMembership names a group the state does not hold (older states, seeds). */
export function derivedGroups(customers: Customer[], existing: LinkedMembershipGroup[], distributorOf: Map<string, string>): LinkedMembershipGroup[] {
  const known = new Set(existing.map((g) => g.id));
  const groups = new Map<string, LinkedMembershipGroup>();
  for (const c of customers.filter((x) => x.linkedMembership?.linkedMembershipType === 'OWNER')) {
    const m = c.linkedMembership!;
    if (known.has(m.id) || groups.has(m.id)) continue;
    groups.set(m.id, { ...newGroup(c, m, distributorOf.get(c.resellerId) ?? '', m.benefitTypes ?? []).group, termsAcceptanceStatus: 'ACCEPTED' });
  }
  for (const c of customers.filter((x) => x.linkedMembership?.linkedMembershipType === 'MEMBER')) {
    const g = groups.get(c.linkedMembership!.id);
    if (g) groups.set(g.id, { ...g, members: [...g.members, { customerId: c.customerId, joinedAt: g.creationDate }] });
  }
  return [...groups.values()];
}

export const participantIds = (g: LinkedMembershipGroup) => [g.ownerId, ...g.members.map((m) => m.customerId)];

/** The anniversaries of the group's creation date, one year apart. */
const anniversary = (g: LinkedMembershipGroup, years: number) => addYears(g.creationDate.slice(0, 10), years);

/**
 * The group as time leaves it: at each anniversary of its creation date the discount level is
 * calculated from the licences (renewal quantities) of the owner and all members, LGA levels
 * 06-09 for an LGA group, volume levels 01-04 otherwise.
 */
export function groupAt(group: LinkedMembershipGroup, participants: Customer[], now: Date): LinkedMembershipGroup {
  const at = refreshDue(group, now);
  return at ? refreshed(group, participants, at) : group;
}

/** When the level is due to be recalculated (the last anniversary passed since the last refresh), or undefined. */
export function refreshDue(group: LinkedMembershipGroup, now: Date): string | undefined {
  const today = isoDate(now);
  let years = 1;
  while (anniversary(group, years) <= group.lastRefreshDate.slice(0, 10)) years++;
  if (anniversary(group, years) > today) return undefined;
  while (anniversary(group, years + 1) <= today) years++;
  return `${anniversary(group, years)}${group.creationDate.slice(10)}`;
}

/** The owner's "Refresh Discount Level" in the sandbox portal: only once it has accepted the terms. */
export function refreshNow(group: LinkedMembershipGroup, participants: Customer[], now: Date): LinkedMembershipGroup {
  if (group.termsAcceptanceStatus !== 'ACCEPTED') {
    throw errorFor(errors.invalidFields, [{ path: 'termsAcceptanceStatus', reason: `must be ACCEPTED before the owner refreshes the discount level (it is ${group.termsAcceptanceStatus})` }]);
  }
  return refreshed(group, participants, now.toISOString().slice(0, 19));
}

/** The level recalculated now (the owner's "Refresh Discount Level", or an anniversary). */
export function refreshed(group: LinkedMembershipGroup, participants: Customer[], at: string): LinkedMembershipGroup {
  const licences = participants.reduce((sum, c) => sum + c.subscriptions.renewalQuantity, 0);
  const level = isLgaGroup(group) ? lgaLevel(licences) : volumeLevel(licences);
  return { ...group, discounts: withLicenseLevel(group.discounts, level), lastRefreshDate: at };
}

/** A customer of the group shows the group's discount level (propagated to the owner and every member). */
export const withGroupLevel = (c: Customer, group: LinkedMembershipGroup): Customer => {
  const level = licenceLevel(group);
  return c.discounts.some((d) => d.offerType === 'LICENSE' && d.level === level) ? c : { ...c, discounts: withLicenseLevel(c.discounts, level) };
};

export interface JoinRules {
  /** The enrol API: the caller's distributor must be the group's (1153). */
  distributorId?: string;
  /** The enrol API is for LGA customers and LGA groups only (1165, 1166). */
  lgaOnly: boolean;
}

/** The customer joins the group as a MEMBER; unchanged when it already is one. */
export function joinGroup(customer: Customer, group: LinkedMembershipGroup, rules: JoinRules, now: Date): { customer: Customer; group: LinkedMembershipGroup } {
  if (rules.distributorId !== undefined && group.distributorId !== rules.distributorId) throw lgaErrors.otherDistributorGroup();
  if (customer.status !== ACTIVE) throw errors.pendingOrBlocked([], `Account cannot be updated while status is pending or blocked (status ${customer.status})`);
  const customerLga = customer.lga?.status === 'ACTIVE';
  if ((rules.lgaOnly || isLgaGroup(group)) && !customerLga) throw lgaErrors.customerNotEnabled();
  if ((rules.lgaOnly || customerLga) && !isLgaGroup(group)) throw lgaErrors.groupNotEnabled();
  if (customer.companyProfile.address.country !== group.country) throw lgaErrors.groupCountryMismatch();
  const current = customer.linkedMembership;
  if (current?.id === group.id) return { customer, group };
  if (group.termsAcceptanceStatus === 'REJECTED') {
    throw errorFor(errors.invalidFields, [{ path: 'termsAcceptanceStatus', reason: `is REJECTED: the owner of linked membership ${group.id} rejected its terms, so it takes no members` }]);
  }
  if (current) throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: `is already set: the customer is ${current.linkedMembershipType} of linked membership ${current.id}` }]);
  if (hasThreeYearCommit(customer)) throw errorFor(errors.invalidFields, [{ path: 'linkedMembership', reason: 'is not allowed: 3YC and Linked Membership are mutually exclusive' }]);
  const joined: LinkedMembershipGroup = { ...group, members: [...group.members, { customerId: customer.customerId, joinedAt: now.toISOString() }] };
  return { customer: withGroupLevel({ ...customer, linkedMembership: membershipOf(joined, 'MEMBER') }, joined), group: joined };
}

/** The owner accepts or rejects the linked membership terms in Admin Console; they cannot change once set. */
export function answerTerms(group: LinkedMembershipGroup, status: Exclude<TermsAcceptanceStatus, 'REQUESTED'>): LinkedMembershipGroup {
  if (group.termsAcceptanceStatus !== 'REQUESTED') {
    throw errorFor(errors.invalidFields, [{ path: 'status', reason: `cannot change: the terms of linked membership ${group.id} are already ${group.termsAcceptanceStatus}` }]);
  }
  return { ...group, termsAcceptanceStatus: status };
}

/** The owner generates an authorization code (valid 72 hours) once it has accepted the terms. */
export function issueCode(group: LinkedMembershipGroup, code: string, now: Date): LinkedMembershipGroup {
  if (group.termsAcceptanceStatus !== 'ACCEPTED') {
    throw errorFor(errors.invalidFields, [{ path: 'termsAcceptanceStatus', reason: `must be ACCEPTED before the owner issues a code (it is ${group.termsAcceptanceStatus})` }]);
  }
  const live = group.authorizationCodes.filter((c) => Date.parse(c.expiresAt) > now.getTime());
  const expiresAt = new Date(now.getTime() + AUTHORIZATION_CODE_HOURS * 3_600_000).toISOString();
  return { ...group, authorizationCodes: [...live, { code, issuedAt: now.toISOString(), expiresAt }] };
}

/** The group a code of its owner opens, if the code is still valid. */
export function groupForCode(groups: LinkedMembershipGroup[], code: string, now: Date): LinkedMembershipGroup | undefined {
  return groups.find((g) => g.authorizationCodes.some((c) => c.code === code && Date.parse(c.expiresAt) > now.getTime()));
}

/** The search's country check, in Adobe's words (1118); the contract checks `name` after it. */
export function checkGroupCountry(query: Record<string, unknown>): string {
  const country = query.country;
  if (country === undefined || (typeof country === 'string' && country.trim() === '')) throw lgaErrors.countryMissing();
  if (typeof country !== 'string' || !['US', 'CA'].includes(country)) throw lgaErrors.invalidCountry();
  return country;
}

/** LGA groups of the country whose name contains `name` (case-insensitive); 1143 when none. */
/** A group the LGA search finds: an LGA group of the country whose name holds the name asked, in any case. */
export function matchesGroupSearch(g: LinkedMembershipGroup, query: { country: string; name?: string }): boolean {
  return isLgaGroup(g) && g.country === query.country && (!query.name || g.name.toLowerCase().includes(query.name.toLowerCase()));
}

export function searchGroups(groups: LinkedMembershipGroup[], query: { country: string; name?: string }) {
  const found = groups.filter((g) => matchesGroupSearch(g, query)).sort((a, b) => a.id.localeCompare(b.id));
  if (!found.length) throw lgaErrors.groupNotFound();
  return found.map((g) => ({
    id: g.id, name: g.name, type: g.type, creationDate: g.creationDate, marketSegment: g.marketSegment,
    country: g.country, membersCount: g.members.length, benefitTypes: g.benefitTypes,
    discounts: g.discounts.filter((d) => d.offerType === 'LICENSE'),
  }));
}
