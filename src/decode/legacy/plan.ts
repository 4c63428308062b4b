/**
 * Decides, run by run, which text is in a legacy encoding and converts it.
 *
 * The test is statistical, on words: a conversion is right when it turns words that are not
 * Vietnamese syllables into words that are (`Kh«ng` → `Không`), and wrong when it does not
 * (`Tôi` → `Tụi` gains nothing). Only the words a conversion changes are compared.
 *
 * Two levels:
 * - the document: runs set in a legacy font (`.VnTime`, `VNI-Times`) confirm that font's
 *   encoding with little evidence, since the markup says so; runs without such a font need
 *   clear evidence over the whole document (enough changed words, most of them syllables
 *   after and not before, and a high share of the document's words changed: Vietnamese in a
 *   legacy encoding changes most words, a French `où` does not make a page VNI);
 * - the run: once an encoding is confirmed, a run in its font is converted unless that makes it
 *   worse, a run without it only when that makes it better. A line of plain text is converted
 *   unless that makes it worse: a text file is written in one encoding, and some VNI words also
 *   read as Unicode syllables (`Soá`, VNI for `Số`, looks like a syllable with its tone on the `a`).
 */
import { rememberWords } from '../../text/remember-words.js';
import { judgeWord, wordCore } from '../../vi/syllable.js';
import type { ByteOf } from './byte-view.js';
import type { RunFont } from './html-runs.js';
import { countLegacySigns, isVietnameseUnicode } from './markers.js';
import { decodeTcvn3, isTcvn3LetterByte } from './tcvn3.js';
import { decodeViqr, isViqrMark } from './viqr.js';
import { decodeVni, isVniByte } from './vni.js';

/** The legacy text encodings converted here (code pages such as VISCII are decoded earlier, from bytes). */
export type LegacyTextEncoding = 'tcvn3' | 'vni' | 'viqr';

export const LEGACY_TEXT_ENCODINGS: readonly LegacyTextEncoding[] = ['tcvn3', 'vni', 'viqr'];

/** A run of text to judge: its visible characters and the font the markup gives it (null in plain text). */
export interface Segment {
  readonly text: string;
  readonly font: RunFont;
}

/** The outcome for a document: the new text of each run (null: unchanged) and what was found. */
export interface Plan {
  readonly converted: readonly (string | null)[];
  /** The encodings applied, in the order first met. */
  readonly used: readonly LegacyTextEncoding[];
  /** Whether runs left unconverted hold Unicode Vietnamese (letters outside Latin-1). */
  readonly unicodeLeft: boolean;
}

/** Thresholds of the document-level decision. */
const FONT_MIN_GAIN_SHARE = 0.25;
const FONT_MIN_VALID_SHARE = 0.5;
const CONTENT_MIN_CHANGED = 5;
const CONTENT_MIN_VALID_SHARE = 0.75;
const CONTENT_MIN_GAIN_SHARE = 0.4;
/** Share of all counted words a conversion must change: legacy Vietnamese changes most of them. */
const CONTENT_MIN_DENSITY = 0.2;
/** Share of syllables among all words of the runs a conversion changed, after it. */
const CONTENT_MIN_RUN_VALID_SHARE = 0.6;

