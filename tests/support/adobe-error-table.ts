// Adobe's error-code table (the page https://developer.adobe.com/vipmp/docs/references/error-handling):
// read from the page's markdown when Adobe's pages are beside the checkout, and the extract of it
// the repository holds (tests/fixtures/adobe-error-codes.json), so the error-code tests run in any clone.
import { existsSync, readFileSync } from 'node:fs';

export interface DocumentedError {
  message: string;
  status: number;
}

export interface ErrorCodeExtract {
  source: string;
  extractedFrom: string;
  codes: Record<string, DocumentedError>;
}

export const EXTRACT = new URL('../fixtures/adobe-error-codes.json', import.meta.url);
/** The mirror of Adobe's pages, where the project's machines keep it (a fresh clone has none). */
export const MIRRORED_PAGE = new URL('../../../shared/reference/adobe-docs/docs/references/error-handling.md', import.meta.url);

/** code → message and status, from the rows of the page's table (`| 1115 | Invalid Reseller | … | 404 … |`). */
export function parseErrorTable(markdown: string): Record<string, DocumentedError> {
  const codes: Record<string, DocumentedError> = {};
  for (const line of markdown.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (!/^\d{4}$/.test(cells[1] ?? '') || !/^\d{3}/.test(cells[4] ?? '')) continue;
    codes[cells[1]] = { message: cells[2].split('\\<br')[0].replace(/`/g, '').trim(), status: Number(cells[4].slice(0, 3)) };
  }
  return codes;
}

export function committedExtract(): ErrorCodeExtract {
  return JSON.parse(readFileSync(EXTRACT, 'utf8')) as ErrorCodeExtract;
}

/** The table as the mirrored page has it, or undefined without the mirror. */
export function mirroredTable(): Record<string, DocumentedError> | undefined {
  return existsSync(MIRRORED_PAGE) ? parseErrorTable(readFileSync(MIRRORED_PAGE, 'utf8')) : undefined;
}
