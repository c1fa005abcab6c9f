// Reseller accounts as the partner sees them (POST and GET /v3/resellers): the console's client
// (distributor 5000000001) lists its resellers by status and creates one, pending until the
// activation delay has passed on the simulated clock.
import { useState } from 'preact/hooks';
import { partner } from './partner-api.js';
import { Answer, usePartnerCall } from './partner.js';
import { ErrorBox } from './ui.js';

const SEGMENTS = ['COM', 'EDU', 'GOV'] as const;
const ADDRESS = { country: 'US', region: 'CA', city: 'San Jose', addressLine1: '200 Fairmont Ave', postalCode: '95110-1234', phoneNumber: '800-123-4567' };

export function PartnerResellers() {
  const { send, answer, busy, error } = usePartnerCall();
  const [status, setStatus] = useState('1000');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [segments, setSegments] = useState<string[]>(['COM']);
  const list = () => send(() => partner.call('GET', `/v3/resellers?status=${status}&limit=50`));
  const create = () => send(() => partner.call('POST', '/v3/resellers', {
    distributorId: '5000000001',
    companyProfile: {
      companyName: name, preferredLanguage: 'en-US', marketSegments: segments, address: ADDRESS,
      contacts: [{ firstName: 'Reseller', lastName: 'Admin', email: email || 'admin@reseller.example', phoneNumber: '408-555-0100' }],
    },
  }));
  return (
    <>
      <form class="grid" aria-label="Partner reseller accounts: list" onSubmit={(e) => { e.preventDefault(); void list(); }}>
        <label>Status <select name="partner-reseller-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
          {[['1000', 'active'], ['1002', 'pending'], ['1004', 'inactive'], ['1026', 'invalid']].map(([v, l]) => <option key={v} value={v}>{v} {l}</option>)}
        </select></label>
        <button type="submit" disabled={busy}>GET /v3/resellers</button>
      </form>
      <form class="grid" aria-label="Partner reseller account: new" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <label>Company <input name="partner-reseller-company" value={name} onInput={(e) => setName(e.currentTarget.value)} /></label>
        <label>Contact email <input name="partner-reseller-email" value={email} onInput={(e) => setEmail(e.currentTarget.value)} /></label>
        <span>{SEGMENTS.map((s) => (
          <label key={s} class="check"><input type="checkbox" name={`partner-reseller-segment-${s}`} checked={segments.includes(s)} onChange={() => setSegments(segments.includes(s) ? segments.filter((x) => x !== s) : [...segments, s])} /> {s}</label>
        ))}</span>
        <button type="submit" disabled={busy || !name}>POST /v3/resellers</button>
      </form>
      {error && <ErrorBox error={{ message: error.message, additionalDetails: error.additionalDetails }} />}
      <Answer answer={answer} linked={false} />
    </>
  );
}
