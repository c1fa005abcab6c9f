// The reseller account of the partner API: create, update, read, and its lifecycle on the clock.
import { addressProblems } from '../customers/address.js';
import { assertContacts, personKey, type Person } from '../customers/contacts.js';
import { ACTIVE, BLOCKED, PENDING } from '../customers/account-status.js';
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import { isoSeconds } from '../time.js';
import type { PartnerSchema } from '../../api-types/operation-types.js';
import type { Contact, MarketSegment, Reseller } from '../types.js';

type CreateResellerRequest = PartnerSchema<'CreateResellerRequest'>;
type UpdateResellerRequest = PartnerSchema<'UpdateResellerRequest'>;
type ProfileRequest = PartnerSchema<'ResellerCompanyProfileRequest'>;

const SEGMENTS: readonly MarketSegment[] = ['COM', 'EDU', 'GOV'];

/** What a reseller seeded without the account fields reads as: created before any simulated time. */
export const SEEDED_RESELLER_CREATION = '2020-01-01T00:00:00Z';

export const resellerLink = (resellerId: string) => ({ uri: `/v3/resellers/${resellerId}`, method: 'GET' as const, headers: [] as [] });

/** The reseller as it is at `now`: a pending reseller whose activation time has come is active. */
export function resellerAt(reseller: Reseller, now: Date): Reseller {
  if (reseller.status === PENDING && reseller.activatesAt && now.getTime() >= Date.parse(reseller.activatesAt)) {
    return { ...reseller, status: ACTIVE, activatesAt: null };
  }
  return reseller;
}

export function resellerView(r: Reseller) {
  return {
    distributorId: r.distributorId,
    externalReferenceId: r.externalReferenceId ?? '',
    resellerId: r.resellerId,
    companyProfile: {
      companyName: r.companyName,
      preferredLanguage: r.preferredLanguage ?? 'en-US',
      marketSegments: r.marketSegments,
      ...(r.address ? { address: r.address } : {}),
      contacts: r.contacts ?? [],
    },
    creationDate: r.creationDate ?? SEEDED_RESELLER_CREATION,
    status: r.status,
    links: { self: resellerLink(r.resellerId) },
  };
}

/** The segments a request names, each COM, EDU or GOV once (2135 otherwise); none sent is `none`. */
function requestedSegments(sent: string[] | undefined, none: MarketSegment[]): MarketSegment[] {
  if (!sent || sent.length === 0) return none;
  const unknown = sent.filter((s) => !SEGMENTS.includes(s as MarketSegment));
  if (unknown.length) {
    throw errors.invalidMarketSegment(['companyProfile.marketSegments'], `Invalid market segment used for reseller: ${unknown.join(', ')} (COM, EDU or GOV)`);
  }
  const twice = sent.findIndex((s, i) => sent.indexOf(s) !== i);
  if (twice >= 0) throw errorFor(errors.invalidFields, [{ path: `companyProfile.marketSegments[${twice}]`, reason: `repeats ${sent[twice]}` }]);
  return sent as MarketSegment[];
}

/** The profile's own checks, in Adobe's order: contacts and other fields (1117) before the address (1118). */
function checkProfile(profile: ProfileRequest, noSegments: MarketSegment[]): MarketSegment[] {
  assertContacts(profile.contacts);
  const segments = requestedSegments(profile.marketSegments, noSegments);
  const badAddress = addressProblems(profile.address);
  if (badAddress.length) throw errorFor(errors.invalidAddress, badAddress);
  return segments;
}

const profileFields = (profile: ProfileRequest) => ({
  companyName: profile.companyName,
  preferredLanguage: profile.preferredLanguage,
  address: profile.address,
  contacts: profile.contacts,
});

export interface CreateResellerContext {
  distributorId: string;
  resellerId: string;
  now: Date;
  activationDelayMs: number;
}

export function createReseller(request: CreateResellerRequest, ctx: CreateResellerContext): Reseller {
  if (request.distributorId !== ctx.distributorId) {
    throw errors.invalidDistributor(['distributorId'], `Invalid Distributor: ${request.distributorId} is not the caller's distributor`);
  }
  const marketSegments = checkProfile(request.companyProfile, ['COM']);
  return {
    resellerId: ctx.resellerId,
    distributorId: ctx.distributorId,
    status: PENDING,
    marketSegments,
    externalReferenceId: request.externalReferenceId ?? '',
    ...profileFields(request.companyProfile),
    creationDate: isoSeconds(ctx.now),
    activatesAt: new Date(ctx.now.getTime() + ctx.activationDelayMs).toISOString(),
  };
}

function fixedFieldProblems(reseller: Reseller, profile: ProfileRequest): Problem[] {
  const fixed: Array<[string, string, string | undefined]> = [
    ['companyProfile.companyName', profile.companyName, reseller.companyName],
    ['companyProfile.address.country', profile.address.country, reseller.address?.country],
    ['companyProfile.address.region', profile.address.region, reseller.address?.region],
  ];
  // A reseller seeded without an address takes the first one sent.
  return fixed.filter(([, sent, current]) => current !== undefined && sent !== current)
    .map(([path, , current]) => ({ path, reason: `must stay "${current}"` }));
}

/** PATCH replaces the profile; the reseller must be settled on the clock (resellerAt) first. */
export function updateReseller(reseller: Reseller, request: UpdateResellerRequest): Reseller {
  if (reseller.status === PENDING || reseller.status === BLOCKED) {
    throw errors.pendingOrBlocked(['status'], `Account cannot be updated while status is pending or blocked: reseller ${reseller.resellerId} is ${reseller.status}`);
  }
  const fixed = fixedFieldProblems(reseller, request.companyProfile);
  if (fixed.length) throw errorFor(errors.notEditable, fixed);
  // An update's empty list removes every segment (1134), where a create's means COM.
  const marketSegments = checkProfile(request.companyProfile, []);
  const removed = reseller.marketSegments.filter((s) => !marketSegments.includes(s));
  if (removed.length) {
    throw errors.invalidOperation(['INVALID_CUSTOMER_MARKET_SEGMENT'],
      `Invalid operation on path: the reseller's market segments cannot be removed (${removed.join(', ')})`);
  }
  return {
    ...reseller,
    ...profileFields(request.companyProfile),
    marketSegments,
    externalReferenceId: request.externalReferenceId ?? reseller.externalReferenceId ?? '',
  };
}

/**
 * The contacts as they persist: a person already known by email (a contact of this reseller, or of
 * any customer) keeps the name known; the request's names are only echoed in its own response.
 */
export function withKnownNames(contacts: Contact[], known: ReadonlyMap<string, Pick<Person, 'firstName' | 'lastName'>>): Contact[] {
  return contacts.map((c) => {
    const person = known.get(personKey(c.email));
    return person && (person.firstName !== c.firstName || person.lastName !== c.lastName) ? { ...c, firstName: person.firstName, lastName: person.lastName } : c;
  });
}
