// The request journal, live: polled every second; each entry opens to its full request and
// response (the server masks tokens and secrets).
import { useState } from 'preact/hooks';
import type { JournalEntry } from './api.js';
import { ErrorBox, Json, Section, useAction, useLoad } from './ui.js';

const FILTERS = ['path', 'method', 'customerId', 'status', 'correlationId'] as const;
type Filter = Record<(typeof FILTERS)[number], string>;

export function JournalView() {
  const [filter, setFilter] = useState<Filter>({ path: '', method: '', customerId: '', status: '', correlationId: '' });
  const [live, setLive] = useState(true);
  const [openId, setOpenId] = useState<number>();
  const query = { ...filter, status: filter.status ? Number(filter.status) : undefined, limit: 200 };
  const { value: entries, error } = useLoad((api) => api.journal(query), [JSON.stringify(filter), live], live ? 1000 : undefined);
  const { run, error: clearError } = useAction();
  const open = entries?.find((e) => e.id === openId);
  return (
    <Section title="Journal">
      <div class="filters">
        {FILTERS.map((k) => (
          <label key={k}>{k} <input name={`journal-${k}`} value={filter[k]} size={k === 'path' ? 20 : 12} onInput={(e) => setFilter({ ...filter, [k]: e.currentTarget.value })} /></label>
        ))}
        <label><input type="checkbox" checked={live} onChange={(e) => setLive(e.currentTarget.checked)} /> live</label>
        <button onClick={() => run((api) => api.clearJournal())}>Clear</button>
      </div>
      <ErrorBox error={error ?? clearError} />
      <div class="journal-layout">
        <div class="scroll">
        <table data-testid="journal">
          <thead><tr><th>Time (simulated)</th><th>Method</th><th>Path</th><th>Status</th><th>Fault</th><th>Correlation id</th></tr></thead>
          <tbody>
            {(entries ?? []).map((e) => (
              <tr key={e.id} class={`${e.status >= 400 || e.status === 0 ? 'failed' : ''} ${e.id === openId ? 'selected' : ''}`} data-status={e.status} data-correlation-id={e.correlationId}>
                <td class="nowrap">{e.time.slice(0, 10)} <strong>{e.time.slice(11, 19)}</strong></td><td>{e.method}</td>
                <td><button class="link" onClick={() => setOpenId(e.id)}>{e.path}</button></td>
                <td>{e.status}</td><td>{e.fault ?? ''}</td><td class="small mono" title={e.correlationId}>{e.correlationId?.slice(0, 8) ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        {open && <EntryDetail entry={open} />}
      </div>
    </Section>
  );
}

const EntryDetail = ({ entry }: { entry: JournalEntry }) => (
  <div class="detail" data-testid="journal-entry">
    <h3>{entry.method} {entry.path} → {entry.status} <span class="muted">{entry.durationMs.toFixed(1)} ms · {entry.time}</span></h3>
    {entry.correlationId && <p class="small">correlation id <span class="mono">{entry.correlationId}</span></p>}
    <h4>Request headers</h4><Json value={entry.requestHeaders} />
    {Object.keys(entry.query).length > 0 && <><h4>Query</h4><Json value={entry.query} /></>}
    <h4>Request body</h4><Json value={entry.requestBody ?? '(none)'} />
    <h4>Response headers</h4><Json value={entry.responseHeaders} />
    <h4>Response body</h4><Json value={entry.responseBody ?? '(none)'} testid="journal-response" />
  </div>
);
