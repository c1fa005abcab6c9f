// Moving the whole state in and out of a store: loading fixtures, reset, export and import.
import { customerAt, type LifecycleSettings } from '../domain/customers/customer.js';
import { accountIndex } from '../partner-api/account-index.js';
import { peopleOf } from '../domain/customers/contacts.js';
import { clockNow } from '../domain/time.js';
import { normalizeState, stateDocument, type NormalizedState, type StateDocument } from '../domain/control/state.js';
import { defaultCatalogue } from '../startup/catalogue-file.js';
import { defaultFlexDiscounts } from '../startup/flex-discounts-file.js';
import { flexDiscountProblems } from '../domain/discounts/flex-discounts.js';
import { catalogueProblems, type Catalogue } from '../domain/catalogue/catalogue.js';
import { switchPathProblems } from '../domain/catalogue/switch-paths.js';
import { errorFor, errors } from '../domain/protocol/errors.js';
import { assertReferencesResolve } from '../domain/control/state-references.js';
import { count, emptyContents, recordKey, SINGLETON, type Kind, type Store, type StoreContents } from '../store/store.js';

const LISTED: Array<Exclude<Kind, 'clock' | 'sequences' | 'faults' | 'accounts' | 'people' | 'catalogue' | 'flexDiscounts'>> = ['distributors', 'clients', 'resellers', 'customers', 'emails', 'tokens', 'idempotency', 'requestIds', 'linkedMembershipGroups', 'orders', 'subscriptions', 'vipMemberships', 'resellerChangeCodes', 'transfers'];

export function contentsOf(state: NormalizedState): StoreContents {
  const contents = emptyContents();
  for (const kind of LISTED) {
    const table = contents[kind] as Record<string, unknown>;
    for (const record of state[kind] as never[]) table[recordKey(kind, record)] = record;
  }
  contents.clock[SINGLETON] = state.clock;
  contents.sequences[SINGLETON] = state.sequences;
  contents.catalogue[SINGLETON] = state.catalogue ?? defaultCatalogue();
  for (const d of state.flexDiscounts ?? defaultFlexDiscounts()) contents.flexDiscounts[d.code] = d;
  contents.accounts = accountIndex(state.customers);
  contents.people = Object.fromEntries(peopleOf(state.customers).people);
  return contents;
}

/** What the store holds after loading the document (whose references must resolve), with what time has done to each customer applied. */
export function stateContents(doc: StateDocument, realNowMs: number, settings: LifecycleSettings): StoreContents {
  assertReferencesResolve(doc);
  if (doc.catalogue) assertCatalogue(doc.catalogue);
  if (doc.flexDiscounts) assertFlexDiscounts(doc.flexDiscounts);
  const state = normalizeState(doc, realNowMs);
  const now = clockNow(state.clock, realNowMs);
  return contentsOf({ ...state, customers: state.customers.map((c) => customerAt(c, now, settings)) });
}

/** Replaces everything the store holds with the state of the document (armed faults go too). */
export async function loadState(store: Store, doc: StateDocument, realNowMs: number, settings: LifecycleSettings): Promise<void> {
  await store.replaceAll(stateContents(doc, realNowMs, settings));
}

/** How many of the main records the store holds. */
export async function stateCounts(store: Store) {
  return store.transaction(async (tx) => ({
    distributors: await count(tx, 'distributors'),
    resellers: await count(tx, 'resellers'),
    customers: await count(tx, 'customers'),
    emails: await count(tx, 'emails'),
  }));
}

/** The whole state as a document, with what time has done to each customer applied. */
export async function exportState(store: Store, realNowMs: number, settings: LifecycleSettings): Promise<StateDocument> {
  const contents = await store.dump();
  const state = Object.fromEntries(LISTED.map((k) => [k, Object.values(contents[k])])) as unknown as NormalizedState;
  state.clock = contents.clock[SINGLETON];
  state.sequences = contents.sequences[SINGLETON];
  const catalogue = contents.catalogue[SINGLETON];
  // The default catalogue is not written out: an export loads back onto the same default.
  state.catalogue = catalogue && catalogue !== defaultCatalogue() && JSON.stringify(catalogue) !== JSON.stringify(defaultCatalogue()) ? catalogue : null;
  // Likewise the default discounts.
  const discounts = Object.values(contents.flexDiscounts);
  state.flexDiscounts = JSON.stringify(discounts) === JSON.stringify(defaultFlexDiscounts()) ? null : discounts;
  const now = clockNow(state.clock, realNowMs);
  state.customers = state.customers.map((c) => customerAt(c, now, settings));
  return stateDocument(state, realNowMs);
}

/** A catalogue of a state document that its schema allows but the rules do not (CAT-02): 1117 naming each problem. */
export function assertCatalogue(catalogue: Catalogue): void {
  const problems = [...catalogueProblems(catalogue), ...switchPathProblems(catalogue)];
  if (problems.length) throw errorFor(errors.invalidFields, problems);
}

/** Flexible discounts of a state document that their schema allows but the rules do not (FLX-01): 1117 naming each problem. */
export function assertFlexDiscounts(discounts: Parameters<typeof flexDiscountProblems>[0]): void {
  const problems = flexDiscountProblems(discounts);
  if (problems.length) throw errorFor(errors.invalidFields, problems);
}
