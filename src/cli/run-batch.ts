/**
 * The batch: list the inputs, parse them on a worker pool, write one result per input in path
 * order. At most a fixed window of results waits in memory however many inputs there are.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { fsEncode } from './file-names.js';
import { listInputs, type InputFile } from './list-inputs.js';
import { jsonLinesFileSink, jsonLinesSink, outDirSink, outDirTarget, type OutputSink } from './output-sink.js';
import { UsageError, type CliOptions } from './parse-argv.js';
import { errorJson, type ParseOutcome, type ParseTask } from './parse-file.js';
import { createProgress } from './progress.js';

export interface BatchSummary {
  readonly parsed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly seconds: number;
  readonly interrupted: boolean;
  readonly outputError: Error | null;
}

export interface BatchIo {
  readonly stdout: NodeJS.WriteStream;
  readonly stderr: NodeJS.WriteStream;
  readStdin(): Promise<Uint8Array>;
  /** Registers a handler for an interrupt (Ctrl-C); returns a function that removes it. */
  onInterrupt(handler: () => void): () => void;
}

/** Results allowed to wait for their turn, per worker thread: enough to keep the pool busy. */
const WINDOW_PER_JOB = 8;

/**
 * How far a V8 heap may grow past its live data before a full collection, in percent. Left to
 * itself V8 allows up to 300% when collections are cheap, as they are here: a worker's heap swung
 * between its ~30 MB of live data and ~130 MB, and after a collection that fell in the middle of a
 * large page (~90 MB live) it grew to ~400 MB. The peak of a batch was set by its unluckiest
 * collection, so it grew with the number of inputs. At 50% each heap stays within 1.5× its live
 * data, for a few more (short) collections. A heap cap (piscina's `resourceLimits`) would also
 * lower the growth, but it turns large inputs into out-of-memory errors: 10 MB of table cells needs
 * more than 512 MB of heap, and parses without one.
 */
const HEAP_GROWING_PERCENT = 50;

/** The output could not even be opened: the command says so in one line and exits 1. */
export class OutputError extends Error {}

type Item =
  | { readonly kind: 'file'; readonly file: InputFile }
  | { readonly kind: 'problem'; readonly path: string; readonly code: string; readonly message: string };

function itemPath(item: Item): string {
  return item.kind === 'file' ? item.file.path : item.path;
}

/**
 * Refuses, before anything is written, what the arguments turn out to mean once listed: `--url`
 * with a folder (one URL would be stamped on every record), and under `--out-dir` two inputs that
 * would be written to the same file (`a/404.html` and `b/404.html` given as files, or two folders
 * that both hold `index.html`): the later would overwrite the earlier.
 */
function checkListed(options: CliOptions, files: readonly InputFile[]): void {
  if (options.url !== null && options.inputs.some(isFolder)) throw new UsageError('--url goes with a single file, not a folder');
  if (options.outDir === null) return;
  const byTarget = new Map<string, string>();
  for (const file of files) {
    const target = outDirTarget(options.outDir, file.relative);
    const other = byTarget.get(target);
    if (other !== undefined) {
      throw new UsageError(`--out-dir: ${other} and ${file.path} would both be written to ${target}; give their common folder instead`);
    }
    byTarget.set(target, file.path);
  }
}

function isFolder(path: string): boolean {
  try {
    return statSync(fsEncode(path)).isDirectory();
  } catch {
    return false;
  }
}

export async function runBatch(options: CliOptions, io: BatchIo): Promise<BatchSummary> {
  const started = Date.now();
  const listed = listInputs(options.inputs);
  checkListed(options, listed.files);
  const items: Item[] = [
    ...listed.files.map((file): Item => ({ kind: 'file', file })),
    ...listed.problems.map((p): Item => ({ kind: 'problem', ...p })),
  ].sort((a, b) => (itemPath(a) < itemPath(b) ? -1 : itemPath(a) > itemPath(b) ? 1 : 0));

  const pretty = options.outDir !== null;
  let sink: OutputSink;
  try {
    sink = options.outDir ? outDirSink(options.outDir) : options.output ? jsonLinesFileSink(options.output) : jsonLinesSink(io.stdout);
  } catch (error) {
    // A folder that cannot be made or read (`-o /proc/x/out.jsonl`, an unreadable --out-dir): said in one line.
    throw new OutputError((error as Error).message);
  }

  const jobs = options.jobs ?? availableParallelism();
  // V8 flags are per process: set before the pool starts, this holds the workers' heaps and the
  // main thread's. The command is its own process, so programs using the library are unaffected.
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  const pool = new Piscina({
    filename: new URL('./cli-worker.js', import.meta.url).href,
    // Not 0: piscina replaces a worker that dies (out of memory) only up to minThreads, and the
    // inputs queued for it would then wait for ever; the process, with nothing left to keep it
    // alive, ended without their lines or the summary.
    minThreads: Math.max(1, Math.min(jobs, items.length)),
    maxThreads: jobs,
    idleTimeout: 1000,
  });
  const recordsToTerminal = !options.output && !options.outDir && io.stdout.isTTY === true;
  const progress = createProgress(options.progress ?? io.stderr.isTTY === true, items.length, io.stderr, { recordsToTerminal });

  let interrupted = false;
  const removeInterrupt = io.onInterrupt(() => {
    interrupted = true;
  });

  let parsed = 0;
  let failed = 0;
  let skipped = 0;
  const stdinBytes = options.inputs.includes('-') ? await io.readStdin() : undefined;

  const start = (item: Item): Promise<(ParseOutcome & { relative: string }) | null> => {
    if (item.kind === 'problem') {
      return Promise.resolve({ ok: false, json: errorJson(item.path, 'READ_FAILED', item.message, pretty), relative: item.path });
    }
    const { file } = item;
    if (options.outDir && options.skipExisting && existsSync(fsEncode(outDirTarget(options.outDir, file.relative)))) {
      return Promise.resolve(null);
    }
    const task: ParseTask = {
      path: file.path,
      format: options.format,
      url: options.url,
      pretty,
      ...(file.path === '-' && stdinBytes ? { bytes: stdinBytes } : {}),
    };
    return (pool.run(task) as Promise<ParseOutcome>).then(
      (outcome) => ({ ...outcome, relative: file.relative }),
      (error: unknown) => ({ ok: false, json: errorJson(file.path, 'INTERNAL_ERROR', String(error), pretty), relative: file.relative }),
    );
  };

  // A sliding window of pending results, written strictly in order.
  const window = jobs * WINDOW_PER_JOB;
  const pending: Promise<(ParseOutcome & { relative: string }) | null>[] = [];
  let next = 0;
  try {
    while (next < items.length || pending.length > 0) {
      // After an output error nothing more can be written: inputs not yet started are left alone.
      while (!interrupted && sink.error === null && next < items.length && pending.length < window) pending.push(start(items[next++]!));
      if (pending.length === 0) break;
      const result = await pending.shift()!;
      if (result === null) {
        skipped++;
      } else {
        const problem = await sink.write({ relative: result.relative, json: result.json });
        if (problem !== null) io.stderr.write(`vn-news-parser: ${problem}\n`);
        if (result.ok && problem === null) parsed++;
        else failed++;
      }
      progress.tick(failed);
    }
  } finally {
    progress.stop();
    removeInterrupt();
    await sink.close();
    await pool.destroy();
  }
  return {
    parsed,
    failed,
    skipped,
    seconds: (Date.now() - started) / 1000,
    interrupted: interrupted && next < items.length,
    outputError: sink.error,
  };
}
