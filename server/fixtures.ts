// Fixture files: the default set shipped in fixtures/, or any file in the same format.
import { readFileSync } from 'node:fs';
import type { StateDocument } from './domain/state.js';
import { packageFile } from './package-files.js';

export const DEFAULT_FIXTURES = packageFile('fixtures', 'default.json');

export function readFixtures(path: string = DEFAULT_FIXTURES): StateDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`cannot read fixtures ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as StateDocument;
  } catch (error) {
    throw new Error(`fixtures ${path} are not valid JSON: ${(error as Error).message}`);
  }
}
