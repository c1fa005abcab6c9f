// Resellers: status and segments, and creating one.
import { useState } from 'preact/hooks';
import type { Reseller } from './api.js';
import { ErrorBox, Section, STATUSES, statusLabel, useAction, useLoad } from './ui.js';

const SEGMENTS = ['COM', 'EDU', 'GOV'] as const;

function Row({ reseller }: { reseller: Reseller }) {
  const { run, error, busy } = useAction();
  const toggle = (s: string) => {
    const next = reseller.marketSegments.includes(s as never) ? reseller.marketSegments.filter((x) => x !== s) : [...reseller.marketSegments, s];
    return run((api) => api.updateReseller(reseller.resellerId, { marketSegments: next as Reseller['marketSegments'] }));
  };
  return (
    <tr>
      <td>{reseller.resellerId}</td><td>{reseller.companyName}</td><td>{reseller.distributorId}</td>
      <td><select aria-label={`Status of ${reseller.resellerId}`} value={reseller.status} disabled={busy} onChange={(e) => run((api) => api.updateReseller(reseller.resellerId, { status: e.currentTarget.value }))}>
        {Object.keys(STATUSES).map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select></td>
      <td>{SEGMENTS.map((s) => (
        <label key={s} class="check"><input type="checkbox" checked={reseller.marketSegments.includes(s)} disabled={busy} onChange={() => toggle(s)} /> {s}</label>
      ))}<ErrorBox error={error} /></td>
    </tr>
  );
}

export function ResellersView() {
  const { value: resellers, error } = useLoad((api) => api.resellers(), []);
  const { run, error: createError, busy } = useAction();
  const [form, setForm] = useState({ resellerId: '', distributorId: '5000000001', companyName: '', segments: 'COM' });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  const create = () => run((api) => api.seedReseller(form.resellerId, {
    distributorId: form.distributorId, ...(form.companyName ? { companyName: form.companyName } : {}),
    marketSegments: form.segments.split(/[\s,]+/).filter(Boolean) as Reseller['marketSegments'],
  }));
  return (
    <Section title="Resellers">
      <ErrorBox error={error} />
      <table data-testid="resellers">
        <thead><tr><th>Reseller</th><th>Company</th><th>Distributor</th><th>Status</th><th>Segments</th></tr></thead>
        <tbody>{(resellers ?? []).map((r) => <Row key={r.resellerId} reseller={r} />)}</tbody>
      </table>
      <h3>Create a reseller</h3>
      <form class="grid" aria-label="Create a reseller" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <label>Reseller id <input name="reseller-id" value={form.resellerId} onInput={set('resellerId')} /></label>
        <label>Distributor <input name="reseller-distributor" value={form.distributorId} onInput={set('distributorId')} /></label>
        <label>Company <input name="reseller-company" value={form.companyName} onInput={set('companyName')} /></label>
        <label>Segments <input name="reseller-segments" value={form.segments} onInput={set('segments')} placeholder="COM, EDU" /></label>
        <button type="submit" disabled={busy}>Create</button>
      </form>
      <ErrorBox error={createError} />
    </Section>
  );
}
