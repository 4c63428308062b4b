import { describe, expect, it } from 'vitest';
import { foldForCompare, foldSpace, normalizeText, repairLookalikes } from '../../src/text/normalize.js';

describe('normalizeText', () => {
  it.each([
    ['NFC from decomposed marks', 'Vie\u0323\u0302t Nam', 'Việt Nam'],
    ['eth used for Đ', '\u00D0à Nẵng', 'Đà Nẵng'],
    ['lower eth inside a word', 'ð\u1ed3ng', 'đồng'],
    ['no-break and ideographic spaces folded', 'a\u00a0\u00a0b\u3000c', 'a b c'],
    ['zero-width characters removed', 'Kh\u200bông\ufeff', 'Không'],
    ['control characters removed', 'a\u0007b', 'ab'],
    ['trimmed', '  x  ', 'x'],
    ['empty stays empty', ' \n\t ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it('keeps a lone eth that is not inside a word', () => {
    expect(repairLookalikes('ð.')).toBe('ð.');
  });

  it('folds for loose comparison', () => {
    expect(foldForCompare('Đắk Nông')).toBe('dak nong');
  });

  it('is linear on hostile input', () => {
    const hostile = ' \u00a0'.repeat(500_000) + 'x';
    expect(foldSpace(hostile)).toBe('x');
    expect(normalizeText('\u00D0ð'.repeat(200_000)).length).toBe(400_000);
  });
});

describe('normalizeText fast path', () => {
  it('gives what the full normalisation gives, on random strings of tricky characters', async () => {
    const fc = (await import('fast-check')).default;
    // The full steps, written out: what the fast path must agree with.
    const full = (s: string): string =>
      s
        .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
        .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
        .replace(/\p{Cs}/gu, '\uFFFD')
        .normalize('NFC')
        .replace(/[^]*/u, repairLookalikes)
        .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
        .trim();
    const chars = [...'aZ09 .,;“”–—…₫ÐðƉđĐàáạảãâầấậẩẫăằắặẳẵếệễửữượỡỳỹ', '\u0301', '\u0300', '\u00A0', '\u00AD', '\u200B', '\t', '\n', '\u0007', '\uD800', '\u2028', 'Ω', '\u2126', 'e\u0301', 'A\u030A', '\u212B', '  '];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...chars), { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        expect(normalizeText(s)).toBe(full(s));
      }),
      { numRuns: 5000 },
    );
  });
});
