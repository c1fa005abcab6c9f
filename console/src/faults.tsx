// Faults: arm one from a form, see the armed ones, disarm them.
import { useState } from 'preact/hooks';
import type { FaultInput } from './api.js';
import { ErrorBox, Json, Section, useAction, useLoad } from './ui.js';

const ACTIONS = ['respond', 'delay', 'drop', 'drop-after-commit'] as const;

export function FaultsView() {
  const { value: faults, error: loadError } = useLoad((api) => api.faults(), []);
  const { run, error, busy } = useAction();
  const [form, setForm] = useState({ method: 'PATCH', path: '/v3/customers/*', action: 'respond', status: '500', code: '', message: '', count: '1', delayMs: '' });
  const set = (k: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [k]: e.currentTarget.value });
  const arm = () => {
    const input: FaultInput = { method: form.method as FaultInput['method'], path: form.path, action: form.action as FaultInput['action'], count: Number(form.count) || 1 };
    if (form.action === 'respond' && form.status) input.status = Number(form.status);
    if (form.code) input.code = form.code;
    if (form.message) input.message = form.message;
    if (form.action === 'delay' && form.delayMs) input.delayMs = Number(form.delayMs);
    return run((api) => api.armFault(input));
  };
  return (
    <Section title="Faults">
      <form class="grid" aria-label="Arm a fault" onSubmit={(e) => { e.preventDefault(); void arm(); }}>
        <label>Method <select name="fault-method" value={form.method} onChange={set('method')}>
          {['*', 'GET', 'POST', 'PATCH', 'PUT', 'DELETE'].map((m) => <option key={m}>{m}</option>)}
        </select></label>
        <label>Path pattern <input name="fault-path" value={form.path} onInput={set('path')} /></label>
        <label>Action <select name="fault-action" value={form.action} onChange={set('action')}>
          {ACTIONS.map((a) => <option key={a}>{a}</option>)}
        </select></label>
        <label>Status <input name="fault-status" value={form.status} onInput={set('status')} size={4} disabled={form.action !== 'respond'} /></label>
        <label>Code <input name="fault-code" value={form.code} onInput={set('code')} size={5} placeholder="default" /></label>
        <label>Message <input name="fault-message" value={form.message} onInput={set('message')} placeholder="default" /></label>
        <label>Count <input name="fault-count" value={form.count} onInput={set('count')} size={4} /></label>
        <label>Delay (ms) <input name="fault-delay" value={form.delayMs} onInput={set('delayMs')} size={6} disabled={form.action !== 'delay'} /></label>
        <button type="submit" disabled={busy}>Arm fault</button>
      </form>
      <ErrorBox error={error ?? loadError} />
      <table data-testid="faults">
        <thead><tr><th>Method</th><th>Path</th><th>Action</th><th>Status / code</th><th>Remaining</th><th></th></tr></thead>
        <tbody>
          {(faults ?? []).map((f) => (
            <tr key={f.id}>
              <td>{f.method}</td><td>{f.path}</td><td>{f.action}{f.delayMs ? ` ${f.delayMs} ms` : ''}</td>
              <td>{f.status ?? ''} {f.code ?? ''}</td><td>{f.remaining}</td>
              <td><button onClick={() => run((api) => api.deleteFault(f.id))}>Disarm</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      {faults?.length === 0 && <p class="muted">No fault armed.</p>}
      {(faults?.length ?? 0) > 0 && <button onClick={() => run((api) => api.clearFaults())}>Disarm all</button>}
      {faults?.some((f) => f.body !== undefined) && <Json value={faults.filter((f) => f.body !== undefined).map((f) => f.body)} />}
    </Section>
  );
}
