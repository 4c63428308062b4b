#!/usr/bin/env node
/**
 * Long fuzzing runs of the hostile-input properties (tests/property/properties.mjs) against the
 * built library (dist/index.js): random strings, random bytes, random HTML trees and mutations of
 * the corpus pages, split evenly, on one worker thread per CPU.
 *
 *   npm run fuzz                              # build, then 1,000,000 cases
 *   npm run fuzz -- --runs 5000000 --seed 42  # more cases, a chosen seed
 *   node scripts/fuzz.mjs --replay html-trees:12345:678   # rerun one case and save its input
 *
 * Options: --runs N (or FUZZ_RUNS; default 1,000,000 in all), --seed S (default: from the clock,
 * printed), --workers K (default: the number of CPUs), --lib PATH (default dist/index.js),
 * --hang-seconds T (a case running longer is reported as a hang; default 60).
 *
 * Prints progress every 10 seconds and ends with `N cases, F failures`; exits 1 on any failure.
 * A failure report names the property, the seed of its chunk and the case's index: `--replay`
 * runs exactly that case again.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import {
  CORPUS_FILE_RE,
  CORPUS_FOLDERS,
  checkCase,
  describeInput,
  propertyDefinitions,
} from '../tests/property/properties.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_DIR = resolve(ROOT, '..', 'shared');
/** Cases per unit of work: small enough for smooth progress, large enough to amortise messages. */
const CHUNK = 1000;

function listFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else if (CORPUS_FILE_RE.test(name)) out.push(p);
  }
  return out;
}

function loadPages() {
  if (!existsSync(join(SHARED_DIR, 'gold'))) return [];
  return CORPUS_FOLDERS.flatMap((f) => listFiles(join(SHARED_DIR, f))).map((p) => new Uint8Array(readFileSync(p)));
}

async function loadLibrary(path) {
  return import(pathToFileURL(resolve(ROOT, path)).href);
}

/** fast-check property of one definition; `onCase` runs before each case (the watchdog's counter). */
function toProperty(lib, def, onCase, stats) {
  return fc.property(def.arb, ([input, options]) => {
    onCase();
    const t = performance.now();
    let outcome;
    try {
      outcome = checkCase(lib, input, options, def.checks);
    } catch (error) {
      throw new Error(`${error.message}\n  input: ${describeInput(input)}\n  options: ${JSON.stringify(options)}`);
    }
    const ms = performance.now() - t;
    stats.outcomes[outcome] = (stats.outcomes[outcome] ?? 0) + 1;
    if (ms > stats.slowest.ms) stats.slowest = { ms, input: describeInput(input).slice(0, 100) };
  });
}

// ---------------------------------------------------------------------------------------------
// Worker: runs chunks it is sent, counts cases in shared memory for the watchdog.

async function workerMain() {
  const { libPath, counter } = workerData;
  const cases = new Int32Array(counter);
  const lib = await loadLibrary(libPath);
  const defs = propertyDefinitions(loadPages());
  parentPort.on('message', (chunk) => {
    const stats = { outcomes: {}, slowest: { ms: 0, input: '' } };
    let index = -1;
    const property = toProperty(lib, defs[chunk.property], () => {
      index++;
      Atomics.add(cases, 0, 1);
      Atomics.store(cases, 1, index);
    }, stats);
    const details = fc.check(property, { numRuns: chunk.runs, seed: chunk.seed, endOnFailure: true });
    parentPort.postMessage({
      chunk,
      ran: details.numRuns,
      failure: details.failed
        ? {
            property: chunk.property,
            seed: chunk.seed,
            path: details.counterexamplePath,
            message: String(details.errorInstance?.message ?? details.error).slice(0, 4000),
          }
        : null,
      stats,
    });
  });
  parentPort.postMessage({ ready: true });
}

// ---------------------------------------------------------------------------------------------
// Main: hands out chunks, watches for hangs, prints progress and the summary.

