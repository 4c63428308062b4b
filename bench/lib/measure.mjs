// Times one extractor over a list of pages, one page at a time, on this thread.
//
// Each page is read from disk, then timed from the call until the extractor's result is there
// (awaited when it returns a promise, so an async extractor is timed per page, not per batch).
// Memory (RSS and V8 heap) is sampled after every page, outside the timed region.
import { readFileSync } from 'node:fs';

const MB = 1e6;
const MIB = 2 ** 20;

function isPromise(value) {
  return value !== null && typeof value === 'object' && typeof value.then === 'function';
}

/** Runs `fn(bytes)` and returns its duration in milliseconds and whether it threw. */
export async function timeOne(fn, bytes) {
  const start = process.hrtime.bigint();
  let failed = false;
  try {
    const out = fn(bytes);
    if (isPromise(out)) await out;
  } catch {
    failed = true;
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, failed };
}

function percentile(sorted, p) {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

function collectGarbage() {
  if (globalThis.gc) {
    globalThis.gc();
    globalThis.gc();
  }
}

/**
 * Measures `fn` over `pages` (`{ path, bytes }`), after a warm-up on the first `warmup` pages.
 * `prepare(bytes)`, if given, turns each page into `fn`'s input outside the timed region.
 * @returns files/s, MB/s, ms per page (median, p95, mean), peak RSS and heap (MiB), failures
 */
export async function measure(fn, pages, { warmup = 30, repeat = 1, prepare = (bytes) => bytes } = {}) {
  for (const page of pages.slice(0, warmup)) await timeOne(fn, prepare(readFileSync(page.path)));
  collectGarbage();
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let peakHeap = process.memoryUsage().heapUsed;
  const times = [];
  let totalMs = 0;
  let totalBytes = 0;
  let failures = 0;
  for (let r = 0; r < repeat; r++) {
    for (const page of pages) {
      const bytes = readFileSync(page.path);
      const { ms, failed } = await timeOne(fn, prepare(bytes));
      times.push(ms);
      totalMs += ms;
      totalBytes += bytes.byteLength;
      if (failed) failures++;
      const m = process.memoryUsage();
      if (m.rss > peakRss) peakRss = m.rss;
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    }
  }
  times.sort((a, b) => a - b);
  return {
    pages: times.length,
    megabytes: totalBytes / MB,
    filesPerSecond: times.length / (totalMs / 1000),
    mbPerSecond: totalBytes / MB / (totalMs / 1000),
    meanMs: totalMs / times.length,
    medianMs: percentile(times, 0.5),
    p95Ms: percentile(times, 0.95),
    startRssMiB: startRss / MIB,
    peakRssMiB: peakRss / MIB,
    peakHeapMiB: peakHeap / MIB,
    failures,
  };
}
