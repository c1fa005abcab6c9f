// The customer's next anniversary on its page: the renewal date, what happens on it (which
// subscriptions renew at what quantity, which expire), and two ways to get there: the clock moved
// to the renewal date, or the portal's "Trigger Auto Renewal" (the anniversary brought to today).
import type { Customer } from './api.js';
import { anniversaryOutlook } from '../../server/domain/renewals/anniversary-outlook.js';
import { ErrorBox, Section, useAction, useLoad } from './ui.js';

export function Renewal({ customer }: { customer: Customer }) {
  const id = customer.customerId;
  const { value: subscriptions, error: loadError } = useLoad((api) => api.subscriptions(id), [id], 2000);
  const { run, error, busy } = useAction();
  const outlook = subscriptions && anniversaryOutlook(subscriptions);
  return (
    <Section title="Renewal">
      <ErrorBox error={loadError} />
      {outlook?.renewalDate ? (
        <>
          <p>Renewal date <b data-testid="renewal-date">{outlook.renewalDate}</b> (anniversary {customer.cotermDate || '—'}). On it:</p>
          <table data-testid="renewal-outlook">
            <thead><tr><th>Offer</th><th>What happens</th></tr></thead>
            <tbody>
              {outlook.renews.map((r) => (
                <tr key={r.subscriptionId}><td class="mono small" title={r.subscriptionId}>{r.offerId}</td>
                  <td>renews at {r.quantity}{r.renewedQuantity ? <span class="muted"> ({r.renewedQuantity} early renewed)</span> : null}</td></tr>
              ))}
              {outlook.expires.map((r) => (
                <tr key={r.subscriptionId}><td class="mono small" title={r.subscriptionId}>{r.offerId}</td><td>expires (1004), {r.quantity} licences</td></tr>
              ))}
            </tbody>
          </table>
          <button disabled={busy} onClick={() => run((api) => api.setClock(`${outlook.renewalDate}T00:00:00Z`))}>Move the clock to the renewal date</button>
          <button disabled={busy} title="The sandbox portal's coterm edit and Trigger Auto Renewal, in one call" onClick={() => run((api) => api.invoke('triggerSandboxRenewal', { path: { 'customer-id': id } }))}>Renew today</button>
        </>
      ) : <p class="muted">Nothing renews: no active or scheduled subscription.</p>}
      <ErrorBox error={error} />
    </Section>
  );
}
