/**
 * Words of a text: tokens with offsets, their comparison keys, phrase sets matched on keys, and
 * the tests on single words (capitals, digits, roman numerals) that the entity readers share.
 *
 * The extractors walk words rather than run large regexes: every walk is bounded, so the
 * work stays linear in the input whatever it holds.
 */

import { classesAt, DIGIT, LETTER, unitsAt } from './char-classes.js';

/** A word of a text with its offsets (`end` exclusive). */
export interface Word {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** An apostrophe inside a word (`R'lấp`, `H’leo`) when a letter follows it. */
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Splits a text into words with offsets. A word: a letter or digit, then letters, combining marks,
 * digits, and apostrophes that sit between letters, as
 * `/[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’](?=\p{L}))*\/gu` finds them: read from a table of
 * character classes (char-classes.ts), one look at each character.
 */
export function tokenize(text: string, maxWords = Infinity): Word[] {
  const out: Word[] = [];
  const n = text.length;
  let i = 0;
  while (i < n && out.length < maxWords) {
    if ((classesAt(text, i) & (LETTER | DIGIT)) === 0) {
      i++;
      continue;
    }
    const start = i;
    i += unitsAt(text, i);
    while (i < n) {
      if (classesAt(text, i) !== 0) {
        i += unitsAt(text, i);
        continue;
      }
      const c = text.charCodeAt(i);
      if ((c === APOSTROPHE || c === RIGHT_QUOTE) && (classesAt(text, i + 1) & LETTER) !== 0) {
        i++;
        continue;
      }
      break;
    }
    out.push({ text: text.slice(start, i), start, end: i });
  }
  return out;
}

/**
 * How many parts `s.split(' ')` would give, without making them: a line of 16 MB held 4 million
 * strings only to be counted.
 */
export function countSpaceSeparated(s: string): number {
  let n = 1;
  for (let i = s.indexOf(' '); i >= 0; i = s.indexOf(' ', i + 1)) n++;
  return n;
}

/**
 * The entity readers read a text (the body, a headline, a caption) up to its 100,000th word. Each
 * word is an object the readers share (about 90 bytes with its key), so the cap bounds their memory
 * near 10 MB whatever the page holds (40 MB of `<p>x` is ten million words: a gigabyte), and their
 * time: the readers' cost is per word, and a page of a word every few bytes (`<p>x` repeated: a
 * quarter of a million words per MiB) cost 5 times a real page per MiB with a cap of a million.
 * The longest body of the corpus has 4,688 words; 100,000 is a short novel, twenty times that.
 */
export const MAX_READ_WORDS = 100_000;

/** A text with its words and their keys, computed once and shared by the readers. */
export interface Seq {
  readonly text: string;
  readonly words: readonly Word[];
  /** `keyOf` of each word. */
  readonly keys: readonly string[];
}

/**
 * Tokenizes a text once for all readers. A language of syllables repeats a few hundred words
 * in an article, so each distinct word is keyed once (a memo that lives for this call only).
 * The sequence is the text up to the end of its `maxWords`-th word, and its words.
 */
export function makeSeq(text: string, maxWords = MAX_READ_WORDS): Seq {
  const words = tokenize(text, maxWords + 1);
  if (words.length > maxWords) {
    words.length = maxWords;
    text = text.slice(0, words[maxWords - 1]?.end ?? 0);
  }
  const known = new Map<string, string>();
  const keys = words.map((w) => {
    let key = known.get(w.text);
    if (key === undefined) {
      key = keyOf(w.text);
      known.set(w.text, key);
    }
    return key;
  });
  return { text, words, keys };
}

/** Index of the first word that starts at or after `offset` (words.length if none). */
export function wordIndexAtOrAfter(words: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid];
    if (w !== undefined && w.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The text between two consecutive words (`''` when either is missing). */
export function gapBefore(text: string, words: readonly Word[], i: number): string {
  const w = words[i];
  const prev = words[i - 1];
  if (w === undefined || prev === undefined) return '';
  return text.slice(prev.end, w.start);
}

/** Old-style tone placement (`hoà`, `thuỷ`) → the style the gold uses (`hòa`, `thủy`), word-final only. */
const OLD_TONE: ReadonlyMap<string, string> = new Map([
  ['oà', 'òa'], ['oá', 'óa'], ['oả', 'ỏa'], ['oã', 'õa'], ['oạ', 'ọa'],
  ['oè', 'òe'], ['oé', 'óe'], ['oẻ', 'ỏe'], ['oẽ', 'õe'], ['oẹ', 'ọe'],
  ['uỳ', 'ùy'], ['uý', 'úy'], ['uỷ', 'ủy'], ['uỹ', 'ũy'], ['uỵ', 'ụy'],
]);
const OLD_TONE_RE = /o[àáảãạèéẻẽẹ](?![\p{L}\p{M}])|u[ỳýỷỹỵ](?![\p{L}\p{M}])/gu;
const APOSTROPHE_RE = /[’‘`]/g;

/*
 * Case mapping here uses `toLowerCase`/`toUpperCase`, not `toLocale…Case('vi')`: Unicode has no
 * Vietnamese-specific case rules (only Turkish, Azeri, Lithuanian and Greek have any), so the
 * results are the same, but V8 resolves the locale on every call, and these run once per word.
 */

/**
 * The comparison key of a word or phrase: NFC, lower case, one apostrophe, one tone style.
 * Two spellings of the same name (`Hoà Bình` / `Hòa Bình`, `R’lấp` / `R'lấp`) share a key.
 */
export function keyOf(s: string): string {
  return s
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHE_RE, "'")
    .replace(OLD_TONE_RE, (m) => OLD_TONE.get(m) ?? m);
}

/** The word starts with an upper-case letter (`Sở`, `TP`, `R'lấp`). */
export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** The word starts with a lower-case letter. */
export function isLowerInitial(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toUpperCase();
}

/** Two or more letters, all upper case (`UBND`, `TT`, `HCM`). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** Digits only. */
export function isDigits(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
}

/** Roman numerals as blocs are numbered (`Khối thi đua các cơ quan tham mưu I`, `Cụm II`). */
const ROMAN = new Set(['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII', 'XVIII', 'XIX', 'XX']);

/** A roman numeral from I to XX, as written. */
export function isRoman(word: string): boolean {
  return ROMAN.has(word);
}

/**
 * Most cased letters are upper case: an all-caps headline (`KHỐI THI ĐUA CÁC CƠ QUAN ...`).
 * Capitalisation then says nothing about where names begin and end.
 */
export function isMostlyUpperCase(text: string): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    // Stop once the rest of the text, all upper case, could not outweigh the lower case seen:
    // a body of ordinary prose is decided in its first quarter.
    if (upper + (text.length - i) <= 3 * lower) return false;
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) upper++;
      else if (c >= 0x61 && c <= 0x7a) lower++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    if (cp > 0xffff) i++;
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    if (lo === up) continue;
    if (ch === up) upper++;
    else lower++;
  }
  return upper >= 8 && upper > 3 * lower;
}