/** A white-space-delimited word (global: each use copies it, so that two scans keep their own place). */
const WORD_RE = /\S+/g;
const LETTER_RE = /\p{L}/u;
/** VIQR mark characters, by code: the quick test before a run is decoded as VIQR. */
const VIQR_MARK_CODES: Uint8Array = (() => {
  const table = new Uint8Array(128);
  for (let c = 0; c < 128; c++) if (isViqrMark(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/** How a conversion changed a run's words. */
interface Trial {
  readonly after: string;
  /** Words that changed and count (have letters, no digits). */
  readonly changed: number;
  readonly validBefore: number;
  readonly validAfter: number;
  /** Counted words of the run, and syllables among them after conversion. */
  readonly words: number;
  readonly wordsValidAfter: number;
}

/** `judgeWord`, remembered for the words of one plan (see remember-words.ts). */
type JudgeWord = (word: string) => boolean | null;

/**
 * Compares the white-space-delimited words of a run before and after a conversion, in step. The
 * words are read one at a time, not split into arrays first: a line of megabytes split twice per
 * encoding tried kept millions of strings alive at once, and the garbage collector took more than
 * half the time of 4 MiB of VNI on one line.
 */
function compare(text: string, converted: string, judgeWord: JudgeWord): Omit<Trial, 'after'> {
  const wordsBefore = new RegExp(WORD_RE);
  const wordsAfter = new RegExp(WORD_RE);
  let changed = 0;
  let validBefore = 0;
  let validAfter = 0;
  let words = 0;
  let wordsValidAfter = 0;
  for (;;) {
    const ma = wordsBefore.exec(text);
    const mb = wordsAfter.exec(converted);
    if (ma === null || mb === null) break;
    const wa = ma[0];
    const wb = mb[0];
    const after = judgeWord(wb);
    const before = wa === wb ? after : judgeWord(wa);
    if (before === null && after === null) continue;
    words++;
    if (after) wordsValidAfter++;
    if (wa === wb) continue;
    changed++;
    if (before) validBefore++;
    if (after) validAfter++;
  }
  return { changed, validBefore, validAfter, words, wordsValidAfter };
}

/** Whether a run could be in `encoding` at all, and its conversion. */
function tryEncoding(encoding: LegacyTextEncoding, seg: Segment, byteOf: ByteOf | null, judge: JudgeWord): Trial | null {
  const text = seg.text;
  if (encoding === 'viqr') {
    let marks = false;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      // VIQR is 7-bit: a run with letters beyond ASCII is something else.
      if (code >= 0x80 && LETTER_RE.test(text[i]!)) return null;
      if (!marks && code < 0x80 && i > 0 && VIQR_MARK_CODES[code] === 1) marks = true;
    }
    if (!marks) return null;
    const after = decodeViqr(text);
    return after === text ? null : { after, ...compare(text, after, judge) };
  }
  // A run the markup sets in another family (Arial, Times New Roman) was drawn in Unicode.
  if (!byteOf || seg.font === 'other') return null;
  const isByte = encoding === 'tcvn3' ? isTcvn3LetterByte : isVniByte;
  let signs = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    const byte = byteOf(code);
    // Unicode Vietnamese that no byte stands for: the run was never font-encoded.
    if (byte < 0 && isVietnameseUnicode(code)) return null;
    if (!signs && isByte(byte)) signs = true;
  }
  if (!signs) return null;
  const capitals = seg.font !== null && seg.font.capitals;
  const after = encoding === 'tcvn3' ? decodeTcvn3(text, byteOf, capitals) : decodeVni(text, byteOf);
  return after === text ? null : { after, ...compare(text, after, judge) };
}

/** The legacy encoding a run's font declares, or null. */
function fontEncoding(seg: Segment): 'tcvn3' | 'vni' | null {
  return seg.font !== null && seg.font !== 'other' ? seg.font.encoding : null;
}

interface Totals {
  changed: number;
  validBefore: number;
  validAfter: number;
  runWords: number;
  runValidAfter: number;
}

function emptyTotals(): Totals {
  return { changed: 0, validBefore: 0, validAfter: 0, runWords: 0, runValidAfter: 0 };
}

function add(t: Totals, trial: Trial): void {
  t.changed += trial.changed;
  t.validBefore += trial.validBefore;
  t.validAfter += trial.validAfter;
  if (trial.changed > 0) {
    t.runWords += trial.words;
    t.runValidAfter += trial.wordsValidAfter;
  }
}

/** The markup says so: a little evidence that the conversion helps is enough. */
function confirmedByFont(t: Totals): boolean {
  const gain = t.validAfter - t.validBefore;
  return t.changed > 0 && gain >= Math.max(1, FONT_MIN_GAIN_SHARE * t.changed) && t.validAfter >= FONT_MIN_VALID_SHARE * t.changed;
}

/** Nothing says so: the content must be clearly in that encoding. */
function confirmedByContent(t: Totals, documentWords: number): boolean {
  const gain = t.validAfter - t.validBefore;
  return (
    t.changed >= CONTENT_MIN_CHANGED &&
    t.validAfter >= CONTENT_MIN_VALID_SHARE * t.changed &&
    gain >= CONTENT_MIN_GAIN_SHARE * t.changed &&
    t.changed >= CONTENT_MIN_DENSITY * documentWords &&
    t.runValidAfter >= CONTENT_MIN_RUN_VALID_SHARE * t.runWords
  );
}

/**
 * Plans the conversion of a document's runs.
 *
 * @param byteOf how to read the runs as bytes, or null when they cannot hold font-encoded bytes.
 * @param forced an encoding the caller imposes on every run not set in a legacy font, or null to detect.
 * @param plainText the runs are the lines of one text file, not the runs of a page.
 */
export function planConversion(
  segments: readonly Segment[],
  byteOf: ByteOf | null,
  forced: LegacyTextEncoding | null,
  plainText = false,
): Plan {
  const converted: (string | null)[] = new Array<string | null>(segments.length).fill(null);
  const used: LegacyTextEncoding[] = [];
  const use = (i: number, encoding: LegacyTextEncoding, text: string): void => {
    converted[i] = text;
    if (!used.includes(encoding)) used.push(encoding);
  };

  if (forced) {
    segments.forEach((seg, i) => {
      const encoding = fontEncoding(seg) ?? forced;
      if (encoding !== 'viqr' && (!byteOf || seg.font === 'other')) return;
      const capitals = seg.font !== null && seg.font !== 'other' && seg.font.capitals;
      const after =
        encoding === 'viqr' ? decodeViqr(seg.text) : encoding === 'tcvn3' ? decodeTcvn3(seg.text, byteOf!, capitals) : decodeVni(seg.text, byteOf!);
      if (after !== seg.text) use(i, encoding, after);
    });
    return { converted, used, unicodeLeft: anyUnicodeLeft(segments, converted) };
  }

  const judge = rememberWords(judgeWord);
  // Evidence first: the runs set in a legacy font or showing a sign of legacy text, × every
  // encoding they could be in. Other runs are tried later, and only if an encoding is confirmed.
  const tried = segments.map((seg) => fontEncoding(seg) !== null || countLegacySigns(seg.text, byteOf, 1) > 0);
  const trials = segments.map((seg, i) => {
    const own = fontEncoding(seg);
    const map = new Map<LegacyTextEncoding, Trial>();
    if (!tried[i]) return map;
    for (const encoding of own ? [own] : LEGACY_TEXT_ENCODINGS) {
      const trial = tryEncoding(encoding, seg, byteOf, judge);
      if (trial) map.set(encoding, trial);
    }
    return map;
  });

  const byFont = new Map<LegacyTextEncoding, Totals>();
  const byContent = new Map<LegacyTextEncoding, Totals>();
  segments.forEach((seg, i) => {
    const own = fontEncoding(seg);
    for (const [encoding, trial] of trials[i]!) {
      const bucket = own === encoding ? byFont : byContent;
      let t = bucket.get(encoding);
      if (!t) bucket.set(encoding, (t = emptyTotals()));
      add(t, trial);
    }
  });
  const fontConfirmed = new Set([...byFont].filter(([, t]) => confirmedByFont(t)).map(([e]) => e));
  // A run whose font was not confirmed is judged on its content, like a run without font.
  segments.forEach((seg, i) => {
    const own = fontEncoding(seg);
    const trial = own ? trials[i]!.get(own) : undefined;
    if (own && trial && !fontConfirmed.has(own)) {
      let t = byContent.get(own);
      if (!t) byContent.set(own, (t = emptyTotals()));
      add(t, trial);
    }
  });
  let contentEncoding: LegacyTextEncoding | null = null;
  let bestGain = 0;
  // Counted only when some run is judged on content: most documents never need it.
  let documentWords = 0;
  if (byContent.size > 0) for (const seg of segments) documentWords += countWords(seg.text);
  for (const [encoding, t] of byContent) {
    const gain = t.validAfter - t.validBefore;
    if (confirmedByContent(t, documentWords) && gain > bestGain) {
      contentEncoding = encoding;
      bestGain = gain;
    }
  }
  // Runs without a font follow the document's encoding: the one found by content, else the one font.
  const documentEncoding = contentEncoding ?? (fontConfirmed.size === 1 ? [...fontConfirmed][0]! : null);

  segments.forEach((seg, i) => {
    const own = fontEncoding(seg);
    if (own && fontConfirmed.has(own)) {
      const trial = trials[i]!.get(own);
      if (trial && trial.validAfter >= trial.validBefore) use(i, own, trial.after);
      return;
    }
    if (!documentEncoding) return;
    const trial = tried[i] ? trials[i]!.get(documentEncoding) : (tryEncoding(documentEncoding, seg, byteOf, judge) ?? undefined);
    const better = trial && (plainText ? trial.validAfter >= trial.validBefore : trial.validAfter > trial.validBefore);
    if (trial && better) use(i, documentEncoding, trial.after);
  });
  return { converted, used, unicodeLeft: anyUnicodeLeft(segments, converted) };
}

function countWords(text: string): number {
  let n = 0;
  const words = new RegExp(WORD_RE);
  for (let m = words.exec(text); m !== null; m = words.exec(text)) if (wordCore(m[0]) !== null) n++;
  return n;
}

function anyUnicodeLeft(segments: readonly Segment[], converted: readonly (string | null)[]): boolean {
  return segments.some((seg, i) => {
    if (converted[i] !== null) return false;
    for (let k = 0; k < seg.text.length; k++) if (isVietnameseUnicode(seg.text.charCodeAt(k))) return true;
    return false;
  });
}
