// The default offer catalogue (fixtures/catalogue.json): what a state document without a
// `catalogue` of its own sells. Read once per process; records are immutable.
import { readFileSync } from 'node:fs';
import { catalogueProblems, type Catalogue } from '../domain/catalogue/catalogue.js';
import { packageFile } from '../platform/package-files.js';

export const DEFAULT_CATALOGUE = packageFile('fixtures', 'catalogue.json');

let loaded: Catalogue | undefined;

/** The default catalogue, checked once (its recommendation rules name its own products: docs/rules.md RCM-06). */
export function defaultCatalogue(): Catalogue {
  if (loaded) return loaded;
  const catalogue = JSON.parse(readFileSync(DEFAULT_CATALOGUE, 'utf8')) as Catalogue;
  const problems = catalogueProblems(catalogue);
  if (problems.length) throw new Error(`${DEFAULT_CATALOGUE}: ${problems.map((p) => `${p.path} ${p.reason}`).join('; ')}`);
  return (loaded = catalogue);
}
