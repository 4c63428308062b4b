#!/usr/bin/env node
// Speed, memory and accuracy of this library beside other article extractors, over the real
// portal pages of ../shared/corpus (html + bulk): one thread, one page at a time, one process.
// Writes the "speed" section of bench/RESULTS.md (the first; cli.mjs and adversarial.mjs write the
// others) and bench/results.svg.
//
//   npm run bench                          (from the repository: builds, installs bench/ deps, runs)
//   node --expose-gc bench/run.mjs [options]
//     --only ID,ID    rows to run (ids in lib/contestants.mjs); results are then printed, not written
//     --pages N       the first N pages only (a quick look; not written either)
//     --repeat N      passes over the pages per row (default 1)
//     --warmup N      untimed pages before each row (default 30)
//     --no-stages     skip the split of this library's time
//     --no-accuracy   skip the scoring against the gold files
//     --no-scaling    skip the 10 KB – 10 MB pages
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { htmlGoldFiles, score } from './lib/accuracy.mjs';
import { barChart } from './lib/chart.mjs';
import { CONTESTANTS, REFERENCE_ID, adapterPath } from './lib/contestants.mjs';
import { corpusPages, corpusPresent } from './lib/corpus.mjs';
import { machine } from './lib/machine.mjs';
import { accuracyTable, scalingTable, speedTable, stagesTable, versionsTable } from './lib/report.mjs';
import { writeSection } from './lib/results-file.mjs';
import { SERIES, measureScaling, seriesFrames } from './lib/scaling.mjs';
import { PROFILING_NOTES } from './lib/profiling-notes.mjs';
import { measureStages } from './lib/stages.mjs';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
/** Room for the peers' heaps: Readability + jsdom grows to about 4 GB over the corpus. */
const ROW_HEAP_LIMIT_MB = 12_288;

const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' },
    pages: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    warmup: { type: 'string', default: '30' },
    'no-stages': { type: 'boolean', default: false },
    'no-accuracy': { type: 'boolean', default: false },
    'no-scaling': { type: 'boolean', default: false },
  },
});

const log = (...a) => console.error(...a);

function preflight() {
  if (!corpusPresent()) {
    console.log('bench: ../shared/corpus is absent; nothing to measure');
    process.exit(0);
  }
  if (!existsSync(join(BENCH, '..', 'dist', 'index.js'))) {
    console.error('bench: dist/index.js is missing: run `npm run build` first (or `npm run bench`)');
    process.exit(1);
  }
  if (!existsSync(join(BENCH, 'node_modules', '@mozilla', 'readability'))) {
    console.error('bench: the peers are not installed: run `npm --prefix bench ci` first (or `npm run bench`)');
    process.exit(1);
  }
  if (!globalThis.gc) log('bench: run with --expose-gc so that each row starts from a collected heap');
}

function selectedContestants() {
  if (!opt.only) return CONTESTANTS;
  const ids = opt.only.split(',').map((s) => s.trim());
  const unknown = ids.filter((id) => !CONTESTANTS.some((c) => c.id === id));
  if (unknown.length > 0) throw new Error(`bench: unknown row(s) ${unknown.join(', ')}; known: ${CONTESTANTS.map((c) => c.id).join(', ')}`);
  return CONTESTANTS.filter((c) => ids.includes(c.id));
}

/** Runs one row in a worker thread (see lib/row-worker.mjs): `{ label, packages, stats }`. */
function measureInWorker(contestant, pages) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./lib/row-worker.mjs', import.meta.url), {
      workerData: { contestant, pages, warmup: Number(opt.warmup), repeat: Number(opt.repeat) },
      resourceLimits: { maxOldGenerationSizeMb: ROW_HEAP_LIMIT_MB },
    });
    worker.once('message', (result) => {
      worker.terminate();
      resolve(result);
    });
    worker.once('error', reject);
  });
}

async function speed(contestants, pages) {
  const results = [];
  for (const c of contestants) {
    log(`speed: ${c.id} ...`);
    const { label, packages, stats } = await measureInWorker(c, pages);
    log(`  ${label}: ${stats.filesPerSecond.toFixed(1)} files/s, median ${stats.medianMs.toFixed(2)} ms, peak RSS ${stats.peakRssMiB.toFixed(0)} MiB`);
    results.push({ ...c, label, packages, path: adapterPath(c), stats });
  }
  return results;
}

