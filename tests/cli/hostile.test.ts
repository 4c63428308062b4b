/**
 * Issue 14's batch faults, against the built command (`dist/cli.js`, built by `npm test` first):
 * records overwritten under --out-dir, names too long for the temporary file, a worker that runs
 * out of memory, --url with a folder, names that are not UTF-8, and one 17 MB line. Every child
 * runs asynchronously, so the test worker stays responsive while the command works.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SEED = readFileSync(fileURLToPath(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url)), 'utf8');
const PAGE = `<html><body><h1>Khối thi đua tổ chức Hội nghị</h1><p>${SEED.split('\n').filter((l) => l.length > 100).join('</p><p>')}</p></body></html>`;
const work = mkdtempSync(join(tmpdir(), 'vn-news-parser-hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: string[], nodeFlags: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, CLI, '--no-progress', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const lines = (r: Run): { source: { path: string }; error?: { code: string; message: string } }[] =>
  r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));

function dir(name: string, files: Record<string, string | Buffer>): string {
  const d = join(work, name);
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(d, rel, '..'), { recursive: true });
    writeFileSync(join(d, rel), content);
  }
  return d;
}

describe.skipIf(!existsSync(CLI))('the command on hostile batches', () => {
  it('refuses, before writing anything, two inputs bound for one --out-dir file', async () => {
    const d = dir('same-name', { 'a/404.html': PAGE, 'b/404.html': PAGE, 'c/404.html': PAGE });
    const out = join(work, 'same-name-out');
    const r = await run(['--out-dir', out, join(d, 'a/404.html'), join(d, 'b/404.html'), join(d, 'c/404.html')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('would both be written to');
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  });

  it('mirrors the paths under a folder argument', async () => {
    const d = dir('mirror', { 'a/404.html': PAGE, 'b/404.html': PAGE, 'c/d/404.html': PAGE });
    const out = join(work, 'mirror-out');
    const r = await run(['--out-dir', out, d]);
    expect(r.status).toBe(0);
    for (const rel of ['a/404.html.json', 'b/404.html.json', 'c/d/404.html.json']) {
      expect((JSON.parse(readFileSync(join(out, rel), 'utf8')) as { source: { path: string } }).source.path).toBe(join(d, rel.slice(0, -5)));
    }
  });

  it('writes a record for a 250-byte file name (the temporary name stays short)', async () => {
    const name = `${'ư'.repeat(122)}.html`; // 244 bytes of letters + 5 = 249, + '.json' = 254 bytes
    const long = `${'a'.repeat(245)}.html`; // 250 bytes
    const d = dir('long-names', { [name]: PAGE, [long]: PAGE, 'short.html': PAGE });
    const out = join(work, 'long-names-out');
    const r = await run(['--out-dir', out, d]);
    expect(r.stderr).toContain('parsed 3, failed 0');
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`${long}.json`, 'short.html.json', `${name}.json`].sort());
  });

  it('replaces a worker that runs out of memory: an INTERNAL_ERROR line, the rest parsed, the summary, exit 1', async () => {
    // 30 MB of table cells: a worker with a 64 MB heap runs out from about 12 MB of them (1.2 million
    // cells; with the node budget and the readers' cap, 6 MB no longer does), so the margin is wide.
    const d = dir('oom', { 'a.html': PAGE, 'b.html': `<table><tr>${'<td>1</td>'.repeat(3_000_000)}`, 'c.html': PAGE, 'd.html': PAGE });
    const r = await run(['-j', '1', d], ['--max-old-space-size=64']);
    const out = lines(r);
    expect(out.map((l) => l.source.path)).toEqual(['a', 'b', 'c', 'd'].map((n) => join(d, `${n}.html`)));
    expect(out[1]!.error?.code).toBe('INTERNAL_ERROR');
    expect(out.filter((l) => l.error).length).toBe(1);
    expect(r.stderr).toContain('parsed 3, failed 1');
    expect(r.status).toBe(1);
  });

  it('refuses --url with a folder, and takes it with one file', async () => {
    const d = dir('url', { 'a.html': PAGE, 'b.html': PAGE });
    const refused = await run(['--url', 'https://example.vn/a', d]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--url goes with a single file');
    const one = await run(['--url', 'https://example.vn/a', join(d, 'a.html')]);
    expect(one.status).toBe(0);
    expect((lines(one)[0] as unknown as { source: { url: string } }).source.url).toBe('https://example.vn/a');
  });

  it('reads a file whose name is not UTF-8 as the bytes it is', async () => {
    const d = join(work, 'latin1-name');
    mkdirSync(d, { recursive: true });
    const nameBytes = Buffer.concat([Buffer.from('caf'), Buffer.of(0xe9), Buffer.from('.html')]);
    writeFileSync(Buffer.concat([Buffer.from(`${d}/`), nameBytes]), PAGE);
    const r = await run([d]);
    expect(r.status).toBe(0);
    const [line] = lines(r);
    expect(line!.error).toBeUndefined();
    expect(line!.source.path).toBe(join(d, 'caf\udce9.html'));
    expect(r.stdout).toContain('caf\\udce9.html');
    const out = join(work, 'latin1-name-out');
    expect((await run(['--out-dir', out, d])).status).toBe(0);
    expect(readdirSync(out, { encoding: 'buffer' })).toEqual([Buffer.concat([nameBytes, Buffer.from('.json')])]);
  });

  it('parses a 17 MB file of one line', async () => {
    const d = dir('one-line', { 'line.txt': 'abc '.repeat(4_250_000) });
    const r = await run([join(d, 'line.txt')]);
    expect(lines(r)[0]!.error).toBeUndefined();
    expect(r.status).toBe(0);
  });
});
