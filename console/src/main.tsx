// The sandbox console: one page, views chosen by the URL's hash, the clock always on top.
import { render } from 'preact';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { connect, forgetToken, saveToken, savedToken, shown, type ShownError } from './api.js';
import { ClockBar } from './clock.js';
import { CustomerList, CustomerPage } from './customers.js';
import { DiscountsView } from './discounts.js';
import { EmailsView } from './emails.js';
import { FaultsView } from './faults.js';
import { JournalView } from './journal.js';
import { MembershipsView } from './memberships.js';
import { PartnerView } from './partner.js';
import { ResellersView } from './resellers.js';
import { StateView } from './state.js';
import { ErrorBox, SessionContext } from './ui.js';
import './styles.css';

const VIEWS = [['customers', 'Customers'], ['partner', 'Partner API'], ['journal', 'Journal'], ['faults', 'Faults'], ['emails', 'Emails'], ['resellers', 'Resellers'], ['memberships', 'VIP memberships'], ['discounts', 'Discounts'], ['state', 'State']] as const;
const LARGE_KEY = 'vipm-sim-console-large';

/** Applied at once (not after the next render), so the type is large as soon as the box is ticked. */
function showLarge(on: boolean): boolean {
  document.documentElement.classList.toggle('large', on);
  localStorage.setItem(LARGE_KEY, on ? '1' : '0');
  return on;
}

function useHash() {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => setHash(location.hash);
    addEventListener('hashchange', on);
    return () => removeEventListener('hashchange', on);
  }, []);
  return [hash.replace(/^#\/?/, '').split('/'), (to: string) => { location.hash = `#/${to}`; }] as const;
}

function TokenForm({ error, onToken }: { error?: ShownError; onToken: (t: string) => void }) {
  const [token, setToken] = useState('');
  return (
    <form class="card token" onSubmit={(e) => { e.preventDefault(); onToken(token); }}>
      <h2>Admin token</h2>
      <p>This simulator guards its control plane with an admin token. It is kept for this browser tab only (sessionStorage).</p>
      <ErrorBox error={error} />
      <label>Token <input type="password" name="admin-token" autoFocus value={token} onInput={(e) => setToken(e.currentTarget.value)} /></label>
      <button type="submit">Open the console</button>
    </form>
  );
}

function App() {
  const [token, setToken] = useState(savedToken());
  const api = useMemo(() => connect(token), [token]);
  const [tick, setTick] = useState(0);
  const changed = useCallback(() => setTick((t) => t + 1), []);
  const [gate, setGate] = useState<'checking' | 'open' | 'token'>('checking');
  const [gateError, setGateError] = useState<ShownError>();
  const [large, setLarge] = useState(() => showLarge(localStorage.getItem(LARGE_KEY) === '1'));
  const [[route, id], go] = useHash();
  const view = route || 'customers';

  useEffect(() => {
    api.clock().then(() => setGate('open'), (e) => {
      const err = shown(e);
      if (err.status === 401) {
        if (token) forgetToken();
        setGateError(token ? err : undefined);
        setGate('token');
      } else {
        setGateError(err);
        setGate('open');
      }
    });
  }, [api]);

  if (gate === 'checking') return <p class="card">Connecting…</p>;
  if (gate === 'token') return <TokenForm error={gateError} onToken={(t) => { saveToken(t); setToken(t); setGate('checking'); }} />;
  return (
    <SessionContext.Provider value={{ api, tick, changed }}>
      <header class="top">
        <h1 title="vipm-sim sandbox console">vipm-sim <span class="muted">console</span></h1>
        <ClockBar />
      </header>
      <nav aria-label="Views">
        {VIEWS.map(([key, label]) => (
          <a key={key} href={`#/${key}`} aria-current={view === key ? 'page' : undefined}>{label}</a>
        ))}
        <a class="docs" href="../contracts/sandbox.yaml">API document</a>
        <label class="check large-type"><input type="checkbox" checked={large} onChange={(e) => setLarge(showLarge(e.currentTarget.checked))} /> Large type</label>
      </nav>
      <main>
        <ErrorBox error={gateError} />
        {view === 'customers' && !id && <CustomerList open={(cid) => go(`customers/${cid}`)} />}
        {view === 'customers' && id && <CustomerPage id={decodeURIComponent(id)} back={() => go('customers')} />}
        {view === 'partner' && <PartnerView customerId={id && decodeURIComponent(id)} />}
        {view === 'journal' && <JournalView />}
        {view === 'faults' && <FaultsView />}
        {view === 'emails' && <EmailsView />}
        {view === 'resellers' && <ResellersView />}
        {view === 'memberships' && <MembershipsView />}
        {view === 'discounts' && <DiscountsView />}
        {view === 'state' && <StateView />}
      </main>
    </SessionContext.Provider>
  );
}

render(<App />, document.getElementById('app')!);