function accuracy(results) {
  const gold = htmlGoldFiles();
  const out = {};
  for (const r of results.filter((x) => x.scored)) {
    log(`accuracy: ${r.label} on ${gold.length} HTML gold files ...`);
    try {
      out[r.id] = score(r.path, gold);
    } catch (error) {
      out[r.id] = { error: String(error?.message ?? error).split('\n')[0] };
    }
  }
  return { gold, byRow: out };
}

function resultsMarkdown({ m, pages, results, stages, acc, scaling }) {
  const megabytes = pages.reduce((a, p) => a + p.bytes, 0) / 1e6;
  const reference = results.find((r) => r.id === REFERENCE_ID);
  const out = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (bench/run.mjs) on ${m.date}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ` +
      `Node.js ${m.node}, ${m.os}. Load average (1 min) at the start ${m.loadStart.toFixed(2)}, at the end ` +
      `${os.loadavg()[0].toFixed(2)} (the benchmark's own thread counts for about 1; above that, other processes shared the ` +
      `${m.cores} cores and the figures are lower than on an idle machine).`,
    'The sections on the command-line tool and on hostile inputs, further down, come from bench/cli.mjs and bench/adversarial.mjs ' +
      '(also run by `npm run bench`), each with its own date and machine.',
    '',
    `Pages: the ${pages.length} \`.html\` files of \`../shared/corpus/html\` and \`../shared/corpus/bulk\` ` +
      `(${megabytes.toFixed(1)} MB), real pages of Vietnamese provincial portals with their menus and footers, ` +
      'plus a few control pages in other languages and saved redirects. One thread, one page at a time, all rows in one process.',
    '',
    '## Speed and memory',
    '',
    '![files per second of each extractor](results.svg)',
    '',
    `In brackets: the figure divided by ${reference ? `the same figure of **${reference.label}**` : 'this library'} ` +
      '(files/s and MB/s: above 1× is faster; ms and MiB: above 1× is slower or larger).',
    '',
    speedTable(results, REFERENCE_ID),
    '',
    'How it is measured:',
    '',
    '- Every row times the same thing: the page as bytes in, the extractor\'s article out. This library decodes the bytes itself ' +
      '(byte-order mark, declared charset, UTF-8 validity, legacy code pages) and returns the validated record with its entities; ' +
      'the peers get the bytes decoded as UTF-8 and return their own article object; the floors only parse.',
    '- Each page is timed on its own, from the call until the result is there: for the asynchronous peers (Postlight Parser, ' +
      'article-extractor) the clock stops when that page\'s promise settles, and the next page starts after it.',
    `- Before each row, ${opt.warmup} pages are run untimed (the JIT warms up) and the heap is collected. files/s and MB/s are the ` +
      'pages and bytes divided by the sum of the per-page times.',
    '- Each row runs in a fresh worker thread of the one process: its own V8 heap and JIT, nothing left by the rows before. ' +
      'Memory: the process\'s RSS and the row\'s V8 heap in use, sampled after every page; the peak over the row. Pages are read ' +
      'from disk one at a time, outside the timed region, so RSS holds the runtime and the extractor\'s own memory, not the corpus ' +
      '(RSS at the start of each row is in the versions table).',
    '- Failed pages: pages where the extractor threw. This library refuses the empty files of the corpus with its typed error `EMPTY_INPUT`.',
    '',
    versionsTable(results),
    '',
  ];
  if (stages) {
    out.push(
      '## Where this library\'s time goes',
      '',
      'Mean ms per page over the same pages, each stage a pass of its own on the main thread, one after the other: the whole ' +
        '`parseArticle`, the parse through the library\'s own `parseHtml` on strings decoded beforehand (and rehype-parse alone), ' +
        'and `parseDocument` (decode, parse, document model); the rest is `parseArticle` minus `parseDocument`.',
      '',
      stagesTable(stages),
      '',
      ...PROFILING_NOTES,
      '',
    );
  }
  if (acc) {
    out.push(
      '## Accuracy',
      '',
      `\`../shared/eval/score.mjs --lib bench/adapters/<row>.mjs --gold <file> … --json\` over the ${acc.gold.length} gold files ` +
        'whose input is an HTML page, on the fields every extractor gives: title, publication date (its date part), first author ' +
        '(exact match after white space folding), and the body (bag-of-words F1). Adapters: Readability gives `title`, `publishedTime`, ' +
        '`byline`, `textContent`; Postlight `title`, `date_published`, `author` and `content` turned into text one block per paragraph; ' +
        'article-extractor `title`, `published`, `author`, `content` likewise.',
      '',
      accuracyTable(results, acc.byRow),
      '',
    );
  }
  if (scaling) {
    const frames = seriesFrames();
    out.push(
      '## Scaling',
      '',
      'Time per MB on pages of 10 KB, 100 KB, 1 MB and 10 MB, built from real content written again and again: the whole ' +
        'body of a portal page (template and article together, so that every size has the page\'s own mix of markup and text), ' +
        'and the paragraphs of an article body saved without its page. A row whose work grows linearly with the page keeps its ' +
        'time per MB at every size. (An earlier form of the portal series repeated only the article\'s paragraphs inside one ' +
        'template: its 100 KB page was 82% template and its 1 MB page 8%, so its time per MB measured that change of mix, ' +
        '49 against 101 ms per MB for this library, rather than growth.) Each cell runs in a fresh worker thread: a warm-up of ' +
        'at least a second on corpus pages and the smallest page of its series, then the median of 40, 10, 3 and 1 timed runs ' +
        'by size; a cell still running after 45 s is stopped and the larger sizes of its row are not run.',
      '',
    );
    for (const series of frames) {
      out.push(
        `### ${series.label}`,
        '',
        `Source \`${series.source.replace(/.*\/corpus\//, 'corpus/')}\`: ` +
          (series.mode === 'whole'
            ? `its body (${(series.unitBytes / 1e3).toFixed(1)} KB) is the repeated unit, so this series has no 10 KB page.`
            : `${series.paragraphs} body paragraphs; the markup around them is ${(series.frameBytes / 1e3).toFixed(1)} KB.`),
        '',
        scalingTable(results, scaling[series.id]),
        '',
      );
    }
  }
  return out.join('\n');
}

