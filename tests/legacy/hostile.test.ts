/**
 * Hostile inputs for every regular expression and scanner of the legacy stage: long runs of the
 * characters each one looks for (`«`, `^.`, digits, `<`, `&`, quotes, marks). Each call must
 * finish and answer sensibly; there are no timing asserts (tests/redos.test.ts proves linearity
 * with recheck).
 */
import { describe, expect, it } from 'vitest';
import { byteViewFor } from '../../src/decode/legacy/byte-view.js';
import { addFontRules, declarationsFont, familyListFont, type FontRules } from '../../src/decode/legacy/css-fonts.js';
import { findTextRuns } from '../../src/decode/legacy/html-runs.js';
import { decodeLatin1References } from '../../src/decode/legacy/latin1-entities.js';
import { countLegacySigns } from '../../src/decode/legacy/markers.js';
import { planConversion } from '../../src/decode/legacy/plan.js';
import { decodeTcvn3 } from '../../src/decode/legacy/tcvn3.js';
import { decodeViqr } from '../../src/decode/legacy/viqr.js';
import { decodeVni } from '../../src/decode/legacy/vni.js';
import { guessVietnameseCodePage } from '../../src/decode/detect-code-page.js';
import { readLegacyText } from '../../src/decode/read-legacy-text.js';
import { decodeWindows1252 } from '../../src/decode/windows-1252.js';
import { parseArticle } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { hasLegacyFontName, legacyFont } from '../../src/vi/legacy-encodings/fonts.js';
import { countSyllables, isVietnameseSyllable, judgeWord } from '../../src/vi/syllable.js';
import { toFirstVowelTone } from '../../src/vi/tone-placement.js';

const N = 200_000;
const view = byteViewFor('utf-8')!;
const HOSTILE: readonly string[] = [
  '«'.repeat(N),
  '^.'.repeat(N / 2),
  'a^.'.repeat(N / 3),
  "a('".repeat(N / 3),
  '1'.repeat(N),
  'a'.repeat(N),
  'aù'.repeat(N / 2),
  '\\'.repeat(N),
  'dd\\'.repeat(N / 3),
  ' '.repeat(N),
  '.'.repeat(N),
  '<'.repeat(N),
  '<a'.repeat(N / 2),
  '&'.repeat(N),
  '&#'.repeat(N / 2),
  '&#1'.repeat(N / 3),
  '&laquo'.repeat(N / 6),
  '"'.repeat(N),
  'oá'.repeat(N / 2),
  '\u0301'.repeat(N),
  'Kh«ng '.repeat(N / 6),
];

