/**
 * ENCODERS for the legacy tests: Unicode → each legacy form, built by inverting the very tables the
 * library decodes with (src/vi/legacy-encodings/*), so a round trip tests the tables and the
 * detection, not a second copy of them.
 *
 * Each form also has a `representable` transform: what the Unicode original becomes when a writer
 * of that era could not type a character (VISCII has no room for `“”`, so the era's text had `"`).
 * Round trips compare the legacy input with the Unicode original after that transform.
 */
import iconv from 'iconv-lite';
import { windows1252Char } from '../../../src/decode/windows-1252.js';
import { TCVN3_LETTERS } from '../../../src/vi/legacy-encodings/tcvn3.js';
import { VNI_MARKS, VNI_SINGLE_LETTERS } from '../../../src/vi/legacy-encodings/vni.js';
import { VIQR_D_BAR, VIQR_ESCAPE, VIQR_QUALITY, VIQR_TONES } from '../../../src/vi/legacy-encodings/viqr.js';

/** The windows-1252 character of a byte: how font-encoded bytes look in a Unicode string. */
export const byteChar = windows1252Char;

const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
const HORN = '\u031b';

/** Splits an NFC letter into its base, quality mark (circumflex, breve, horn) and tone. */
export function splitLetter(c: string): { base: string; quality: string; tone: string } {
  let base = '';
  let quality = '';
  let tone = '';
  for (const ch of c.normalize('NFD')) {
    if (TONES.has(ch)) tone = ch;
    else if (ch === '\u0302' || ch === '\u0306' || ch === HORN) quality = ch;
    else base += ch;
  }
  return { base, quality, tone };
}

/** Escapes text for HTML. */
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Whether a character exists in windows-1252 (and so can be a byte of the page). */
function cp1252Byte(c: string): number | null {
  const code = c.charCodeAt(0);
  if (c.length !== 1) return null;
  if (code < 0x80) return code;
  const b = iconv.encode(c, 'windows-1252');
  return b.length === 1 && b[0] !== 0x3f ? b[0]! : null;
}

// ---------------------------------------------------------------- TCVN3

const TCVN3_BYTE = new Map(TCVN3_LETTERS.map(([byte, letter]) => [letter, byte]));
const TCVN3_BYTES = new Set(TCVN3_LETTERS.map(([byte]) => byte));

/** An HTML span in another family, for characters the legacy font cannot draw. */
const otherFont = (html: string): string => `<font face="Times New Roman">${html}</font>`;

/**
 * Unicode → the body HTML of a TCVN3 page (a string of windows-1252 characters and references).
 * Capitals with a tone go in a `.VnTimeH` span as their lower-case byte, as writers did;
 * characters TCVN3 cannot hold go in a Times New Roman span as references.
 */
export function tcvn3Html(text: string, capsFont = '.VnTimeH'): string {
  let out = '';
  let caps = '';
  const flush = (): void => {
    if (caps) out += `<font face="${capsFont}">${caps}</font>`;
    caps = '';
  };
  for (const c of text.normalize('NFC')) {
    const byte = TCVN3_BYTE.get(c);
    const lowerByte = TCVN3_BYTE.get(c.toLowerCase());
    if (byte === undefined && lowerByte !== undefined && c !== c.toLowerCase()) {
      caps += byteChar(lowerByte);
      continue;
    }
    flush();
    if (byte !== undefined) out += byteChar(byte);
    else if (c.charCodeAt(0) < 0x80) out += escapeHtml(c);
    else {
      const b = cp1252Byte(c);
      const ref = `&#${c.codePointAt(0)};`;
      // A windows-1252 byte that TCVN3 does not use keeps its meaning; a byte TCVN3 uses needs another
      // font (as a reference: inside a .VnTime run the library reads Latin-1 references as bytes);
      // anything else is a reference, which no font changes.
      if (b !== null && !TCVN3_BYTES.has(b)) out += c;
      else out += b !== null ? otherFont(ref) : ref;
    }
  }
  flush();
  return out;
}

// ---------------------------------------------------------------- VNI

const VNI_SINGLE = new Map(VNI_SINGLE_LETTERS.map(([byte, letter]) => [letter, byte]));
const VNI_BYTES = new Set([...VNI_SINGLE_LETTERS.map(([b]) => b), ...VNI_MARKS.flatMap((m) => [m.lower, m.upper])]);

/** The VNI bytes of one Vietnamese letter (as windows-1252 characters), or null if it is not one. */
function vniLetter(c: string): string | null {
  const single = VNI_SINGLE.get(c);
  if (single !== undefined) return byteChar(single);
  const { base, quality, tone } = splitLetter(c);
  if (!quality && !tone) return null;
  const upper = base !== base.toLowerCase();
  let head = base;
  let marks = quality + tone;
  if (quality === HORN) {
    // ơ/ư are one byte; the tone follows as its own byte.
    const horned = VNI_SINGLE.get((base + HORN).normalize('NFC'));
    if (horned === undefined) return null;
    head = byteChar(horned);
    marks = tone;
    if (!marks) return head;
  }
  const mark = VNI_MARKS.find((m) => m.marks === marks && m.bases.includes(base.toLowerCase()));
  if (!mark) return null;
  return head + byteChar(upper ? mark.upper : mark.lower);
}

