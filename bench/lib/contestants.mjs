// The rows of the benchmark, in the order they run: the floors, this library, then the peers
// from the lightest DOM to the heaviest (memory that a heavy row leaves behind would otherwise
// show in the rows after it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(BENCH, '..');

export const CONTESTANTS = [
  { id: 'htmlparser2', kind: 'floor', adapter: 'floor-htmlparser2.mjs' },
  { id: 'rehype-parse', kind: 'floor', adapter: 'floor-rehype-parse.mjs' },
  { id: 'vn-news-parser', kind: 'ours', adapter: 'vn-news-parser.mjs', scored: true },
  { id: 'vn-news-parser-parse5', kind: 'ours', adapter: 'vn-news-parser-parse5.mjs', scored: true },
  { id: 'readability-linkedom', kind: 'peer', adapter: 'readability-linkedom.mjs', scored: true },
  { id: 'article-extractor', kind: 'peer', adapter: 'article-extractor.mjs', scored: true },
  { id: 'postlight', kind: 'peer', adapter: 'postlight.mjs', scored: true },
  { id: 'readability-jsdom', kind: 'peer', adapter: 'readability-jsdom.mjs', scored: true },
];

/** The row everything is compared with. */
export const REFERENCE_ID = 'vn-news-parser';

export function adapterPath(contestant) {
  return join(BENCH, 'adapters', contestant.adapter);
}

/** `name version` of each package a row runs, from the installed package.json files. */
export function versionsOf(packages) {
  return packages.map((name) => {
    const pkg = JSON.parse(readFileSync(join(BENCH, 'node_modules', name, 'package.json'), 'utf8'));
    return `${name} ${pkg.version}`;
  });
}

export function ourVersion() {
  return JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
}

/**
 * A row's adapter, loaded: `{ ...contestant, label, packages, timed, path }`. Run inside the row's
 * worker thread, so that the main thread never loads a peer (their modules would count in every
 * later row's RSS).
 */
export async function load(contestant) {
  const path = adapterPath(contestant);
  const mod = await import(path);
  const packages = contestant.kind === 'ours' ? [`vn-news-parser ${ourVersion()}`] : versionsOf(mod.packages);
  return { ...contestant, label: mod.label, packages, timed: mod.timed, path };
}
