// Flexible discounts: the ones defined (closed ones too), a form that defines or replaces one by
// its code (editing a reusable discount's end date is the portal's "Edit Reusable Flex Discounts"),
// and a button that removes one.
import { useState } from 'preact/hooks';
import { ErrorBox, Section, useAction, useLoad } from './ui.js';

const TYPES = ['PERCENTAGE_DISCOUNT', 'FIXED_DISCOUNT', 'FIXED_PRICE'] as const;
const list = (text: string) => text.split(',').map((v) => v.trim()).filter(Boolean);
const EMPTY = { code: '', name: '', category: 'STANDARD', type: 'PERCENTAGE_DISCOUNT', value: '10', currency: 'USD', startDate: '2026-01-01T00:00:00Z', endDate: '2027-12-31T23:59:59Z', discountLockEndDate: '', marketSegments: '', countries: '', baseOfferIds: '', threeYearCommitOnly: false, oneTime: false, listed: true };

export function DiscountsView() {
  const { value: discounts, error: loadError } = useLoad((api) => api.invoke('listSandboxFlexDiscounts'), []);
  const { run, error, busy } = useAction();
  const [form, setForm] = useState(EMPTY);
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  const tick = (k: 'threeYearCommitOnly' | 'oneTime' | 'listed') => (e: { currentTarget: { checked: boolean } }) => setForm({ ...form, [k]: e.currentTarget.checked });
  const save = () => {
    const percentage = form.type === 'PERCENTAGE_DISCOUNT';
    const body = {
      name: form.name || form.code, category: form.category as 'STANDARD' | 'INTRO', type: form.type as typeof TYPES[number],
      values: [{ value: Number(form.value), ...(percentage ? {} : { currency: form.currency }) }],
      startDate: form.startDate, endDate: form.endDate, ...(form.discountLockEndDate ? { discountLockEndDate: form.discountLockEndDate } : {}),
      marketSegments: list(form.marketSegments) as Array<'COM' | 'EDU' | 'GOV'>, countries: list(form.countries), baseOfferIds: list(form.baseOfferIds),
      threeYearCommitOnly: form.threeYearCommitOnly, oneTime: form.oneTime, listed: form.listed,
    };
    return run((api) => api.invoke('putSandboxFlexDiscount', { path: { code: form.code }, body }));
  };
  const edit = (d: NonNullable<typeof discounts>[number]) => setForm({
    code: d.code, name: d.name, category: d.category, type: d.type, value: String(d.values[0]?.value ?? ''), currency: d.values[0]?.currency ?? 'USD',
    startDate: d.startDate, endDate: d.endDate, discountLockEndDate: d.discountLockEndDate ?? '', marketSegments: d.marketSegments.join(','), countries: d.countries.join(','),
    baseOfferIds: d.baseOfferIds.join(','), threeYearCommitOnly: d.threeYearCommitOnly, oneTime: d.oneTime, listed: d.listed,
  });
  return (
    <Section title="Flexible discounts">
      <form class="grid" aria-label="Define a discount" onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <label>Code <input name="discount-code" value={form.code} onInput={set('code')} required /></label>
        <label>Name <input name="discount-name" value={form.name} onInput={set('name')} /></label>
        <label>Category <select name="discount-category" value={form.category} onChange={set('category')}><option>STANDARD</option><option>INTRO</option></select></label>
        <label>Type <select name="discount-type" value={form.type} onChange={set('type')}>{TYPES.map((t) => <option key={t}>{t}</option>)}</select></label>
        <label>Value <input name="discount-value" value={form.value} onInput={set('value')} size={7} /></label>
        <label>Currency <input name="discount-currency" value={form.currency} onInput={set('currency')} size={4} disabled={form.type === 'PERCENTAGE_DISCOUNT'} /></label>
        <label>Start <input name="discount-start" value={form.startDate} onInput={set('startDate')} /></label>
        <label>End <input name="discount-end" value={form.endDate} onInput={set('endDate')} /></label>
        <label>Lock end (reusable) <input name="discount-lock-end" value={form.discountLockEndDate} onInput={set('discountLockEndDate')} placeholder="none" /></label>
        <label>Segments <input name="discount-segments" value={form.marketSegments} onInput={set('marketSegments')} placeholder="all" /></label>
        <label>Countries <input name="discount-countries" value={form.countries} onInput={set('countries')} placeholder="all" /></label>
        <label>Base offers <input name="discount-offers" value={form.baseOfferIds} onInput={set('baseOfferIds')} placeholder="all products" /></label>
        <label class="check"><input type="checkbox" name="discount-3yc" checked={form.threeYearCommitOnly} onChange={tick('threeYearCommitOnly')} /> 3YC only</label>
        <label class="check"><input type="checkbox" name="discount-one-time" checked={form.oneTime} onChange={tick('oneTime')} /> One-time</label>
        <label class="check"><input type="checkbox" name="discount-listed" checked={form.listed} onChange={tick('listed')} /> Listed (open)</label>
        <button type="submit" disabled={busy || !form.code}>Save discount</button>
      </form>
      <ErrorBox error={error ?? loadError} />
      <table data-testid="discounts">
        <thead><tr><th>Code</th><th>Category</th><th>Type and value</th><th>Dates</th><th>Eligibility</th><th></th></tr></thead>
        <tbody>
          {(discounts ?? []).map((d) => (
            <tr key={d.code}>
              <td>{d.code}<br /><span class="muted">{d.name}</span></td>
              <td>{d.category}</td>
              <td>{d.type} {d.values.map((v) => `${v.value}${v.currency ? ` ${v.currency}` : '%'}${v.country ? ` (${v.country})` : ''}`).join(', ')}</td>
              <td>{d.startDate} – {d.endDate}{d.discountLockEndDate ? `, reusable until ${d.discountLockEndDate}` : ''}</td>
              <td>{[d.marketSegments.join('+') || 'all segments', d.countries.join('+') || 'all countries', d.baseOfferIds.join('+') || 'all products', d.threeYearCommitOnly && '3YC only', d.oneTime && 'one-time', !d.listed && 'closed'].filter(Boolean).join(', ')}</td>
              <td><button onClick={() => edit(d)}>Edit</button> <button onClick={() => run((api) => api.invoke('deleteSandboxFlexDiscount', { path: { code: d.code } }))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {discounts?.length === 0 && <p class="muted">No discount defined.</p>}
    </Section>
  );
}
