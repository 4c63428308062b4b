// One cell of the scaling table, in a worker thread so that the main thread can stop a peer
// that takes too long (a synchronous extractor cannot be interrupted otherwise).
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { timeOne } from './measure.mjs';
import { scaledPage, splitPage } from './scaled-pages.mjs';

const { adapterPath, source, mode, size, warmupSize, warmupPages, runs } = workerData;
const { timed } = await import(adapterPath);
const parts = splitPage(readFileSync(source, 'utf8'), mode);

/**
 * Warm-up, untimed: real corpus pages, then the smallest page of the series, for at least a second,
 * so that the JIT has compiled the extractor's code paths before the timed runs, as in the main rows.
 */
const WARMUP_MS = 1000;
const small = scaledPage(parts, warmupSize);
const started = performance.now();
for (let i = 0; i < 200 && (i < 10 || performance.now() - started < WARMUP_MS); i++) {
  await timeOne(timed, i % 2 === 0 ? small : readFileSync(warmupPages[(i >> 1) % warmupPages.length]));
}

const page = scaledPage(parts, size);
const times = [];
let failures = 0;
for (let i = 0; i < runs; i++) {
  const { ms, failed } = await timeOne(timed, page);
  times.push(ms);
  if (failed) failures++;
}
parentPort.postMessage({ bytes: page.byteLength, times, failures });
