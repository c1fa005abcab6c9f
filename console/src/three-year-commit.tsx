// A customer's 3-year commit: its terms as the API keeps them, the customer's answers (accept,
// accept owning the quantities, decline, fulfil with orders by offer type), the terms edited in a
// form, and the clock moved to the recommitment window.
import { useState } from 'preact/hooks';
import type { Customer } from './api.js';
import { ErrorBox, Json, noQuantities, Quantities, quantityFields, Section, seconds, toQuantities, useAction } from './ui.js';

type Commit = NonNullable<Customer['threeYearCommit']>;
type TermKey = 'commitment' | 'commitmentRequest' | 'recommitmentRequest';
type Term = NonNullable<Commit[TermKey]>;

const TERMS: [TermKey, string][] = [['commitment', 'Commitment'], ['commitmentRequest', 'Commitment request'], ['recommitmentRequest', 'Recommitment request']];
const STATUSES: Term['status'][] = ['REQUESTED', 'ACCEPTED', 'COMMITTED', 'ACTIVE', 'DECLINED', 'NONCOMPLIANT', 'EXPIRED', 'INACTIVE'];
const NO_COMMIT: Commit = { commitment: null, commitmentRequest: null, recommitmentRequest: null };
const listed = (qs: { quantity: number; offerType: string }[] = []) => qs.map((q) => `${q.quantity} ${q.offerType}`).join(', ');

/** One term edited in place; "none" removes it. Sent as a PATCH of the whole threeYearCommit. */
function TermEditor({ customer, which, label }: { customer: Customer; which: TermKey; label: string }) {
  const { run, error, busy } = useAction();
  const current = customer.threeYearCommit?.[which] ?? null;
  const [f, setF] = useState({ status: current?.status ?? '', startDate: current?.startDate ?? '', endDate: current?.endDate ?? '' });
  const [quantities, setQuantities] = useState(quantityFields(current?.minimumQuantities));
  const save = () => {
    const term = f.status ? { status: f.status as Term['status'], startDate: f.startDate, endDate: f.endDate, minimumQuantities: toQuantities(quantities) } : null;
    return run((api) => api.updateCustomer(customer.customerId, { threeYearCommit: { ...(customer.threeYearCommit ?? NO_COMMIT), [which]: term } }));
  };
  const name = (k: string) => `${which}-${k}`;
  return (
    <form class="grid term" aria-label={`Edit the ${label.toLowerCase()}`} onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <strong>{label}</strong>
      <label>Status <select name={name('status')} value={f.status} onChange={(e) => setF({ ...f, status: e.currentTarget.value })}>
        <option value="">none</option>{STATUSES.map((s) => <option key={s}>{s}</option>)}
      </select></label>
      <label>Start <input name={name('start')} size={10} placeholder="YYYY-MM-DD" value={f.startDate} onInput={(e) => setF({ ...f, startDate: e.currentTarget.value })} /></label>
      <label>End <input name={name('end')} size={10} placeholder="YYYY-MM-DD" value={f.endDate} onInput={(e) => setF({ ...f, endDate: e.currentTarget.value })} /></label>
      <Quantities name={name('quantity')} value={quantities} onChange={setQuantities} />
      <button type="submit" disabled={busy}>Save {label.toLowerCase()}</button>
      <ErrorBox error={error} />
    </form>
  );
}

export function ThreeYearCommit({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const [ordered, setOrdered] = useState(noQuantities);
  const t = customer.threeYearCommit;
  const id = customer.customerId;
  const end = t?.commitment?.endDate;
  const windowStart = end ? new Date(Date.parse(`${end}T12:00:00Z`) - 20 * 86_400_000).toISOString() : undefined;
  const fulfil = () => {
    const orderedQuantities = toQuantities(ordered);
    return run(async (api) => {
      await api.fulfilThreeYearCommit(id, orderedQuantities.length ? { orderedQuantities } : {});
      setOrdered(noQuantities);
    });
  };
  return (
    <Section title="3-year commit">
      {t ? (
        <>
          <table data-testid="three-year-commit">
            <thead><tr><th>Term</th><th>Status</th><th>Start</th><th>End</th><th>Minimum quantities</th></tr></thead>
            <tbody>
              {TERMS.map(([key, label]) => {
                const term = t[key];
                return term && (
                  <tr key={key} data-term={key} data-status={term.status}>
                    <td>{label}</td><td><strong>{term.status}</strong></td><td>{term.startDate}</td><td>{term.endDate}</td>
                    <td>{listed(term.minimumQuantities)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p class="muted small" data-testid="three-year-commit-facts">requested {seconds(t.requestedAt)} · accepted {seconds(t.acceptedAt)}{t.orderedQuantities?.length ? ` · ordered ${listed(t.orderedQuantities)}` : ''}</p>
        </>
      ) : <p class="muted">No 3YC.</p>}
      <div class="actions">
        <button disabled={busy} onClick={() => run((api) => api.acceptThreeYearCommit(id))}>Accept</button>
        <button disabled={busy} onClick={() => run((api) => api.acceptThreeYearCommit(id, { ownsQuantities: true }))}>Accept, owning the quantities</button>
        <button disabled={busy} onClick={() => run((api) => api.declineThreeYearCommit(id))}>Decline</button>
        {windowStart && <button disabled={busy} onClick={() => run((api) => api.setClock(windowStart))}>Clock to 20 days before the end ({end})</button>}
      </div>
      <form class="grid" aria-label="Fulfil the 3YC request" onSubmit={(e) => { e.preventDefault(); void fulfil(); }}>
        <span class="muted">Orders toward an ACCEPTED request (none: all of it):</span>
        <Quantities name="fulfil" value={ordered} onChange={setOrdered} />
        <button type="submit" disabled={busy}>Fulfil</button>
      </form>
      <ErrorBox error={error} />
      <details>
        <summary>Edit the 3YC terms</summary>
        {TERMS.map(([key, label]) => <TermEditor key={`${key}${JSON.stringify(t?.[key])}`} customer={customer} which={key} label={label} />)}
      </details>
      {t && <details><summary>As the API returns it</summary><Json value={t} /></details>}
    </Section>
  );
}
