/**
 * Text normalisation applied to every string that reaches the record:
 * Unicode NFC, look-alike letters repaired, white space folded.
 */

/**
 * Letters that legacy editors typed in place of Vietnamese ones because they look alike.
 * `Ð` (U+00D0, Icelandic eth) is by far the most common: windows-1252 fonts had no `Đ`.
 * `ð` (U+00F0) is only repaired next to Vietnamese letters, see {@link repairLookalikes}.
 */
const LOOKALIKES: ReadonlyMap<string, string> = new Map([
  ['\u00D0', '\u0110'], // Ð → Đ
  ['\u0189', '\u0110'], // Ɖ (African D) → Đ
]);

const LOOKALIKE_RE = /[\u00D0\u0189]/g;
/** Lower-case eth between letters (`ðồng`): an `đ` typed with the wrong key map. */
const ETH_IN_WORD_RE = /\u00F0(?=\p{L})/gu;

/** Repairs look-alike letters (`Ðà Nẵng` → `Đà Nẵng`). */
export function repairLookalikes(s: string): string {
  return s.replace(LOOKALIKE_RE, (c) => LOOKALIKES.get(c) ?? c).replace(ETH_IN_WORD_RE, '\u0111');
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
  return s.replace(SPACE_RUN_RE, ' ').trim();
}

/** Removes zero-width and control characters, which carry no text. */
export function stripInvisible(s: string): string {
  return s.replace(ZERO_WIDTH_RE, '').replace(CONTROL_RE, '');
}

/**
 * Characters that every step of {@link normalizeText} leaves as they are: printable ASCII, Latin-1
 * and Latin Extended letters (the precomposed letters NFC keeps) but for the look-alikes, the
 * precomposed Vietnamese letters, punctuation and currency signs. Not white space, combining marks,
 * invisible or control characters, surrogates.
 */
const STABLE = '\u0021-\u007E\u00A1-\u00AC\u00AE-\u00CF\u00D1-\u00EF\u00F1-\u0188\u018A-\u02FF\u1EA0-\u1EF9\u2010-\u2027\u2030-\u205E\u20A0-\u20CF';
/** Text already in the normal form: stable characters in words, single spaces between them (unambiguous, so linear). */
const ALREADY_NORMAL_RE = new RegExp(`^(?:[${STABLE}]+(?: [${STABLE}]+)*)?$`);

/** The record's normal form: NFC, look-alikes repaired, invisible characters removed, white space folded. */
export function normalizeText(s: string): string {
  // Most strings (a table cell, a word, a plain paragraph) need none of the steps: one test instead of eight passes.
  if (ALREADY_NORMAL_RE.test(s)) return s;
  return foldSpace(repairLookalikes(stripInvisible(s).replace(LONE_SURROGATE_RE, '\uFFFD').normalize('NFC')));
}

/** Like {@link normalizeText} but keeps line breaks (for plain-text inputs split later into lines). */
export function normalizeKeepingLines(s: string): string {
  return repairLookalikes(stripInvisible(s.replace(/\r\n?/g, '\n')).replace(LONE_SURROGATE_RE, '\uFFFD').normalize('NFC'));
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
