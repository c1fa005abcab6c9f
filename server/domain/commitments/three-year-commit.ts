// Three-Year Commit (3YC): requests made through the API, the customer's answer, the lifecycle
// that time drives, and the discount levels of a commitment.
import { PENDING } from '../customers/account-status.js';
import { errorFor, errors, type Problem } from '../protocol/errors.js';
import { assertNotLga } from './lga-errors.js';
import { addDays, addYears, isoDate } from '../time.js';
import type {
  CommitmentTerm, Customer, Discount, MarketSegment, MinimumQuantity, OfferType, ThreeYearCommit,
} from '../types.js';

export const MINIMUM_QUANTITY: Record<OfferType, number> = { LICENSE: 10, CONSUMABLES: 1000 };
export const REQUEST_EXPIRY_DAYS = 7;
export const COMPLIANCE_WINDOW_DAYS = 30;
export const RECOMMITMENT_WINDOW_DAYS = 30;
/** A 3YC entered within this many days before the anniversary gets a full three years after it. */
export const ANNIVERSARY_WINDOW_DAYS = 30;

/**
 * Production: REQUESTED 3YC requests expire after 7 days and ACCEPTED ones not fulfilled in 30 become
 * NONCOMPLIANT. Adobe's sandbox: "3YC requests will not expire in either scenario".
 */
export type ThreeYearCommitMode = 'production' | 'sandbox';

const OPEN_REQUEST: ReadonlySet<string> = new Set(['REQUESTED', 'ACCEPTED']);
const IN_FORCE: ReadonlySet<string> = new Set(['COMMITTED', 'ACTIVE']);

export const emptyThreeYearCommit = (): ThreeYearCommit => ({
  commitment: null, commitmentRequest: null, recommitmentRequest: null, requestedAt: null, acceptedAt: null,
});

const isPending = (term: CommitmentTerm | null | undefined) => !!term && OPEN_REQUEST.has(term.status);
const isInForce = (term: CommitmentTerm | null | undefined) => !!term && IN_FORCE.has(term.status);

/** The customer has a 3YC commitment in force or a request under way (which excludes a linked membership). */
export function hasThreeYearCommit(customer: Customer): boolean {
  const tyc = customer.threeYearCommit;
  return !!tyc && (isInForce(tyc.commitment) || isPending(tyc.commitmentRequest) || isPending(tyc.recommitmentRequest));
}

/**
 * The same offer type twice is 1117. Below the lowest quantities of Adobe's 3YC discount tables
 * (LICENSE level 12/02 from 10, CONSUMABLES tier TB from 1,000) a commitment earns no 3YC level:
 * 1135, whose message names LICENSE or CONSUMABLES, as partners' clients read it.
 */
function checkQuantities(quantities: MinimumQuantity[], path: string): void {
  const repeated: Problem[] = [];
  const seen = new Set<OfferType>();
  quantities.forEach((q, i) => {
    if (seen.has(q.offerType)) repeated.push({ path: `${path}.minimumQuantities[${i}].offerType`, reason: `lists ${q.offerType} twice` });
    seen.add(q.offerType);
  });
  if (repeated.length) throw errorFor(errors.invalidFields, repeated);
  const below = quantities.flatMap((q, i) => (q.quantity < MINIMUM_QUANTITY[q.offerType]
    ? [{ path: `${path}.minimumQuantities[${i}].quantity`, reason: `is ${q.quantity} ${q.offerType}, below the 3YC minimum of ${MINIMUM_QUANTITY[q.offerType]} ${q.offerType}` }]
    : []));
  if (below.length) throw errorFor(errors.invalidMinimumQuantity, below);
}

/**
 * The term of a 3YC the customer enters today (rules in force since June 1, 2025): within the 30
 * days before the anniversary (cotermDate) it ends the day before the 4th anniversary of the join
 * date, i.e. three years after the coming anniversary; at any other time the day before the 3rd
 * anniversary of its start. Without a cotermDate (no order yet) it ends 3 years from today.
 */
export function termDates(today: string, cotermDate: string): { startDate: string; endDate: string } {
  if (!cotermDate) return { startDate: today, endDate: addYears(today, 3) };
  const beforeAnniversary = today >= addDays(cotermDate, -ANNIVERSARY_WINDOW_DAYS) && today < cotermDate;
  return { startDate: today, endDate: addDays(addYears(beforeAnniversary ? cotermDate : today, 3), -1) };
}

