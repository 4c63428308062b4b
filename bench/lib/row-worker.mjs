// One row of the speed table, in a fresh worker thread: every row starts from a new V8 heap and
// a cold JIT, whatever the rows before it left behind (Readability + jsdom keeps about 4 MB per
// page in a long loop, window.close() or not).
import { parentPort, workerData } from 'node:worker_threads';
import { load } from './contestants.mjs';
import { measure } from './measure.mjs';

const { contestant, pages, warmup, repeat } = workerData;
const { label, packages, timed } = await load(contestant);
const stats = await measure(timed, pages, { warmup, repeat });
parentPort.postMessage({ label, packages, stats });