describe('legacy stage on hostile strings', () => {
  it('converters and the validator finish', () => {
    for (const s of HOSTILE) {
      expect(typeof decodeTcvn3(s, view)).toBe('string');
      expect(typeof decodeVni(s, view)).toBe('string');
      expect(typeof decodeViqr(s)).toBe('string');
      expect(typeof decodeLatin1References(s)).toBe('string');
      expect(typeof toFirstVowelTone(s)).toBe('string');
      expect(isVietnameseSyllable(s)).toBe(false);
      expect(judgeWord(s)).not.toBe(true);
      expect(countSyllables(s).valid).toBeLessThanOrEqual(countSyllables(s).words);
      expect(countLegacySigns(s, view, 1000, true)).toBeGreaterThanOrEqual(0);
      expect(countLegacySigns(s, view, N, false)).toBeGreaterThanOrEqual(0);
    }
  });

  it('font names and CSS finish', () => {
    for (const s of [...HOSTILE, `'${' '.repeat(N)}x`, '!'.repeat(N) + 'important', '.vn'.repeat(N / 3), 'vni-'.repeat(N / 4), 'vn'.repeat(N / 2)]) {
      legacyFont(s);
      familyListFont(s);
      declarationsFont(`font-family:${s};font:${s}`);
      declarationsFont(`font: ${'12pt '.repeat(N / 5)}`);
      const rules: FontRules = new Map();
      addFontRules(`${s}{font-family:.VnTime}/*${s}`, rules);
      addFontRules(`${'a,'.repeat(N / 2)}b{font-family:.VnTime}`, rules);
      addFontRules(`${'{'.repeat(N)}x`, rules);
      hasLegacyFontName(s);
    }
  });

  it('the HTML scanner finishes on broken and deep markup', () => {
    const pages = [
      ...HOSTILE,
      '<font face=".VnTime">'.repeat(N / 20) + 'Kh«ng' + '</font>'.repeat(N / 20),
      '<p>'.repeat(N / 3),
      '</p>'.repeat(N / 4),
      '<td><table>'.repeat(N / 11),
      '<p a="'.repeat(N / 6),
      "<p a='x' b=".repeat(N / 11),
      '<style>'.repeat(N / 7),
      '<script>'.repeat(N / 8),
      '<!--'.repeat(N / 4),
      '<p style="font-family:.VnTime;'.repeat(N / 30),
      `<style>${'.a{font-family:.VnTime}'.repeat(N / 22)}</style>${'<p class="a">Kh«ng</p>'.repeat(N / 22)}`,
    ];
    for (const html of pages) {
      const runs = findTextRuns(html);
      for (const r of runs) expect(r.end).toBeGreaterThan(r.start);
    }
  });

  it('the planner and the whole stage finish', () => {
    const options = resolveOptions({});
    for (const s of [...HOSTILE, 'Kh«ng '.repeat(N / 6) + '\n'.repeat(N)]) {
      planConversion([{ text: s, font: null }], view, null, true);
      planConversion([{ text: s, font: { encoding: 'tcvn3', capitals: true } }], view, null);
      readLegacyText({ text: s, encoding: 'utf-8', warnings: [] }, 'text', options);
      readLegacyText({ text: s, encoding: 'windows-1258', warnings: [] }, 'html', options);
    }
  });

  it('code-page guessing and windows-1252 finish', () => {
    for (const bytes of [new Uint8Array(N).fill(0xab), new Uint8Array(N).fill(0x93), Uint8Array.from({ length: N }, (_, i) => i % 256)]) {
      expect(['windows-1258', 'viscii']).toContain(guessVietnameseCodePage(bytes).encoding);
      expect(decodeWindows1252(bytes).length).toBe(N);
    }
  });

  it('parseArticle gives a record or a typed error', () => {
    for (const s of HOSTILE.slice(0, 8)) {
      try {
        parseArticle(s, { encoding: 'viqr', toneStyle: 'modern' });
      } catch (error) {
        expect((error as Error).name).toBe('VnNewsParseError');
      }
    }
  });
});

describe('legacy conversion remembers the words it has judged', () => {
  // A text repeats its syllables, and the VIQR decoder and the plan's judge remember each distinct
  // word (up to 65,536 of them): the words past that bound are decoded as the first ones were.
  it('decodes a text of more distinct words than it remembers, every word', () => {
    const words = Array.from({ length: 70_000 }, (_, i) => `Vie^.t${i}`);
    const decoded = decodeViqr(words.join(' ')).split(' ');
    expect(decoded[0]).toBe('Việt0');
    expect(decoded[69_999]).toBe('Việt69999');
    expect(decoded.every((w, i) => w === `Việt${i}`)).toBe(true);
  });

  it('gives a repeated word the same reading each time, sentence punctuation included', () => {
    expect(decodeViqr('ddo^.c la^.p. ddo^.c la^.p. ddo^.c la^.p.')).toBe(decodeViqr('ddo^.c la^.p.').concat(' ', decodeViqr('ddo^.c la^.p.'), ' ', decodeViqr('ddo^.c la^.p.')));
  });

  it('plans the same conversion of a long VIQR text line by line as for its first line', () => {
    const line = "Vie^.t Nam ddo^'c la^.p tu+. do ha.nh phu'c";
    const plan = planConversion(Array.from({ length: 3_000 }, () => ({ text: line, font: null })), null, null, true);
    expect(plan.used).toEqual(['viqr']);
    expect(new Set(plan.converted).size).toBe(1);
    expect(plan.converted[0]).toBe(decodeViqr(line));
  });
});
