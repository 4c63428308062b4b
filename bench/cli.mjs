#!/usr/bin/env node
// The command's throughput and memory over ../shared/corpus/bulk: files/s with 1 and 2 worker threads,
// peak memory (the process's VmHWM, worker threads included), and the same over corpora ten and thirty
// times larger (the same files repeated) to show that memory stays bounded however many inputs there
// are: the peak over thirty times the inputs must stay under 1.1 times the peak over ten times (same
// 2 jobs). Ten times, not bulk once, is the reference: the high-water mark climbs for the first few
// thousand files (which large pages the two workers meet at once) and then stays: +20% from bulk to
// ten times, +4% from ten to thirty times, in the same session's runs.
// Writes the "cli" section of bench/RESULTS.md; exit status 1 when the memory bound is broken, 2 when
// a run of the command went wrong.
//
//   npm run bench:cli                      (builds first)
//   node bench/cli.mjs                     (after npm run build)
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './lib/machine.mjs';
import { writeSection } from './lib/results-file.mjs';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const bulk = fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url));
/** How much more the peak may be over thirty times the inputs than over ten times. */
const MAX_GROWTH = 0.1;
const SAMPLE_MS = 25;
if (!existsSync(bulk)) {
  console.log('bench/cli: ../shared/corpus/bulk is absent; nothing to measure');
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('bench/cli: dist/cli.js is missing: run `npm run build` first (or `npm run bench:cli`)');
  process.exit(2);
}

/** Peak resident memory of a running process in MiB, from Linux's VmHWM (high-water mark). */
function peakMiB(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

function runCli(args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [cli, '--no-progress', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    // Only the end of standard error is kept: the summary line is the last one.
    let stderr = '';
    const timer = setInterval(() => (peak = Math.max(peak, peakMiB(child.pid))), SAMPLE_MS);
    child.stderr.on('data', (d) => (stderr = (stderr + d).slice(-4096)));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /parsed (\d+), failed (\d+)/.exec(stderr);
      // 0: every input parsed; 1: some inputs failed (bulk holds a few empty files). Anything else is a fault.
      if (!m || code > 1) reject(new Error(`vn-news-parser ${args.join(' ')} exited with ${code}: ${stderr.trim()}`));
      else resolve({ seconds, peak, files: Number(m[1]) + Number(m[2]) });
    });
  });
}

/** Every file below `dir`. */
function walk(dir, out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** A folder holding `copies` folders of links to every file of `files`: a larger corpus without copying bytes. */
function repeatedCorpus(files, copies) {
  const dir = mkdtempSync(join(os.tmpdir(), 'vn-news-parser-bench-'));
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, `copy-${c}`);
    mkdirSync(sub);
    files.forEach((f, i) => symlinkSync(f, join(sub, `${i}-${f.split('/').pop()}`)));
  }
  return dir;
}

const m = machine();
const bulkFiles = walk(bulk);
const bulkMB = bulkFiles.reduce((a, f) => a + statSync(f).size, 0) / 1e6;
const rows = [];
const measure = async (label, args) => {
  console.error(`bench/cli: ${label} ...`);
  const r = await runCli(args);
  rows.push({ label, ...r });
  return r;
};

let two;
let ten;
let thirty;
try {
  await measure('bulk, 1 job', ['-j', '1', bulk]);
  two = await measure('bulk, 2 jobs', ['-j', '2', bulk]);
  for (const copies of [10, 30]) {
    const big = repeatedCorpus(bulkFiles, copies);
    try {
      const r = await measure(`bulk × ${copies}, 2 jobs`, ['-j', '2', big]);
      if (copies === 10) ten = r;
      else thirty = r;
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }
} catch (error) {
  console.error(`bench/cli: ${error.message}`);
  process.exit(2);
}

const growth = thirty.peak / ten.peak - 1;
const fromBulk = ten.peak / two.peak - 1;
const ok = growth < MAX_GROWTH;
const loadEnd = os.loadavg()[0];
const table = [
  '| run | inputs | seconds | files/s | peak MiB |',
  '|---|--:|--:|--:|--:|',
  ...rows.map((r) => `| ${r.label} | ${r.files} | ${r.seconds.toFixed(1)} | ${(r.files / r.seconds).toFixed(1)} | ${r.peak.toFixed(0)} |`),
];
const verdict =
  `Peak memory over thirty times the inputs: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% against ten times, with the same 2 jobs ` +
  `(bound: under +${MAX_GROWTH * 100}%): **${ok ? 'within the bound' : 'over the bound'}**. ` +
  `From bulk once to ten times: ${fromBulk >= 0 ? '+' : ''}${(fromBulk * 100).toFixed(1)}% (the high-water mark still climbing, not a bound).`;
const markdown = [
  '## The command-line tool',
  '',
  `\`node bench/cli.mjs\` on ${m.date}. Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node.js ${m.node}, ${m.os}. ` +
    `Load average (1 min) at the start ${m.loadStart.toFixed(2)}, at the end ${loadEnd.toFixed(2)}: above 1, other processes ` +
    `shared the ${m.cores} cores, and files/s are lower than on an idle machine and vary from run to run.`,
  '',
  `Inputs: the ${bulkFiles.length} files of \`../shared/corpus/bulk\` (${bulkMB.toFixed(1)} MB), then the same files ten and thirty times ` +
    `over (${bulkFiles.length * 10} and ${bulkFiles.length * 30} inputs: folders of symbolic links to them). Each run is \`vn-news-parser --no-progress -j N FOLDER\` ` +
    'with its JSON Lines going to /dev/null.',
  '',
  ...table,
  '',
  verdict,
  '',
  'How it is measured:',
  '',
  '- seconds: the wall clock from starting the command to its exit (start-up, listing, parsing, writing, closing the pool); ' +
    'files/s: the inputs (records and error lines) over those seconds.',
  `- peak: the process's VmHWM (the high-water mark of its resident memory) from \`/proc/PID/status\`, read every ${SAMPLE_MS} ms ` +
    'while the command runs. The worker threads live in the same process, so their memory is in it; what the last ' +
    `${SAMPLE_MS} ms before the exit add may be missed.`,
  '- What bounds it (`src/cli/run-batch.ts`): at most 8 × jobs results wait to be written, no record is held longer, and ' +
    'each V8 heap of the command may grow 50% past its live data before a full collection (V8 alone allows up to 300%). What ' +
    'still moves the peak from run to run is which large pages the two workers happen to parse at the same moment.',
];
console.log(`vn-news-parser command, ${m.cpu} × ${m.cores}, node ${m.node}, load ${m.loadStart.toFixed(2)} → ${loadEnd.toFixed(2)}`);
console.table(rows.map((r) => ({ run: r.label, inputs: r.files, seconds: +r.seconds.toFixed(1), 'files/s': +(r.files / r.seconds).toFixed(1), 'peak MiB': +r.peak.toFixed(0) })));
console.log(verdict.replace(/\*\*/g, ''));
writeSection('cli', markdown.join('\n'));
console.error('bench/cli: wrote the cli section of bench/RESULTS.md');
process.exitCode = ok ? 0 : 1;
