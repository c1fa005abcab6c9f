// Writes server/api-types/generated/ from the two contracts: their TypeScript types
// (openapi-typescript) and each file's table of operations (operationId -> method and path), which
// the control plane's HTTP client and the partner test client call by. Run `npm run
// generate:types` after changing a contract; tests/generated-types.test.ts fails while the
// committed files are stale.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = join(ROOT, 'server', 'api-types', 'generated');
const CONTRACTS = ['openapi', 'sandbox'] as const;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const header = (file: string) =>
  `// Generated from contracts/${file}.yaml by \`npm run generate:types\`. Do not edit by hand.\n`;

function operationTable(file: string, doc: { paths: Record<string, Record<string, { operationId?: string }>> }): string {
  const rows: string[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const id = item[method]?.operationId;
      if (id) rows.push(`  ${id}: { method: '${method.toUpperCase()}', path: '${path}' },`);
    }
  }
  return `${header(file)}\n/** Every operation of the file, by operationId. */\nexport const OPERATIONS = {\n${rows.join('\n')}\n} as const;\n`;
}

/**
 * A query parameter with a default is always there once the contract has checked the query (ajv
 * fills the default in), so handlers get it typed as present.
 */
function withDefaultsRequired(doc: OpenAPI3): OpenAPI3 {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const param = node as { in?: unknown; schema?: { default?: unknown }; required?: boolean };
    if (param.in === 'query' && param.schema?.default !== undefined) param.required = true;
    Object.values(node).forEach(visit);
  };
  visit(doc);
  return doc;
}

/** The generated files, by path, as text. */
export async function generatedFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const file of CONTRACTS) {
    const path = join(ROOT, 'contracts', `${file}.yaml`);
    const text = readFileSync(path, 'utf8');
    const ast = await openapiTS(withDefaultsRequired(parse(text)), { silent: true, cwd: pathToFileURL(path), defaultNonNullable: false });
    files.set(join(GENERATED_DIR, `${file}.ts`), `${header(file)}/* eslint-disable */\n${astToString(ast)}`);
    files.set(join(GENERATED_DIR, `${file}-operations.ts`), operationTable(file, parse(text)));
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  mkdirSync(GENERATED_DIR, { recursive: true });
  for (const [path, text] of await generatedFiles()) writeFileSync(path, text);
  console.log(`generated ${GENERATED_DIR}`);
}
