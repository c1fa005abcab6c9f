// The default offer catalogue (fixtures/catalogue.json): what a state document without a
// `catalogue` of its own sells. Read once per process and checked as a state document's would be
// (a broken switch path stops the start); records are immutable.
import { readFileSync } from 'node:fs';
import { catalogueProblems, type Catalogue } from '../domain/catalogue/catalogue.js';
import { switchPathProblems } from '../domain/catalogue/switch-paths.js';
import { packageFile } from '../platform/package-files.js';

export const DEFAULT_CATALOGUE = packageFile('fixtures', 'catalogue.json');

let loaded: Catalogue | undefined;

/** The catalogue of a file, or an error naming each of its problems. */
export function checkedCatalogue(text: string, file: string): Catalogue {
  const catalogue = JSON.parse(text) as Catalogue;
  const problems = [...catalogueProblems(catalogue), ...switchPathProblems(catalogue)];
  if (problems.length) throw new Error(`${file}: ${problems.map((p) => `${p.path} ${p.reason}`).join('; ')}`);
  return catalogue;
}

export const defaultCatalogue = (): Catalogue => (loaded ??= checkedCatalogue(readFileSync(DEFAULT_CATALOGUE, 'utf8'), DEFAULT_CATALOGUE));