function parseArgs(argv) {
  const args = { runs: Number(process.env.FUZZ_RUNS ?? 1_000_000), seed: null, workers: availableParallelism(), lib: 'dist/index.js', hangSeconds: 60, replay: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--runs') args.runs = Number(value());
    else if (a === '--seed') args.seed = Number(value());
    else if (a === '--workers') args.workers = Number(value());
    else if (a === '--lib') args.lib = value();
    else if (a === '--hang-seconds') args.hangSeconds = Number(value());
    else if (a === '--replay') args.replay = value();
    else throw new Error(`unknown argument ${a} (see the comment at the top of scripts/fuzz.mjs)`);
  }
  if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive whole number');
  if (!Number.isInteger(args.workers) || args.workers < 1) throw new Error('--workers must be a positive whole number');
  return args;
}

const fmt = (n) => n.toLocaleString('en-US');
function duration(seconds) {
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

async function replay(args) {
  const [property, seed, index] = args.replay.split(':');
  const lib = await loadLibrary(args.lib);
  const def = propertyDefinitions(loadPages())[property];
  if (!def) throw new Error(`no property ${property}`);
  let input;
  let options;
  const captured = fc.property(def.arb, ([i, o]) => {
    input = i;
    options = o;
    return true;
  });
  fc.assert(captured, { seed: Number(seed), path: String(index), numRuns: 1 });
  const file = join(ROOT, `fuzz-case-${property}-${seed}-${index}.${typeof input === 'string' ? 'txt' : 'bin'}`);
  writeFileSync(file, input);
  writeFileSync(`${file}.options.json`, JSON.stringify(options ?? {}));
  console.log(`case ${args.replay}: ${describeInput(input)}\noptions: ${JSON.stringify(options)}\nsaved to ${file} (options in ${file}.options.json)`);
  const details = fc.check(toProperty(lib, def, () => {}, { outcomes: {}, slowest: { ms: 0, input: '' } }), { seed: Number(seed), path: String(index), numRuns: 1 });
  console.log(details.failed ? `FAILS: ${details.errorInstance?.message ?? details.error}` : 'passes');
  process.exitCode = details.failed ? 1 : 0;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.replay) return replay(args);
  if (!existsSync(resolve(ROOT, args.lib))) throw new Error(`${args.lib} not found: run npm run build first`);
  const seed = args.seed ?? (Date.now() % 2_000_000_000);
  const names = Object.keys(propertyDefinitions(existsSync(join(SHARED_DIR, 'gold')) ? [new Uint8Array(1)] : []));

  // Chunks: the runs split evenly over the properties, interleaved so that progress covers all of them.
  const perProperty = names.map((name, k) => Math.floor(args.runs / names.length) + (k < args.runs % names.length ? 1 : 0));
  const queue = [];
  for (let j = 0; queue.length < Math.ceil(args.runs / CHUNK) + names.length; j++) {
    let any = false;
    names.forEach((property, k) => {
      const runs = Math.min(CHUNK, perProperty[k] - j * CHUNK);
      if (runs <= 0) return;
      any = true;
      queue.push({ property, seed: (seed + k * 1_000_003 + j * 7919) % 2_147_483_647, runs });
    });
    if (!any) break;
  }

  console.log(`fuzz: ${fmt(args.runs)} cases (${names.map((n, k) => `${n} ${fmt(perProperty[k])}`).join(', ')}) on ${args.workers} workers against ${args.lib}; seed ${seed}`);
  const started = performance.now();
  let done = 0;
  const failures = [];
  const totals = Object.fromEntries(names.map((n) => [n, { cases: 0, outcomes: {}, slowest: { ms: 0, input: '' } }]));

  await new Promise((resolveAll) => {
    const workers = new Set();
    let active = 0;
    const finishIfIdle = () => {
      if (queue.length === 0 && active === 0) {
        for (const w of workers) w.worker.terminate();
        resolveAll();
      }
    };
    const spawn = () => {
      const counter = new SharedArrayBuffer(8);
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { libPath: args.lib, counter } });
      const w = { worker, counter: new Int32Array(counter), chunk: null, lastCount: 0, lastChange: performance.now() };
      workers.add(w);
      const next = () => {
        w.chunk = queue.shift() ?? null;
        if (w.chunk) {
          active++;
          w.lastChange = performance.now();
          worker.postMessage(w.chunk);
        } else {
          finishIfIdle();
        }
      };
      worker.on('message', (msg) => {
        if (msg.ready) return next();
        active--;
        done += msg.ran;
        const t = totals[msg.chunk.property];
        t.cases += msg.ran;
        for (const [k, v] of Object.entries(msg.stats.outcomes)) t.outcomes[k] = (t.outcomes[k] ?? 0) + v;
        if (msg.stats.slowest.ms > t.slowest.ms) t.slowest = msg.stats.slowest;
        if (msg.failure) {
          failures.push(msg.failure);
          console.log(`\nFAILURE in ${msg.failure.property} (replay: node scripts/fuzz.mjs --replay ${msg.failure.property}:${msg.failure.seed}:${String(msg.failure.path).split(':')[0]})\n${msg.failure.message}\n`);
        }
        next();
      });
      worker.on('error', (error) => {
        failures.push({ property: w.chunk?.property ?? '?', seed: w.chunk?.seed, path: null, message: `worker crashed: ${error?.stack ?? error}` });
        console.log(`\nFAILURE: worker crashed in ${w.chunk?.property}: ${error?.stack ?? error}\n`);
        workers.delete(w);
        if (w.chunk) active--;
        spawn();
      });
      return w;
    };
    for (let i = 0; i < args.workers; i++) spawn();

    // Watchdog and progress.
    let lastReport = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      for (const w of [...workers]) {
        const count = Atomics.load(w.counter, 0);
        if (count !== w.lastCount || !w.chunk) {
          w.lastCount = count;
          w.lastChange = now;
        } else if (now - w.lastChange > args.hangSeconds * 1000) {
          const index = Atomics.load(w.counter, 1);
          const failure = { property: w.chunk.property, seed: w.chunk.seed, path: String(index), message: `hang: one case ran more than ${args.hangSeconds} s` };
          failures.push(failure);
          console.log(`\nFAILURE in ${failure.property}: ${failure.message} (replay: node scripts/fuzz.mjs --replay ${failure.property}:${failure.seed}:${index})\n`);
          workers.delete(w);
          w.worker.terminate();
          active--;
          done += index;
          spawn();
        }
      }
      if (now - lastReport >= 10_000) {
        lastReport = now;
        const seconds = (now - started) / 1000;
        const rate = done / seconds;
        console.log(`fuzz: ${fmt(done)}/${fmt(args.runs)} cases (${((100 * done) / args.runs).toFixed(1)}%), ${failures.length} failures, ${fmt(Math.round(rate))} cases/s, ${duration(seconds)} elapsed, ~${duration((args.runs - done) / Math.max(rate, 1e-9))} left`);
      }
    }, 1000);
    timer.unref();
  });

  const seconds = (performance.now() - started) / 1000;
  console.log(`\nfuzz: done in ${duration(seconds)} (${fmt(Math.round(done / seconds))} cases/s); seed ${seed}`);
  for (const [name, t] of Object.entries(totals)) {
    const outcomes = Object.entries(t.outcomes).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${fmt(v)}`).join(', ');
    console.log(`  ${name.padEnd(17)} ${fmt(t.cases).padStart(9)} cases: ${outcomes}; slowest ${t.slowest.ms.toFixed(0)} ms (${t.slowest.input})`);
  }
  console.log(`${fmt(done)} cases, ${failures.length} failures`);
  process.exitCode = failures.length > 0 || done < args.runs ? 1 : 0;
}

if (isMainThread) {
  main().catch((error) => {
    console.error(`fuzz: ${error?.stack ?? error}`);
    process.exitCode = 2;
  });
} else {
  workerMain();
}
