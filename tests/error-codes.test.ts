import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { errors } from '../server/domain/protocol/errors.js';

/** Adobe's pages sit beside the checkout (../shared/reference/adobe-docs). */
const PAGE = new URL('../../shared/reference/adobe-docs/docs/references/error-handling.md', import.meta.url);
const DOCS = new URL('../docs/rules.md', import.meta.url);

/** The error table of Adobe's error-handling page: code → { message, status }. */
function documentedCodes(): Map<string, { message: string; status: number }> {
  const table = new Map<string, { message: string; status: number }>();
  if (!existsSync(PAGE)) return table;
  for (const line of readFileSync(PAGE, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^\d{4}$/.test(cells[1] ?? '') || !/^\d{3}/.test(cells[4] ?? '')) continue;
    table.set(cells[1], { message: cells[2].split('\\<br')[0].replace(/`/g, '').trim(), status: Number(cells[4].slice(0, 3)) });
  }
  return table;
}

const documented = documentedCodes();
const pageReadable = documented.size > 0;

describe('Adobe error codes', { skip: pageReadable ? false : 'Adobe\'s pages are not beside the worktree' }, () => {
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
});
