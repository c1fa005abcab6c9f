// The partner's calls, made from the console so a demo needs no terminal: the presenter plays the
// partner. Create a customer, GET it, PATCH it (contacts, a 3YC request or recommitment, an LGA
// conversion, a linked membership), or send any request of contracts/openapi.yaml.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Customer } from './api.js';
import { partner, type PartnerAnswer } from './partner-api.js';
import { ErrorBox, Json, noQuantities, pageError, parseJson, Quantities, Section, toQuantities, useSession } from './ui.js';

type Contact = Customer['companyProfile']['contacts'][number];
type Profile = Customer['companyProfile'];

/** One contact a line: given name, family name, email ("Scrooge McDuck scrooge@duckburg.example"). */
export const contactsText = (contacts: Contact[]) => contacts.map((c) => `${c.firstName} ${c.lastName} ${c.email}`).join('\n');
export function parseContacts(text: string): Contact[] {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).map((line) => {
    const words = line.split(/[\s,;<>]+/).filter(Boolean);
    if (words.length < 3) throw pageError(`"${line}": a contact is a given name, a family name and an email`);
    return { firstName: words[0], lastName: words.slice(1, -1).join(' '), email: words[words.length - 1] };
  });
}

/** What a partner sends back of a profile it read: the fields of CompanyProfileRequest. */
const requestProfile = (p: Profile) => ({
  companyName: p.companyName, preferredLanguage: p.preferredLanguage, marketSegment: p.marketSegment,
  ...(p.marketSubSegments?.length ? { marketSubSegments: p.marketSubSegments } : {}), address: p.address, contacts: p.contacts,
});

