import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/words.js';
import { classesAt, DIGIT, LETTER, MARK, unitsAt } from '../../src/text/char-classes.js';

/** What a word is, as the regular expression the tokenizer replaces defines it. */
const WORD_RE = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L}))*/gu;
const byRegex = (text: string) => [...text.matchAll(WORD_RE)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** Characters at the edges of what a word is: letters of several scripts, marks, digits, apostrophes, surrogates. */
const pieces = [
  'a', 'Đ', 'ồ', 'ng', 'R', "'", '’', 'lấp', '1', '٣', '²', 'Ⅻ', ' ', '.', ',', '-', '\n', '“', '"', 'a\u0301', '\u0301',
  '\u0e31', 'ก', '中', '𝐀', '𝟙', '😀', '\ud800', '\udc00', '\u00ad', '\u200b', '_', '\u3000',
];
const textArb = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('tokenize', () => {
  it('finds the words the regular expression finds, with the same offsets', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(tokenize(text)).toEqual(byRegex(text));
      }),
      { numRuns: 20000 },
    );
  });

  it('reads apostrophes inside words and nothing around them', () => {
    expect(tokenize("R'lấp, H’leo và 'Krông' 1.000")).toEqual(byRegex("R'lấp, H’leo và 'Krông' 1.000"));
    expect(tokenize("R'lấp, H’leo").map((w) => w.text)).toEqual(["R'lấp", 'H’leo']);
  });

  it('has every code unit of the BMP in the class the Unicode properties give it', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      const want = c >= 0xd800 && c <= 0xdfff ? 0 : (/\p{L}/u.test(s) ? LETTER : 0) | (/\p{N}/u.test(s) ? DIGIT : 0) | (/\p{M}/u.test(s) ? MARK : 0);
      if (classesAt(s, 0) !== want) expect.fail(`U+${c.toString(16)}: ${classesAt(s, 0)} ≠ ${want}`);
    }
    expect(classesAt('𝐀', 0)).toBe(LETTER);
    expect(unitsAt('𝐀', 0)).toBe(2);
    expect(classesAt('𝐀', 1)).toBe(0);
  });
});
