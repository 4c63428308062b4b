/**
 * Tells a written Vietnamese syllable from anything else, and measures how much of a text
 * is made of them. The measure decides whether a text is in a legacy encoding: `Kh«ng`,
 * `Khoâng` and `Kho^ng` are not syllables, `Không` is.
 *
 * The check is orthographic, from the tables of `syllable-tables.ts`: onset + rhyme, the
 * spelling rules of `c/k`, `g/gh`, `ng/ngh`, `qu`, at most one tone, a stop-final rhyme with
 * sắc or nặng only, and the tone on the vowel that carries it (`hoà` and `hòa` both pass,
 * `hoaì` does not).
 */
import {
  EITHER_TONE_RHYMES,
  FRONT_ONLY_ONSETS,
  FRONT_VOWELS,
  MARKED_VOWELS,
  NOT_FRONT_ONSETS,
  ONSETS,
  QU_RHYMES,
  RHYMES,
  STOP_CODAS,
  STOP_TONES,
  TONE_MARKS,
  VOWELS,
} from './syllable-tables.js';

const RHYME_SET: ReadonlySet<string> = new Set(RHYMES);
const QU_RHYME_SET: ReadonlySet<string> = new Set(QU_RHYMES);
const TONES: ReadonlySet<string> = new Set(Object.values(TONE_MARKS));
/** The longest syllable is 7 letters (`nghiêng`); anything longer is not one. */
const MAX_SYLLABLE_LETTERS = 7;

/** A syllable taken apart: its letters without tone, the tone mark, and the letter that bears it. */
export interface Toneless {
  readonly letters: string;
  readonly tone: string | null;
  /** Index in `letters` of the letter bearing the tone, or -1. */
  readonly tonePos: number;
}

/**
 * Removes the tone mark of a lower-case syllable, remembering where it was.
 * Returns null when there is more than one tone, or a mark before any letter.
 *
 * @example splitTone('hoà') // { letters: 'hoa', tone: '\u0300', tonePos: 2 }
 */
export function splitTone(lower: string): Toneless | null {
  const nfd = lower.normalize('NFD');
  let out = '';
  let letters = -1;
  let tone: string | null = null;
  let tonePos = -1;
  for (const ch of nfd) {
    if (TONES.has(ch)) {
      if (tone !== null || letters < 0) return null;
      tone = ch;
      tonePos = letters;
    } else {
      // Quality marks (circumflex, breve, horn) stay and recombine below; they do not start a letter.
      const code = ch.charCodeAt(0);
      if (code < 0x300 || code > 0x36f) letters++;
      out += ch;
    }
  }
  return { letters: out.normalize('NFC'), tone, tonePos };
}

/** Where the tone may go in a rhyme, as indices into the rhyme. */
function tonePositions(rhyme: string): number[] {
  let lastMarked = -1;
  let lastVowel = -1;
  let vowels = 0;
  for (let i = 0; i < rhyme.length; i++) {
    const c = rhyme[i]!;
    if (MARKED_VOWELS.has(c)) lastMarked = i;
    if (VOWELS.has(c)) {
      lastVowel = i;
      vowels++;
    }
  }
  // The marked vowel always bears the tone: `ấ`, `ướ` (on ơ), `uyế`.
  if (lastMarked >= 0) return [lastMarked];
  // Before a final consonant, the last vowel: `hoàng`, `quýt`.
  if (lastVowel < rhyme.length - 1) return [lastVowel];
  if (EITHER_TONE_RHYMES.has(rhyme)) return [0, 1];
  // `oai`, `oay`, `uya`, `uyu`, `oeo`: the middle vowel; falling diphthongs and single vowels: the first.
  return vowels === 3 ? [1] : [0];
}

