// The types handlers and clients compile against are generated from the contracts: a contract
// changed without `npm run generate:types` fails here, before anything can run against stale types.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { generatedFiles } from '../contracts/generate-types.js';

describe('types generated from the contracts', () => {
  it('GEN-01 server/api-types/generated/ is what contracts/*.yaml generate now', async () => {
    const files = await generatedFiles();
    assert.equal(files.size, 4);
    for (const [path, text] of files) {
      const name = relative(process.cwd(), path);
      assert.ok(existsSync(path), `${name} is missing: run npm run generate:types`);
      assert.ok(readFileSync(path, 'utf8') === text, `${name} is stale: run npm run generate:types`);
    }
  });
});
