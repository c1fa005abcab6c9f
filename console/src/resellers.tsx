// Distributors (global sales, LGA enablement, country) and their resellers (status, segments,
// company name), and creating a reseller.
import { useEffect, useState } from 'preact/hooks';
import type { AccountStatus, Distributor, Reseller } from './api.js';
import { PartnerResellers } from './reseller-accounts.js';
import { AllTransfers } from './transfers.js';
import { ErrorBox, Section, STATUSES, statusLabel, useAction, useLoad } from './ui.js';

const SEGMENTS = ['COM', 'EDU', 'GOV'] as const;

function DistributorRow({ distributor: d }: { distributor: Distributor }) {
  const { run, error, busy } = useAction();
  const [country, setCountry] = useState(d.country);
  useEffect(() => setCountry(d.country), [d.country]);
  const flag = (k: 'globalSalesEnabled' | 'lgaEnabled', label: string) => (
    <label class="check"><input type="checkbox" name={`${k}-${d.distributorId}`} checked={d[k]} disabled={busy} onChange={(e) => run((api) => api.updateDistributor(d.distributorId, { [k]: e.currentTarget.checked }))} /> {label}</label>
  );
  return (
    <tr data-distributor-id={d.distributorId} data-lga-enabled={String(d.lgaEnabled)} data-country={d.country}>
      <td>{d.distributorId}</td><td>{d.name}</td>
      <td>{flag('globalSalesEnabled', 'global sales')}</td><td>{flag('lgaEnabled', 'LGA')}</td>
      <td><form class="inline" onSubmit={(e) => { e.preventDefault(); void run((api) => api.updateDistributor(d.distributorId, { country })); }}>
        <input name={`country-${d.distributorId}`} aria-label={`Country of ${d.distributorId}`} value={country} size={3} onInput={(e) => setCountry(e.currentTarget.value)} />
        <button type="submit" disabled={busy || country === d.country}>Set</button>
      </form><ErrorBox error={error} /></td>
    </tr>
  );
}

function ResellerRow({ reseller }: { reseller: Reseller }) {
  const { run, error, busy } = useAction();
  const [name, setName] = useState(reseller.companyName);
  useEffect(() => setName(reseller.companyName), [reseller.companyName]);
  const toggle = (s: string) => {
    const next = reseller.marketSegments.includes(s as never) ? reseller.marketSegments.filter((x) => x !== s) : [...reseller.marketSegments, s];
    return run((api) => api.updateReseller(reseller.resellerId, { marketSegments: next as Reseller['marketSegments'] }));
  };
  return (
    <tr data-reseller-id={reseller.resellerId}>
      <td>{reseller.resellerId}</td>
      <td><form class="inline" onSubmit={(e) => { e.preventDefault(); void run((api) => api.updateReseller(reseller.resellerId, { companyName: name })); }}>
        <input aria-label={`Company of ${reseller.resellerId}`} value={name} size={20} onInput={(e) => setName(e.currentTarget.value)} />
        {name !== reseller.companyName && <button type="submit" disabled={busy}>Save</button>}
      </form></td>
      <td>{reseller.distributorId}</td>
      <td><select aria-label={`Status of ${reseller.resellerId}`} value={reseller.status} disabled={busy} onChange={(e) => run((api) => api.updateReseller(reseller.resellerId, { status: e.currentTarget.value as AccountStatus }))}>
        {Object.keys(STATUSES).map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select></td>
      <td>{SEGMENTS.map((s) => (
        <label key={s} class="check"><input type="checkbox" checked={reseller.marketSegments.includes(s)} disabled={busy} onChange={() => toggle(s)} /> {s}</label>
      ))}<ErrorBox error={error} /></td>
    </tr>
  );
}

function CreateReseller({ distributors }: { distributors: Distributor[] }) {
  const { run, error, busy } = useAction();
  const [form, setForm] = useState({ resellerId: '', distributorId: '5000000001', companyName: '', status: '1000' });
  const [segments, setSegments] = useState<string[]>(['COM']);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  const create = () => run((api) => api.seedReseller(form.resellerId, {
    distributorId: form.distributorId, status: form.status as AccountStatus, ...(form.companyName ? { companyName: form.companyName } : {}),
    marketSegments: segments as Reseller['marketSegments'],
  }));
  return (
    <form class="grid" aria-label="Create a reseller" onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <label>Reseller id <input name="reseller-id" value={form.resellerId} onInput={set('resellerId')} size={12} /></label>
      <label>Distributor <select name="reseller-distributor" value={form.distributorId} onChange={set('distributorId')}>
        {distributors.map((d) => <option key={d.distributorId} value={d.distributorId}>{d.distributorId} {d.name}</option>)}
      </select></label>
      <label>Company <input name="reseller-company" value={form.companyName} onInput={set('companyName')} /></label>
      <label>Status <select name="reseller-status" value={form.status} onChange={set('status')}>
        {Object.keys(STATUSES).map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select></label>
      <span>{SEGMENTS.map((s) => (
        <label key={s} class="check"><input type="checkbox" name={`reseller-segment-${s}`} checked={segments.includes(s)} onChange={() => setSegments(segments.includes(s) ? segments.filter((x) => x !== s) : [...segments, s])} /> {s}</label>
      ))}</span>
      <button type="submit" disabled={busy}>Create reseller</button>
      <ErrorBox error={error} />
    </form>
  );
}

export function ResellersView() {
  const { value: resellers, error } = useLoad((api) => api.resellers(), []);
  const { value: distributors, error: distributorsError } = useLoad((api) => api.distributors(), []);
  return (
    <>
      <Section title="Distributors">
        <ErrorBox error={distributorsError} />
        <table data-testid="distributors">
          <thead><tr><th>Distributor</th><th>Name</th><th>Global sales</th><th>LGA</th><th>Country</th></tr></thead>
          <tbody>{(distributors ?? []).map((d) => <DistributorRow key={d.distributorId} distributor={d} />)}</tbody>
        </table>
        <p class="small muted">Global sales and LGA are enabled per distributor (the direct partner); its resellers need no flag of their own.</p>
      </Section>
      <Section title="Resellers">
        <ErrorBox error={error} />
        <table data-testid="resellers">
          <thead><tr><th>Reseller</th><th>Company</th><th>Distributor</th><th>Status</th><th>Segments</th></tr></thead>
          <tbody>{(resellers ?? []).map((r) => <ResellerRow key={r.resellerId} reseller={r} />)}</tbody>
        </table>
        <h3>Create a reseller</h3>
        <CreateReseller distributors={distributors ?? []} />
      </Section>
      <Section title="As the partner: /v3/resellers">
        <p class="small muted">The partner's own calls (distributor 5000000001): a reseller it creates is pending (1002) until the activation delay has passed.</p>
        <PartnerResellers />
      </Section>
      <Section title="Reseller changes">
        <AllTransfers />
      </Section>
    </>
  );
}
