// Reading the contract files. YAML parsing costs a few hundred milliseconds at start-up, so the
// build writes each file as JSON under dist/contracts/, stamped with the YAML's hash; a stamp
// that no longer matches (the YAML changed since the build) falls back to parsing the YAML.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { packageFile } from '../platform/package-files.js';

/** The YAML parser loads only when a file has to be parsed. */
const parse = (text: string): unknown => (createRequire(import.meta.url)('yaml') as typeof import('yaml')).parse(text);

type Json = Record<string, unknown>;

const CACHE_DIR = packageFile('dist', 'contracts');
const cachePath = (yamlPath: string) => join(CACHE_DIR, basename(yamlPath).replace(/\.ya?ml$/, '.json'));
const hashOf = (text: string) => createHash('sha256').update(text).digest('hex');

export function readContractFile(yamlPath: string): Json {
  const text = readFileSync(yamlPath, 'utf8');
  const cache = cachePath(yamlPath);
  if (existsSync(cache)) {
    const cached = JSON.parse(readFileSync(cache, 'utf8')) as { sourceSha256: string; document: Json };
    if (cached.sourceSha256 === hashOf(text)) return cached.document;
  }
  return parse(text) as Json;
}

export function writeContractCache(yamlPaths: string[]): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  for (const path of yamlPaths) {
    const text = readFileSync(path, 'utf8');
    writeFileSync(cachePath(path), JSON.stringify({ sourceSha256: hashOf(text), document: parse(text) }));
  }
}
