// A PREVIEW for a customer that does not exist yet. Production clients price a draft order before
// creating the customer, with fixed fake ids (`1234567890`, `1234567890EDU`, `1234567890GOV`),
// and Adobe answers them (docs/rules.md ORD-24): the order is previewed for a new customer of the
// caller's distributor — its country, level 01, nothing held — in the segment the id ends with.
import { ACTIVE } from '../customers/account-status.js';
import { withLicenseLevel } from '../commitments/lga.js';
import { isoSeconds } from '../time.js';
import type { Customer, Distributor, MarketSegment, Reseller } from '../types.js';

/** The segment a prospect's id names by its ending (`…EDU`, `…GOV`); COM otherwise, as for a customer created without one. */
export function prospectSegment(customerId: string): MarketSegment {
  const ending = customerId.slice(-3).toUpperCase();
  return ending === 'EDU' || ending === 'GOV' ? ending : 'COM';
}

/** The customer a PREVIEW prices for when the id is no customer of the caller's, and a reseller selling what the distributor sells. */
export function prospectCustomer(customerId: string, distributor: Distributor, distributorSegments: MarketSegment[], now: Date): { customer: Customer; reseller: Reseller } {
  const reseller: Reseller = { resellerId: '', distributorId: distributor.distributorId, companyName: '', status: ACTIVE, marketSegments: distributorSegments };
  const customer: Customer = {
    customerId, resellerId: '', externalReferenceId: '', status: ACTIVE, activatesAt: null, globalSalesEnabled: false, globalSalesEligible: false,
    companyProfile: {
      companyName: '', preferredLanguage: 'en-US', marketSegment: prospectSegment(customerId), marketSubSegments: [], contacts: [],
      address: { country: distributor.country, region: '', city: '', addressLine1: '', postalCode: '', phoneNumber: '' },
    },
    discounts: withLicenseLevel([{ offerType: 'CONSUMABLES', level: 'T1' }], '01'),
    tags: [], cotermDate: '', creationDate: isoSeconds(now), activeSubscriptions: 0, threeYearCommit: null, linkedMembership: null,
    admins: [], lga: null, subscriptions: { renewalQuantity: 0, teamOrConsumablesAutoRenewal: false }, openAcquisitions: [],
  };
  return { customer, reseller };
}
