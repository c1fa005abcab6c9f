// The customer resource as the API shows it, and what time does to a customer.
import { allAddressProblems } from './address.js';
import { advanceLga, lgaBenefits } from '../commitments/lga.js';
import { dropExpiredAcquisitions } from '../commitments/open-acquisitions.js';
import { advanceThreeYearCommit, type ThreeYearCommitMode } from '../commitments/three-year-commit.js';
import type { CommitmentTerm, Customer } from '../types.js';

export const ACTIVE = '1000';
export const PENDING = '1002';
export const BLOCKED = '1012';
export const INVALID_ADDRESS = '1010';

export interface CustomerView {
  externalReferenceId: string;
  customerId: string;
  resellerId: string;
  globalSalesEnabled: boolean;
  status: string;
  companyProfile: Customer['companyProfile'];
  discounts: Customer['discounts'];
  tags: string[];
  cotermDate: string;
  creationDate: string;
  benefits: Array<{ type: 'THREE_YEAR_COMMIT'; commitment: CommitmentTerm | null; commitmentRequest: CommitmentTerm | null; recommitmentRequest: CommitmentTerm | null }
    | ReturnType<typeof lgaBenefits>[number]>;
  linkedMembership?: NonNullable<Customer['linkedMembership']>;
  links: { self: { uri: string; method: 'GET'; headers: [] } };
}

export const customerLink = (customerId: string) => ({ uri: `/v3/customers/${customerId}`, method: 'GET' as const, headers: [] as [] });

export function customerView(c: Customer): CustomerView {
  const tyc = c.threeYearCommit;
  const view: CustomerView = {
    externalReferenceId: c.externalReferenceId,
    customerId: c.customerId,
    resellerId: c.resellerId,
    globalSalesEnabled: c.globalSalesEnabled,
    status: c.status,
    companyProfile: c.companyProfile,
    discounts: c.discounts,
    tags: c.tags,
    cotermDate: c.cotermDate,
    creationDate: c.creationDate,
    benefits: [
      ...(tyc && (tyc.commitment || tyc.commitmentRequest || tyc.recommitmentRequest)
        ? [{ type: 'THREE_YEAR_COMMIT' as const, commitment: tyc.commitment, commitmentRequest: tyc.commitmentRequest, recommitmentRequest: tyc.recommitmentRequest }]
        : []),
      ...lgaBenefits(c),
    ],
    links: { self: customerLink(c.customerId) },
  };
  if (c.linkedMembership) view.linkedMembership = c.linkedMembership;
  return view;
}

/** A record stored before the LGA, subscription and open-acquisition fields existed reads with their defaults. */
function withLgaDefaults(c: Customer): Customer {
  if (c.lga !== undefined && c.subscriptions && c.openAcquisitions) return c;
  return { ...c, lga: c.lga ?? null, subscriptions: c.subscriptions ?? { renewalQuantity: 0, teamOrConsumablesAutoRenewal: false }, openAcquisitions: c.openAcquisitions ?? [] };
}

export interface LifecycleSettings {
  threeYearCommitMode: ThreeYearCommitMode;
}

/** Adobe's final validation of a pending customer: active, or inactive for an invalid address. */
export function activationStatus(c: Customer): typeof ACTIVE | typeof INVALID_ADDRESS {
  return allAddressProblems(c.companyProfile.address).length ? INVALID_ADDRESS : ACTIVE;
}

/** Applies everything time has done to the customer since it was last stored. */
export function customerAt(customer: Customer, now: Date, settings: LifecycleSettings): Customer {
  let c = withLgaDefaults(customer);
  if (c.status === PENDING && c.activatesAt && now.getTime() >= Date.parse(c.activatesAt)) {
    c = { ...c, status: activationStatus(c), activatesAt: null };
  }
  return dropExpiredAcquisitions(advanceLga(advanceThreeYearCommit(c, now, settings.threeYearCommitMode), now), now);
}

/**
 * A customer as the control plane edits it: the fields sent replace the stored ones, and a status
 * other than pending drops a pending activation unless the edit sets one itself.
 */
export function editedCustomer(current: Customer, patch: Partial<Customer>, marketSubSegments?: string[]): Customer {
  let customer = { ...current, ...patch };
  if (marketSubSegments) customer = { ...customer, companyProfile: { ...customer.companyProfile, marketSubSegments } };
  if (patch.status && patch.status !== PENDING && patch.activatesAt === undefined) customer = { ...customer, activatesAt: null };
  return customer;
}
