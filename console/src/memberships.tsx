// VIP memberships (the sandbox portal's Transfer Memberships): seed one as Quick Create or Custom
// Create would, see each with its transfer, and play the partner: preview its offers, transfer it
// to a reseller, read the transfer (docs/migration/ of Adobe's pages).
import { useState } from 'preact/hooks';
import type { CallInput, ResultOf, ControlOperations } from '../../server/api-types/operation-types.js';
import { partner } from './partner-api.js';
import { Answer, usePartnerCall } from './partner.js';
import { ErrorBox, Section, useAction, useLoad } from './ui.js';

type Membership = ResultOf<ControlOperations['getVipMembership']>;
type Seed = NonNullable<CallInput<'putVipMembership'>['body']>;

const LEVELS = ['01', '02', '03', '04', '12', '13', '14', '17', '18'] as const;
const OFFERS = [['65304479CA01A12', 'Creative Cloud All Apps'], ['65304921CA01A12', 'Acrobat Pro'], ['65304470CA01A12', 'Photoshop']] as const;

function transferState(m: Membership, now: string | undefined) {
  const t = m.transfer;
  if (!t) return 'not transferred';
  return now && now >= t.completesAt ? `transferred (1000) → customer ${t.customerId}` : 'transfer in progress (1002)';
}

function MembershipRow({ m, now, resellers }: { m: Membership; now?: string; resellers: string[] }) {
  const { send, answer, busy, error } = usePartnerCall();
  const [resellerId, setResellerId] = useState(resellers[0] ?? '');
  const base = `/v3/memberships/${encodeURIComponent(m.membershipId)}`;
  const tyc = m.threeYearCommit?.commitment;
  return (
    <>
      <tr data-membership-id={m.membershipId} data-transferred={String(!!m.transfer)}>
        <td>{m.membershipId}</td>
        <td>{m.companyName}</td>
        <td>{m.marketSegment} · level {m.discountLevel}{m.hvdPricing ? ` (HVD ${m.hvdPricing})` : ''}</td>
        <td>{m.subscriptions.map((s) => `${s.quantity} × ${s.offerId}`).join(', ')}</td>
        <td>{tyc ? `${tyc.status} ${tyc.minimumQuantities.map((q) => `${q.quantity} ${q.offerType}`).join(', ')}` : '—'}</td>
        <td>{m.ineligibleReasons.join(', ') || '—'}</td>
        <td data-testid="membership-transfer">{m.transfer?.customerId && now && now >= m.transfer.completesAt
          ? <a href={`#/customers/${m.transfer.customerId}`}>{transferState(m, now)}</a> : transferState(m, now)}</td>
      </tr>
      <tr class="actions">
        <td colSpan={7}>
          <button type="button" disabled={busy} onClick={() => send(() => partner.call('GET', `${base}/offers`))}>Preview offers</button>
          {' '}
          <form class="inline" aria-label={`Transfer ${m.membershipId}`} onSubmit={(e) => { e.preventDefault(); void send(() => partner.call('POST', `${base}/transfers`, { resellerId })); }}>
            <label>to reseller <select name={`transfer-reseller-${m.membershipId}`} value={resellerId} onChange={(e) => setResellerId(e.currentTarget.value)}>
              {resellers.map((r) => <option key={r} value={r}>{r}</option>)}
            </select></label>
            <button type="submit" disabled={busy}>Transfer</button>
          </form>
          {m.transfer && <button type="button" disabled={busy} onClick={() => send(() => partner.call('GET', `${base}/transfers/${m.transfer!.transferId}`))}>Transfer details</button>}
          <ErrorBox error={error} />
          <Answer answer={answer} />
        </td>
      </tr>
    </>
  );
}

