// A global customer's deployments, as the sandbox portal shows them under "Customer's Associated
// Deployments": each address abroad with its status, deactivated or reactivated here (the portal
// sets status 1004). Created by the partner (POST /v3/customers/{id}/deployments).
import type { Customer } from './api.js';
import { ErrorBox, Section, seconds, useAction } from './ui.js';

type Deployment = NonNullable<Customer['deployments']>[number];

export function Deployments({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const deployments = customer.deployments ?? [];
  const toggle = (d: Deployment) => run((api) => api.updateCustomer(customer.customerId, {
    deployments: deployments.map((x) => (x.deploymentId === d.deploymentId ? { ...x, status: x.status === '1000' ? '1004' : '1000' } : x)),
  }));
  return (
    <Section title="Deployments (global sales)">
      {!customer.globalSalesEnabled && <p class="small muted">Not enabled for global sales: the partner cannot create deployments (1140).</p>}
      {deployments.length ? (
        <table data-testid="deployments">
          <thead><tr><th>Deployment</th><th>Country</th><th>Address</th><th>Created</th><th>Status</th><th /></tr></thead>
          <tbody>{deployments.map((d) => {
            const a = d.companyProfile.address;
            return (
              <tr key={d.deploymentId} data-deployment={d.deploymentId} data-status={d.status}>
                <td class="mono small">{d.deploymentId}</td><td>{a.country}</td><td class="wrap">{a.addressLine1}, {a.postalCode} {a.city} ({a.region})</td>
                <td>{seconds(d.creationDate)}</td><td>{d.status === '1000' ? 'active' : 'inactive'} ({d.status})</td>
                <td><button type="button" disabled={busy} onClick={() => void toggle(d)}>{d.status === '1000' ? 'Deactivate' : 'Reactivate'}</button></td>
              </tr>
            );
          })}</tbody>
        </table>
      ) : <p class="muted">None.</p>}
      <ErrorBox error={error} />
    </Section>
  );
}