/**
 * Unicode → VNI text (windows-1252 characters). In HTML mode characters VNI cannot hold go in a
 * Times New Roman span; in plain text they must already be representable (see {@link vniRepresentable}).
 */
export function vni(text: string, html: boolean): string {
  let out = '';
  for (const c of text.normalize('NFC')) {
    const bytes = vniLetter(c);
    if (bytes !== null) out += bytes;
    else if (c.charCodeAt(0) < 0x80) out += html ? escapeHtml(c) : c;
    else {
      const b = cp1252Byte(c);
      const ref = `&#${c.codePointAt(0)};`;
      if (b !== null && !VNI_BYTES.has(b)) out += c;
      else if (html) out += b !== null ? otherFont(ref) : ref;
      else out += c;
    }
  }
  return out;
}

/** Characters plain VNI text (windows-1252 bytes) can hold; others become `?`. */
export function vniRepresentable(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (vniLetter(c) !== null || c.charCodeAt(0) < 0x80) return c;
      const b = cp1252Byte(c);
      return b !== null && !VNI_BYTES.has(b) ? c : '?';
    })
    .join('');
}

// ---------------------------------------------------------------- VIQR

const VIQR_QUALITY_CHAR = new Map(VIQR_QUALITY.map(([ch, mark]) => [mark, ch]));
const VIQR_TONE_CHAR = new Map(VIQR_TONES.map(([ch, mark]) => [mark, ch]));
const VIQR_MARK_CHARS = new Set([...VIQR_QUALITY.map(([ch]) => ch), ...VIQR_TONES.map(([ch]) => ch)]);
const D_BAR_TEXT = new Map(VIQR_D_BAR.filter(([t]) => t !== 'Dd').map(([t, letter]) => [letter, t]));
const VOWEL_RE = /^[aeiouy]$/i;

/**
 * Unicode → VIQR (RFC 1456), escaping mark characters that follow a vowel, and breaking with a
 * backslash any `d` that would pair with the `d` before it (`d\\d` is `dd`, `D\\DD` is `DĐ`).
 */
export function viqr(text: string): string {
  let out = '';
  let prev = '';
  for (const c of text.normalize('NFC')) {
    const bar = D_BAR_TEXT.get(c);
    const { base, quality, tone } = splitLetter(c);
    const prevIsVowel = VOWEL_RE.test(splitLetter(prev).base);
    let piece: string;
    if (bar) piece = bar;
    else if (VOWEL_RE.test(base) && (quality || tone)) piece = base + (VIQR_QUALITY_CHAR.get(quality) ?? '') + (VIQR_TONE_CHAR.get(tone) ?? '');
    else if (VIQR_MARK_CHARS.has(c) && prevIsVowel) piece = VIQR_ESCAPE + c;
    else if (c === VIQR_ESCAPE) piece = VIQR_ESCAPE + VIQR_ESCAPE;
    else piece = c;
    if (/^[dD]/.test(piece) && /[dD]$/.test(out)) piece = VIQR_ESCAPE + piece;
    out += piece;
    prev = c;
  }
  return out;
}

/** Characters VIQR text holds: Vietnamese letters are spelt out; other letters beyond ASCII were not typed. */
export function viqrRepresentable(text: string): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || D_BAR_TEXT.has(c)) return c;
      const { base } = splitLetter(c);
      if (/^[a-z]$/i.test(base)) return VOWEL_RE.test(base) ? c : '?';
      return /\p{L}/u.test(c) ? '?' : c;
    })
    .join('');
}

// ---------------------------------------------------------------- code pages

/** Characters a single-byte code page holds (windows-1258 through its decomposed form); others become `?`. */
export function codePageRepresentable(text: string, encoding: 'viscii' | 'windows-1258'): string {
  return [...text.normalize('NFC')]
    .map((c) => {
      if (c.charCodeAt(0) < 0x80) return c;
      const bytes = encoding === 'windows-1258' ? cp1258Bytes(c) : iconv.encode(c, 'viscii');
      const back = encoding === 'windows-1258' ? new TextDecoder('windows-1258').decode(bytes).normalize('NFC') : iconv.decode(bytes, 'viscii');
      return back === c ? c : '?';
    })
    .join('');
}

/** Unicode → windows-1258 bytes as Windows writes them: base letters precomposed, tones combining. */
export function cp1258Bytes(text: string): Buffer {
  const decomposed = [...text.normalize('NFC')]
    .map((c) => {
      const { tone } = splitLetter(c);
      if (!tone) return c;
      return c.normalize('NFD').replace(tone, '').normalize('NFC') + tone;
    })
    .join('');
  return iconv.encode(decomposed, 'windows-1258');
}

/** Unicode → VISCII bytes. */
export function visciiBytes(text: string): Buffer {
  return iconv.encode(text.normalize('NFC'), 'viscii');
}

/** A string of windows-1252 characters → its bytes. */
export function cp1252Bytes(text: string): Buffer {
  return iconv.encode(text, 'windows-1252');
}

