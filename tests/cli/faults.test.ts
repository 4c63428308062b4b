/**
 * The built command (`dist/cli.js`, built by `npm test` before vitest runs) against file-system and
 * output faults: every input gets its line (a record or an error) where output is possible, the
 * batch completes, and the exit status tells (0 all parsed, 1 some failed or the output failed).
 *
 * Every run has a time limit and is killed past it, so a hang fails the test instead of CI.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  chmodSync,
  truncateSync,
} from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode, type RunResult } from '../helpers/run-node.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url));
const PAGE = fileURLToPath(new URL('../../fixtures/golden/sharepoint-news-detail-cluster-members/input.html', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vn-news-parser-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const LIMIT_MS = 120_000;
const POSIX = process.platform !== 'win32';
const IS_ROOT = process.getuid?.() === 0;
const mkfifo = (path: string): boolean => spawnSync('mkfifo', [path]).status === 0;

function run(args: string[], stdout: 'pipe' | number = 'pipe'): Promise<RunResult> {
  return runNode(CLI, ['--no-progress', ...args], { timeoutMs: LIMIT_MS, ...(stdout === 'pipe' ? {} : { stdout }) });
}

interface Line {
  source: { path: string };
  title?: string | null;
  error?: { code: string; message: string };
}
const lines = (stdout: string): Line[] => stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
const byPath = (ls: Line[]): Record<string, string> => Object.fromEntries(ls.map((l) => [l.source.path, l.error?.code ?? 'record']));

describe.skipIf(!existsSync(CLI) || !POSIX)('vn-news-parser command under faults', () => {
  it('gives every entry of a folder its line: a 0-byte file, an unreadable file, symbolic-link loops, a dangling link, a FIFO', async () => {
    const dir = join(work, 'folder');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a-good.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'b-empty.html'), '');
    // A file removed after it was listed reads like a link to nothing: ENOENT on open.
    symlinkSync(join(dir, 'no-such-file.html'), join(dir, 'c-dangling.html'));
    symlinkSync('d-loop2.html', join(dir, 'd-loop1.html'));
    symlinkSync('d-loop1.html', join(dir, 'd-loop2.html'));
    // A folder that links back to its parent: listed once, not for ever.
    symlinkSync('..', join(dir, 'sub', 'up'));
    writeFileSync(join(dir, 'sub', 'page.html'), readFileSync(PAGE));
    // Unreadable: chmod 000 stops everyone but root, and the tests run as root in CI, where the
    // mode is ignored. There a link to /proc/self/mem stands in: stat calls it a regular file, and
    // reading it from offset 0 fails with EIO, for root too.
    const unreadable = join(dir, 'e-unreadable.html');
    let unreadableCode: string | null = null;
    if (!IS_ROOT) {
      writeFileSync(unreadable, '<p>secret</p>');
      chmodSync(unreadable, 0o000);
      unreadableCode = 'READ_FAILED';
    } else if (existsSync('/proc/self/mem')) {
      symlinkSync('/proc/self/mem', unreadable);
      unreadableCode = 'READ_FAILED';
    }
    // A FIFO named like a page: never opened (with no writer, opening it would block for ever).
    const hasFifo = mkfifo(join(dir, 'f-fifo.html'));

    const r = await run(['-j', '2', dir]);
    expect(r.error).toBeUndefined(); // not killed by the time limit
    expect(r.status).toBe(1);
    const got = lines(r.stdout);
    const codes = byPath(got);
    const expected: Record<string, string> = {
      [join(dir, 'a-good.txt')]: 'record',
      [join(dir, 'b-empty.html')]: 'EMPTY_INPUT',
      [join(dir, 'c-dangling.html')]: 'READ_FAILED',
      [join(dir, 'd-loop1.html')]: 'READ_FAILED',
      [join(dir, 'd-loop2.html')]: 'READ_FAILED',
      [join(dir, 'sub', 'page.html')]: 'record',
      ...(unreadableCode ? { [unreadable]: unreadableCode } : {}),
      ...(hasFifo ? { [join(dir, 'f-fifo.html')]: 'READ_FAILED' } : {}),
    };
    expect(codes).toEqual(expected);
    // In path order, each once; the link loop `sub/up` added nothing.
    expect(got.map((l) => l.source.path)).toEqual(Object.keys(expected).sort());
    expect(got.find((l) => l.source.path.endsWith('d-loop1.html'))?.error?.message).toMatch(/ELOOP/);
    expect(got.find((l) => l.source.path.endsWith('c-dangling.html'))?.error?.message).toMatch(/ENOENT/);
    if (hasFifo) expect(got.find((l) => l.source.path.endsWith('f-fifo.html'))?.error?.message).toMatch(/not a regular file/);
    expect(r.stderr).toMatch(new RegExp(`parsed 2, failed ${Object.keys(expected).length - 2}`));
  });

  it('reports a file deleted between listing and reading', async () => {
    // Deterministic: a FIFO given first holds the one worker (-j 1) after the listing is done;
    // the file is deleted then, and the FIFO fed. (Explicit FIFO arguments are read: that is how
    // `<(curl ...)` works.)
    const dir = join(work, 'deleted');
    mkdirSync(join(dir, 'files'), { recursive: true });
    const gate = join(dir, '0-gate.html');
    if (!mkfifo(gate)) return;
    writeFileSync(join(dir, 'files', 'a.txt'), readFileSync(SEED));
    writeFileSync(join(dir, 'files', 'z.txt'), readFileSync(SEED));
    const child = spawn(process.execPath, [CLI, '--no-progress', '-j', '1', gate, join(dir, 'files')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    try {
      // Opening the FIFO for writing returns once the command opened it for reading: listed by then.
      const writer = await open(gate, 'w');
      unlinkSync(join(dir, 'files', 'z.txt'));
      await writer.writeFile(readFileSync(SEED));
      await writer.close();
      expect(await exited).toBe(1);
    } finally {
      clearTimeout(timer);
    }
    expect(byPath(lines(stdout))).toEqual({
      [gate]: 'record',
      [join(dir, 'files', 'a.txt')]: 'record',
      [join(dir, 'files', 'z.txt')]: 'READ_FAILED',
    });
    expect(lines(stdout).at(-1)?.error?.message).toMatch(/ENOENT/);
  });

  it('reads a 50 MB file and refuses one over 50 MiB, and a .gz that inflates past it', async () => {
    const dir = join(work, 'large');
    mkdirSync(dir, { recursive: true });
    const page = readFileSync(PAGE, 'utf8');
    // A real page padded with a comment to 50,000,000 bytes (under the 50 MiB default), then one
    // byte over 50 MiB; and 1 MB of gzip that inflates to 60 MiB.
    const pad = (size: number): Buffer => {
      const head = Buffer.from(`${page}\n<!-- `);
      const tail = Buffer.from(' -->\n');
      return Buffer.concat([head, Buffer.alloc(size - head.length - tail.length, 'x'), tail]);
    };
    writeFileSync(join(dir, 'a-50MB.html'), pad(50_000_000));
    writeFileSync(join(dir, 'b-over-50MiB.html'), pad(50 * 1024 * 1024 + 1));
    writeFileSync(join(dir, 'c-bomb.html.gz'), gzipSync(Buffer.alloc(60 * 1024 * 1024, ' ')));
    const r = await run(['-j', '2', dir]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    const got = lines(r.stdout);
    expect(byPath(got)).toEqual({
      [join(dir, 'a-50MB.html')]: 'record',
      [join(dir, 'b-over-50MiB.html')]: 'INPUT_TOO_LARGE',
      [join(dir, 'c-bomb.html.gz')]: 'INPUT_TOO_LARGE',
    });
    expect(got[0]?.title).toBeTruthy();
  });

  it('refuses, without reading them whole, a sparse 3 GB file, an endless device and standard input over 50 MiB', async () => {
    const dir = join(work, 'unbounded');
    mkdirSync(dir, { recursive: true });
    // Sparse: 3 GB by its size, no disk space. Refused from its size (Node could not even read it).
    const sparse = join(dir, 'sparse.html');
    writeFileSync(sparse, '');
    truncateSync(sparse, 3_000_000_000);
    const inputs = [sparse, ...(existsSync('/dev/zero') ? ['/dev/zero'] : [])];
    const r = await run(['-j', '1', ...inputs]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(Object.values(byPath(lines(r.stdout)))).toEqual(inputs.map(() => 'INPUT_TOO_LARGE'));

    const stdin = await runNode(CLI, ['--no-progress', '-'], { input: Buffer.alloc(50 * 1024 * 1024 + 10, 'a'), timeoutMs: LIMIT_MS });
    expect(stdin.status).toBe(1);
    expect(byPath(lines(stdin.stdout))).toEqual({ '-': 'INPUT_TOO_LARGE' });
  });

  it.skipIf(!existsSync('/dev/full'))('fails with status 1 and a message when the output disk is full (-o /dev/full)', async () => {
    const r = await run(['-o', '/dev/full', SEED, join(work, 'missing.html')]);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/parsed 1, failed 1/);
    expect(r.stderr).toMatch(/could not write the output: ENOSPC/);
  });

  it.skipIf(!existsSync('/dev/full'))('fails with status 1 when standard output is a full disk', async () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = await run([SEED, SEED], fd);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/could not write the output: ENOSPC/);
    } finally {
      closeSync(fd);
    }
  });

  it('fails with status 1 and one line when the output cannot be opened', async () => {
    // A folder where a file stands: the output's folder cannot be made, for root too.
    const blocker = join(work, 'not-a-folder');
    writeFileSync(blocker, 'x');
    for (const args of [['-o', join(blocker, 'out.jsonl')], ['--out-dir', join(blocker, 'out')]]) {
      const r = await run([...args, SEED]);
      expect(r.error).toBeUndefined();
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^vn-news-parser: could not write the output: .*(ENOTDIR|EEXIST)/m);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('fails with status 1, without a stack trace, when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, [CLI, '--no-progress', '-j', '1', ...Array(20).fill(SEED)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    child.stdout.once('data', () => child.stdout.destroy());
    try {
      expect(await exited).toBe(1);
    } finally {
      clearTimeout(timer);
    }
    expect(stderr).toMatch(/could not write the output: .*EPIPE/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('stops at a second SIGTERM even while a worker waits on a FIFO that no one writes', async () => {
    const fifo = join(work, 'never-written.html');
    if (!mkfifo(fifo)) return;
    const child = spawn(process.execPath, [CLI, '--no-progress', fifo], { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('close', (_code, signal) => resolve(signal)));
    const timer = setTimeout(() => child.kill('SIGKILL'), LIMIT_MS);
    try {
      await new Promise((r) => setTimeout(r, 1500)); // started and blocked in the read
      child.kill('SIGTERM'); // first: let the inputs under way finish (this one never will)
      await new Promise((r) => setTimeout(r, 300));
      child.kill('SIGTERM'); // second: the default action
      expect(await exited).toBe('SIGTERM');
    } finally {
      clearTimeout(timer);
    }
  });
});
