// Pact provider states of renewals: a customer just before its anniversary with auto-renewal off,
// and one whose early renewal is done. Each runs after the reset to the start fixtures, so the
// first order placed is 5120000001.
import { addDays, isoDate } from '../domain/time.js';
import { CUSTOMER_PARAMS, partnerCall, seedCustomer, type Params, type ProviderState, type Sim } from './provider-states.js';

const ALL_APPS = '65304479CA01A12';
const customerOf = (p: Params) => p.customerId ?? '9876543210';

/** An active customer whose anniversary (and its subscription's renewal date) is `days` from today, holding 10 All Apps licences. */
async function customerBeforeAnniversary(sim: Sim, p: Params, days: number, autoRenewal: boolean): Promise<string> {
  const anniversary = addDays(isoDate(new Date((await sim.controlPlane.clock()).now)), days);
  await seedCustomer(sim, p, { cotermDate: anniversary });
  await sim.controlPlane.seedSubscription(customerOf(p), {
    offerId: ALL_APPS, currentQuantity: 10, renewalDate: anniversary, autoRenewal: { enabled: autoRenewal, renewalQuantity: 10 },
  });
  return anniversary;
}

export function renewalProviderStates(): ProviderState[] {
  return [
    {
      state: 'a customer 10 days before its anniversary with auto-renewal off',
      description: 'An active customer whose anniversary is 10 days away, holding 10 Creative Cloud All Apps licences (65304479CA01A12) with auto-renewal off: it is in the early renewal window, and its subscription expires on the anniversary unless renewed.',
      params: CUSTOMER_PARAMS,
      setup: async (sim, p) => { await customerBeforeAnniversary(sim, p, 10, false); },
    },
    {
      state: 'an early renewal done',
      description: 'An active customer 10 days before its anniversary whose 10 Creative Cloud All Apps licences were early renewed: RENEWAL order 5120000001 completed, the subscription shows renewedQuantity 10, the anniversary rolled a year on.',
      params: CUSTOMER_PARAMS,
      setup: async (sim, p) => {
        await customerBeforeAnniversary(sim, p, 10, true);
        const customerId = customerOf(p);
        const subscriptionId = (await sim.controlPlane.subscriptions(customerId))[0].subscriptionId;
        const response = await partnerCall(sim, 'vipm-sim-client', {
          operationId: 'createOrder', method: 'POST', path: `/v3/customers/${customerId}/orders`, params: { 'customer-id': customerId },
          headers: { 'x-correlation-id': `provider-state-renewal-${customerId}-${Date.now()}`, 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify({ orderType: 'RENEWAL', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: ALL_APPS, subscriptionId, quantity: 10 }] })),
        });
        if (response.status !== 201) throw new Error(`the state's renewal failed: ${response.body}`);
        await sim.controlPlane.updateOrder(customerId, JSON.parse(response.body).orderId, { status: '1000' });
      },
    },
  ];
}
