// Pact provider state of global sales: a customer enabled for global sales with one active
// deployment abroad, so a pact can read, list, update and order for it.
import { CUSTOMER_PARAMS, seedCustomer, type ProviderState } from './provider-states.js';

export const STATE_DEPLOYMENT_ID = '3454000001';
export const STATE_DEPLOYMENT_ADDRESS = { country: 'GB', region: 'LND', city: 'London', addressLine1: '1 Fleet Street', postalCode: 'EC4Y 1AA', phoneNumber: '020-7946-0000' };

export function deploymentProviderStates(): ProviderState[] {
  return [
    {
      state: 'a global customer with a deployment',
      description: `An active COM customer (US) enabled for global sales, of distributor 5000000001 (enabled for it), with one active deployment in GB (deploymentId param, default ${STATE_DEPLOYMENT_ID}).`,
      params: { ...CUSTOMER_PARAMS, deploymentId: `default ${STATE_DEPLOYMENT_ID}` },
      setup: (sim, p) => seedCustomer(sim, p, {
        globalSalesEnabled: true,
        deployments: [{ deploymentId: p.deploymentId ?? STATE_DEPLOYMENT_ID, companyProfile: { address: STATE_DEPLOYMENT_ADDRESS }, creationDate: '2019-05-02T22:49:52Z', status: '1000' }],
      }),
    },
  ];
}
