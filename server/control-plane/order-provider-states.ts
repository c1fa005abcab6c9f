// Pact provider states of the purchase flow: a customer holding subscriptions, an order still
// returnable, an order that will fail. Each runs after the reset to the start fixtures, so the
// first order placed is 5120000001 (unless the fixtures hold orders of their own).
import { errors } from '../domain/protocol/errors.js';
import { defaultCatalogue } from '../startup/catalogue-file.js';
import { offerIdOf } from '../domain/catalogue/catalogue.js';
import { CUSTOMER_PARAMS, partnerCall, seedCustomer, type Params, type ProviderState, type Sim } from './provider-states.js';

/** Places a NEW order of `quantity` Creative Cloud All Apps licences through the partner API; answers its id. */
async function placeOrder(sim: Sim, customerId: string, quantity: number): Promise<string> {
  const response = await partnerCall(sim, 'vipm-sim-client', {
    operationId: 'createOrder', method: 'POST', path: `/v3/customers/${customerId}/orders`, params: { 'customer-id': customerId },
    headers: { 'x-correlation-id': `provider-state-${customerId}-${Date.now()}`, 'content-type': 'application/json' },
    body: Buffer.from(JSON.stringify({ orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity }] })),
  });
  if (response.status !== 201) throw new Error(`the state's order failed: ${response.body}`);
  return JSON.parse(response.body).orderId;
}

/** The COM licence offers of the catalogue a seeded customer can hold, at their base level. */
async function comLicenceOffers(sim: Sim): Promise<string[]> {
  const catalogue = (await sim.controlPlane.state()).catalogue ?? defaultCatalogue();
  return catalogue.products.filter((p) => p.offerType === 'LICENSE' && p.segments.COM).map((p) => offerIdOf(p, 'COM', '01'));
}

const customerOf = (p: Params) => p.customerId ?? '9876543210';

export function orderProviderStates(): ProviderState[] {
  return [
    {
      state: 'a customer with active subscriptions exists', description: 'An active customer holding active subscriptions (10 licences each, of different COM products): its segment cannot change.',
      params: { ...CUSTOMER_PARAMS, activeSubscriptions: 'how many (default 3; at most the COM licence products of the catalogue, 5 by default)' },
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        const offers = await comLicenceOffers(sim);
        const count = Number(p.activeSubscriptions ?? 3);
        if (!Number.isInteger(count) || count < 0 || count > offers.length) {
          throw errors.invalidFields(['params.activeSubscriptions'], `Some fields are invalid: params.activeSubscriptions must be 0 to ${offers.length}`);
        }
        for (const offerId of offers.slice(0, count)) await sim.controlPlane.seedSubscription(customerOf(p), { offerId, currentQuantity: 10 });
      },
    },
    {
      state: 'an order within the return window exists', description: 'An active customer with a completed NEW order 5120000001 (5 Creative Cloud All Apps licences) placed a day ago: it can be returned.',
      params: CUSTOMER_PARAMS,
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        const orderId = await placeOrder(sim, customerOf(p), 5);
        await sim.controlPlane.updateOrder(customerOf(p), orderId, { status: '1000' });
        const dayAgo = new Date(Date.parse((await sim.controlPlane.clock()).now) - 86_400_000).toISOString();
        await sim.controlPlane.updateOrder(customerOf(p), orderId, { creationDate: dayAgo });
      },
    },
    {
      state: 'an order that will fail exists', description: 'An active customer with an open NEW order 5120000001 that fails (status param, default 1004) when it settles, after the order delay.',
      params: { ...CUSTOMER_PARAMS, status: 'the failure status (default 1004)' },
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        // The control plane checks the status against its contract (400 1117 naming it otherwise).
        await sim.controlPlane.failNextOrder(customerOf(p), (p.status ?? '1004') as Parameters<Sim['controlPlane']['failNextOrder']>[1]);
        await placeOrder(sim, customerOf(p), 5);
      },
    },
  ];
}
