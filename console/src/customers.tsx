// Customers: a searchable list per distributor and reseller, and a customer's page: its
// profile and contacts as the API returns them beside its Admin Console admins.
import { useEffect, useState } from 'preact/hooks';
import type { AccountStatus, Customer, CustomerPatch, StateDocument } from './api.js';
import { LgaCard, LinkedMembershipCard, OpenAcquisitions } from './lga.js';
import { Orders, Subscriptions } from './orders.js';
import { Deployments } from './deployments.js';
import { Renewal } from './renewals.js';
import { UpdateCustomer } from './partner.js';
import { ThreeYearCommit } from './three-year-commit.js';
import { ResellerChange } from './transfers.js';
import { ErrorBox, pageError, parseJson, Section, seconds, STATUSES, statusLabel, useAction, useLoad } from './ui.js';

const threeYc = (c: Customer) => {
  const t = c.threeYearCommit;
  if (!t) return '—';
  return [t.commitment && `commitment ${t.commitment.status}`, t.commitmentRequest && `request ${t.commitmentRequest.status}`, t.recommitmentRequest && `recommitment ${t.recommitmentRequest.status}`]
    .filter(Boolean).join(', ') || '—';
};

const SEED_TEMPLATE = {
  resellerId: '5556667778', status: '1002', activatesAt: null, cotermDate: '',
  companyProfile: {
    companyName: 'Seeded Co', preferredLanguage: 'en-US', marketSegment: 'COM',
    address: { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110' },
    contacts: [{ firstName: 'Sam', lastName: 'Seed', email: 'sam@seeded.example' }],
  },
};

/** PUT /__sandbox/customers/{id}: a customer in any state, as the sandbox portal cannot make one. */
function SeedCustomer({ open }: { open: (id: string) => void }) {
  const { run, error, busy } = useAction();
  const [id, setId] = useState('3000000001');
  const [text, setText] = useState(JSON.stringify(SEED_TEMPLATE, null, 2));
  const seed = () => run(async (api) => {
    const body = parseJson(text);
    const made = await api.seedCustomer(id, body as never);
    open(made.customerId);
  });
  return (
    <details>
      <summary>Seed a customer (any state)</summary>
      <form onSubmit={(e) => { e.preventDefault(); void seed(); }} aria-label="Seed a customer">
        <label>Customer id <input name="seed-id" value={id} onInput={(e) => setId(e.currentTarget.value)} /></label>
        <textarea name="seed-body" rows={14} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>Seed customer</button>
      </form>
      <ErrorBox error={error} />
    </details>
  );
}

export function CustomerList({ open }: { open: (id: string) => void }) {
  const { value: state, error } = useLoad((api) => api.state(), []);
  const [query, setQuery] = useState('');
  const [distributor, setDistributor] = useState('');
  const [reseller, setReseller] = useState('');
  const doc = state as StateDocument | undefined;
  const resellerOf = new Map((doc?.resellers ?? []).map((r) => [r.resellerId, r]));
  const q = query.trim().toLowerCase();
  const rows = (doc?.customers ?? []).filter((c) => {
    const r = resellerOf.get(c.resellerId);
    if (distributor && r?.distributorId !== distributor) return false;
    if (reseller && c.resellerId !== reseller) return false;
    return !q || JSON.stringify([c.customerId, c.companyProfile?.companyName, c.externalReferenceId, c.companyProfile?.contacts]).toLowerCase().includes(q);
  });
  return (
    <Section title="Customers">
      <ErrorBox error={error} />
      <div class="filters">
        <label>Search <input name="customer-search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} placeholder="id, company, contact" /></label>
        <label>Distributor <select name="distributor" value={distributor} onChange={(e) => { setDistributor(e.currentTarget.value); setReseller(''); }}>
          <option value="">all</option>
          {(doc?.distributors ?? []).map((d) => <option key={d.distributorId} value={d.distributorId}>{d.distributorId} {d.name}</option>)}
        </select></label>
        <label>Reseller <select name="reseller" value={reseller} onChange={(e) => setReseller(e.currentTarget.value)}>
          <option value="">all</option>
          {(doc?.resellers ?? []).filter((r) => !distributor || r.distributorId === distributor).map((r) => <option key={r.resellerId} value={r.resellerId}>{r.resellerId} {r.companyName}</option>)}
        </select></label>
      </div>
      <table data-testid="customer-list">
        <thead><tr><th>Customer</th><th>Company</th><th>Segment</th><th>Status</th><th>3YC</th><th>LGA</th><th>Linked membership</th><th>Reseller</th></tr></thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.customerId}>
              <td><a href={`#/customers/${c.customerId}`} onClick={(e) => { e.preventDefault(); open(c.customerId); }}>{c.customerId}</a></td>
              <td>{c.companyProfile?.companyName}</td>
              <td>{c.companyProfile?.marketSegment ?? '—'}</td>
              <td>{statusLabel(c.status ?? '1000')}</td>
              <td>{threeYc(c as Customer)}</td>
              <td>{c.lga?.status ?? '—'}</td>
              <td>{c.linkedMembership ? `${c.linkedMembership.type} ${c.linkedMembership.linkedMembershipType} (${c.linkedMembership.id})` : '—'}</td>
              <td>{c.resellerId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{doc ? `${rows.length} of ${doc.customers.length} customers` : 'Loading the customers…'} · the partner creates one in <a href="#/partner">Partner API</a></p>
      <SeedCustomer open={open} />
    </Section>
  );
}

function ClockToAnniversary({ date }: { date: string }) {
  const { run, error, busy } = useAction();
  return <><button disabled={busy} onClick={() => run((api) => api.setClock(`${date}T00:00:00Z`))}>Clock to the anniversary</button><ErrorBox error={error} /></>;
}

function ProfileEditor({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const [status, setStatus] = useState(customer.status);
  const [coterm, setCoterm] = useState(customer.cotermDate);
  const [enabled, setEnabled] = useState(customer.globalSalesEnabled);
  const [eligible, setEligible] = useState(customer.globalSalesEligible);
  const save = () => {
    const patch: CustomerPatch = {};
    if (status !== customer.status) patch.status = status as AccountStatus;
    if (coterm !== customer.cotermDate) patch.cotermDate = coterm;
    if (enabled !== customer.globalSalesEnabled) patch.globalSalesEnabled = enabled;
    if (eligible !== customer.globalSalesEligible) patch.globalSalesEligible = eligible;
    return run((api) => api.updateCustomer(customer.customerId, patch));
  };
  return (
    <form class="grid" onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label="Edit customer">
      <label>Status <select name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
        {Object.keys(STATUSES).map((s) => <option key={s} value={s}>{statusLabel(s)}</option>)}
      </select></label>
      <label>Anniversary (coterm) date <input name="cotermDate" value={coterm} placeholder="YYYY-MM-DD" onInput={(e) => setCoterm(e.currentTarget.value)} /></label>
      <label><input type="checkbox" name="globalSalesEnabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> global sales enabled</label>
      <label><input type="checkbox" name="globalSalesEligible" checked={eligible} onChange={(e) => setEligible(e.currentTarget.checked)} /> global sales eligible</label>
      <button type="submit" disabled={busy}>Save</button>
      <ErrorBox error={error} />
    </form>
  );
}

function Admins({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const [person, setPerson] = useState({ firstName: '', lastName: '', email: '' });
  const id = customer.customerId;
  const inContacts = new Set(customer.companyProfile.contacts.map((c) => c.email.toLowerCase()));
  const field = (name: keyof typeof person, label: string) => (
    <label>{label} <input name={`admin-${name}`} value={person[name]} onInput={(e) => setPerson({ ...person, [name]: e.currentTarget.value })} /></label>
  );
  return (
    <Section title="Admin Console admins">
      <table data-testid="admins">
        <thead><tr><th>Email</th><th>Name</th><th>Source</th><th>Added</th><th></th></tr></thead>
        <tbody>
          {customer.admins.map((a) => (
            <tr key={a.email} data-email={a.email}>
              <td class="wrap">{a.email}{!inContacts.has(a.email.toLowerCase()) && <div class="small muted" data-testid="not-a-contact">not in the API's contacts</div>}</td><td>{a.firstName} {a.lastName}</td><td><span class={`badge ${a.source}`}>{a.source}</span></td><td class="small nowrap">{a.addedAt.slice(0, 10)}<br />{a.addedAt.slice(11, 19)}</td>
              <td><button disabled={busy} aria-label={`Remove admin ${a.email}`} onClick={() => run((api) => api.removeConsoleAdmin(id, a.email))}>Remove</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <form class="grid" aria-label="Add a console admin" onSubmit={(e) => { e.preventDefault(); void run(async (api) => { await api.addConsoleAdmin(id, person); setPerson({ firstName: '', lastName: '', email: '' }); }); }}>
        {field('firstName', 'First name')}{field('lastName', 'Last name')}{field('email', 'Email')}
        <button type="submit" disabled={busy}>Add console admin</button>
      </form>
      <ErrorBox error={error} />
    </Section>
  );
}

const RAW_FIELDS = ['linkedMembership', 'discounts', 'activeSubscriptions', 'tags', 'activatesAt', 'externalReferenceId'] as const;

/** Any other field of the record, as JSON: linked membership, discounts, tags… (PATCH of what changed). */
function RawFields({ customer }: { customer: Customer }) {
  const { run, error, busy } = useAction();
  const initial = JSON.stringify(Object.fromEntries(RAW_FIELDS.map((k) => [k, customer[k]])), null, 2);
  const [text, setText] = useState(initial);
  useEffect(() => setText(initial), [initial]); // what the API now holds, after a save or a change elsewhere
  const save = () => run(async (api) => {
    const edited = parseJson<Record<string, unknown>>(text);
    const patch = Object.fromEntries(Object.entries(edited).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify((customer as unknown as Record<string, unknown>)[k])));
    if (!Object.keys(patch).length) throw pageError('Nothing changed');
    return api.updateCustomer(customer.customerId, patch);
  });
  return (
    <details>
      <summary>Other fields (linked membership, discounts, tags…) as JSON</summary>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }} aria-label="Edit other fields">
        <textarea name="raw-fields" rows={14} spellcheck={false} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <div class="actions"><button type="submit" disabled={busy}>Save fields</button><button type="button" onClick={() => setText(initial)}>Undo edits</button></div>
      </form>
      <ErrorBox error={error} />
    </details>
  );
}

export function CustomerPage({ id, back }: { id: string; back: () => void }) {
  const { value: customer, error } = useLoad((api) => api.customer(id), [id], 2000);
  if (!customer) return <Section title={`Customer ${id}`}><ErrorBox error={error} /><button onClick={back}>Back</button></Section>;
  const p = customer.companyProfile;
  return (
    <div>
      <div class="title-row">
        <button onClick={back}>← Customers</button>
        <h2 data-testid="customer-title">{p.companyName} <span class="muted">{customer.customerId}</span></h2>
        <span class="badge" data-testid="customer-status">{statusLabel(customer.status)}</span>
      </div>
      <ErrorBox error={error} />
      <div class="columns">
        <div>
          <Section title="Profile and contacts (as the API returns them)">
            <dl class="facts">
              <dt>Reseller</dt><dd>{customer.resellerId}</dd>
              <dt>Segment</dt><dd>{p.marketSegment} {(p.marketSubSegments ?? []).join(', ')}</dd>
              <dt>Language</dt><dd>{p.preferredLanguage}</dd>
              <dt>Address</dt><dd>{[p.address.addressLine1, p.address.city, p.address.region, p.address.postalCode, p.address.country].filter(Boolean).join(', ')}</dd>
              <dt>Anniversary</dt><dd>{customer.cotermDate || '—'} {customer.cotermDate && <ClockToAnniversary date={customer.cotermDate} />}</dd>
              <dt>Created</dt><dd>{seconds(customer.creationDate)}</dd>
              {customer.activatesAt && <><dt>Activates at</dt><dd>{seconds(customer.activatesAt)}</dd></>}
              <dt>Global sales</dt><dd>enabled {String(customer.globalSalesEnabled)}, eligible {String(customer.globalSalesEligible)}</dd>
              <dt>Linked membership</dt><dd>{customer.linkedMembership ? `${customer.linkedMembership.name} ${customer.linkedMembership.type} ${customer.linkedMembership.linkedMembershipType}` : '—'}</dd>
              <dt>LGA</dt><dd>{customer.lga ? `${customer.lga.status}${customer.lga.upgradeDate ? ` (upgrade ${customer.lga.upgradeDate})` : ''}` : '—'}</dd>
            </dl>
            <h3>Contacts</h3>
            <table data-testid="contacts">
              <thead><tr><th>Email</th><th>Name</th></tr></thead>
              <tbody>{p.contacts.map((c) => <tr key={c.email}><td class="wrap">{c.email}</td><td>{c.firstName} {c.lastName}</td></tr>)}</tbody>
            </table>
          </Section>
          <Section title="As the partner: GET / PATCH /v3/customers/{id}">
            <p class="small muted">The partner's own call (see Partner API): the profile the API holds, with the contacts as edited here.</p>
            <UpdateCustomer key={customer.customerId} customerId={customer.customerId} fixed profile={customer.companyProfile} />
          </Section>
          <Section title="Edit"><ProfileEditor key={JSON.stringify([customer.status, customer.cotermDate, customer.globalSalesEnabled, customer.globalSalesEligible])} customer={customer} />
            <RawFields customer={customer} />
          </Section>
        </div>
        <div>
          <Admins customer={customer} />
          <ThreeYearCommit customer={customer} />
          <LgaCard customer={customer} />
          <LinkedMembershipCard customer={customer} />
          <OpenAcquisitions customer={customer} />
          <Deployments customer={customer} />
          <Orders customer={customer} />
          <Subscriptions customer={customer} />
          <ResellerChange customer={customer} />
          <Renewal customer={customer} />
        </div>
      </div>
    </div>
  );
}
