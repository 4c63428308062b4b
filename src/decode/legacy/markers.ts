/**
 * Character classes the legacy stage looks for: Vietnamese letters that only Unicode (or a
 * Vietnamese code page) can hold, and the bytes that betray TCVN3, VNI or VIQR text.
 */
import { TCVN3_LETTERS } from '../../vi/legacy-encodings/tcvn3.js';
import { VNI_MARKS, VNI_SINGLE_LETTERS } from '../../vi/legacy-encodings/vni.js';
import { byteViewFor, type ByteOf } from './byte-view.js';

/**
 * True for a letter or tone mark of Vietnamese outside Latin-1 (`ă đ ơ ư ạ ế`, combining tones):
 * text holding one is Unicode Vietnamese, not bytes drawn by a legacy font.
 */
export function isVietnameseUnicode(code: number): boolean {
  return (
    (code >= 0x1ea0 && code <= 0x1ef9) ||
    code === 0x102 || code === 0x103 || code === 0x110 || code === 0x111 ||
    code === 0x128 || code === 0x129 || code === 0x168 || code === 0x169 ||
    code === 0x1a0 || code === 0x1a1 || code === 0x1af || code === 0x1b0 ||
    code === 0x300 || code === 0x301 || code === 0x303 || code === 0x309 || code === 0x323
  );
}

/** True when the text holds a Vietnamese letter outside Latin-1 (see {@link isVietnameseUnicode}). */
export function hasVietnameseUnicode(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isVietnameseUnicode(text.charCodeAt(i))) return true;
  return false;
}

/** The Latin-1 letters of NFC Vietnamese (`à á â ã è é ê ì í ò ó ô õ ù ú ý` and capitals). */
const VIETNAMESE_LATIN1 = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý'].map((c) => c.charCodeAt(0)));

/**
 * Bytes that are letters in TCVN3 or VNI but, read as windows-1252, are not letters of
 * Unicode Vietnamese (`«` ô, `¬` ơ, `®` đ, `ñ` VNI đ, `ö` VNI ư, `ä` VNI ậ): their presence is what
 * makes a page worth reading run by run. Unicode Vietnamese text rarely has any.
 */
const SIGNATURE_BYTES: Uint8Array = (() => {
  const table = new Uint8Array(256);
  const add = (byte: number): void => {
    if (!VIETNAMESE_LATIN1.has(byte)) table[byte] = 1;
  };
  for (const [byte] of TCVN3_LETTERS) add(byte);
  for (const [byte] of VNI_SINGLE_LETTERS) add(byte);
  for (const m of VNI_MARKS) {
    add(m.lower);
    add(m.upper);
  }
  return table;
})();

/** ASCII vowels after which a VIQR quality or rare tone mark is a strong sign of VIQR. */
const VIQR_VOWEL = new Set([...'aeiouyAEIOUY'].map((c) => c.charCodeAt(0)));
/**
 * `^ +`: quality marks, a sign when a letter, a tone mark or a space follows (`Vie^.t`, `ddu+o+\`ng`).
 * The breve `(` is left out: after a vowel it is mostly code (`menu(no)`), and VIQR text has plenty of the others.
 */
const VIQR_QUALITY = new Set([...'^+'].map((c) => c.charCodeAt(0)));
/** What may follow a VIQR quality mark. */
const VIQR_AFTER_QUALITY = new Set([...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\'`?~. '].map((c) => c.charCodeAt(0)));
/** `\` ~`: tone marks prose never puts after a vowel. */
const VIQR_RARE_TONE = new Set([...'`~'].map((c) => c.charCodeAt(0)));
/** The end of a script or style sheet, whose code (`menu(no)`, `a+b`) is not text. */
const RAW_END_RE = /<\/(?:script|style)\s{0,8}>/gi;

/** A letter of ASCII or Latin-1/Latin Extended: what a legacy letter byte sits next to inside a word. */
function isLetterish(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** Whether the character at `i` is a sign: a signature byte inside a word, or a VIQR mark after a vowel. */
function isSign(text: string, i: number, byteOf: ByteOf | null): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    const rare = VIQR_RARE_TONE.has(code);
    if (!rare && !VIQR_QUALITY.has(code)) return false;
    if (i === 0 || !VIQR_VOWEL.has(text.charCodeAt(i - 1))) return false;
    return rare || VIQR_AFTER_QUALITY.has(text.charCodeAt(i + 1));
  }
  if (!byteOf) return false;
  const byte = byteOf(code);
  // Inside a word (`Kh«ng`, `Vieät`), not a symbol on its own (`© 2020`, `» Tin tức`).
  return byte >= 0 && SIGNATURE_BYTES[byte] === 1 && (isLetterish(text.charCodeAt(i - 1)) || isLetterish(text.charCodeAt(i + 1)));
}

/** Whether `text` has the lower-case ASCII `name` at `at`, in any case (without copying). */
function startsWithName(text: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if ((text.charCodeAt(at + k) | 0x20) !== name.charCodeAt(k)) return false;
  return true;
}