/**
 * A `commitmentRequest` through the API: a new 3YC, or an increase of the one in force. It replaces
 * any earlier commitment request. `path` names the request in error details.
 */
export function requestCommitment(customer: Customer, quantities: MinimumQuantity[], now: Date, path: string): ThreeYearCommit {
  assertNotLga(customer);
  const tyc = customer.threeYearCommit ?? emptyThreeYearCommit();
  if (customer.linkedMembership) {
    throw errorFor(errors.invalidFields, [{ path, reason: 'is not allowed: 3YC and Linked Membership are mutually exclusive' }]);
  }
  if (isPending(tyc.recommitmentRequest)) {
    throw errorFor(errors.invalidFields, [{ path, reason: 'is not allowed while a recommitment request is open' }]);
  }
  checkQuantities(quantities, path);
  const today = isoDate(now);
  let dates = termDates(today, customer.cotermDate);
  if (isInForce(tyc.commitment)) {
    const committed = tyc.commitment!;
    const problems = increaseProblems(committed.minimumQuantities, quantities, path);
    if (problems.length) throw errorFor(errors.invalidFields, problems);
    dates = { startDate: committed.startDate, endDate: committed.endDate };
  }
  return {
    ...tyc,
    commitmentRequest: { ...dates, status: 'REQUESTED', minimumQuantities: quantities },
    requestedAt: now.toISOString(),
    acceptedAt: null,
  };
}

function increaseProblems(committed: MinimumQuantity[], requested: MinimumQuantity[], path: string): Problem[] {
  const problems: Problem[] = [];
  let increases = false;
  for (const c of committed) {
    const r = requested.find((q) => q.offerType === c.offerType);
    if (!r) problems.push({ path: `${path}.minimumQuantities`, reason: `must list the committed ${c.offerType} quantity again` });
    else if (r.quantity < c.quantity) problems.push({ path: `${path}.minimumQuantities`, reason: `cannot lower ${c.offerType} below the committed ${c.quantity}` });
    else if (r.quantity > c.quantity) increases = true;
  }
  if (requested.some((r) => !committed.some((c) => c.offerType === r.offerType))) increases = true;
  if (!problems.length && !increases) {
    problems.push({ path: `${path}.minimumQuantities`, reason: 'must increase a quantity or add an offer type to the commitment in force' });
  }
  return problems;
}

/**
 * A `recommitmentRequest`: only while the commitment is COMMITTED, in its last 30 days, and with
 * no commitment request open. It replaces any earlier recommitment request.
 */
export function requestRecommitment(customer: Customer, quantities: MinimumQuantity[], now: Date, path: string): ThreeYearCommit {
  assertNotLga(customer);
  const tyc = customer.threeYearCommit ?? emptyThreeYearCommit();
  const commitment = tyc.commitment;
  if (!commitment || commitment.status !== 'COMMITTED') {
    throw errorFor(errors.invalidFields, [{ path, reason: `is only allowed when the commitment is COMMITTED (it is ${commitment?.status ?? 'absent'})` }]);
  }
  if (isPending(tyc.commitmentRequest)) {
    throw errorFor(errors.invalidFields, [{ path, reason: 'is not allowed while a commitment request is open' }]);
  }
  const today = isoDate(now);
  const windowOpens = addDays(commitment.endDate, -RECOMMITMENT_WINDOW_DAYS);
  if (today < windowOpens || today > commitment.endDate) {
    throw errorFor(errors.invalidFields, [{ path, reason: `is only allowed from ${windowOpens} to ${commitment.endDate}, the last ${RECOMMITMENT_WINDOW_DAYS} days of the commitment` }]);
  }
  checkQuantities(quantities, path);
  const startDate = addDays(commitment.endDate, 1);
  return {
    ...tyc,
    recommitmentRequest: { startDate, endDate: addDays(addYears(startDate, 3), -1), status: 'REQUESTED', minimumQuantities: quantities },
    requestedAt: now.toISOString(),
  };
}

const LICENSE_LEVELS: Record<'EDU' | 'OTHER', [string, string, string]> = { EDU: ['02', '03', '04'], OTHER: ['12', '13', '14'] };
const CONSUMABLE_TIERS: [number, string][] = [[100_000, 'TG'], [50_000, 'TF'], [15_000, 'TE'], [5_000, 'TD'], [2_500, 'TC'], [1_000, 'TB']];

