// Where this library's time goes: the HTML parse against everything after it.
//
// The parse is timed through the library's own `parseHtml` (src/document/html/parse-html.ts),
// compiled here with esbuild so that the benchmark calls exactly what the pipeline calls, on
// strings decoded beforehand. The document model is timed through the public `parseDocument`.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { measure } from './measure.mjs';

const BENCH = fileURLToPath(new URL('..', import.meta.url));
const ROOT = join(BENCH, '..');
/**
 * Inside the library's node_modules, so that the bundle's imports (cheerio, unified, ...) resolve
 * to the very modules dist/index.js uses, not to the peers' older copies in bench/node_modules.
 */
const OUT = join(ROOT, 'node_modules', '.cache', 'vn-news-parser-bench');

/** Compiles the library's parse step from its source; its dependencies stay imports. */
export async function loadParseHtml() {
  const esbuild = createRequire(join(ROOT, 'package.json'))('esbuild');
  mkdirSync(OUT, { recursive: true });
  const outfile = join(OUT, 'parse-html.mjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'src', 'document', 'html', 'parse-html.ts')],
    bundle: true,
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return (await import(pathToFileURL(outfile).href + `?t=${Date.now()}`)).parseHtml;
}

const utf8 = new TextDecoder('utf-8');
const asString = (bytes) => utf8.decode(bytes);

/**
 * Measures the whole `parseArticle`, the parse and the document model over `pages`, for both parsers.
 * @returns rows `{ mode, stage, meanMs, share }`
 */
export async function measureStages(pages, { warmup }) {
  const parseHtml = await loadParseHtml();
  const { parseArticle, parseDocument } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
  const { timed: rehype } = await import(pathToFileURL(join(BENCH, 'adapters', 'floor-rehype-parse.mjs')).href);
  const opts = { warmup };
  const run = async (fn, prepare) => (await measure(fn, pages, { ...opts, prepare })).meanMs;

  // Each whole is timed next to its parts (not taken from the speed table), and every pass runs
  // three times, in turn with the others: the least mean of each is kept, so that a moment of load
  // on the machine or a JIT still warming up does not land in one stage (a part could come out
  // larger than its whole).
  const passes = {
    h2Total: () => run((bytes) => parseArticle(bytes)),
    p5Total: () => run((bytes) => parseArticle(bytes, { htmlParser: 'parse5' })),
    h2Parse: () => run((html) => parseHtml(html, 'htmlparser2'), asString),
    h2Document: () => run((bytes) => parseDocument(bytes)),
    p5Hast: () => run((html) => rehype(html), asString),
    p5Parse: () => run((html) => parseHtml(html, 'parse5'), asString),
    p5Document: () => run((bytes) => parseDocument(bytes, { htmlParser: 'parse5' })),
  };
  const least = Object.fromEntries(Object.keys(passes).map((k) => [k, Infinity]));
  for (let round = 0; round < 3; round++) {
    for (const [name, pass] of Object.entries(passes)) least[name] = Math.min(least[name], await pass());
  }
  const { h2Parse, h2Document, p5Hast, p5Parse, p5Document } = least;
  const totals = { h2: least.h2Total, p5: least.p5Total };

  const rows = [];
  const add = (mode, total, parts) => {
    for (const [stage, ms] of parts) rows.push({ mode, stage, meanMs: ms, share: ms / total });
    rows.push({ mode, stage: 'whole parseArticle', meanMs: total, share: 1 });
  };
  add('htmlparser2 (default)', totals.h2, [
    ['parse: cheerio load (htmlparser2 → DOM)', h2Parse],
    ['decode and document model (blocks, site profile, roles)', h2Document - h2Parse],
    ['fields, entities, validation', totals.h2 - h2Document],
  ]);
  add('parse5', totals.p5, [
    ['parse: rehype-parse (parse5 → hast)', Math.min(p5Hast, p5Parse)],
    ['conversion: hast → domhandler nodes, cheerio load', Math.max(0, p5Parse - p5Hast)],
    ['decode and document model (blocks, site profile, roles)', p5Document - p5Parse],
    ['fields, entities, validation', totals.p5 - p5Document],
  ]);
  return rows;
}