function rhymeFits(onset: string, rhyme: string, t: Toneless): boolean {
  if (!(onset === 'qu' ? QU_RHYME_SET : RHYME_SET).has(rhyme)) return false;
  const first = rhyme[0]!;
  if (FRONT_ONLY_ONSETS.has(onset) && !FRONT_VOWELS.has(first)) return false;
  if (NOT_FRONT_ONSETS.has(onset) && FRONT_VOWELS.has(first)) return false;
  // `g` before `e`/`ê` is spelt `gh`; before `i` it is the onset `gi` sharing its `i` (`gì`, `gìn`).
  if (onset === 'g' && (first === 'e' || first === 'ê')) return false;
  if (onset === 'gi' && first === 'i') return false;
  if (t.tone === null) return true;
  if (STOP_CODAS.some((c) => rhyme.endsWith(c)) && !STOP_TONES.has(t.tone)) return false;
  return tonePositions(rhyme).includes(t.tonePos - onset.length);
}

/**
 * True when `word` (letters only, any case, NFC or not) is a well-formed Vietnamese syllable.
 *
 * @example isVietnameseSyllable('Nguyễn') // true
 * @example isVietnameseSyllable('Kh«ng') // false
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > MAX_SYLLABLE_LETTERS * 3) return false;
  const t = splitTone(word.toLowerCase());
  if (!t || t.letters.length === 0 || t.letters.length > MAX_SYLLABLE_LETTERS) return false;
  const s = t.letters;
  for (const onset of ONSETS) {
    if (!s.startsWith(onset) || s.length === onset.length) continue;
    if (rhymeFits(onset, s.slice(onset.length), t)) return true;
  }
  return false;
}

/**
 * Punctuation trimmed off the ends of a word before it is judged: ASCII and typographic only.
 * `^ \` ~ +` never end a word of prose, nor `(`: they are VIQR marks there (`So^`, `na(`), so a
 * word ending in one is judged with it, and fails.
 */
function isEdgePunctuation(code: number, trailing: boolean): boolean {
  if (code === 0x5e || code === 0x60 || code === 0x7e || code === 0x2b) return false;
  if (trailing && code === 0x28) return false;
  return (
    (code >= 0x21 && code <= 0x2f) ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7e) ||
    (code >= 0x2010 && code <= 0x201f) ||
    code === 0x2026
  );
}

const DIGIT_RE = /\p{N}/u;
/** Letters and combining marks only: what a syllable is made of. */
const LETTERS_RE = /^[\p{L}\p{M}]{1,64}$/u;
/** Hyphens and slashes join syllables in compounds (`kinh-tế`, `và/hoặc`). */
const JOINER_RE = /[-/\u2010\u2011]/;

/**
 * The part of a white-space-delimited word that is judged: edge punctuation trimmed
 * (`Nội.` → `Nội`), or null when the word does not count (no letters left, or digits).
 * The legacy letters of TCVN3 (`«`, `®`) are not punctuation and stay.
 */
export function wordCore(word: string): string | null {
  let start = 0;
  let end = word.length;
  while (start < end && isEdgePunctuation(word.charCodeAt(start), false)) start++;
  while (end > start && isEdgePunctuation(word.charCodeAt(end - 1), true)) end--;
  if (start === end) return null;
  const core = start === 0 && end === word.length ? word : word.slice(start, end);
  return DIGIT_RE.test(core) ? null : core;
}

/**
 * Judges one white-space-delimited word: `true` when every part of it is a syllable,
 * `false` when it counts but is not, `null` when it does not count (see {@link wordCore}).
 */
export function judgeWord(word: string): boolean | null {
  const core = wordCore(word);
  if (core === null) return null;
  if (LETTERS_RE.test(core)) return isVietnameseSyllable(core);
  const parts = core.split(JOINER_RE);
  if (parts.length === 1) return false;
  return parts.every((p) => p.length > 0 && LETTERS_RE.test(p) && isVietnameseSyllable(p));
}

/** How many words of a text count, and how many of them are Vietnamese syllables. */
export interface SyllableCounts {
  readonly words: number;
  readonly valid: number;
}

const SPACE_RE = /\s+/u;

/**
 * Counts the words of `text` that are Vietnamese syllables (see {@link judgeWord}).
 *
 * @example countSyllables('Hà Nội, ngày 2/9') // { words: 3, valid: 3 }
 */
export function countSyllables(text: string): SyllableCounts {
  let words = 0;
  let valid = 0;
  for (const w of text.split(SPACE_RE)) {
    if (!w) continue;
    const v = judgeWord(w);
    if (v === null) continue;
    words++;
    if (v) valid++;
  }
  return { words, valid };
}
