/**
 * bench/lib/results-file.mjs: the three benchmark scripts share bench/RESULTS.md, each replacing
 * only its own section.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A computed specifier: bench/ is plain JavaScript, outside the type-checked sources.
const MODULE = new URL('../../bench/lib/results-file.mjs', import.meta.url).href;
const { writeSection } = (await import(MODULE)) as { writeSection: (name: string, markdown: string, file: string) => void };

const dir = mkdtempSync(join(tmpdir(), 'vn-news-parser-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (content?: string): string => {
  const file = join(dir, `RESULTS-${n++}.md`);
  if (content !== undefined) writeFileSync(file, content);
  return file;
};

describe('writeSection', () => {
  it('keeps the sections in their order whatever script writes first, and replaces only its own', () => {
    const file = fresh();
    writeSection('adversarial', '## Adversarial\n\nA1', file);
    writeSection('cli', '## CLI\n\nC1', file);
    writeSection('speed', '# Benchmark results\n\nS1', file);
    writeSection('cli', '## CLI\n\nC2\n', file);
    expect(readFileSync(file, 'utf8')).toBe(
      [
        '<!-- section:speed -->\n# Benchmark results\n\nS1\n<!-- /section:speed -->',
        '<!-- section:cli -->\n## CLI\n\nC2\n<!-- /section:cli -->',
        '<!-- section:adversarial -->\n## Adversarial\n\nA1\n<!-- /section:adversarial -->\n',
      ].join('\n\n'),
    );
  });

  it('keeps text outside the sections', () => {
    const file = fresh('Notes written by hand.\n');
    writeSection('cli', 'C', file);
    writeSection('cli', 'D', file);
    expect(readFileSync(file, 'utf8')).toBe('Notes written by hand.\n\n<!-- section:cli -->\nD\n<!-- /section:cli -->\n');
  });

  it('refuses a section whose end marker is missing instead of dropping what follows', () => {
    const file = fresh('<!-- section:cli -->\nC\n\n## Something else\n');
    expect(() => writeSection('cli', 'D', file)).toThrow(/section:cli/);
    expect(readFileSync(file, 'utf8')).toContain('## Something else');
  });
});