/** Discount levels of a 3YC commitment with these minimum quantities (Adobe's 3YC tables). */
export function commitmentDiscounts(segment: MarketSegment, quantities: MinimumQuantity[]): Discount[] {
  return quantities.map((q): Discount => {
    if (q.offerType === 'LICENSE') {
      const levels = LICENSE_LEVELS[segment === 'EDU' ? 'EDU' : 'OTHER'];
      return { offerType: 'LICENSE', level: q.quantity >= 100 ? levels[2] : q.quantity >= 50 ? levels[1] : levels[0] };
    }
    return { offerType: 'CONSUMABLES', level: CONSUMABLE_TIERS.find(([min]) => q.quantity >= min)?.[1] ?? 'T1' };
  });
}

function withDiscounts(customer: Customer, commitment: CommitmentTerm): Discount[] {
  const committed = commitmentDiscounts(customer.companyProfile.marketSegment, commitment.minimumQuantities);
  const others = customer.discounts.filter((d) => !committed.some((c) => c.offerType === d.offerType));
  return [...others, ...committed];
}

/** A quantity per offer type, the later entries adding to the earlier ones. */
function tally(...lists: MinimumQuantity[][]): Map<OfferType, number> {
  const sums = new Map<OfferType, number>();
  for (const q of lists.flat()) sums.set(q.offerType, (sums.get(q.offerType) ?? 0) + q.quantity);
  return sums;
}

/**
 * Moves the offer types of the open commitment request listed in `met` into the commitment
 * (COMMITTED, with their 3YC discount levels); the other types stay in the request. The request
 * is null once every type is committed (Adobe's "MPQ for multiple offer types").
 */
function commitTypes(customer: Customer, tyc: ThreeYearCommit, request: CommitmentTerm, met: ReadonlySet<OfferType>, cotermDate: string, now: Date): Customer {
  const moving = request.minimumQuantities.filter((q) => met.has(q.offerType));
  const staying = request.minimumQuantities.filter((q) => !met.has(q.offerType));
  const kept = isInForce(tyc.commitment) ? tyc.commitment!.minimumQuantities.filter((q) => !met.has(q.offerType)) : [];
  const commitment: CommitmentTerm = { startDate: request.startDate, endDate: request.endDate, status: 'COMMITTED', minimumQuantities: [...kept, ...moving] };
  const open = staying.length ? { ...request, minimumQuantities: staying } : null;
  return {
    ...customer, cotermDate, discounts: withDiscounts(customer, commitment),
    threeYearCommit: {
      ...tyc, commitment, commitmentRequest: open, acceptedAt: tyc.acceptedAt ?? now.toISOString(),
      orderedQuantities: open ? tyc.orderedQuantities ?? [] : [],
    },
  };
}

const allTypes = (term: CommitmentTerm) => new Set(term.minimumQuantities.map((q) => q.offerType));

/**
 * The customer accepts the open request in Admin Console, which Adobe offers only once the account
 * is active. A commitment request becomes COMMITTED when the customer already owns the quantities,
 * ACCEPTED otherwise; a new 3YC's term is counted from the acceptance (termDates), and a customer
 * without a cotermDate gets one a year out. An accepted recommitment waits for the current term to
 * end. Undefined when no request is open.
 */
export function acceptRequest(customer: Customer, ownsQuantities: boolean, now: Date): Customer | undefined {
  const tyc = customer.threeYearCommit;
  if (!tyc) return undefined;
  const open = tyc.commitmentRequest?.status === 'REQUESTED' || tyc.recommitmentRequest?.status === 'REQUESTED';
  if (open && customer.status === PENDING) {
    throw errors.invalidFields(['status'], 'Some fields are invalid: the customer is pending (1002); the 3YC acceptance starts once the account is active');
  }
  if (tyc.commitmentRequest?.status === 'REQUESTED') {
    const request = tyc.commitmentRequest;
    const today = isoDate(now);
    const dates = isInForce(tyc.commitment) ? { startDate: request.startDate, endDate: request.endDate } : termDates(today, customer.cotermDate);
    const cotermDate = customer.cotermDate || addYears(today, 1);
    const accepted: ThreeYearCommit = { ...tyc, acceptedAt: now.toISOString(), orderedQuantities: [] };
    const term = { ...request, ...dates };
    if (ownsQuantities) return commitTypes(customer, accepted, term, allTypes(term), cotermDate, now);
    return { ...customer, cotermDate, threeYearCommit: { ...accepted, commitmentRequest: { ...term, status: 'ACCEPTED' } } };
  }
  if (tyc.recommitmentRequest?.status === 'REQUESTED') {
    return { ...customer, threeYearCommit: { ...tyc, recommitmentRequest: { ...tyc.recommitmentRequest, status: 'ACCEPTED' } } };
  }
  return undefined;
}

