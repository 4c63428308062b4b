// Time per MB on pages of 10 KB to 10 MB built from real content (see scaled-pages.mjs):
// an extractor whose work grows linearly with the page keeps the same time per MB at every size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CORPUS, corpusPages } from './corpus.mjs';
import { scaledPage, splitPage } from './scaled-pages.mjs';

export const SIZES = [1e4, 1e5, 1e6, 1e7];

/** Two series: a whole portal page (template and all), and an article body saved without its page. */
export const SERIES = [
  {
    id: 'portal',
    label: 'portal page (SharePoint template, Sở Tư pháp Đắk Nông), its whole body repeated',
    mode: 'whole',
    source: join(CORPUS, 'html/gov-daknong-stp/quy-dinh-che-do-boi-duong-doi-voi-can-bo-quoc-phong-tiep-cong-dan.html'),
  },
  {
    id: 'body',
    label: 'article body without its page (Đắk Song portal, CKEditor fragment), its paragraphs repeated',
    mode: 'paragraphs',
    source: join(CORPUS, 'html/daksong/02-09-2020-01.body.html'),
  },
];

/** A cell that takes longer than this is stopped, and the larger sizes of that row are skipped. */
const CELL_TIMEOUT_MS = 45_000;

/** Timed runs per cell: enough for a stable median on small pages, few on the large ones. */
function runsFor(size) {
  return size <= 1e4 ? 40 : size <= 1e5 ? 10 : size <= 1e6 ? 3 : 1;
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

function runCell(workerData) {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./scaling-worker.mjs', import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: 8192 },
    });
    const timer = setTimeout(() => {
      worker.terminate();
      resolve({ status: 'timeout' });
    }, CELL_TIMEOUT_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      worker.terminate();
      resolve({ status: 'ok', ...m });
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      resolve({ status: 'error', message: String(error?.message ?? error) });
    });
  });
}

/** The frame (template) size of each series, for the report. */
export function seriesFrames() {
  return SERIES.map((s) => {
    const parts = splitPage(readFileSync(s.source, 'utf8'), s.mode);
    return {
      ...s,
      frameBytes: Buffer.byteLength(parts.before) + Buffer.byteLength(parts.after),
      unitBytes: parts.paragraphs.reduce((n, p) => n + Buffer.byteLength(p), 0),
      paragraphs: parts.paragraphs.length,
    };
  });
}

/**
 * Measures every row on every series and size.
 * @returns `{ [seriesId]: { [contestantId]: cells[] } }`, a cell being
 *   `{ size, bytes, msPerMb, ms }`, `{ size, status: 'n/a' | 'timeout' | 'skipped' | 'error' }`
 */
export async function measureScaling(contestants, log) {
  const out = {};
  // Ordinary pages of the corpus for the warm-up: every 30th, a spread of templates.
  const warmupPages = corpusPages().filter((p, i) => i % 30 === 0 && p.bytes > 1000).map((p) => p.path);
  for (const series of SERIES) {
    out[series.id] = {};
    const parts = splitPage(readFileSync(series.source, 'utf8'), series.mode);
    const fits = SIZES.filter((size) => scaledPage(parts, size) !== null);
    for (const c of contestants) {
      const cells = [];
      let stopped = null;
      for (const size of SIZES) {
        if (!fits.includes(size)) {
          cells.push({ size, status: 'n/a' });
          continue;
        }
        if (stopped) {
          cells.push({ size, status: 'skipped' });
          continue;
        }
        const r = await runCell({ adapterPath: c.path, source: series.source, mode: series.mode, size, warmupSize: fits[0], warmupPages, runs: runsFor(size) });
        if (r.status !== 'ok') {
          cells.push({ size, status: r.status, message: r.message });
          stopped = r.status;
          log(`  ${series.id} ${c.id} ${size / 1e3} KB: ${r.status}`);
          continue;
        }
        const ms = median(r.times);
        cells.push({ size, bytes: r.bytes, ms, msPerMb: ms / (r.bytes / 1e6), failures: r.failures });
        log(`  ${series.id} ${c.id} ${size / 1e3} KB: ${ms.toFixed(1)} ms, ${(ms / (r.bytes / 1e6)).toFixed(0)} ms/MB`);
      }
      out[series.id][c.id] = cells;
    }
  }
  return out;
}
