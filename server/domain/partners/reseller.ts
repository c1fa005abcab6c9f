// A reseller as the state keeps it: the defaults a seed or a state document leaves out.
import { ACTIVE } from '../customers/account-status.js';
import type { Reseller } from '../types.js';

export type ResellerSeed = Partial<Reseller> & Pick<Reseller, 'resellerId' | 'distributorId'>;

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
