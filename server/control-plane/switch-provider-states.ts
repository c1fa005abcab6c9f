// Pact provider states of the mid-term switch: a customer holding a subscription that has upgrade
// paths. Each runs after the reset to the start fixtures.
import { CUSTOMER_PARAMS, seedCustomer, type ProviderState } from './provider-states.js';

/** The subscription id of the mid-term pages' switch examples. */
export const SWITCHABLE_SUBSCRIPTION = 'abfb5a4cb14561879af7204c7daee1NA';

export function switchProviderStates(): ProviderState[] {
  return [
    {
      state: 'a customer with a switchable subscription exists',
      description: `An active COM customer holding an active Photoshop subscription (${SWITCHABLE_SUBSCRIPTION}, 15 licences by default) with upgrade paths to Creative Cloud All Apps (partial allowed) and the Enterprise All Apps (full only).`,
      params: { ...CUSTOMER_PARAMS, subscriptionId: `the subscription id (default ${SWITCHABLE_SUBSCRIPTION})`, quantity: 'its licences (default 15)' },
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        await sim.controlPlane.seedSubscription(p.customerId ?? '9876543210', {
          subscriptionId: p.subscriptionId ?? SWITCHABLE_SUBSCRIPTION, offerId: '65304470CA01A12', currentQuantity: Number(p.quantity ?? 15),
        });
      },
    },
  ];
}
