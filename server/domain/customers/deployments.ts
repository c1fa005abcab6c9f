// Deployments of a global customer (docs/deployment-management/): addresses outside the customer's
// country where it uses what it buys there. Created only for a customer enabled for global sales
// by a distributor enabled for it (1139, 1140), never in the customer's own country (1141); the
// country never changes; a deployment with active subscriptions cannot be deactivated.
import type { PartnerSchema } from '../../api-types/operation-types.js';
import { isoSeconds } from '../time.js';
import { errorFor, errors } from '../protocol/errors.js';
import { addressProblems } from './address.js';
import { deploymentErrors } from './deployment-errors.js';
import type { Address, Customer, Deployment, Distributor } from '../types.js';

export type CreateDeploymentRequest = PartnerSchema<'CreateDeploymentRequest'>;
export type UpdateDeploymentRequest = PartnerSchema<'UpdateDeploymentRequest'>;

export const DEPLOYMENT_ACTIVE = '1000' as const;
export const DEPLOYMENT_INACTIVE = '1004' as const;
/** Deployments a customer may have: bounds the record and every list of it (docs/rules.md DEP-01). */
export const MAX_DEPLOYMENTS = 100;
export const DEFAULT_DEPLOYMENT_LIMIT = 25;

export const deploymentLink = (customerId: string, deploymentId: string) =>
  ({ uri: `/v3/customers/${customerId}/deployments/${deploymentId}`, method: 'GET' as const, headers: [] as [] });

export const deploymentsOf = (customer: Customer): Deployment[] => customer.deployments ?? [];

export function deploymentView(customerId: string, d: Deployment) {
  return { deploymentId: d.deploymentId, companyProfile: d.companyProfile, creationDate: d.creationDate, status: d.status, links: { self: deploymentLink(customerId, d.deploymentId) } };
}

/** Global sales as a deployment needs it: the direct partner (1139), then the customer (1140). */
export function assertGlobalCustomer(customer: Customer, distributor: Distributor, details: string[]): void {
  if (!distributor.globalSalesEnabled) throw errors.partnerNotGlobal(details, `Partner is not enabled for global sales: distributor ${distributor.distributorId}`);
  if (!customer.globalSalesEnabled) throw errors.customerNotGlobal(details, `Customer is not enabled for global sales: ${customer.customerId}`);
}

function checkAddress(address: Address, customer: Customer): void {
  const problems = addressProblems(address);
  if (problems.length) throw errorFor(errors.invalidAddress, problems);
  if (address.country === customer.companyProfile.address.country) {
    throw deploymentErrors.sameCountry(['companyProfile.address.country'], `${address.country} is the customer's own country`);
  }
}

/** The customer with a new active deployment (1139, 1140, 1118, 1141, 1117 past MAX_DEPLOYMENTS). */
export function createDeployment(customer: Customer, distributor: Distributor, request: CreateDeploymentRequest, deploymentId: string, now: Date): { customer: Customer; deployment: Deployment } {
  assertGlobalCustomer(customer, distributor, ['globalSalesEnabled']);
  const address = request.companyProfile.address;
  checkAddress(address, customer);
  const held = deploymentsOf(customer);
  if (held.length >= MAX_DEPLOYMENTS) throw errors.invalidFields(['deploymentId'], `Some fields are invalid: a customer has at most ${MAX_DEPLOYMENTS} deployments`);
  const deployment: Deployment = { deploymentId, companyProfile: { address }, creationDate: isoSeconds(now), status: DEPLOYMENT_ACTIVE };
  return { customer: { ...customer, deployments: [...held, deployment] }, deployment };
}

/** The customer's deployment, or 404/2138. */
export function findDeployment(customer: Customer, deploymentId: string): Deployment {
  const found = deploymentsOf(customer).find((d) => d.deploymentId === deploymentId);
  if (!found) throw deploymentErrors.invalidDeployment(['deploymentId'], `the customer ${customer.customerId} has no deployment ${deploymentId}`);
  return found;
}

/**
 * A PATCH: the address (its country unchanged, 1119) and the status; deactivating needs no
 * active subscription on the deployment (1117). `activeSubscriptions` counts those of this deployment.
 */
export function updateDeployment(customer: Customer, found: Deployment, request: UpdateDeploymentRequest, activeSubscriptions: number): { customer: Customer; deployment: Deployment } {
  const address = request.companyProfile?.address;
  if (address) {
    if (address.country !== found.companyProfile.address.country) {
      throw errors.notEditable(['companyProfile.address.country'], `Some fields are not editable: the deployment's country stays ${found.companyProfile.address.country}`);
    }
    const problems = addressProblems(address);
    if (problems.length) throw errorFor(errors.invalidAddress, problems);
  }
  if (request.status === DEPLOYMENT_INACTIVE && found.status !== DEPLOYMENT_INACTIVE && activeSubscriptions > 0) {
    throw errors.invalidFields(['status'], `Some fields are invalid: deployment ${found.deploymentId} has ${activeSubscriptions} active subscription(s) and cannot be deactivated`);
  }
  const deployment: Deployment = { ...found, ...(address ? { companyProfile: { address } } : {}), ...(request.status ? { status: request.status } : {}) };
  return { customer: { ...customer, deployments: deploymentsOf(customer).map((d) => (d === found ? deployment : d)) }, deployment };
}

export interface DeploymentListQuery {
  status?: string;
  limit?: number;
  offset?: number;
}

/** GET …/deployments: by status, oldest first, paged with links to the next and previous pages. */
export function listDeployments(customer: Customer, query: DeploymentListQuery) {
  const limit = query.limit ?? DEFAULT_DEPLOYMENT_LIMIT;
  const offset = query.offset ?? 0;
  const matching = deploymentsOf(customer).filter((d) => !query.status || d.status === query.status);
  const path = `/v3/customers/${customer.customerId}/deployments`;
  const link = (at: number) => ({ uri: `${path}?${query.status ? `status=${query.status}&` : ''}offset=${at}&limit=${limit}`, method: 'GET' as const, headers: [] as [] });
  const links: Record<string, ReturnType<typeof link>> = { self: link(offset) };
  if (offset + limit < matching.length) links.next = link(offset + limit);
  if (offset > 0) links.prev = link(Math.max(0, offset - limit));
  const items = matching.slice(offset, offset + limit).map((d) => deploymentView(customer.customerId, d));
  return { totalCount: matching.length, count: items.length, offset, limit, items, links };
}
