// Pact provider states of reseller change: a customer whose administrator has generated an
// approval code in Admin Console, and the reseller that will take it.
import { CUSTOMER_PARAMS, partnerCall, seedCustomer, type Params, type ProviderState, type Sim } from './provider-states.js';

/** A function: this module is loaded while provider-states.ts, which it imports, is still loading. */
const codeParams = () => ({
  ...CUSTOMER_PARAMS,
  approvalCode: 'the 8-digit code (default 62159861)',
  newResellerId: 'the reseller that may take the customer (default 5556667779)',
});

async function customerWithCode(sim: Sim, p: Params) {
  await seedCustomer(sim, p);
  const customerId = p.customerId ?? '9876543210';
  const newResellerId = p.newResellerId ?? '5556667779';
  await sim.controlPlane.seedReseller(newResellerId, { distributorId: '5000000001', companyName: `Reseller ${newResellerId}`, status: '1000', marketSegments: ['COM', 'EDU'] });
  await sim.controlPlane.seedSubscription(customerId, { offerId: '65304479CA01A12', currentQuantity: 10 });
  await sim.controlPlane.invoke('generateResellerChangeCode', { path: { 'customer-id': customerId }, body: { code: p.approvalCode ?? '62159861' } });
}

export function transferProviderStates(): ProviderState[] {
  return [
    {
      state: 'a customer with a valid reseller-change code',
      description: 'An active COM customer holding 10 Creative Cloud All Apps licences, whose administrator generated a reseller-change approval code (valid 7 days) in Admin Console, and another active reseller (COM, EDU) of distributor 5000000001 to take it.',
      params: codeParams(),
      setup: customerWithCode,
    },
    {
      state: 'a committed reseller change exists',
      description: 'The customer of the state above, moved to the new reseller by a COMMIT with its code: the transfer is 1100000001 on the default fixtures.',
      params: codeParams(),
      setup: async (sim, p) => {
        await customerWithCode(sim, p);
        const body = { type: 'RESELLER_CHANGE', action: 'COMMIT', approvalCode: p.approvalCode ?? '62159861', resellerId: p.newResellerId ?? '5556667779' };
        const response = await partnerCall(sim, 'vipm-sim-client', {
          operationId: 'createResellerTransfer', method: 'POST', path: '/v3/transfers', params: {},
          headers: { 'x-correlation-id': `provider-state-transfer-${Date.now()}`, 'content-type': 'application/json' },
          body: Buffer.from(JSON.stringify(body)),
        });
        if (response.status !== 201) throw new Error(`the state's transfer failed: ${response.body}`);
      },
    },
  ];
}
