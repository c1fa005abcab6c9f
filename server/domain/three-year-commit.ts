// Three-Year Commit (3YC): requests made through the API, the customer's answer, the lifecycle
// that time drives, and the discount levels of a commitment.
import { errorFor, errors, type Problem } from './errors.js';
import { assertNotLga } from './lga-errors.js';
import { addDays, addYears, isoDate } from './time.js';
import type {
  CommitmentTerm, Customer, Discount, MarketSegment, MinimumQuantity, OfferType, ThreeYearCommit,
} from './types.js';

export const MINIMUM_QUANTITY: Record<OfferType, number> = { LICENSE: 10, CONSUMABLES: 1000 };
export const REQUEST_EXPIRY_DAYS = 7;
export const COMPLIANCE_WINDOW_DAYS = 30;
export const RECOMMITMENT_WINDOW_DAYS = 30;

/** Production: 3YC requests expire after 7 days. Adobe's sandbox: they never expire. */
export type ThreeYearCommitMode = 'production' | 'sandbox';

const PENDING: ReadonlySet<string> = new Set(['REQUESTED', 'ACCEPTED']);
const IN_FORCE: ReadonlySet<string> = new Set(['COMMITTED', 'ACTIVE']);

export const emptyThreeYearCommit = (): ThreeYearCommit => ({
  commitment: null, commitmentRequest: null, recommitmentRequest: null, requestedAt: null, acceptedAt: null,
});

const isPending = (term: CommitmentTerm | null | undefined) => !!term && PENDING.has(term.status);
const isInForce = (term: CommitmentTerm | null | undefined) => !!term && IN_FORCE.has(term.status);

/** The customer has a 3YC commitment in force or a request under way (which excludes a linked membership). */
export function hasThreeYearCommit(customer: Customer): boolean {
  const tyc = customer.threeYearCommit;
  return !!tyc && (isInForce(tyc.commitment) || isPending(tyc.commitmentRequest) || isPending(tyc.recommitmentRequest));
}

function quantityProblems(quantities: MinimumQuantity[], path: string): { tooSmall: OfferType[]; invalid: Problem[] } {
  const tooSmall: OfferType[] = [];
  const invalid: Problem[] = [];
  const seen = new Set<OfferType>();
  quantities.forEach((q, i) => {
    if (seen.has(q.offerType)) invalid.push({ path: `${path}.minimumQuantities[${i}].offerType`, reason: `lists ${q.offerType} twice` });
    seen.add(q.offerType);
    if (q.quantity < MINIMUM_QUANTITY[q.offerType]) tooSmall.push(q.offerType);
  });
  return { tooSmall, invalid };
}

function checkQuantities(quantities: MinimumQuantity[], path: string): void {
  const { tooSmall, invalid } = quantityProblems(quantities, path);
  if (invalid.length) throw errorFor(errors.invalidFields, invalid);
  if (tooSmall.length) {
    const limits = tooSmall.map((t) => `${t} needs at least ${MINIMUM_QUANTITY[t]}`).join(', ');
    throw errors.minimumQuantity(tooSmall, `Minimum quantity out of range: ${limits}`);
  }
}

/** The end of a new term: two years after the anniversary (coterm) date, or three years from its start. */
function termEnd(start: string, cotermDate: string): string {
  return addDays(cotermDate ? addYears(cotermDate, 2) : addYears(start, 3), -1);
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
  let dates = { startDate: today, endDate: termEnd(today, customer.cotermDate) };
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

function commit(customer: Customer, tyc: ThreeYearCommit, term: CommitmentTerm, cotermDate: string, now: Date): Customer {
  const commitment: CommitmentTerm = { ...term, status: 'COMMITTED' };
  return {
    ...customer, cotermDate, discounts: withDiscounts(customer, commitment),
    threeYearCommit: { ...tyc, commitment, commitmentRequest: null, acceptedAt: tyc.acceptedAt ?? now.toISOString() },
  };
}

/**
 * The customer accepts the open request in Admin Console. A commitment request becomes COMMITTED
 * when the customer already owns the quantities, ACCEPTED otherwise; an accepted recommitment waits
 * for the current term to end. A customer without a coterm date gets one (a year out) and a
 * three-year term from today. Undefined when no request is open.
 */
export function acceptRequest(customer: Customer, ownsQuantities: boolean, now: Date): Customer | undefined {
  const tyc = customer.threeYearCommit;
  if (!tyc) return undefined;
  if (tyc.commitmentRequest?.status === 'REQUESTED') {
    const request = tyc.commitmentRequest;
    const today = isoDate(now);
    const cotermDate = customer.cotermDate || addYears(today, 1);
    const dates = isInForce(tyc.commitment) ? { startDate: request.startDate, endDate: request.endDate }
      : { startDate: today, endDate: customer.cotermDate ? request.endDate : addDays(addYears(today, 3), -1) };
    const accepted: ThreeYearCommit = { ...tyc, acceptedAt: now.toISOString() };
    if (ownsQuantities) return commit(customer, accepted, { ...request, ...dates }, cotermDate, now);
    return { ...customer, cotermDate, threeYearCommit: { ...accepted, commitmentRequest: { ...request, ...dates, status: 'ACCEPTED' } } };
  }
  if (tyc.recommitmentRequest?.status === 'REQUESTED') {
    return { ...customer, threeYearCommit: { ...tyc, recommitmentRequest: { ...tyc.recommitmentRequest, status: 'ACCEPTED' } } };
  }
  return undefined;
}

/** Orders reach the quantities of an ACCEPTED commitment request: it becomes the COMMITTED commitment. */
export function fulfilRequest(customer: Customer, now: Date): Customer | undefined {
  const tyc = customer.threeYearCommit;
  const request = tyc?.commitmentRequest;
  if (!tyc || request?.status !== 'ACCEPTED') return undefined;
  return commit(customer, tyc, request, customer.cotermDate, now);
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
  if (accepted?.status === 'ACCEPTED' && tyc.acceptedAt
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
