// The simulator's error codes against Adobe's error-code table, as the repository holds it
// (tests/fixtures/adobe-error-codes.json, an extract of Adobe's page), and the extract against
// the page itself where Adobe's pages are beside the checkout.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { errors } from '../server/domain/protocol/errors.js';
import { committedExtract, mirroredTable } from './support/adobe-error-table.js';

const DOCS = new URL('../docs/rules.md', import.meta.url);
const documented = new Map(Object.entries(committedExtract().codes));
const mirrored = mirroredTable();

describe('Adobe error codes', () => {
  it('ERR-01 every error code Adobe documents is answered with its documented status and its documented message first', () => {
    const ours = Object.values(errors).map((factory) => factory()).filter((e) => documented.has(e.code));
    assert.ok(ours.length >= 20, `only ${ours.length} documented codes found`);
    for (const error of ours) {
      const doc = documented.get(error.code)!;
      assert.equal(error.status, doc.status, `${error.code} status`);
      assert.ok(error.message.startsWith(doc.message), `${error.code}: "${error.message}" does not start with "${doc.message}"`);
    }
  });

  it('ERR-02 every code the simulator answers is Adobe\'s or one of the simulator codes docs/rules.md lists', () => {
    const rules = readFileSync(DOCS, 'utf8');
    const simulatorCodes = rules.slice(rules.indexOf('## Simulator codes'));
    for (const error of Object.values(errors).map((factory) => factory())) {
      assert.ok(documented.has(error.code) || simulatorCodes.includes(`**${error.code}**`), `${error.code} is neither Adobe's nor listed as a simulator code`);
    }
  });

  it('the extract in tests/fixtures is Adobe\'s table as the mirrored page has it', { skip: mirrored ? false : 'Adobe\'s pages are not beside the checkout' }, () => {
    assert.deepEqual(Object.fromEntries(documented), mirrored, 'the page changed: update tests/fixtures/adobe-error-codes.json to what parseErrorTable reads from it');
  });
});
