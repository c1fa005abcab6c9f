// Pact provider states of flexible discounts: a subscription bought with a one-time discount (the
// code is used up for that customer: a second use is 2142). Each runs after the reset to the start
// fixtures, whose discounts include the one-time SUMMER_SALE_123.
import { CUSTOMER_PARAMS, partnerCall, seedCustomer, type ProviderState } from './provider-states.js';

export const ONE_TIME_CODE = 'SUMMER_SALE_123';

export function flexDiscountProviderStates(): ProviderState[] {
  return [
    {
      state: 'a subscription with a one-time discount exists',
      description: `An active COM customer in the US holding a Creative Cloud All Apps subscription (5 licences) from a completed NEW order that used the one-time discount ${ONE_TIME_CODE} (param code), which the subscription's autoRenewal also names.`,
      params: { ...CUSTOMER_PARAMS, code: `the one-time discount code (default ${ONE_TIME_CODE})` },
      setup: async (sim, p) => {
        await seedCustomer(sim, p);
        const customerId = p.customerId ?? '9876543210';
        const code = p.code ?? ONE_TIME_CODE;
        const call = (operationId: 'createOrder' | 'updateSubscription', method: string, path: string, params: Record<string, string>, body: unknown) => partnerCall(sim, 'vipm-sim-client', {
          operationId, method, path, params,
          headers: { 'x-correlation-id': `provider-state-${operationId}-${customerId}-${Date.now()}`, 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify(body)),
        });
        const placed = await call('createOrder', 'POST', `/v3/customers/${customerId}/orders`, { 'customer-id': customerId },
          { orderType: 'NEW', currencyCode: 'USD', lineItems: [{ extLineItemNumber: 1, offerId: '65304479CA01A12', quantity: 5, flexDiscountCodes: [code] }] });
        if (placed.status !== 201) throw new Error(`the state's order failed: ${placed.body}`);
        await sim.controlPlane.updateOrder(customerId, JSON.parse(placed.body).orderId, { status: '1000' });
        const [subscription] = await sim.controlPlane.subscriptions(customerId);
        const opted = await call('updateSubscription', 'PATCH', `/v3/customers/${customerId}/subscriptions/${subscription.subscriptionId}`,
          { 'customer-id': customerId, 'subscription-id': subscription.subscriptionId }, { autoRenewal: { flexDiscountCodes: [code] } });
        if (opted.status !== 200) throw new Error(`the state's subscription update failed: ${opted.body}`);
      },
    },
  ];
}
