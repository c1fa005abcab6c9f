// Moving the whole state in and out of a store: loading fixtures, reset, export and import.
import { normalizeState, stateDocument, type NormalizedState, type StateDocument } from '../domain/state.js';
import { emptyContents, recordKey, SINGLETON, type Kind, type Store, type StoreContents } from '../store/store.js';

const LISTED: Array<Exclude<Kind, 'clock' | 'sequences'>> = ['distributors', 'clients', 'resellers', 'customers', 'emails', 'tokens', 'idempotency', 'requestIds'];

export function contentsOf(state: NormalizedState): StoreContents {
  const contents = emptyContents();
  for (const kind of LISTED) {
    const table = contents[kind] as Record<string, unknown>;
    for (const record of state[kind] as never[]) table[recordKey(kind, record)] = record;
  }
  contents.clock[SINGLETON] = state.clock;
  contents.sequences[SINGLETON] = state.sequences;
  return contents;
}

export async function loadState(store: Store, doc: StateDocument, realNowMs: number): Promise<void> {
  await store.replaceAll(contentsOf(normalizeState(doc, realNowMs)));
}

export async function exportState(store: Store, realNowMs: number): Promise<StateDocument> {
  const contents = await store.dump();
  const state = Object.fromEntries(LISTED.map((k) => [k, Object.values(contents[k])])) as unknown as NormalizedState;
  state.clock = contents.clock[SINGLETON];
  state.sequences = contents.sequences[SINGLETON];
  return stateDocument(state, realNowMs);
}
