// State: export as a file, import a file, reset to the fixtures or to empty.
import { useState } from 'preact/hooks';
import type { StateDocument } from './api.js';
import { ErrorBox, parseJson, Section, useAction } from './ui.js';

export function StateView() {
  const { run, error, busy } = useAction();
  const [done, setDone] = useState('');
  const exportState = () => run(async (api) => {
    const doc = await api.state();
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc, null, 2)], { type: 'application/json' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: `vipm-sim-state-${(doc.clock?.now ?? '').slice(0, 10)}.json` });
    a.click();
    URL.revokeObjectURL(url);
    setDone(`Exported ${doc.customers.length} customers, ${doc.resellers.length} resellers.`);
  });
  const importFile = (file: File) => run(async (api) => {
    const doc = parseJson<StateDocument>(await file.text(), `${file.name} is not JSON`);
    await api.importState(doc);
    setDone(`Imported ${file.name}: ${doc.customers.length} customers.`);
  });
  return (
    <Section title="State">
      <div class="actions">
        <button disabled={busy} onClick={exportState}>Export state</button>
        <label class="file">Import a state file <input type="file" name="state-file" accept="application/json,.json" onChange={(e) => { const f = e.currentTarget.files?.[0]; if (f) void importFile(f); }} /></label>
        <button disabled={busy} onClick={() => run(async (api) => { await api.reset(); setDone('Reset to the start fixtures.'); })}>Reset to fixtures</button>
        <button disabled={busy} onClick={() => run(async (api) => { await api.reset({ empty: true }); setDone('Reset to empty.'); })}>Reset to empty</button>
      </div>
      {done && <p role="status" data-testid="state-done">{done}</p>}
      <p class="muted">Reset also disarms faults and clears the journal.</p>
      <ErrorBox error={error} />
    </Section>
  );
}