/** Runs a partner call; the answer is kept to show, and every view reloads from the control plane. */
export function usePartnerCall() {
  const { changed } = useSession();
  const [answer, setAnswer] = useState<PartnerAnswer>();
  const [error, setError] = useState<Error & { additionalDetails: string[] }>();
  const [busy, setBusy] = useState(false);
  const send = async (work: () => Promise<PartnerAnswer>) => {
    setBusy(true);
    setError(undefined);
    setAnswer(undefined);
    try {
      const got = await work();
      setAnswer(got);
      changed();
      return got;
    } catch (e) {
      setError(e as Error & { additionalDetails: string[] });
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { send, answer, busy, error };
}

export function Answer({ answer, linked = true }: { answer?: PartnerAnswer; linked?: boolean }) {
  // A form's answer lands under it, often below the fold (a PATCH on a 1280×900 screen): bring it in.
  const shown = useRef<HTMLDivElement>(null);
  useEffect(() => shown.current?.scrollIntoView({ block: 'nearest' }), [answer]);
  if (!answer) return null;
  const customerId = (answer.body as { customerId?: unknown } | undefined)?.customerId;
  return (
    <div ref={shown} class={`answer ${answer.error ? 'failed' : ''}`} data-testid="partner-answer" data-status={answer.status} data-correlation-id={answer.correlationId}>
      <p><strong>{answer.method} {answer.path} → {answer.status}</strong>
        {answer.correlationId && <span class="small muted"> · correlation id <span class="mono">{answer.correlationId}</span></span>}
        {answer.renewedToken && <span class="small muted"> · the token had expired: a new one was fetched and the call sent again</span>}
      </p>
      <ErrorBox error={answer.error} />
      {linked && typeof customerId === 'string' && !answer.error && <p><a href={`#/customers/${customerId}`}>Open customer {customerId} in the console</a></p>}
      {answer.body !== undefined && <Json value={answer.body} testid="partner-answer-body" />}
    </div>
  );
}

function Credentials() {
  const { send, answer, busy, error } = usePartnerCall();
  const [clientId, setClientId] = useState(partner.clientId);
  const [secret, setSecret] = useState(partner.clientSecret);
  return (
    <Section title="Partner credentials">
      <form class="grid" aria-label="Partner credentials" onSubmit={(e) => { e.preventDefault(); partner.setCredentials(clientId, secret); void send(() => partner.fetchToken()); }}>
        <label>Client id (X-Api-Key) <input name="partner-client-id" value={clientId} onInput={(e) => { setClientId(e.currentTarget.value); partner.setCredentials(e.currentTarget.value, secret); }} /></label>
        <label>Client secret <input name="partner-client-secret" type="password" value={secret} onInput={(e) => { setSecret(e.currentTarget.value); partner.setCredentials(clientId, e.currentTarget.value); }} /></label>
        <button type="submit" disabled={busy}>Get a token</button>
      </form>
      <p class="small muted">Every call fetches a token first when there is none, and once more when the API answers 401 (tokens live 24 simulated hours). The token stays in this page only.</p>
      <ErrorBox error={error} />
      <Answer answer={answer} />
    </Section>
  );
}

const NEW_CUSTOMER = {
  resellerId: '5556667778', companyName: 'Duckburg Widgets', marketSegment: 'COM', marketSubSegments: '', preferredLanguage: 'en-US', externalReferenceId: '',
  country: 'US', region: 'CA', city: 'San Jose', addressLine1: '1 Main St', postalCode: '95110',
  contacts: 'Donald Duck donald@duckburg.example\nScrooge McDuck scrooge@duckburg.example', lga: false,
};

function CreateCustomer() {
  const { send, answer, busy, error } = usePartnerCall();
  const [f, setF] = useState(NEW_CUSTOMER);
  const [commit, setCommit] = useState(noQuantities);
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const text = (k: keyof typeof f, label: string, size = 12) => <label>{label} <input name={`create-${k}`} value={f[k] as string} size={size} onInput={set(k)} /></label>;
  const create = () => send(async () => {
    const requested = toQuantities(commit);
    const benefits = [
      ...(f.lga ? [{ type: 'LARGE_GOVERNMENT_AGENCY' }] : []),
      ...(requested.length ? [{ type: 'THREE_YEAR_COMMIT', commitmentRequest: { minimumQuantities: requested } }] : []),
    ];
    const subSegments = f.marketSubSegments.split(/[\s,]+/).filter(Boolean);
    return partner.call('POST', '/v3/customers', {
      resellerId: f.resellerId, ...(f.externalReferenceId ? { externalReferenceId: f.externalReferenceId } : {}),
      companyProfile: {
        companyName: f.companyName, preferredLanguage: f.preferredLanguage, marketSegment: f.marketSegment, ...(subSegments.length ? { marketSubSegments: subSegments } : {}),
        address: { country: f.country, region: f.region, city: f.city, addressLine1: f.addressLine1, postalCode: f.postalCode },
        contacts: parseContacts(f.contacts),
      },
      ...(benefits.length ? { benefits } : {}),
    });
  });
  return (
    <Section title="Create a customer (POST /v3/customers)">
      <form aria-label="Create a customer" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <div class="grid">
          {text('resellerId', 'Reseller id')}{text('companyName', 'Company', 18)}
          <label>Segment <select name="create-marketSegment" value={f.marketSegment} onChange={set('marketSegment')}>{['COM', 'EDU', 'GOV'].map((s) => <option key={s}>{s}</option>)}</select></label>
          {text('marketSubSegments', 'Sub-segments', 10)}{text('preferredLanguage', 'Language', 6)}{text('externalReferenceId', 'External reference', 8)}
        </div>
        <div class="grid">{text('country', 'Country', 3)}{text('region', 'Region', 4)}{text('city', 'City')}{text('addressLine1', 'Address line 1', 16)}{text('postalCode', 'Postal code', 8)}</div>
        <label class="block">Contacts (one a line: given name, family name, email)
          <textarea name="create-contacts" rows={3} value={f.contacts} onInput={set('contacts')} /></label>
        <div class="grid">
          <label><input type="checkbox" name="create-lga" checked={f.lga} onChange={(e) => setF({ ...f, lga: e.currentTarget.checked })} /> Large Government Agency</label>
          <span class="muted">3YC commitment request:</span><Quantities name="create-3yc" value={commit} onChange={setCommit} />
          <button type="submit" disabled={busy}>Create customer</button>
        </div>
      </form>
      <ErrorBox error={error} />
      <Answer answer={answer} />
    </Section>
  );
}

const REQUESTS = [['', 'no 3YC request'], ['commitmentRequest', '3YC commitment request'], ['recommitmentRequest', '3YC recommitment request']] as const;

/** GET and PATCH /v3/customers/{id}: the PATCH sends back the profile last read, with the contacts as edited. */
export function UpdateCustomer({ customerId, fixed, profile }: { customerId?: string; fixed?: boolean; profile?: Profile }) {
  const { send, answer, busy, error } = usePartnerCall();
  const [id, setId] = useState(customerId ?? '');
  const [base, setBase] = useState<Profile | undefined>(profile);
  const [contacts, setContacts] = useState(profile ? contactsText(profile.contacts) : '');
  const [request, setRequest] = useState('');
  const [quantities, setQuantities] = useState(noQuantities);
  const [lga, setLga] = useState(false);
  const [membership, setMembership] = useState({ type: '', name: '' });
  // On a customer's page: what the API now holds (after a PATCH from here or from elsewhere).
  useEffect(() => {
    if (!profile) return;
    setBase(profile);
    setContacts(contactsText(profile.contacts));
  }, [JSON.stringify(profile)]);
  const path = () => `/v3/customers/${encodeURIComponent(id.trim())}`;
  const read = (got: PartnerAnswer) => {
    const p = (got.body as Customer | undefined)?.companyProfile;
    if (!got.error && p) {
      setBase(p);
      setContacts(contactsText(p.contacts));
    }
    return got;
  };
  const get = () => send(async () => read(await partner.call('GET', path())));
  const patch = () => send(async () => {
    let current = base;
    if (!current) {
      const got = read(await partner.call('GET', path()));
      if (got.error) return got;
      current = (got.body as Customer).companyProfile;
    }
    const requested = toQuantities(quantities);
    if (request && !requested.length) throw pageError('A 3YC request needs a quantity of LICENSE or CONSUMABLES');
    const benefits = [
      ...(request ? [{ type: 'THREE_YEAR_COMMIT', [request]: { minimumQuantities: requested } }] : []),
      ...(lga ? [{ type: 'LARGE_GOVERNMENT_AGENCY' }] : []),
    ];
    const body = {
      companyProfile: { ...requestProfile(current), contacts: parseContacts(contacts) },
      ...(benefits.length ? { benefits } : {}),
      ...(membership.type ? { linkedMembership: membership } : {}),
    };
    return read(await partner.call('PATCH', path(), body));
  });
  return (
    <form aria-label="Update a customer as the partner" onSubmit={(e) => { e.preventDefault(); void patch(); }}>
      <div class="grid">
        {!fixed && <label>Customer id <input name="partner-customer-id" value={id} onInput={(e) => { setId(e.currentTarget.value); setBase(undefined); }} /></label>}
        <button type="button" disabled={busy || !id.trim()} onClick={get}>GET customer</button>
      </div>
      <label class="block">Contacts to send (one a line: given name, family name, email)
        <textarea name="partner-contacts" rows={3} value={contacts} onInput={(e) => setContacts(e.currentTarget.value)} placeholder="GET the customer first, or type them" /></label>
      <div class="grid">
        <label>Benefit <select name="partner-3yc-request" value={request} onChange={(e) => setRequest(e.currentTarget.value)}>
          {REQUESTS.map(([v, label]) => <option key={v} value={v}>{label}</option>)}
        </select></label>
        <Quantities name="partner-3yc" value={quantities} onChange={setQuantities} />
        <label><input type="checkbox" name="partner-lga" checked={lga} onChange={(e) => setLga(e.currentTarget.checked)} /> convert to LGA</label>
      </div>
      <div class="grid">
        <label>New linked membership <select name="partner-lm-type" value={membership.type} onChange={(e) => setMembership({ ...membership, type: e.currentTarget.value })}>
          <option value="">none</option><option>STANDARD</option><option>CONSORTIUM</option>
        </select></label>
        <label>named <input name="partner-lm-name" value={membership.name} disabled={!membership.type} onInput={(e) => setMembership({ ...membership, name: e.currentTarget.value })} /></label>
        <button type="submit" disabled={busy || !id.trim()}>PATCH customer</button>
      </div>
      <ErrorBox error={error} />
      <Answer answer={answer} linked={!fixed} />
    </form>
  );
}

const METHODS = ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'];

/** Any request of contracts/openapi.yaml (search linked membership groups, enrol, open acquisitions…). */
function AnyRequest() {
  const { send, answer, busy, error } = usePartnerCall();
  const [method, setMethod] = useState('GET');
  const [path, setPath] = useState('/v3/linked_membership_groups?country=US&name=group');
  const [body, setBody] = useState('');
  const go = () => send(() => partner.call(method, path.trim(), body.trim() ? parseJson(body) : undefined));
  return (
    <Section title="Any Partner API request">
      <form aria-label="Any Partner API request" onSubmit={(e) => { e.preventDefault(); void go(); }}>
        <div class="grid">
          <label>Method <select name="any-method" value={method} onChange={(e) => setMethod(e.currentTarget.value)}>{METHODS.map((m) => <option key={m}>{m}</option>)}</select></label>
          <label>Path <input name="any-path" value={path} size={48} onInput={(e) => setPath(e.currentTarget.value)} /></label>
          <button type="submit" disabled={busy}>Send</button>
        </div>
        <label class="block">JSON body (empty: none) <textarea name="any-body" rows={4} value={body} onInput={(e) => setBody(e.currentTarget.value)} /></label>
      </form>
      <ErrorBox error={error} />
      <Answer answer={answer} />
    </Section>
  );
}

export function PartnerView({ customerId }: { customerId?: string }) {
  return (
    <div>
      <p class="muted">The partner's own calls to the simulated Partner API (contracts/openapi.yaml), made here so a presenter can play the partner: each gets a token from /ims/token/v3, sends X-Api-Key and a fresh X-Correlation-Id, and shows the answer as the API gave it. They appear in the journal like any partner's.</p>
      <div class="columns">
        <div><CreateCustomer /></div>
        <div>
          <Credentials />
          <Section title="GET / PATCH a customer (/v3/customers/{id})"><UpdateCustomer key={customerId} customerId={customerId} /></Section>
          <AnyRequest />
        </div>
      </div>
    </div>
  );
}
