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

  // Each whole is timed next to its parts (not taken from the speed table), so that a change in
  // the machine's load between the two does not land in one stage.
  const totals = {
    h2: await run((bytes) => parseArticle(bytes)),
    p5: await run((bytes) => parseArticle(bytes, { htmlParser: 'parse5' })),
  };
  const h2Parse = await run((html) => parseHtml(html, 'htmlparser2'), asString);
  const h2Document = await run((bytes) => parseDocument(bytes));
  const p5Hast = await run((html) => rehype(html), asString);
  const p5Parse = await run((html) => parseHtml(html, 'parse5'), asString);
  const p5Document = await run((bytes) => parseDocument(bytes, { htmlParser: 'parse5' }));

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