function SeedMembership() {
  const { run, error, busy } = useAction();
  const [form, setForm] = useState({ membershipId: '', companyName: 'Migrating Corp', offerId: OFFERS[0][0] as string, quantity: '10', level: '01', hvdPricing: 'PRE', threeYearCommit: false, minimum: '10', reasons: '' });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  const seed = () => run(async (api) => {
    const today = (await api.clock()).now.slice(0, 10);
    const end = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;
    const body: Seed = {
      companyName: form.companyName,
      subscriptions: [{ offerId: form.offerId, quantity: Number(form.quantity) }],
      discountLevel: form.level as Seed['discountLevel'],
      ...(Number(form.level) >= 17 ? { hvdPricing: form.hvdPricing as 'PRE' | 'POST' } : {}),
      threeYearCommit: form.threeYearCommit
        ? { commitment: { startDate: today, endDate: end, status: 'COMMITTED', minimumQuantities: [{ offerType: 'LICENSE', quantity: Number(form.minimum) }] } }
        : null,
      ...(form.reasons.trim() ? { ineligibleReasons: form.reasons.split(',').map((r) => r.trim()) as Seed['ineligibleReasons'] } : {}),
    };
    return api.invoke('putVipMembership', { path: { 'membership-id': form.membershipId }, body });
  });
  return (
    <form class="grid" aria-label="Seed a VIP membership" onSubmit={(e) => { e.preventDefault(); void seed(); }}>
      <label>Membership id <input name="membership-id" value={form.membershipId} onInput={set('membershipId')} size={12} /></label>
      <label>Company <input name="membership-company" value={form.companyName} onInput={set('companyName')} /></label>
      <label>Product <select name="membership-offer" value={form.offerId} onChange={set('offerId')}>
        {OFFERS.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
      </select></label>
      <label>Licences <input name="membership-quantity" type="number" min={1} value={form.quantity} onInput={set('quantity')} size={6} /></label>
      <label>VIP level <select name="membership-level" value={form.level} onChange={set('level')}>
        {LEVELS.map((l) => <option key={l} value={l}>{l}{Number(l) >= 17 ? ' (HVD)' : ''}</option>)}
      </select></label>
      {Number(form.level) >= 17 && <label>HVD pricing <select name="membership-hvd-pricing" value={form.hvdPricing} onChange={set('hvdPricing')}>
        <option value="PRE">pre-price action</option><option value="POST">post-price action</option>
      </select></label>}
      <label class="check"><input type="checkbox" name="membership-3yc" checked={form.threeYearCommit} onChange={(e) => setForm({ ...form, threeYearCommit: e.currentTarget.checked })} /> 3YC</label>
      {form.threeYearCommit && <label>3YC minimum <input name="membership-3yc-minimum" type="number" min={1} value={form.minimum} onInput={set('minimum')} size={6} /></label>}
      <label>Ineligible reasons <input name="membership-reasons" placeholder="UNPAID_INVOICE, …" value={form.reasons} onInput={set('reasons')} /></label>
      <button type="submit" disabled={busy}>Seed membership</button>
      <ErrorBox error={error} />
    </form>
  );
}

export function MembershipsView() {
  const { value: memberships, error } = useLoad((api) => api.invoke('listVipMemberships'), []);
  const { value: resellers } = useLoad((api) => api.resellers(), []);
  const { value: clock } = useLoad((api) => api.clock(), []);
  const own = (resellers ?? []).filter((r) => r.distributorId === '5000000001').map((r) => r.resellerId);
  return (
    <Section title="VIP memberships">
      <ErrorBox error={error} />
      <p class="small muted">Memberships a VIP customer would bring to VIP Marketplace. The buttons make the partner's calls (client {partner.clientId}): the preview, the transfer, its details. A transfer completes after the activation delay on the clock.</p>
      <table data-testid="vip-memberships">
        <thead><tr><th>Membership</th><th>Company</th><th>Segment, level</th><th>Subscriptions</th><th>3YC</th><th>Reasons set</th><th>Transfer</th></tr></thead>
        <tbody>{(memberships ?? []).map((m) => <MembershipRow key={m.membershipId} m={m} now={clock?.now} resellers={own} />)}</tbody>
      </table>
      <h3>Seed a membership (Quick Create or Custom Create)</h3>
      <SeedMembership />
    </Section>
  );
}
