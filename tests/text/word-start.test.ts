import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordStartPattern } from '../../src/text/word-start.js';

/** Every match of a global search, as `[index, text]`. */
function allMatches(re: { lastIndex: number; exec(s: string): RegExpExecArray | null }, text: string): [number, string][] {
  const out: [number, string][] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push([m.index, m[0]]);
  return out;
}

const WORDS = ['luật', 'bộ luật', 'quyết định', 'định', 'số 12', '12', 'x', 'đ', ' ', '.', '/', '-', 'A', '9'];

describe('WordStartPattern', () => {
  it('finds what the same pattern with a leading lookbehind finds, on random texts', () => {
    const alternation = '(bộ luật|luật|quyết định|định)(?:[ \\t]s[ốô][ \\t](\\d{1,3}))?';
    const cases: [RegExp, WordStartPattern][] = [
      [new RegExp(`(?<![\\p{L}\\p{N}])${alternation}`, 'gu'), new WordStartPattern(new RegExp(alternation, 'gu'))],
      [
        new RegExp(`(?<![\\p{L}\\p{N}/.])(\\d{1,3})`, 'gu'),
        new WordStartPattern(new RegExp('(\\d{1,3})', 'gu'), /(?<=[\p{L}\p{N}/.])/uy),
      ],
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const [plain, wrapped] of cases) expect(allMatches(wrapped, text)).toEqual(allMatches(plain, text));
      }),
      { numRuns: 2000 },
    );
  });

  it('passes over matches inside words and keeps the one at a word start', () => {
    const re = new WordStartPattern(/(luật)/gu);
    expect(allMatches(re, 'xluật luật Bộluật')).toEqual([[6, 'luật']]);
  });

  it('refuses a pattern that is not global, or a guard that is not sticky', () => {
    expect(() => new WordStartPattern(/a/u)).toThrow(TypeError);
    expect(() => new WordStartPattern(/a/gu, /(?<=b)/u)).toThrow(TypeError);
  });

  it('stays linear on a long run of refused matches', () => {
    // 100,000 refused matches (each right after a letter): each costs one short match, not a rescan.
    const re = new WordStartPattern(/(\d{1,6})\/[A-Z]/gu);
    expect(allMatches(re, 'x1/A'.repeat(100_000))).toEqual([]);
    expect(allMatches(re, `${'x1/A'.repeat(100_000)} 2/B`)).toEqual([[400_001, '2/B']]);
  });
});
