#!/usr/bin/env node
// Throughput and memory of the built library over the real portal pages (../shared/corpus/html and bulk):
// files/s, MB/s, ms per page (median, p95) and peak memory, single-threaded, extraction time only.
//
//   npm run bench            (builds first)
//   node bench/run.mjs --repeat 3
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { parseArticle, VnNewsParseError } from '../dist/index.js';

const corpus = fileURLToPath(new URL('../../shared/corpus', import.meta.url));
const repeat = Number(process.argv[process.argv.indexOf('--repeat') + 1]) || 1;
if (!existsSync(corpus)) {
  console.log('bench: ../shared/corpus is absent; nothing to measure');
  process.exit(0);
}

function list(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...list(p));
    else if (/\.html?$/.test(name)) out.push(p);
  }
  return out;
}

const files = [...list(join(corpus, 'html')), ...list(join(corpus, 'bulk'))];
const inputs = files.map((f) => readFileSync(f));
const totalBytes = inputs.reduce((a, b) => a + b.byteLength, 0);

// Warm-up: let the JIT see every code path once before timing.
for (const input of inputs.slice(0, 50)) try { parseArticle(input); } catch {}
globalThis.gc?.();

let peakRss = process.memoryUsage().rss;
let peakHeap = process.memoryUsage().heapUsed;
const times = [];
let errors = 0;
const t0 = process.hrtime.bigint();
for (let r = 0; r < repeat; r++) {
  for (const input of inputs) {
    const s = process.hrtime.bigint();
    try { parseArticle(input); } catch (e) { if (e instanceof VnNewsParseError) errors++; else throw e; }
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
    if (times.length % 25 === 0) {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }
  }
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
const n = inputs.length * repeat;
const row = {
  files: inputs.length,
  megabytes: +(totalBytes / 1e6).toFixed(1),
  'files/s': +(n / seconds).toFixed(1),
  'MB/s': +((totalBytes * repeat) / 1e6 / seconds).toFixed(2),
  'ms median': +pct(0.5).toFixed(2),
  'ms p95': +pct(0.95).toFixed(2),
  'peak RSS MB': +(peakRss / 2 ** 20).toFixed(0),
  'peak heap MB': +(peakHeap / 2 ** 20).toFixed(0),
  'typed errors': errors,
};
console.log(`vn-news-parser over corpus html + bulk, ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, repeat ${repeat}`);
console.table([row]);
