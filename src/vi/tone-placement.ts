/**
 * Where the tone of `oa`, `oe`, `uy` goes when the syllable ends there: `hoá` or `hóa`,
 * `thuỷ` or `thủy`. Both are in use; Vietnamese typing tools call the first the new style and
 * the second the old style, and the 2018 and earlier school rules differ. This module moves the
 * tone to the first vowel (`hoá` → `hóa`, `khoẻ` → `khỏe`, `thuỷ` → `thủy`), the placement most
 * news sites and the records of this library's sources use; `quý` (where `u` belongs to the
 * onset `qu`) and closed syllables (`hoàn`, `thuyết`) are left as they are.
 */
import { isVietnameseSyllable, splitTone } from './syllable.js';

/** Letters of one word, with their combining marks. */
const WORD_RE = /[\p{L}\p{M}]{2,16}/gu;
/** The rhymes concerned and the vowel that takes the tone in the first-vowel style. */
const MOVABLE: ReadonlySet<string> = new Set(['oa', 'oe', 'uy']);
const VOWEL_RE = /[aăâeêioôơuưy]/;

function moveTone(word: string): string {
  const lower = word.toLowerCase();
  const t = splitTone(lower);
  if (!t || t.tone === null) return word;
  const s = t.letters;
  const rhyme = s.slice(-2);
  // Only a word ending in oa/oe/uy, with the tone on its last letter, after an onset other than `q(u)`.
  if (!MOVABLE.has(rhyme) || t.tonePos !== s.length - 1) return word;
  const onset = s.slice(0, -2);
  if (onset.endsWith('q') || VOWEL_RE.test(onset) || !isVietnameseSyllable(lower)) return word;
  const target = s.length - 2;
  // Rebuild letter by letter from the original (keeping its case), the tone moved one letter left.
  const letters = [...word.normalize('NFD')].filter((ch) => ch !== t.tone);
  let base = -1;
  let out = '';
  for (let k = 0; k < letters.length; k++) {
    const ch = letters[k]!;
    const code = ch.charCodeAt(0);
    const isMark = code >= 0x300 && code <= 0x36f;
    if (!isMark) base++;
    out += ch;
    const nextIsMark = k + 1 < letters.length && letters[k + 1]!.charCodeAt(0) >= 0x300 && letters[k + 1]!.charCodeAt(0) <= 0x36f;
    if (base === target && !nextIsMark) out += t.tone;
  }
  return out.normalize('NFC');
}

/**
 * Puts the tone of open `oa`, `oe`, `uy` syllables on the first vowel.
 *
 * @example toFirstVowelTone('Thanh Hoá, thuỷ lợi, quý') // 'Thanh Hóa, thủy lợi, quý'
 */
export function toFirstVowelTone(text: string): string {
  return text.replace(WORD_RE, moveTone);
}
