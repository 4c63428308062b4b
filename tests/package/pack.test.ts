/**
 * Acceptance 1 of the package issue: `npm pack` of a checkout without dist/ (whose `prepack` builds it), the tarball
 * installed into a fresh project, and four consumers run there as a user would write them: ESM,
 * CommonJS, and TypeScript under `moduleResolution` `nodenext` and `bundler`; the command too.
 *
 * The install takes the tarball's dependencies from npm's cache when it has them
 * (`--prefer-offline`), else from the registry.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const SEED = join(ROOT, 'fixtures', 'seed-ninhthuan-khoi-mttq-2021.txt');

let project = '';
let files: string[] = [];

/** A command's standard output. Asynchronous: the steps are slow, and the test runner's messages must keep flowing. */
const run = async (command: string, args: readonly string[], cwd = project): Promise<string> =>
  (await promisify(execFile)(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 << 20 })).stdout;

/**
 * A checkout without dist/ (what a fresh clone or a git install has), beside the real one: packing
 * it proves that `prepack` builds, and the build does not replace the dist/ other tests are reading.
 */
function checkoutWithoutDist(): string {
  const checkout = mkdtempSync(join(tmpdir(), 'vn-news-parser-checkout-'));
  for (const entry of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'LICENSE', 'src', 'scripts']) {
    cpSync(join(ROOT, entry), join(checkout, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
  return checkout;
}

let checkout = '';

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'vn-news-parser-consumer-'));
  checkout = checkoutWithoutDist();
  // --json: the file list as data (and npm's own lines kept off standard output).
  const packed = JSON.parse(await run('npm', ['pack', '--json', '--pack-destination', project], checkout)) as [
    { filename: string; files: { path: string }[] },
  ];
  files = packed[0].files.map((f) => f.path);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(project, packed[0].filename)], project);
  // A build (about 25 s alone) and an install: minutes on a busy 2-core machine.
}, 600_000);

afterAll(() => {
  for (const dir of [project, checkout]) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the build, its declarations, the JSON Schemas and the licence, without source maps', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'LICENSE',
        'README.md',
        'package.json',
        'dist/index.js',
        'dist/index.cjs',
        'dist/index.d.ts',
        'dist/index.d.cts',
        'dist/cli.js',
        'dist/cli-worker.js',
        'dist/schema/article-record.schema.json',
        'dist/schema/command-record.schema.json',
        'dist/schema/error-line.schema.json',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('tests/'))).toEqual([]);
  });

  it('runs an ESM consumer', async () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { readFileSync } from 'node:fs';
import { parseArticle, ArticleRecordSchema } from 'vn-news-parser';
const record = parseArticle(readFileSync(process.argv[2]), { format: 'text' });
console.log(JSON.stringify({ title: record.title, valid: ArticleRecordSchema.safeParse(record).success }));
`,
    );
    const out = JSON.parse(await run(process.execPath, ['esm.mjs', SEED])) as { title: string; valid: boolean };
    expect(out.title).toContain('Khối thi đua Mặt trận');
    expect(out.valid).toBe(true);
  });

  it('runs a CommonJS consumer', async () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { readFileSync } = require('node:fs');
const { parseArticle, ErrorLineSchema } = require('vn-news-parser');
const record = parseArticle(readFileSync(process.argv[2]), { format: 'text' });
const errorLine = { source: { path: 'x.html' }, error: { code: 'EMPTY_INPUT', message: 'input is empty' } };
console.log(JSON.stringify({ title: record.title, errorLine: ErrorLineSchema.safeParse(errorLine).success }));
`,
    );
    const out = JSON.parse(await run(process.execPath, ['cjs.cjs', SEED])) as { title: string; errorLine: boolean };
    expect(out.title).toContain('Khối thi đua Mặt trận');
    expect(out.errorLine).toBe(true);
  });

  it.each(['nodenext', 'bundler'])('type-checks a TypeScript consumer under moduleResolution %s', async (resolution) => {
    const dir = join(project, resolution);
    mkdirSync(dir);
    writeFileSync(
      join(dir, 'index.ts'),
      `import { parseArticle, safeParseArticle, ArticleRecordSchema, type ArticleRecord, type CommandRecord, type Span } from 'vn-news-parser';
const record: ArticleRecord = parseArticle('<h1>Tiêu đề</h1><p>Nội dung.</p>');
const title: string | null = record.title;
const spans: Span[] = record.documents.map((d) => d.span);
const result = safeParseArticle('x');
const warnings: string[] = result.ok ? result.record.warnings : [];
const line: CommandRecord = { ...record, source: { ...record.source, path: 'a.html' } };
const checked = ArticleRecordSchema.safeParse(line);
// @ts-expect-error the library's record has no input path: that is the command's
record.source.path;
console.log(title, spans, warnings, checked.success);
`,
    );
    const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { module, moduleResolution: resolution, target: 'es2022', strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ['index.ts'],
      }),
    );
    // tsc prints its errors on standard output: a failure shows them in the test's message.
    await expect(run(process.execPath, [TSC, '-p', dir])).resolves.toBe('');
  });

  it('installs the command, whose record line and schema agree', async () => {
    const line = JSON.parse(await run(join(project, 'node_modules', '.bin', 'vn-news-parser'), ['--format', 'text', SEED])) as { source: { path: string } };
    expect(line.source.path).toBe(SEED);
    const schema = JSON.parse(readFileSync(join(project, 'node_modules', 'vn-news-parser', 'dist', 'schema', 'command-record.schema.json'), 'utf8')) as {
      required: string[];
      properties: { source: { required: string[] } };
    };
    expect(schema.properties.source.required).toContain('path');
    expect(Object.keys(line)).toEqual(expect.arrayContaining(schema.required));
  });
});
