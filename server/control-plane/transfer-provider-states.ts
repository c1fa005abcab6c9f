// Pact provider states of reseller change: a customer whose administrator has generated an
// approval code in Admin Console, and the reseller that will take it.
import { CUSTOMER_PARAMS, seedCustomer, type ProviderState } from './provider-states.js';

export function transferProviderStates(): ProviderState[] {
  return [
    {
      state: 'a customer with a valid reseller-change code',
      description: 'An active COM customer holding 10 Creative Cloud All Apps licences, whose administrator generated a reseller-change approval code (valid 7 days) in Admin Console, and another active reseller (COM, EDU) of distributor 5000000001 to take it.',
      params: {
        ...CUSTOMER_PARAMS,
        approvalCode: 'the 8-digit code (default 62159861)',
        newResellerId: 'the reseller that may take the customer (default 5556667779)',
      },
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        const customerId = p.customerId ?? '9876543210';
        const newResellerId = p.newResellerId ?? '5556667779';
        await sim.controlPlane.seedReseller(newResellerId, { distributorId: '5000000001', companyName: `Reseller ${newResellerId}`, status: '1000', marketSegments: ['COM', 'EDU'] });
        await sim.controlPlane.seedSubscription(customerId, { offerId: '65304479CA01A12', currentQuantity: 10 });
        await sim.controlPlane.invoke('generateResellerChangeCode', { path: { 'customer-id': customerId }, body: { code: p.approvalCode ?? '62159861' } });
      },
    },
  ];
}
