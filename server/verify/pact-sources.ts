// Which pacts to verify: files, folders of *.json files, or URLs; and the provider states
// they name, checked against the simulator's catalogue before any verification runs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const isUrl = (source: string) => /^https?:\/\//i.test(source);

/** Pact files of the sources; URLs are passed through. Throws a readable Error for a path that is not there. */
export function pactFiles(sources: string[]): { files: string[]; urls: string[] } {
  const files: string[] = [];
  const urls: string[] = [];
  for (const source of sources) {
    if (isUrl(source)) { urls.push(source); continue; }
    const path = resolve(source);
    if (!existsSync(path)) throw new Error(`no pact file or folder at ${source}`);
    if (statSync(path).isDirectory()) {
      const found = readdirSync(path).filter((f) => f.endsWith('.json')).sort().map((f) => join(path, f));
      if (!found.length) throw new Error(`no *.json pact files in ${source}`);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return { files, urls };
}

interface PactDocument {
  interactions?: Array<{ description?: string; providerState?: string; providerStates?: Array<{ name: string }> }>;
}

/** The provider states each pact file names, with the interactions that name them. */
export function statesNamed(files: string[]): Map<string, string[]> {
  const named = new Map<string, string[]>();
  for (const file of files) {
    let pact: PactDocument;
    try {
      pact = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file} is not a JSON pact file: ${(error as Error).message}`);
    }
    for (const interaction of pact.interactions ?? []) {
      const states = interaction.providerStates?.map((s) => s.name) ?? (interaction.providerState ? [interaction.providerState] : []);
      for (const state of states) named.set(state, [...(named.get(state) ?? []), `${file}: ${interaction.description ?? '(no description)'}`]);
    }
  }
  return named;
}
