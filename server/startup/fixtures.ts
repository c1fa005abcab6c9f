// Fixture files: the default set shipped in fixtures/, or any file in the same format (a state
// document: contracts/sandbox.yaml StateDocument, what PUT /__sandbox/state takes).
import { readFileSync } from 'node:fs';
import type { StateDocument } from '../domain/control/state.js';
import { packageFile } from '../platform/package-files.js';
import { StartError } from './start-options.js';

export const DEFAULT_FIXTURES = packageFile('fixtures', 'default.json');

/** The file's JSON, not yet validated (the simulator checks it against StateDocument). */
export function readFixtures(path: string = DEFAULT_FIXTURES): StateDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new StartError('VIPM_SIM_UNREADABLE_FIXTURES', `cannot read fixtures ${path}: ${(error as Error).message}`, { cause: error });
  }
  try {
    return JSON.parse(text) as StateDocument;
  } catch (error) {
    throw new StartError('VIPM_SIM_INVALID_FIXTURES', `fixtures ${path} are not valid JSON: ${(error as Error).message}`, { cause: error });
  }
}
