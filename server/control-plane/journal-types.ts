// What the request journal shows and how it is searched, as contracts/sandbox.yaml says: types
// free of Node and Express, so the typed control-plane client (in a browser too) shares them.
import type { ControlOperations, QueryOf, SandboxSchema } from '../api-types/operation-types.js';

export type JournalEntry = SandboxSchema<'JournalEntry'>;

/** The journal's search, with the contract's default limit filled in. */
export type JournalFilter = QueryOf<ControlOperations['getJournal']>;
