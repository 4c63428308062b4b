/**
 * The built command, driven as a child process (`dist/cli.js`, built by `npm test` before vitest runs).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runNode } from '../helpers/run-node.js';
import { HAS_SHARED, SHARED_DIR } from '../helpers/shared.js';

const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'vn-news-parser-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function run(args: string[], input?: string | Buffer) {
  const r = await runNode(CLI, args, { input, env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

describe.skipIf(!existsSync(CLI))('vn-news-parser command', () => {
  it('prints help, version and the JSON Schema', async () => {
    expect(await run(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('Usage: vn-news-parser') });
    expect((await run(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const schema = JSON.parse((await run(['--schema'])).stdout) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'publishedAt', 'documents', 'blocs']));
  });

  it.each([
    [['--bogus', 'x']],
    [[]],
    [['--jobs', '0', 'x']],
    [['--format', 'pdf', 'x']],
    [['--skip-existing', 'x']],
  ])('exits 2 with a one-line message for %j', async (args) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('parses one file to one JSON line with source.path', async () => {
    const r = await run(['--no-progress', SEED]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0]!);
    expect(record.source.path).toBe(SEED);
    expect(record.title).toMatch(/^Khối thi đua Mặt trận/);
    expect(r.stderr).toMatch(/parsed 1, failed 0/);
  });

  it('reads standard input', async () => {
    const r = await run(['--format', 'text', '-'], readFileSync(SEED));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).source.path).toBe('-');
  });

  it('writes an error line for an unreadable input and exits 1', async () => {
    const r = await run(['--no-progress', join(work, 'missing.html'), SEED]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.error).map((l) => l.error.code)).toEqual(['READ_FAILED']);
  });

  it('shows progress when forced', async () => {
    const r = await run(['--progress', '-j', '1', SEED, SEED]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/parsing \[.*\] 2\/2/);
    expect(r.stderr).toMatch(/files\/s/);
  });
});

describe.skipIf(!existsSync(CLI) || !HAS_SHARED)('vn-news-parser over the corpus', () => {
  const corpus = join(work, 'corpus');
  const broken = join(corpus, 'zz-broken', 'random.html');

  it('gives one line per input, one error line for the broken file, the same with 1 or 2 jobs', async () => {
    cpSync(join(SHARED_DIR, 'corpus'), corpus, { recursive: true });
    mkdirSync(join(corpus, 'zz-broken'), { recursive: true });
    writeFileSync(broken, randomBytes(4096));
    const one = await run(['--no-progress', '-j', '1', corpus]);
    const two = await run(['--no-progress', '-j', '2', corpus]);
    expect(one.status).toBe(1);
    expect(two.status).toBe(1);
    expect(two.stdout).toBe(one.stdout);
    const lines = one.stdout.trim().split('\n').map((l) => JSON.parse(l) as { source: { path: string }; error?: { code: string } });
    const inputs = listJson(corpus).filter((p) => /\.(?:html?|txt)(?:\.gz)?$/i.test(p));
    expect(lines.map((l) => l.source.path)).toEqual(inputs);
    const brokenLine = lines.find((l) => l.source.path === broken);
    expect(brokenLine?.error?.code).toBe('NOT_TEXT');
  });

  it('resumes with --skip-existing after a kill, writing every input once and no truncated file', async () => {
    const out = join(work, 'out');
    const args = [CLI, '--no-progress', '-j', '2', '--out-dir', out, join(corpus, 'bulk')];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    // Kill it once some records are on disk, mid-run.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(out) && listJson(out).filter((p) => p.endsWith('.json')).length >= 40) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve();
        }
      }, 20);
      child.on('exit', () => {
        clearInterval(timer);
        resolve();
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const before = listJson(out).filter((p) => p.endsWith('.json')).length;
    const resumed = await run(['--no-progress', '-j', '2', '--out-dir', out, '--skip-existing', join(corpus, 'bulk')]);
    expect(resumed.status === 0 || resumed.status === 1).toBe(true);
    expect(resumed.stderr).toMatch(new RegExp(`skipped ${before}`));
    const files = listJson(out);
    const inputs = listJson(join(corpus, 'bulk')).filter((p) => /\.html?$/i.test(p));
    expect(files).toHaveLength(inputs.length);
    for (const f of files) {
      expect(f.endsWith('.json')).toBe(true);
      expect(() => JSON.parse(readFileSync(f, 'utf8'))).not.toThrow();
      expect(statSync(f).size).toBeGreaterThan(0);
    }
  });
});
