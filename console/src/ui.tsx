// Shared pieces: the client and refresh signal, API errors as the API gave them, async actions.
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useState } from 'preact/hooks';
import { shown, type ControlPlane, type ShownError } from './api.js';

export interface Session {
  api: ControlPlane;
  /** Bumped after every change, so every view reloads what it shows from the API. */
  tick: number;
  changed: () => void;
}

export const SessionContext = createContext<Session>(undefined as unknown as Session);
export const useSession = () => useContext(SessionContext);

export function ErrorBox({ error }: { error?: ShownError }) {
  if (!error) return null;
  return (
    <div class="error" role="alert" data-testid="api-error">
      <strong>
        {error.status ?? ''} {error.code ? `code ${error.code}` : ''}
      </strong>{' '}
      <span>{error.message}</span>
      {error.additionalDetails.length > 0 && (
        <ul>
          {error.additionalDetails.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Runs a change through the API; on success every view reloads, on failure the API's error is kept to show. */
export function useAction() {
  const { api, changed } = useSession();
  const [error, setError] = useState<ShownError>();
  const [busy, setBusy] = useState(false);
  const run = useCallback(async <T,>(work: (api: ControlPlane) => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await work(api);
      changed();
      return result;
    } catch (e) {
      setError(shown(e));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, [api, changed]);
  return { run, error, busy };
}

/** Loads from the API on every change (and every `everyMs` when given); keeps the API's error. */
export function useLoad<T>(load: (api: ControlPlane) => Promise<T>, deps: unknown[], everyMs?: number) {
  const { api, tick } = useSession();
  const [value, setValue] = useState<T>();
  const [error, setError] = useState<ShownError>();
  useEffect(() => {
    let live = true;
    const once = () => load(api).then(
      (v) => live && (setValue(v), setError(undefined)),
      (e) => live && setError(shown(e)),
    );
    void once();
    const timer = everyMs ? setInterval(once, everyMs) : undefined;
    return () => {
      live = false;
      if (timer) clearInterval(timer);
    };
  }, [api, tick, ...deps]);
  return { value, error };
}

export const Json = ({ value, testid }: { value: unknown; testid?: string }) => (
  <pre class="json" data-testid={testid}>{typeof value === 'string' ? value : JSON.stringify(value, null, 2)}</pre>
);

export const Section = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <section class="card">
    <h2>{title}</h2>
    {children}
  </section>
);

export const STATUSES: Record<string, string> = {
  '1000': 'active', '1002': 'pending', '1004': 'inactive', '1010': 'invalid address', '1012': 'blocked',
  '1014': 'duplicate', '1024': 'duplicate (portal)', '1026': 'invalid customer id',
};
export const statusLabel = (s: string) => `${s} ${STATUSES[s] ?? ''}`.trim();

/** An error of the page itself (not the API's), shown like one: a message, no code. */
export const pageError = (message: string) => Object.assign(new Error(message), { additionalDetails: [] as string[] });

export type MinimumQuantity = { offerType: 'LICENSE' | 'CONSUMABLES'; quantity: number };
export type QuantityFields = Record<MinimumQuantity['offerType'], string>;
export const noQuantities: QuantityFields = { LICENSE: '', CONSUMABLES: '' };
export const quantityFields = (qs: MinimumQuantity[] = []): QuantityFields => ({
  LICENSE: String(qs.find((q) => q.offerType === 'LICENSE')?.quantity ?? ''),
  CONSUMABLES: String(qs.find((q) => q.offerType === 'CONSUMABLES')?.quantity ?? ''),
});
/** The offer types given a quantity, as the API takes them (a typo is sent as is, for the API to judge). */
export const toQuantities = (fields: QuantityFields): MinimumQuantity[] =>
  (Object.entries(fields) as [MinimumQuantity['offerType'], string][]).filter(([, v]) => v.trim() !== '').map(([offerType, v]) => ({ offerType, quantity: Number(v) }));

/** Quantities by offer type: LICENSE and CONSUMABLES. */
export function Quantities({ name, value, onChange }: { name: string; value: QuantityFields; onChange: (v: QuantityFields) => void }) {
  return (
    <>
      {(['LICENSE', 'CONSUMABLES'] as const).map((offerType) => (
        <label key={offerType}>{offerType} <input name={`${name}-${offerType}`} inputMode="numeric" size={5} value={value[offerType]} onInput={(e) => onChange({ ...value, [offerType]: e.currentTarget.value })} /></label>
      ))}
    </>
  );
}

/** The JSON of a text field, or the page's error saying why it is not JSON. */
export function parseJson<T = unknown>(text: string, what = 'Not JSON'): T {
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw pageError(`${what}: ${(e as Error).message}`);
  }
}

/** An instant without its milliseconds; a dash for none. */
export const seconds = (t?: string | null) => (t ? t.replace(/\.\d+Z$/, 'Z') : '—');
