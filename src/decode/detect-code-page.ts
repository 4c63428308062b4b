/**
 * Chooses a Vietnamese code page by content, for bytes whose declaration is missing or cannot
 * be right: windows-1258 (Microsoft's, with tone marks as combining characters) or VISCII
 * (RFC 1456, one byte per letter, used in e-mail and by overseas publishers).
 *
 * The two read the same bytes as different letters; only one reading gives Vietnamese
 * syllables. The words compared are those with a byte above 0x7F, the only ones that differ.
 */
import { judgeWord } from '../vi/syllable.js';
import { byteViewFor } from './legacy/byte-view.js';
import { decodeTcvn3 } from './legacy/tcvn3.js';
import { decodeVni } from './legacy/vni.js';
import { decodeCodePage } from './code-pages.js';

/** Enough text for a verdict: the first 64 KiB. */
const SAMPLE_BYTES = 64 * 1024;
const SPACE_RE = /\s+/u;

/** How Vietnamese a reading of the bytes looks: words with non-ASCII letters, and syllables among them. */
export interface ReadingScore {
  readonly words: number;
  readonly valid: number;
}

/** Scores a decoded text on its words that hold characters above ASCII. */
export function scoreReading(text: string): ReadingScore {
  let words = 0;
  let valid = 0;
  for (const w of text.split(SPACE_RE)) {
    let nonAscii = false;
    for (let i = 0; i < w.length && !nonAscii; i++) nonAscii = w.charCodeAt(i) >= 0x80;
    if (!nonAscii) continue;
    const v = judgeWord(w);
    if (v === null) continue;
    words++;
    if (v) valid++;
  }
  return { words, valid };
}

function share(s: ReadingScore): number {
  return s.words === 0 ? 0 : s.valid / s.words;
}

export interface CodePageGuess {
  readonly encoding: 'windows-1258' | 'viscii';
  readonly score: ReadingScore;
}

function decodeSample(bytes: Uint8Array, encoding: 'windows-1258' | 'viscii' | string): string {
  return decodeCodePage(encoding, bytes.subarray(0, SAMPLE_BYTES), false);
}

/** A VISCII reading must be mostly syllables: VISCII read from TCVN3 or VNI bytes makes some by chance. */
const VISCII_MIN_SHARE = 0.7;

/**
 * The most syllables a font-encoded reading (TCVN3 or VNI over windows-1252) of the bytes gives.
 * Font-encoded text is decoded as a code page first and converted later; it competes here so that
 * its bytes are not taken for VISCII.
 */
function bestFontReading(bytes: Uint8Array): number {
  const western = decodeSample(bytes, 'windows-1252');
  const view = byteViewFor('windows-1252')!;
  return Math.max(scoreReading(decodeTcvn3(western, view)).valid, scoreReading(decodeVni(western, view)).valid);
}

/**
 * The Vietnamese code page the bytes read best in: windows-1258, the more common and the one a
 * tie goes to, unless VISCII gives more syllables than it and than any font-encoded reading.
 */
export function guessVietnameseCodePage(bytes: Uint8Array): CodePageGuess {
  const cp1258 = scoreReading(decodeSample(bytes, 'windows-1258'));
  const viscii = scoreReading(decodeSample(bytes, 'viscii'));
  const visciiWins = viscii.valid > cp1258.valid && share(viscii) >= VISCII_MIN_SHARE && viscii.valid > bestFontReading(bytes);
  return visciiWins ? { encoding: 'viscii', score: viscii } : { encoding: 'windows-1258', score: cp1258 };
}

/** A reading clearly Vietnamese: most of its non-ASCII words are syllables, and there are enough of them. */
const CLEAR_MIN_WORDS = 10;
const CLEAR_MIN_SHARE = 0.8;
/** A reading clearly not: few of its non-ASCII words are syllables. */
const POOR_MAX_SHARE = 0.3;
/**
 * The same for a reading in the other Vietnamese code page: VISCII bytes read as windows-1258 (or
 * the reverse) still make syllables of about a third of their words by chance (the seed: 32%).
 */
const POOR_MAX_SHARE_VIETNAMESE = 0.5;
const VIETNAMESE_CODE_PAGES: ReadonlySet<string> = new Set(['windows-1258', 'viscii']);

/**
 * For bytes declared in a single-byte code page (windows-1252, ISO-8859-1/15, windows-1258,
 * VISCII) that are not UTF-8: the Vietnamese code page they are really in, when the declared
 * reading is poor and the other clearly Vietnamese (archived pages often lost the HTTP header that
 * named the real one, and editors kept a template's meta). Null when the declaration stands; text
 * in a font encoding (TCVN3, VNI) reads poorly in every code page and keeps its declaration, for
 * the legacy stage to convert.
 */
export function overrideDeclaration(bytes: Uint8Array, declared: string): CodePageGuess | null {
  const reading = scoreReading(decodeSample(bytes, declared));
  if (share(reading) > (VIETNAMESE_CODE_PAGES.has(declared) ? POOR_MAX_SHARE_VIETNAMESE : POOR_MAX_SHARE)) return null;
  const guess = guessVietnameseCodePage(bytes);
  if (guess.encoding === declared) return null;
  return guess.score.words >= CLEAR_MIN_WORDS && share(guess.score) >= CLEAR_MIN_SHARE ? guess : null;
}
