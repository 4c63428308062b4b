/**
 * Text normalisation applied to every string that reaches the record:
 * Unicode NFC, look-alike letters repaired, white space folded.
 */
import { replaceAllBounded } from './bounded-replace.js';
import { classesAt, MARK, unitsAt } from './char-classes.js';

/**
 * Letters that legacy editors typed in place of Vietnamese ones because they look alike: `Ð` and
 * `ð` (U+00D0, U+00F0, Icelandic eth; windows-1252 fonts had no `Đ`) and `Ɖ` (U+0189, African D).
 * Icelandic and Faroese write eth as a letter of their own, never at the start of a word, where
 * Vietnamese always writes `đ`: see {@link repairLookalikes}.
 */
const LOOKALIKE_AT_WORD_START_RE = /(?<![\p{L}\p{M}])(?:[\u00D0\u0189]|\u00F0(?=\p{L}))/gu;
const LOOKALIKE_ANYWHERE_RE = /[\u00D0\u0189]|\u00F0(?=\p{L})/gu;
const ANY_LOOKALIKE_RE = /[\u00D0\u00F0\u0189]/;
/** Letters only Vietnamese writes (breve, horn, circumflex over e or o, the precomposed Vietnamese block). */
const VIETNAMESE_LETTER_RE = /[\u0102\u0103\u00C2\u00E2\u00CA\u00EA\u00D4\u00F4\u01A0\u01A1\u01AF\u01B0\u0110\u0111\u1EA0-\u1EF9]/;

/**
 * Repairs look-alike letters (`Ðà Nẵng` → `Đà Nẵng`, `ðồng` → `đồng`, `HÐND tỉnh` → `HĐND tỉnh`):
 * at the start of a word always, inside a word (an abbreviation such as `HĐND`) only in a string
 * that has a letter only Vietnamese writes, so that Icelandic `Sálfræðihernaður` stays as it is.
 */
export function repairLookalikes(s: string): string {
  if (!ANY_LOOKALIKE_RE.test(s)) return s;
  const re = VIETNAMESE_LETTER_RE.test(s) ? LOOKALIKE_ANYWHERE_RE : LOOKALIKE_AT_WORD_START_RE;
  return replaceAllBounded(s, re, (c) => (c === '\u00F0' ? '\u0111' : '\u0110'));
}

/**
 * White space of every kind, including the no-break space, zero-width space and the
 * ideographic space, as one class. Zero-width characters are removed, not turned into spaces.
 */
const SPACE_RUN_RE = /[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const ZERO_WIDTH_RE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** C0/C1 control characters other than tab, line feed and carriage return. */
const CONTROL_RE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** A UTF-16 surrogate without its pair (only a JavaScript string can hold one): not text, shown as U+FFFD. */
const LONE_SURROGATE_RE = /\p{Cs}/gu;

/** Folds runs of white space to one space and trims. */
export function foldSpace(s: string): string {
  // Only where there is something to fold, and in bounded pieces: a global replace keeps a part per match until it ends.
  return hasSpaceToFold(s) ? replaceAllBounded(s, SPACE_RUN_RE, ' ').trim() : s.trim();
}

/** Whether `s` holds white space other than single spaces between other characters (at its ends, trim sees to it). */
function hasSpaceToFold(s: string): boolean {
  let afterSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return true;
      afterSpace = true;
    } else {
      if (c <= 0x20 || (c >= 0xa0 && isOtherSpace(c))) return true;
      afterSpace = false;
    }
  }
  return false;
}

/** White space of {@link SPACE_RUN_RE} other than the ASCII space, from U+00A0 up. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Removes zero-width and control characters, which carry no text. */
export function stripInvisible(s: string): string {
  return replaceAllBounded(replaceAllBounded(s, ZERO_WIDTH_RE, ''), CONTROL_RE, '');
}

/**
 * Whether every step of {@link normalizeText} leaves the code unit `c` as it is: printable ASCII,
 * Latin-1 and Latin Extended letters (the precomposed letters NFC keeps) but for the look-alikes,
 * the precomposed Vietnamese letters, punctuation and currency signs. Not white space, combining
 * marks, invisible or control characters, surrogates.
 */
