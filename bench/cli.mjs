#!/usr/bin/env node
// The command's throughput and memory over ../shared/corpus/bulk: files/s with 1 and 2 worker threads,
// peak memory (the process's VmHWM, worker threads included), and the same over a corpus ten times larger
// (the same files repeated) to show that memory stays bounded however many inputs there are.
//
//   npm run build && node bench/cli.mjs
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const bulk = fileURLToPath(new URL('../../shared/corpus/bulk', import.meta.url));
if (!existsSync(bulk)) {
  console.log('bench/cli: ../shared/corpus/bulk is absent; nothing to measure');
  process.exit(0);
}

/** Peak resident memory of a running process in MB, from Linux's VmHWM (high-water mark). */
function peakMb(pid) {
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
    let stderr = '';
    const timer = setInterval(() => (peak = Math.max(peak, peakMb(child.pid))), 25);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const m = /parsed (\d+), failed (\d+)/.exec(stderr);
      resolve({ code, seconds, peak, files: m ? Number(m[1]) + Number(m[2]) : 0 });
    });
  });
}

/** A folder holding `copies` folders of links to every file of `src`: a larger corpus without copying bytes. */
function repeatedCorpus(src, copies) {
  const dir = mkdtempSync(join(tmpdir(), 'vn-news-parser-bench-'));
  const files = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(src);
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, `copy-${c}`);
    mkdirSync(sub);
    files.forEach((f, i) => symlinkSync(f, join(sub, `${i}-${f.split('/').pop()}`)));
  }
  return dir;
}

const rows = [];
const row = (label, r) => ({
  run: label,
  files: r.files,
  seconds: +r.seconds.toFixed(1),
  'files/s': +(r.files / r.seconds).toFixed(1),
  'peak MB': +r.peak.toFixed(0),
});
const one = await runCli(['-j', '1', bulk]);
rows.push(row('bulk, 1 job', one));
const two = await runCli(['-j', '2', bulk]);
rows.push(row('bulk, 2 jobs', two));
const big = repeatedCorpus(bulk, 10);
try {
  const ten = await runCli(['-j', '2', big]);
  rows.push(row('bulk × 10, 2 jobs', ten));
  console.log(`vn-news-parser command, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}, node ${process.version}`);
  console.table(rows);
  const growth = ten.peak / two.peak - 1;
  console.log(`peak memory, 10× the inputs: ${(growth * 100).toFixed(1)}% more (bound: under 20%)`);
} finally {
  rmSync(big, { recursive: true, force: true });
}
