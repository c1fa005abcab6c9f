// A customer's Large Government Agency benefit (and its pending upgrade), its linked membership
// group as the sandbox portal shows it (members, terms, level, authorization codes, joining with
// a code), and the licences it adds in Admin Console (open acquisitions).
import { useEffect, useState } from 'preact/hooks';
import type { Customer } from './api.js';
import { ErrorBox, Section, seconds, useAction, useLoad } from './ui.js';

type Lga = NonNullable<Customer['lga']>;
const LGA_STATUSES: Lga['status'][] = ['ACTIVE', 'PENDING_UPGRADE', 'UPGRADE_FAILED'];

export function LgaCard({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const lga = customer.lga;
  const fields = () => ({ status: lga?.status ?? '', upgradeDate: lga?.upgradeDate ?? '', failureReason: lga?.failureReason ?? '' });
  const subscriptions = () => ({ renewalQuantity: String(customer.subscriptions.renewalQuantity), teamOrConsumablesAutoRenewal: customer.subscriptions.teamOrConsumablesAutoRenewal });
  const [f, setF] = useState(fields);
  const [subs, setSubs] = useState(subscriptions);
  // What the API now holds, after a save here or a change elsewhere (the forms stay open).
  useEffect(() => setF(fields()), [JSON.stringify(lga)]);
  useEffect(() => setSubs(subscriptions()), [JSON.stringify(customer.subscriptions)]);
  const saveLga = () => run(async (api) => {
    const next = f.status ? {
      status: f.status as Lga['status'], requestedAt: lga?.requestedAt ?? (await api.clock()).now,
      upgradeDate: f.upgradeDate || null, failureReason: f.failureReason || null,
    } : null;
    return api.updateCustomer(customer.customerId, { lga: next });
  });
  const saveSubscriptions = () => run((api) => api.updateCustomer(customer.customerId, {
    subscriptions: { renewalQuantity: Number(subs.renewalQuantity), teamOrConsumablesAutoRenewal: subs.teamOrConsumablesAutoRenewal },
  }));
  return (
    <Section title="Large Government Agency">
      {lga ? (
        <dl class="facts" data-testid="lga" data-status={lga.status}>
          <dt>Status</dt><dd><strong>{lga.status}</strong></dd>
          <dt>Requested</dt><dd>{seconds(lga.requestedAt)}</dd>
          {lga.status === 'PENDING_UPGRADE' && <><dt>Pending upgrade</dt><dd data-testid="lga-upgrade">becomes ACTIVE at the anniversary {lga.upgradeDate ?? customer.cotermDate}</dd></>}
          {lga.upgradeDate && lga.status !== 'PENDING_UPGRADE' && <><dt>Upgrade date</dt><dd>{lga.upgradeDate}</dd></>}
          {lga.failureReason && <><dt>Why it failed</dt><dd>{lga.failureReason}</dd></>}
        </dl>
      ) : <p class="muted">Not an LGA.</p>}
      <p class="small muted">Subscriptions: renews {customer.subscriptions.renewalQuantity} licences; Team or consumables auto-renewal {customer.subscriptions.teamOrConsumablesAutoRenewal ? 'on' : 'off'}.</p>
      <details>
        <summary>Edit the LGA benefit and the subscriptions</summary>
        <form class="grid" aria-label="Edit the LGA benefit" onSubmit={(e) => { e.preventDefault(); void saveLga(); }}>
          <label>LGA status <select name="lga-status" value={f.status} onChange={(e) => setF({ ...f, status: e.currentTarget.value })}>
            <option value="">none</option>{LGA_STATUSES.map((s) => <option key={s}>{s}</option>)}
          </select></label>
          <label>Upgrade date <input name="lga-upgradeDate" size={10} placeholder="YYYY-MM-DD" value={f.upgradeDate} onInput={(e) => setF({ ...f, upgradeDate: e.currentTarget.value })} /></label>
          <label>Failure reason <input name="lga-failureReason" value={f.failureReason} onInput={(e) => setF({ ...f, failureReason: e.currentTarget.value })} /></label>
          <button type="submit" disabled={busy}>Save LGA</button>
        </form>
        <form class="grid" aria-label="Edit the subscriptions" onSubmit={(e) => { e.preventDefault(); void saveSubscriptions(); }}>
          <label>Renewal quantity <input name="renewalQuantity" size={6} inputMode="numeric" value={subs.renewalQuantity} onInput={(e) => setSubs({ ...subs, renewalQuantity: e.currentTarget.value })} /></label>
          <label><input type="checkbox" name="teamOrConsumablesAutoRenewal" checked={subs.teamOrConsumablesAutoRenewal} onChange={(e) => setSubs({ ...subs, teamOrConsumablesAutoRenewal: e.currentTarget.checked })} /> Team or consumables auto-renewal</label>
          <button type="submit" disabled={busy}>Save subscriptions</button>
        </form>
      </details>
      <ErrorBox error={error} />
    </Section>
  );
}

const customerLink = (id: string) => <a href={`#/customers/${id}`}>{id}</a>;

/** The group of a customer's linked membership: GET /__sandbox/linked-memberships/{id}. */
function Group({ id, owner }: { id: string; owner: boolean }) {
  const { value: group, error: loadError } = useLoad((api) => api.linkedMembershipGroup(id), [id]);
  const { run, error, busy } = useAction();
  if (!group) return <ErrorBox error={loadError} />;
  const now = Date.now();
  return (
    <div data-testid="linked-membership-group">
      <dl class="facts">
        <dt>Group</dt><dd>{group.name} <span class="muted">({group.id}, {group.type}, {group.marketSegment}, {group.country})</span></dd>
        <dt>Benefits</dt><dd>{group.benefitTypes.join(', ') || '—'}</dd>
        <dt>Owner</dt><dd>{customerLink(group.ownerId)}</dd>
        <dt>Terms</dt><dd><strong data-testid="group-terms">{group.termsAcceptanceStatus}</strong></dd>
        <dt>Level</dt><dd>{group.discounts.map((d) => `${d.offerType} ${d.level}`).join(', ') || '—'} <span class="muted small">calculated {group.lastRefreshDate}</span></dd>
        <dt>Created</dt><dd>{group.creationDate}</dd>
      </dl>
      <h4>Members</h4>
      <table data-testid="group-members">
        <thead><tr><th>Customer</th><th>Joined</th></tr></thead>
        <tbody>{group.members.map((m) => <tr key={m.customerId} data-customer-id={m.customerId}><td>{customerLink(m.customerId)}</td><td>{seconds(m.joinedAt)}</td></tr>)}</tbody>
      </table>
      {group.members.length === 0 && <p class="muted small">No members yet.</p>}
      {!owner && <p class="small muted">The owner's Admin Console answers the terms and issues codes: open {customerLink(group.ownerId)}.</p>}
      {owner && <div class="actions">
        <button disabled={busy} onClick={() => run((api) => api.answerLinkedMembershipTerms(id, 'ACCEPTED'))}>Accept the terms</button>
        <button disabled={busy} onClick={() => run((api) => api.answerLinkedMembershipTerms(id, 'REJECTED'))}>Reject the terms</button>
        <button disabled={busy} onClick={() => run((api) => api.refreshLinkedMembershipLevel(id))}>Refresh discount level</button>
        <button disabled={busy} onClick={() => run((api) => api.issueLinkedMembershipCode(id))}>Issue an authorization code</button>
      </div>}
      {owner && group.authorizationCodes.length > 0 && (
        <table data-testid="authorization-codes">
          <thead><tr><th>Authorization code</th><th>Issued</th><th>Expires</th></tr></thead>
          <tbody>{[...group.authorizationCodes].reverse().map((c) => (
            <tr key={c.code} class={Date.parse(c.expiresAt) < now ? 'muted' : ''}><td class="mono" data-testid="authorization-code">{c.code}</td><td>{seconds(c.issuedAt)}</td><td>{seconds(c.expiresAt)}</td></tr>
          ))}</tbody>
        </table>
      )}
      <ErrorBox error={error} />
    </div>
  );
}

function JoinWithCode({ customerId }: { customerId: string }) {
  const { run, error, busy } = useAction();
  const [code, setCode] = useState('');
  return (
    <form class="grid" aria-label="Join a linked membership with a code" onSubmit={(e) => { e.preventDefault(); void run((api) => api.joinLinkedMembership(customerId, code.trim())); }}>
      <label>Authorization code <input name="join-code" value={code} onInput={(e) => setCode(e.currentTarget.value)} size={14} /></label>
      <button type="submit" disabled={busy || !code.trim()}>Join with the code</button>
      <ErrorBox error={error} />
    </form>
  );
}

export function LinkedMembershipCard({ customer }: { customer: Customer }) {
  const m = customer.linkedMembership;
  return (
    <Section title="Linked membership">
      {m ? <>
        <p data-testid="linked-membership"><strong>{m.linkedMembershipType}</strong> of {m.name} <span class="muted">({m.id})</span></p>
        <Group id={m.id} owner={m.linkedMembershipType === 'OWNER'} />
      </> : <>
        <p class="muted">In no linked membership. The partner creates one (PATCH with linkedMembership) or enrols the customer; in Admin Console it joins with an owner's code:</p>
        <JoinWithCode customerId={customer.customerId} />
      </>}
    </Section>
  );
}

const NEW_LICENCES = { productName: 'Acrobat Pro', baseOfferId: '65304921CA01A12', quantity: '1' };

export function OpenAcquisitions({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const [f, setF] = useState(NEW_LICENCES);
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const add = () => run((api) => api.addOpenAcquisition(customer.customerId, { productName: f.productName, baseOfferId: f.baseOfferId, quantity: Number(f.quantity) }));
  return (
    <Section title="Open acquisitions (licences added in Admin Console)">
      {customer.openAcquisitions.length ? (
        <table data-testid="open-acquisitions">
          <thead><tr><th>Product</th><th>Base offer</th><th>Quantity</th><th>Added</th><th>Expires</th></tr></thead>
          <tbody>{customer.openAcquisitions.map((a) => (
            <tr key={a.referenceId}><td>{a.productName}</td><td class="mono small">{a.baseOfferId}</td><td>{a.quantity}</td><td>{seconds(a.creationDate)}</td><td>{seconds(a.expiryDate)}</td></tr>
          ))}</tbody>
        </table>
      ) : <p class="muted">None open.</p>}
      <form class="grid" aria-label="Add licences as the customer" onSubmit={(e) => { e.preventDefault(); void add(); }}>
        <label>Product <input name="oa-productName" value={f.productName} onInput={set('productName')} size={14} /></label>
        <label>Base offer id <input name="oa-baseOfferId" value={f.baseOfferId} onInput={set('baseOfferId')} size={16} /></label>
        <label>Quantity <input name="oa-quantity" value={f.quantity} onInput={set('quantity')} size={4} inputMode="numeric" /></label>
        <button type="submit" disabled={busy}>Add licences</button>
      </form>
      <ErrorBox error={error} />
    </Section>
  );
}
