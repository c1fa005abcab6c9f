#!/usr/bin/env node
// Rewrites citations of Adobe's pages by their path in the AdobeDocs/VIPMP sources
// (`docs/references/error-handling.md`, `sandbox/index.md`, quoted or not, with or without the
// `shared/reference/adobe-docs/` prefix of the project's mirror) into the public URLs readers can
// open (https://developer.adobe.com/vipmp/docs/references/error-handling). Idempotent: run it again
// after merging rows that cite paths. The project's own docs (`docs/rules.md`: no sub-folder) are
// left alone. With Adobe's pages beside the checkout, a path that names no page is reported.
//   node scripts/cite-adobe-urls.mjs [FILE…]     (default docs/rules.md docs/sandbox.md)
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SITE = 'https://developer.adobe.com/vipmp/';

/** A path of Adobe's sources: under docs/ with at least one sub-folder, or under sandbox/. */
const CITED_PATH = /`?(?<![\w/.-])(?:shared\/reference\/adobe-docs\/|…\/)?((?:docs\/[\w-]+\/|sandbox\/)[\w\/-]*?[\w-]+\.md)\b`?/g;

/** The public URL of a page: the path without `.md`; an index page is its folder. */
export function pageUrl(path) {
  return SITE + path.replace(/\.md$/, '').replace(/(^|\/)index$/, '$1');
}

/** The text with every cited path replaced by its URL, and the paths replaced. */
export function citeUrls(text) {
  const paths = [];
  const rewritten = text.replace(CITED_PATH, (_, path) => {
    paths.push(path);
    return pageUrl(path);
  });
  return { text: rewritten, paths };
}

function main(files) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const mirror = join(root, '..', 'shared', 'reference', 'adobe-docs');
  let unknown = 0;
  for (const file of files) {
    const { text, paths } = citeUrls(readFileSync(file, 'utf8'));
    writeFileSync(file, text);
    console.log(`${file}: ${paths.length} citations now URLs`);
    if (!existsSync(mirror)) continue;
    for (const path of new Set(paths)) {
      if (!existsSync(join(mirror, path))) { console.error(`  ${path} is not a page of Adobe's docs`); unknown++; }
    }
  }
  return unknown ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  process.exitCode = main(args.length ? args : ['docs/rules.md', 'docs/sandbox.md']);
}
