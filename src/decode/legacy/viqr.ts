/**
 * VIQR text (RFC 1456) to Unicode, with the tables of `src/vi/legacy-encodings/viqr.ts`.
 */
import { rememberWords } from '../../text/remember-words.js';
import { judgeWord } from '../../vi/syllable.js';
import { VIQR_D_BAR, VIQR_ESCAPE, VIQR_QUALITY, VIQR_TONES, VIQR_VOWELS } from '../../vi/legacy-encodings/viqr.js';

const QUALITY: ReadonlyMap<string, readonly [string, string]> = new Map(VIQR_QUALITY.map(([c, mark, bases]) => [c, [mark, bases] as const]));
const TONE: ReadonlyMap<string, string> = new Map(VIQR_TONES);
const D_BAR: ReadonlyMap<string, string> = new Map(VIQR_D_BAR);
/** Characters a backslash makes literal. */
const ESCAPABLE: ReadonlySet<string> = new Set([...QUALITY.keys(), ...TONE.keys(), VIQR_ESCAPE]);
/** Closing punctuation that may follow a word's last mark: `(ha.)`, `"Nam."`. */
const CLOSERS: ReadonlySet<string> = new Set([')', ']', '}', '"', '\u201d', '\u00bb', ',', ';', ':', '!']);
const WORD_RE = /\S+/g;

/** True when `c` is a VIQR mark character (quality or tone). */
export function isViqrMark(c: string): boolean {
  return QUALITY.has(c) || TONE.has(c);
}

/** Decodes the marks of one word, without any guess about sentence punctuation. */
function decodeMarks(word: string): string {
  let out = '';
  let i = 0;
  const n = word.length;
  while (i < n) {
    const c = word[i]!;
    if (c === VIQR_ESCAPE && i + 1 < n) {
      const next = word[i + 1]!;
      const prev = i > 0 ? word[i - 1]! : '';
      if (ESCAPABLE.has(next)) {
        out += next;
        i += 2;
        continue;
      }
      // Between two d's the backslash only keeps them apart: `d\d` is `dd`, `D\DD` is `DĐ`.
      if ((next === 'd' || next === 'D') && (prev === 'd' || prev === 'D')) {
        i++;
        continue;
      }
    }
    if (VIQR_VOWELS.includes(c)) {
      let s = c;
      i++;
      const quality = i < n ? QUALITY.get(word[i]!) : undefined;
      if (quality && quality[1].includes(c.toLowerCase())) {
        s += quality[0];
        i++;
      }
      const tone = i < n ? TONE.get(word[i]!) : undefined;
      if (tone) {
        s += tone;
        i++;
      }
      out += s;
      continue;
    }
    const bar = i + 1 < n ? D_BAR.get(c + word[i + 1]!) : undefined;
    if (bar) {
      out += bar;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return out.normalize('NFC');
}

/**
 * Decodes one word. A `.` or `?` ending the word may be a tone or sentence punctuation (RFC 1456
 * asks writers to escape the latter, few did): it is read as punctuation when only that reading
 * gives a Vietnamese syllable (`to^i.` → `tôi.`, but `ha.` → `hạ`).
 */
function decodeWord(word: string): string {
  const full = decodeMarks(word);
  let end = word.length;
  while (end > 0 && CLOSERS.has(word[end - 1]!)) end--;
  const last = word[end - 1];
  if (end < 2 || (last !== '.' && last !== '?') || word[end - 2] === VIQR_ESCAPE) return full;
  const alt = decodeMarks(word.slice(0, end - 1)) + word.slice(end - 1);
  if (alt === full) return full;
  return judgeWord(full) !== true && judgeWord(alt) === true ? alt : full;
}

/**
 * Converts VIQR text to NFC Unicode.
 *
 * @example decodeViqr('Vie^.t Nam') // 'Việt Nam'
 */
export function decodeViqr(text: string): string {
  // Each distinct word is decoded once (see remember-words.ts).
  return text.replace(WORD_RE, rememberWords(decodeWord));
}