async function main() {
  preflight();
  let pages = corpusPages();
  if (opt.pages) pages = pages.slice(0, Number(opt.pages));
  const partial = Boolean(opt.only || opt.pages);
  const m = machine();
  log(`bench: ${pages.length} pages, ${m.cpu}, Node.js ${m.node}`);

  const contestants = selectedContestants();
  const results = await speed(contestants, pages);

  let stages = null;
  if (!opt['no-stages'] && results.some((r) => r.kind === 'ours')) {
    log('stages: parse against the rest ...');
    stages = await measureStages(pages, { warmup: Number(opt.warmup) });
  }
  const acc = opt['no-accuracy'] ? null : accuracy(results);
  let scaling = null;
  if (!opt['no-scaling']) {
    log(`scaling: ${SERIES.length} series × 4 sizes ...`);
    scaling = await measureScaling(results, log);
  }

  const markdown = resultsMarkdown({ m, pages, results, stages, acc, scaling });
  console.log(markdown);
  if (partial) {
    log('bench: a partial run (--only or --pages): RESULTS.md and results.svg are left as they were');
    return;
  }
  const megabytes = pages.reduce((a, p) => a + p.bytes, 0) / 1e6;
  const svg = barChart(
    results.map((r) => ({ label: r.label, kind: r.kind, filesPerSecond: r.stats.filesPerSecond })),
    {
      title: 'Vietnamese portal pages extracted per second',
      subtitle: `${pages.length} pages, ${megabytes.toFixed(1)} MB; ${m.cpu}, one thread (load average ${m.loadStart.toFixed(1)}); Node.js ${m.node}; ${m.date}`,
    },
  );
  writeFileSync(join(BENCH, 'results.svg'), svg);
  writeSection('speed', markdown);
  log('bench: wrote the speed section of bench/RESULTS.md, and bench/results.svg');
}

await main();
