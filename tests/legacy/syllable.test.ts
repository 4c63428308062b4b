/**
 * The syllable validator (src/vi/syllable.ts) that decides every conversion, and the tone
 * placement option (src/vi/tone-placement.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSyllables, isVietnameseSyllable, judgeWord } from '../../src/vi/syllable.js';
import { toFirstVowelTone } from '../../src/vi/tone-placement.js';
import { HAS_SHARED, listFiles, SHARED_DIR } from '../helpers/shared.js';

describe('isVietnameseSyllable', () => {
  it.each([
    'a', 'à', 'ở', 'y', 'ý', 'ai', 'Không', 'không', 'KHÔNG', 'nghiêng', 'người', 'Nguyễn', 'quốc', 'quý', 'quyết',
    'gì', 'gìn', 'giữa', 'già', 'giếng', 'kỹ', 'ký', 'ghế', 'nghỉ', 'hoà', 'hòa', 'thuỷ', 'thủy', 'khoẻ', 'khỏe',
    'khuya', 'khuỷu', 'xoong', 'rượu', 'hưu', 'thuở', 'oà', 'uỷ', 'ủy', 'Đắk', 'đường', 'huỳnh', 'tuyết', 'ngoẹo',
  ])('%s is one', (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each([
    ['Kh«ng', 'TCVN3 bytes'],
    ['Khoâng', 'VNI bytes'],
    ['Kho^ng', 'VIQR marks'],
    ['UBND', 'an abbreviation'],
  ])('%s is not one (%s)', (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });

  it.each([
    ['cá', true], ['ká', false], ['kí', true], ['ci', false], ['ghe', true], ['ge', false], ['nga', true], ['ngha', false], ['nghe', true],
  ])('spells c/k, g/gh, ng/ngh right: %s → %s', (w, ok) => {
    expect(isVietnameseSyllable(w)).toBe(ok);
  });

  it('gives stop-final rhymes only the sắc and nặng tones', () => {
    expect(isVietnameseSyllable('hát')).toBe(true);
    expect(isVietnameseSyllable('hạt')).toBe(true);
    expect(isVietnameseSyllable('hàt')).toBe(false);
    expect(isVietnameseSyllable('hảc')).toBe(false);
    expect(isVietnameseSyllable('hãch')).toBe(false);
  });

  it('puts the tone on the vowel that carries it', () => {
    expect(isVietnameseSyllable('Việt')).toBe(true);
    expect(isVietnameseSyllable('Viêtj')).toBe(false);
    expect(isVietnameseSyllable('hoaì')).toBe(false);
    expect(isVietnameseSyllable('tôị')).toBe(false);
    expect(isVietnameseSyllable('muà')).toBe(false);
    expect(isVietnameseSyllable('mùa')).toBe(true);
    expect(isVietnameseSyllable('quà')).toBe(true);
    expect(isVietnameseSyllable('qùa')).toBe(false);
    expect(isVietnameseSyllable('nươc')).toBe(true);
    expect(isVietnameseSyllable('nứơc')).toBe(false);
  });

  it('refuses two tones, marks without a letter, and long words', () => {
    expect(isVietnameseSyllable('á\u0300')).toBe(false);
    expect(isVietnameseSyllable('\u0301a')).toBe(false);
    expect(isVietnameseSyllable('nghiêngg')).toBe(false);
    expect(isVietnameseSyllable('')).toBe(false);
  });

  it('reads decomposed text (windows-1258, Mac) as well as NFC', () => {
    expect(isVietnameseSyllable('Vi\u00ea\u0323t')).toBe(true);
    expect(isVietnameseSyllable('Nguy\u00ea\u0303n'.normalize('NFD'))).toBe(true);
  });
});

describe('judgeWord and countSyllables', () => {
  it('trims punctuation, skips numbers, judges compounds part by part', () => {
    expect(judgeWord('Nội.')).toBe(true);
    expect(judgeWord('“Không”,')).toBe(true);
    expect(judgeWord('2021')).toBeNull();
    expect(judgeWord('4614/KH-UBND')).toBeNull();
    expect(judgeWord('kinh-tế')).toBe(true);
    expect(judgeWord('—')).toBeNull();
  });

  it('keeps VIQR marks and TCVN3 letters in the word, so that they fail', () => {
    expect(judgeWord("So^':")).toBe(false);
    expect(judgeWord('nha`')).toBe(false);
    expect(judgeWord('Kh«ng')).toBe(false);
    expect(judgeWord('®i')).toBe(false);
  });

  it('counts', () => {
    expect(countSyllables('Hà Nội, ngày 2/9/1945 UBND')).toEqual({ words: 4, valid: 3 });
  });

  it.skipIf(!HAS_SHARED)('finds nine words in ten of every Unicode article syllables', () => {
    const files = [
      ...listFiles(join(SHARED_DIR, 'seed'), (n) => n.endsWith('.txt')),
      ...listFiles(join(SHARED_DIR, 'corpus', 'text', 'pages-corpus-excerpts'), (n) => n.endsWith('.txt')),
      ...listFiles(join(SHARED_DIR, 'corpus', 'pages-text', 'dev'), (n) => n.endsWith('.txt')),
    ];
    expect(files.length).toBeGreaterThan(25);
    for (const f of files) {
      const c = countSyllables(readFileSync(f, 'utf8'));
      expect(c.valid / c.words, f).toBeGreaterThan(0.9);
    }
  });
});

describe('toFirstVowelTone (toneStyle: modern)', () => {
  it.each([
    ['Thanh Hoá', 'Thanh Hóa'],
    ['thuỷ lợi', 'thủy lợi'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
    ['tuỳ', 'tùy'],
    ['goá', 'góa'],
  ])('%s → %s', (from, to) => {
    expect(toFirstVowelTone(from)).toBe(to);
  });

  it.each(['quý', 'Quỳnh', 'hoàn', 'thuyết', 'ngoài', 'khuya', 'hòa', 'thủy', 'café', 'xoá̀'])('leaves %s', (w) => {
    expect(toFirstVowelTone(w)).toBe(w);
  });
});
