// The pages every row is measured on: ../shared/corpus/html and ../shared/corpus/bulk, every
// .html file, in a fixed order. Pages are read from disk one at a time, outside the timed region,
// so that the process's memory shows the extractor's footprint rather than the corpus.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED = fileURLToPath(new URL('../../../shared', import.meta.url));
export const CORPUS = join(SHARED, 'corpus');
export const GOLD = join(SHARED, 'gold');
export const SCORER = join(SHARED, 'eval', 'score.mjs');

export function corpusPresent() {
  return existsSync(join(CORPUS, 'html')) && existsSync(join(CORPUS, 'bulk'));
}

function listHtml(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listHtml(p));
    else if (/\.html?$/.test(name)) out.push(p);
  }
  return out;
}

/** The benchmark's pages: `{ path, name, bytes }`, html/ first, then bulk/. */
export function corpusPages() {
  return [...listHtml(join(CORPUS, 'html')), ...listHtml(join(CORPUS, 'bulk'))].map((path) => ({
    path,
    name: relative(CORPUS, path),
    bytes: statSync(path).size,
  }));
}
