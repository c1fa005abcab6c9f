// docs/rules.md leads to code: every rule row names the files and definitions that enforce it
// (its `code` column) and the tests that prove it (test names start with the rule id). This
// suite fails, naming the row, when a reference goes stale or a rule loses its test.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { citeUrls, pageUrl } from '../scripts/cite-adobe-urls.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RULE_ID = /^[A-Z0-9]+-\d+$/;
/** One reference of a code cell: `path/to/file#name`. */
const REFERENCE = /^`([^`#\s]+)#([^`\s]+)`$/;

interface RuleRow {
  id: string;
  line: number;
  /** The code cell, or undefined when the row's table has no code column. */
  code: string | undefined;
  problem?: string;
}

/** Cells of a table line; `\|` is a pipe inside a cell. */
const cellsOf = (line: string) => line.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).map((c) => c.trim());

function ruleRows(): RuleRow[] {
  const rows: RuleRow[] = [];
  let header: string[] = [];
  readFileSync(join(ROOT, 'docs/rules.md'), 'utf8').split('\n').forEach((text, i) => {
    if (!text.startsWith('|')) return;
    const cells = cellsOf(text);
    if (cells[0] === 'id') header = cells;
    if (!RULE_ID.test(cells[0])) return;
    const column = header.indexOf('code');
    const row: RuleRow = { id: cells[0], line: i + 1, code: column < 0 ? undefined : cells[column] };
    if (cells.length !== header.length) row.problem = `has ${cells.length} cells, its table ${header.length} (an unescaped | ?)`;
    rows.push(row);
  });
  return rows;
}

const escape = (name: string) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const MODIFIERS = '(?:(?:static|async|private|protected|public|readonly|override|get|set)\\s+)';

/**
 * Whether the text defines the name, by the kinds of definition of its file type. A call at the
 * start of a line (`name(…);`, `name(() => {`) is not a definition; a method is (`name(…) {`).
 */
function defines(path: string, text: string, name: string): boolean {
  const n = escape(name);
  if (/\.ya?ml$/.test(path)) return new RegExp(`^\\s*${n}:|operationId:\\s*${n}\\s*$`, 'm').test(text);
  if (path.endsWith('.json')) return new RegExp(`"${n}"\\s*:`).test(text);
  if (path.endsWith('.py')) return new RegExp(`^\\s*(?:async\\s+)?(?:def|class)\\s+${n}\\b|^${n}\\s*=`, 'm').test(text);
  if (/(^|\/)Dockerfile$/.test(path)) return new RegExp(`^${n}\\b`, 'm').test(text);
  // Variables count at module level only: a local `const name` is not what a reader should open.
  const keyword = new RegExp(`\\b(?:function\\*?|class|type|interface|enum)\\s+${n}\\b|^(?:export\\s+)?(?:declare\\s+)?(?:const|let|var)\\s+${n}\\b`);
  const exported = new RegExp(`\\bexport\\s*\\{[^}]*\\b${n}\\b[^}]*\\}`);
  const method = new RegExp(`^\\s*${MODIFIERS}*${n}\\s*[<(]`);
  const member = new RegExp(`^\\s*${MODIFIERS}*${n}\\??\\s*:`);
  const field = new RegExp(`^\\s*${MODIFIERS}+${n}\\s*=[^=>]`);
  return text.split('\n').some((line) => {
    const code = line.trim();
    if (/^(\/\/|\/\*|\*|import\b)/.test(code)) return false;
    if (keyword.test(line) || exported.test(line)) return true;
    if (method.test(line)) return (code.endsWith('{') && !/=>\s*\{$/.test(code)) || /\)\s*:[^;]*;$/.test(code);
    return member.test(line) || field.test(line);
  });
}

/** Why a reference does not lead to code; undefined when it does. */
function referenceProblem(reference: string, cache: Map<string, string | undefined>): string | undefined {
  const match = REFERENCE.exec(reference);
  if (!match) return `${reference} is not \`path#name\``;
  const [, path, name] = match;
  if (!cache.has(path)) {
    const full = join(ROOT, path);
    cache.set(path, existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined);
  }
  const text = cache.get(path);
  if (text === undefined) return `${path} does not exist`;
  if (!defines(path, text, name)) return `${path} defines no ${name}`;
  return undefined;
}

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return testFiles(path);
    return e.name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('rules catalogue (docs/rules.md)', () => {
  const rows = ruleRows();

  it('lists its rules in well-formed tables, each id once', () => {
    assert.ok(rows.length >= 200, `only ${rows.length} rule rows found`);
    const seen = new Set<string>();
    const problems = rows.flatMap((r) => {
      const found = r.problem ? [`${r.id} (line ${r.line}) ${r.problem}`] : [];
      if (seen.has(r.id)) found.push(`${r.id} (line ${r.line}) is listed twice`);
      seen.add(r.id);
      return found;
    });
    assert.deepEqual(problems, []);
  });

  it('every rule names the code that enforces it, and each file and definition exists', () => {
    const cache = new Map<string, string | undefined>();
    const problems = rows.flatMap((r) => {
      if (r.code === undefined) return [`${r.id} (line ${r.line}): its table has no code column`];
      const references = r.code.split(';').map((s) => s.trim()).filter(Boolean);
      if (!references.length) return [`${r.id} (line ${r.line}): no code reference`];
      return references.flatMap((ref) => {
        const problem = referenceProblem(ref, cache);
        return problem ? [`${r.id} (line ${r.line}): ${problem}`] : [];
      });
    });
    assert.deepEqual(problems, []);
  });

  it('every rule is proven by a test whose name starts with its id', () => {
    const sources = testFiles(join(ROOT, 'tests')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const named = new Set([...sources.matchAll(/\b(?:it|test|describe)(?:\.\w+)?\(\s*['"`]([A-Z0-9]+-\d+)\b/g)].map((m) => m[1]));
    assert.deepEqual(rows.filter((r) => !named.has(r.id)).map((r) => `${r.id} (line ${r.line}) has no test named after it`), []);
  });

  it('cites Adobe\'s pages by their public URL, never by a path of Adobe\'s sources a reader does not have', () => {
    assert.equal(pageUrl('docs/references/error-handling.md'), 'https://developer.adobe.com/vipmp/docs/references/error-handling');
    assert.equal(pageUrl('sandbox/index.md'), 'https://developer.adobe.com/vipmp/sandbox/');
    const { paths } = citeUrls(readFileSync(join(ROOT, 'docs/rules.md'), 'utf8'));
    assert.deepEqual(paths, [], 'run node scripts/cite-adobe-urls.mjs');
  });
});