/** Gap made of spaces only (no punctuation, no line break). */
export function isSpaceGap(gap: string): boolean {
  if (gap.length === 0) return false;
  for (const ch of gap) {
    if (ch !== ' ' && ch !== '\t' && ch !== '\u00A0') return false;
  }
  return true;
}

/** Gap that joins two parts of one name with a dash (`Khoa học - Văn hóa`, `Lao động- Thương binh`). */
export function isDashGap(gap: string): boolean {
  const t = gap.trim();
  // Never across a line break: `\n\n– ` opens the next paragraph with a dash and joins nothing
  // (a bloc name ran on into the next paragraph, and the record held a line break in a name).
  return (t === '-' || t === '–' || t === '—') && gap.length <= 4 && !gap.includes('\n');
}

/**
 * A set of phrases matched word by word on keys (`thị xã`, `bao gồm`), longest first.
 * Words of a matched phrase must be separated by spaces only.
 */
export class PhraseSet {
  private readonly byFirst = new Map<string, string[][]>();

  /** @param phrases the phrases, in any case; they are keyed with {@link keyOf}. */
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      const parts = tokenize(keyOf(p)).map((w) => w.text);
      const first = parts[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push(parts);
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /**
   * How many words of the longest phrase that starts at word `i` (0 if none).
   * @param seq the text and its words
   * @param i where to match
   */
  matchAt(seq: Seq, i: number): number {
    const first = seq.keys[i];
    if (first === undefined) return 0;
    const list = this.byFirst.get(first);
    if (list === undefined) return 0;
    for (const parts of list) {
      if (this.matchesFrom(seq, i, parts)) return parts.length;
    }
    return 0;
  }

  /** The phrase set holds this one-word key. */
  hasWord(key: string): boolean {
    return this.byFirst.get(key)?.some((p) => p.length === 1) ?? false;
  }

  private matchesFrom(seq: Seq, i: number, parts: readonly string[]): boolean {
    for (let k = 1; k < parts.length; k++) {
      if (seq.keys[i + k] !== parts[k]) return false;
      if (!isSpaceGap(gapBefore(seq.text, seq.words, i + k))) return false;
    }
    return true;
  }
}