function isStable(c: number): boolean {
  if (c < 0x2010) {
    return (c >= 0x21 && c <= 0x7e) || (c >= 0xa1 && c <= 0x2ff && c !== 0xad && c !== 0xd0 && c !== 0xf0 && c !== 0x189) || (c >= 0x1ea0 && c <= 0x1ef9);
  }
  return c <= 0x2027 || (c >= 0x2030 && c <= 0x205e) || (c >= 0x20a0 && c <= 0x20cf);
}

/**
 * Text already in the normal form: stable characters in words, single spaces between them. A loop,
 * not a regular expression: V8's backtracking engine keeps a stack entry per repetition of a group,
 * and a line of megabytes overflowed it (`RangeError`).
 */
function isAlreadyNormal(s: string): boolean {
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isStable(c)) afterSpace = false;
    else return false;
  }
  return !afterSpace || s.length === 0;
}

/** The record's normal form: NFC, look-alikes repaired, invisible characters removed, white space folded. */
export function normalizeText(s: string): string {
  // Most strings (a table cell, a word, a plain paragraph) need none of the steps: one test instead of eight passes.
  if (isAlreadyNormal(s)) return s;
  return foldSpace(repairLookalikes(replaceAllBounded(stripInvisible(s), LONE_SURROGATE_RE, '\uFFFD').normalize('NFC')));
}

/**
 * The most combining marks kept after one character: Unicode's Stream-Safe Text Format (UAX #15)
 * allows 30 non-starters in a row. Vietnamese needs two (a vowel mark and a tone).
 */
export const MAX_COMBINING_MARKS = 30;

/**
 * Drops the combining marks past {@link MAX_COMBINING_MARKS} in a row, before anything normalises
 * the text: `String.prototype.normalize` reorders a run of marks in time that grows with the square
 * of its length (1 MB of marks after one letter: minutes). Returns the text and how many were dropped.
 */
export function capCombiningMarks(text: string): { readonly text: string; readonly dropped: number } {
  // Units that may belong to a mark: none below U+0300 is one, nor a precomposed Vietnamese letter.
  // The regular expression skips to the next such unit in native code, 2.5 times faster than a
  // character loop over a page's markup; each run of such units is then read in the loop.
  const maybeMark = /[^\0-\u02ff\u1ea0-\u1ef9]/g;
  let dropped = 0;
  let parts: string[] | null = null;
  let keptFrom = 0;
  let i = 0;
  while (i < text.length) {
    maybeMark.lastIndex = i;
    if (!maybeMark.test(text)) break;
    i = maybeMark.lastIndex - 1;
    // The unit before the run is no mark: the count starts again.
    let run = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c < 0x300 || (c >= 0x1ea0 && c <= 0x1ef9)) break;
      const units = c >= 0xd800 && c <= 0xdbff ? unitsAt(text, i) : 1;
      if ((classesAt(text, i) & MARK) === 0) run = 0;
      else if (++run > MAX_COMBINING_MARKS) {
        parts ??= [];
        if (keptFrom < i) parts.push(text.slice(keptFrom, i));
        keptFrom = i + units;
        dropped++;
      }
      i += units;
    }
  }
  if (parts === null) return { text, dropped: 0 };
  parts.push(text.slice(keptFrom));
  return { text: parts.join(''), dropped };
}

const CARRIAGE_RETURN_RE = /\r\n?/g;

/** Like {@link normalizeText} but keeps line breaks (for plain-text inputs split later into lines). */
export function normalizeKeepingLines(s: string): string {
  return repairLookalikes(replaceAllBounded(stripInvisible(replaceAllBounded(s, CARRIAGE_RETURN_RE, '\n')), LONE_SURROGATE_RE, '\uFFFD').normalize('NFC'));
}

/** Tab, newline and the other control characters: URL parsers drop the first, none of them is text. */
const URL_CONTROL_RE = /[\u0000-\u001F\u007F-\u009F]/g;

/**
 * A URL as the record holds it (the caller's, the page's canonical link, a picture's `src`): NFC,
 * without control characters, trimmed; null when nothing is left (`url: ''` means no URL).
 */
export function cleanUrl(s: string | null | undefined): string | null {
  if (s == null) return null;
  return s.replace(URL_CONTROL_RE, '').replace(LONE_SURROGATE_RE, '\uFFFD').normalize('NFC').trim() || null;
}

/** Lower-case, accent-free form for loose comparisons (`Đắk Nông` → `dak nong`). */
export function foldForCompare(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
