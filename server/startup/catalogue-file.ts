// The default offer catalogue (fixtures/catalogue.json): what a state document without a
// `catalogue` of its own sells. Read once per process; records are immutable.
import { readFileSync } from 'node:fs';
import type { Catalogue } from '../domain/catalogue/catalogue.js';
import { packageFile } from '../platform/package-files.js';

export const DEFAULT_CATALOGUE = packageFile('fixtures', 'catalogue.json');

let loaded: Catalogue | undefined;

export const defaultCatalogue = (): Catalogue => (loaded ??= JSON.parse(readFileSync(DEFAULT_CATALOGUE, 'utf8')) as Catalogue);
