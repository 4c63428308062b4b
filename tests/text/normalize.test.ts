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