/** Where markup that starts at `lt` (a `<`) ends, or `lt` itself when it starts no markup. */
function skipMarkup(text: string, lt: number): number {
  const next = text.charCodeAt(lt + 1);
  if (text.startsWith('<!--', lt)) {
    const end = text.indexOf('-->', lt + 4);
    return end < 0 ? text.length : end + 3;
  }
  if (!isLetterish(next) && next !== 0x2f && next !== 0x21 && next !== 0x3f) return lt;
  const close = text.indexOf('>', lt + 1);
  if (close < 0) return text.length;
  if (startsWithName(text, lt + 1, 'script') || startsWithName(text, lt + 1, 'style')) {
    RAW_END_RE.lastIndex = close;
    const end = RAW_END_RE.exec(text);
    return end ? end.index + end[0].length : text.length;
  }
  return close + 1;
}

/** Markup and the VIQR marks: where a scan must stop whatever the code page. */
const ALWAYS_CANDIDATES = '<^+`~';
/**
 * The search for candidates (with `<`, where markup starts, so that tags can be passed over), and
 * a test for any candidate that could be a sign at all: a page with none, such as 1 MB of table
 * cells, is settled by one or two searches instead of a stop at every tag.
 */
interface CandidateScan {
  readonly withTags: RegExp;
  /** Any character whose byte is a signature byte, or null when the text holds no bytes. */
  readonly anySignatureChar: RegExp | null;
}

/**
 * A VIQR mark where {@link isSign} counts it: after a vowel, and a quality mark before what may
 * follow it. Script and style code has `+` and `~` on most pages, seldom after a vowel: this test
 * settles two pages of three without the stop at every tag. Two searches, not one alternation
 * with the signature characters: V8 scans fast for a single class, slowly for an alternation.
 */
const VIQR_SIGN_RE = /[aeiouyAEIOUY](?:[`~]|[\^+][A-Za-z'`?~. ])/;

function escapeClass(chars: string): string {
  return [...chars].map((c) => (c === '^' || c === '\\' || c === ']' || c === '-' ? `\\${c}` : c)).join('');
}

/** The scans for `chars`, which hold `<` and the VIQR marks. */
function scanOf(chars: string): CandidateScan {
  const signatureChars = [...chars].filter((c) => !ALWAYS_CANDIDATES.includes(c)).join('');
  return {
    withTags: new RegExp(`[${escapeClass(chars)}]`, 'g'),
    anySignatureChar: signatureChars === '' ? null : new RegExp(`[${escapeClass(signatureChars)}]`),
  };
}

function mayHoldSign(text: string, scan: CandidateScan): boolean {
  return (scan.anySignatureChar !== null && scan.anySignatureChar.test(text)) || VIQR_SIGN_RE.test(text);
}

/** The scans of text that cannot hold font-encoded bytes. */
const ASCII_SCAN = scanOf(ALWAYS_CANDIDATES);

/**
 * The characters a sign can be at under a byte view: the VIQR marks, `<` (markup to skip), and the
 * few characters whose byte is a signature byte (`«`, `®`, `ñ`, …; under windows-1258 also `Đ`,
 * U+0303). Everything else, the bulk of a Unicode Vietnamese page included, is passed over by one
 * regular-expression search, which is much faster than looking at each character.
 */
function candidateScan(byteOf: ByteOf): CandidateScan {
  let chars = ALWAYS_CANDIDATES;
  for (let code = 0x80; code < 0x2200; code++) {
    const byte = byteOf(code);
    if (byte >= 0 && SIGNATURE_BYTES[byte] === 1) chars += String.fromCharCode(code);
  }
  return scanOf(chars);
}

/** One scan per byte view, built at load: the views of the code pages font-encoded text comes in. */
const CANDIDATES: ReadonlyMap<ByteOf, CandidateScan> = new Map(
  ['windows-1252', 'windows-1258', 'iso-8859-15'].map((codePage) => {
    const view = byteViewFor(codePage)!;
    return [view, candidateScan(view)] as const;
  }),
);

function candidatesFor(byteOf: ByteOf | null): CandidateScan {
  return (byteOf && CANDIDATES.get(byteOf)) || ASCII_SCAN;
}

/**
 * Counts the signs of legacy text in `text`, up to `limit`: signature bytes of TCVN3/VNI inside
 * words (read through `byteOf`, when the text can hold bytes) and VIQR marks after vowels. In HTML,
 * tags, comments, scripts and style sheets are skipped: code is full of `a(` and `e+`.
 */
export function countLegacySigns(text: string, byteOf: ByteOf | null, limit: number, html = false): number {
  const scan = candidatesFor(byteOf);
  if (!mayHoldSign(text, scan)) return 0;
  const candidate = scan.withTags;
  let n = 0;
  candidate.lastIndex = 0;
  // `test` rather than `exec`: no match object per character found; each match is one character.
  while (n < limit && candidate.test(text)) {
    const i = candidate.lastIndex - 1;
    if (text.charCodeAt(i) === 0x3c) {
      const end = html ? skipMarkup(text, i) : i;
      if (end > i) candidate.lastIndex = end;
      continue;
    }
    if (isSign(text, i, byteOf)) n++;
  }
  return n;
}