/**
 * The customer orders for an ACCEPTED commitment request. Without `ordered`, the orders reach every
 * quantity. With it, the ordered quantities add up across calls; an offer type is committed once
 * what the customer owns (its quantity in force plus what was ordered) reaches the request's, and
 * the others stay in the request. Undefined when no request is ACCEPTED.
 */
export function fulfilRequest(customer: Customer, now: Date, ordered?: MinimumQuantity[]): Customer | undefined {
  const tyc = customer.threeYearCommit;
  const request = tyc?.commitmentRequest;
  if (!tyc || request?.status !== 'ACCEPTED') return undefined;
  if (!ordered) return commitTypes(customer, tyc, request, allTypes(request), customer.cotermDate, now);
  const orderedQuantities = [...tally(tyc.orderedQuantities ?? [], ordered)].map(([offerType, quantity]) => ({ offerType, quantity }));
  const owned = tally(isInForce(tyc.commitment) ? tyc.commitment!.minimumQuantities : [], orderedQuantities);
  const met = new Set(request.minimumQuantities.filter((q) => (owned.get(q.offerType) ?? 0) >= q.quantity).map((q) => q.offerType));
  const counted = { ...tyc, orderedQuantities };
  if (!met.size) return { ...customer, threeYearCommit: counted };
  return commitTypes(customer, counted, request, met, customer.cotermDate, now);
}

/** The customer declines the open request. Undefined when no request is open. */
export function declineRequest(customer: Customer): Customer | undefined {
  const tyc = customer.threeYearCommit;
  if (!tyc) return undefined;
  for (const key of ['commitmentRequest', 'recommitmentRequest'] as const) {
    const term = tyc[key];
    if (term?.status === 'REQUESTED') return { ...customer, threeYearCommit: { ...tyc, [key]: { ...term, status: 'DECLINED' } } };
  }
  return undefined;
}

/** What time does to a customer's 3YC: requests expire, terms end, recommitments take effect. */
export function advanceThreeYearCommit(customer: Customer, now: Date, mode: ThreeYearCommitMode): Customer {
  let tyc = customer.threeYearCommit;
  if (!tyc) return customer;
  let discounts = customer.discounts;
  const today = isoDate(now);
  const expiryPassed = !!tyc.requestedAt && now.getTime() - Date.parse(tyc.requestedAt) >= REQUEST_EXPIRY_DAYS * 86_400_000;
  if (mode === 'production' && expiryPassed) {
    for (const key of ['commitmentRequest', 'recommitmentRequest'] as const) {
      if (tyc[key]?.status === 'REQUESTED') tyc = { ...tyc, [key]: { ...tyc[key]!, status: 'EXPIRED' } };
    }
  }
  const accepted = tyc.commitmentRequest;
  if (mode === 'production' && accepted?.status === 'ACCEPTED' && tyc.acceptedAt
    && now.getTime() - Date.parse(tyc.acceptedAt) >= COMPLIANCE_WINDOW_DAYS * 86_400_000) {
    tyc = { ...tyc, commitmentRequest: { ...accepted, status: 'NONCOMPLIANT' } };
  }
  const commitment = tyc.commitment;
  if (commitment && isInForce(commitment) && today > commitment.endDate) {
    const next = tyc.recommitmentRequest;
    if (next?.status === 'ACCEPTED') {
      const renewed: CommitmentTerm = { ...next, status: 'COMMITTED' };
      tyc = { ...tyc, commitment: renewed, recommitmentRequest: null };
      discounts = withDiscounts(customer, renewed);
    } else {
      tyc = { ...tyc, commitment: { ...commitment, status: 'EXPIRED' } };
      discounts = discounts.map((d) => ({ ...d, level: d.offerType === 'LICENSE' ? '01' : 'T1' }));
    }
  }
  return tyc === customer.threeYearCommit ? customer : { ...customer, threeYearCommit: tyc, discounts };
}
