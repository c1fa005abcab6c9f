// A reseller as the state keeps it: the defaults a seed or a state document leaves out.
import { ACTIVE } from '../customers/account-status.js';
import type { Reseller } from '../types.js';

export type ResellerSeed = Partial<Reseller> & Pick<Reseller, 'resellerId' | 'distributorId'>;

/** Reseller ids the simulator gives: 10 digits, above every such id already taken (imported state may hold any id). */
const GIVEN_ID = /^\d{10}$/;
const FIRST_RESELLER_ID = 1_000_000_001;

/** The next reseller id to give: above every 10-digit numeric id of `ids`. */
export function nextResellerId(ids: Iterable<string>): number {
  let next = FIRST_RESELLER_ID;
  for (const id of ids) if (GIVEN_ID.test(id)) next = Math.max(next, Number(id) + 1);
  return next;
}

/** The sequence of reseller ids once `resellerId` is taken (a seeded id may be above it). */
export function afterResellerId(next: number | undefined, resellerId: string): number | undefined {
  return next === undefined ? undefined : Math.max(next, nextResellerId([resellerId]));
}

export function normalizeReseller(seed: ResellerSeed): Reseller {
  return {
    resellerId: seed.resellerId,
    distributorId: seed.distributorId,
    companyName: seed.companyName ?? `Reseller ${seed.resellerId}`,
    status: seed.status ?? ACTIVE,
    marketSegments: seed.marketSegments ?? ['COM'],
    ...accountFields(seed),
  };
}

const ACCOUNT_FIELDS = ['externalReferenceId', 'preferredLanguage', 'address', 'contacts', 'creationDate', 'activatesAt'] as const;

/** The partner API's account fields the seed has; a seed without them stays as small as it was. */
function accountFields(seed: ResellerSeed): Partial<Reseller> {
  return Object.fromEntries(ACCOUNT_FIELDS.filter((field) => seed[field] !== undefined).map((field) => [field, seed[field]]));
}
