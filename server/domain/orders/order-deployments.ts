// Order lines for a deployment of a global customer (docs/rules.md DEP-07 … DEP-09): the line is
// sold in the deployment's country, so priced in a currency of its region, and its subscription
// carries the deploymentId. Global sales must still hold (1142, 1139, 1140); the deployment must
// be the customer's (2138) and active (2139).
import { assertGlobalSales } from '../customers/global-sales.js';
import { deploymentErrors } from '../customers/deployment-errors.js';
import { errors } from '../protocol/errors.js';
import type { Customer, Deployment, Distributor, Reseller } from '../types.js';

const lineDetail = (line: { extLineItemNumber: number }) => `Line Item: ${line.extLineItemNumber}`;

/** Each line's deployment (undefined for a line of the customer's own country), checked. */
export function lineDeployments(
  lines: Array<{ extLineItemNumber: number; deploymentId?: string }>,
  customer: Customer, reseller: Reseller, distributor: Distributor | undefined,
): Array<Deployment | undefined> {
  const deployed = lines.find((l) => l.deploymentId !== undefined);
  if (!deployed) return lines.map(() => undefined);
  const details = [lineDetail(deployed), 'deploymentId'];
  if (distributor) assertGlobalSales(customer, reseller, distributor, customer.companyProfile.marketSegment);
  if (!customer.globalSalesEnabled) throw errors.customerNotGlobal(details, `Customer is not enabled for global sales: ${customer.customerId} cannot order for a deployment`);
  return lines.map((line) => {
    if (line.deploymentId === undefined) return undefined;
    const found = (customer.deployments ?? []).find((d) => d.deploymentId === line.deploymentId);
    if (!found) throw deploymentErrors.invalidDeployment([lineDetail(line)], `the customer has no deployment ${line.deploymentId}`);
    if (found.status !== '1000') throw deploymentErrors.notAllowed([lineDetail(line)], `deployment ${found.deploymentId} is inactive (${found.status})`);
    return found;
  });
}

/** The country a line is sold in: its deployment's, or the customer's. */
export const lineCountry = (customer: Customer, deployment: Deployment | undefined) =>
  deployment?.companyProfile.address.country ?? customer.companyProfile.address.country;
