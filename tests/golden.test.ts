/**
 * Golden tests: each folder of fixtures/golden holds an input written by the team that reproduces a
 * real structure (its README.md names the case it mirrors), and the expected record.
 *
 * `npm run golden:update` rewrites every expected.json from the current output; read the diff
 * before committing it. A missing expected.json is written on the first run.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle, type ParseOptions } from '../src/index.js';

const root = fileURLToPath(new URL('../fixtures/golden', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

interface GoldenCase {
  readonly name: string;
  readonly input: string;
  readonly options: ParseOptions;
  readonly expectedPath: string;
}

function loadCases(): GoldenCase[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = join(root, name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) throw new Error(`fixtures/golden/${name} has no input.* file`);
      const optionsPath = join(dir, 'options.json');
      const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, 'utf8')) as ParseOptions) : {};
      return { name, input: join(dir, input), options, expectedPath: join(dir, 'expected.json') };
    });
}

const cases = loadCases();

describe('golden records', () => {
  it('has at least 20 cases, both text and HTML', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(cases.some((c) => c.input.endsWith('.txt'))).toBe(true);
    expect(cases.some((c) => c.input.endsWith('.html'))).toBe(true);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const record = parseArticle(readFileSync(c.input), c.options);
    const actual = JSON.stringify(record, null, 2) + '\n';
    if (update || !existsSync(c.expectedPath)) writeFileSync(c.expectedPath, actual);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(c.expectedPath, 'utf8')));
  });
});
