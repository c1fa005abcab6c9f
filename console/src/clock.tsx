// The simulated time, always visible: advance by a preset, set it, freeze or restart it.
import { useState } from 'preact/hooks';
import { ErrorBox, useAction, useLoad } from './ui.js';

const PRESETS: [string, string][] = [['+1 minute', 'PT1M'], ['+1 day', 'P1D'], ['+7 days', 'P7D'], ['+30 days', 'P30D']];

export function ClockBar() {
  const { value: clock, error: loadError } = useLoad((api) => api.clock(), [], 1000);
  const { run, error, busy } = useAction();
  const [at, setAt] = useState('');
  return (
    <div class="clock" aria-label="Simulated clock">
      <span class="now" data-testid="clock-now">{clock ? `${clock.now.slice(0, 19)}Z` : '…'}</span>
      <span class="badge" data-testid="clock-frozen">{clock?.frozen ? 'frozen' : 'running'}</span>
      {PRESETS.map(([label, duration]) => (
        <button key={duration} disabled={busy} onClick={() => run((api) => api.advanceClock(duration))}>{label}</button>
      ))}
      <button disabled={busy || !clock} onClick={() => run((api) => api.freezeClock(!clock!.frozen))}>{clock?.frozen ? 'Restart' : 'Freeze'}</button>
      <form class="inline" onSubmit={(e) => { e.preventDefault(); void run((api) => api.setClock(at)); }}>
        <label>Set to <input name="clock-at" placeholder="2027-01-01T00:00:00Z" value={at} onInput={(e) => setAt(e.currentTarget.value)} size={19} /></label>
        <button type="submit" disabled={busy || !at}>Set</button>
      </form>
      <ErrorBox error={error ?? loadError} />
    </div>
  );
}
