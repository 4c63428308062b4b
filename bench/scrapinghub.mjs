#!/usr/bin/env node
// Body accuracy on the ScrapingHub article-extraction benchmark (181 generic news pages, mostly in
// English), this library beside its peers, each scored by the benchmark's own measure: the shared
// scorer ../shared/eval/scrapinghub-f1.mjs (4-word shingles, precision and recall per page, averaged
// over pages). Each extractor runs in a process of its own. Writes the "scrapinghub" section of
// bench/RESULTS.md; skipped (exit 0) when ../shared is absent.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { writeSection } from './lib/results-file.mjs';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const SCORER = here('../../shared/eval/scrapinghub-f1.mjs');
/** Each row: a label and the module the scorer imports (it calls its `parseArticle`). */
const ROWS = [
  ['**vn-news-parser**', here('../dist/index.js')],
  ['Readability.js + linkedom', here('adapters/readability-linkedom.mjs')],
  ['Postlight Parser', here('adapters/postlight.mjs')],
  ['article-extractor', here('adapters/article-extractor.mjs')],
];

if (!existsSync(SCORER)) {
  console.log('bench: ../shared is absent; the ScrapingHub section is left as it was');
  process.exit(0);
}
const m = machine();
const lines = [];
let status = 0;
for (const [label, lib] of ROWS) {
  const r = spawnSync(process.execPath, [SCORER, '--lib', lib], { encoding: 'utf8', maxBuffer: 1 << 24 });
  const out = (r.stdout ?? '').trim().split('\n').pop() ?? '';
  let s = null;
  try { s = JSON.parse(out); } catch { /* reported below */ }
  if (!s) {
    console.error(`bench: ${label} could not be scored: ${(r.stderr ?? '').trim().split('\n').pop()}`);
    status = 2;
    lines.push(`| ${label} | — | — | — | — |`);
    continue;
  }
  console.log(`${label}: f1 ${s.f1} (P ${s.precision}, R ${s.recall}, empty ${s.empty})`);
  lines.push(`| ${label} | ${s.f1.toFixed(4)} | ${s.precision.toFixed(4)} | ${s.recall.toFixed(4)} | ${s.empty} |`);
}
writeSection('scrapinghub', [
  '## Body accuracy on the ScrapingHub benchmark',
  '',
  `Written by bench/scrapinghub.mjs (also run by \`npm run bench\`) on ${m.date}, Node.js ${m.node}. The 181 pages of ScrapingHub's article-extraction benchmark (../shared/corpus/bench/scrapinghub), scored by the benchmark's own measure (../shared/eval/scrapinghub-f1.mjs: 4-word shingles, precision and recall per page averaged over pages, F1 of the averages). Peers get the bytes decoded as UTF-8, as in the speed table.`,
  '',
  '| extractor | body F1 | precision | recall | empty bodies |',
  '| --- | --- | --- | --- | --- |',
  ...lines,
].join('\n'));
process.exitCode = status;
