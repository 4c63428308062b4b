/**
 * Reading the noun phrases around a document reference or an award: who issued or
 * confers it (`của UBND tỉnh`, `Chủ tịch UBND tỉnh ... ban hành`), and where clauses end.
 *
 * Everything here walks the text word by word within a bounded window, so the cost of a
 * call does not depend on the length of the text, and no regular expression backtracks
 * over more than one word.
 */
import { alternation, skipSpaces, stickyEnd, wordAt, type TextRange } from '../../text/reading-kit.js';
import { BODY_ABBREVIATIONS, ISSUER_HEADS } from '../../vi/abbreviations.js';
import {
  AGENT_STOPS as AGENT_STOP_WORDS,
  BODY_NAME_STOPS,
  CAPITALISED_BODY_NAME_STOPS,
  COMMA_CONTINUATIONS as COMMA_CONTINUATION_WORDS,
  HEAD_COMPLEMENTS as HEAD_COMPLEMENT_WORDS,
} from '../../vi/body-name-words.js';

const DASH_AT = /[-–—](?=[ \t\u00A0])/y;
/** An abbreviation (`(TĐKT)`) or a term (`Bộ Chính trị (khóa XI)`) in brackets, part of a name. */
const PAREN_ABBR_AT = /\((?:[\p{Lu}&-]{2,12}|(?:kh[oó]a|khoá)[ \t]{1,3}[IVXLC]{1,7})\)/uy;
const HEAD_AT = new RegExp(`(?:${alternation([...ISSUER_HEADS, ...BODY_ABBREVIATIONS])})(?![\\p{L}\\p{N}])`, 'uy');

/** Whether a body or office name begins at `pos` (`UBND`, `Chủ tịch`, `Bộ`, case-sensitive). */
export function headAt(text: string, pos: number): boolean {
  return stickyEnd(HEAD_AT, text, pos) >= 0;
}

/**
 * The key a word is compared with stop lists by: lower-case words as they are, words in
 * capitals (headlines: `CỦA THỦ TƯỚNG`) lower-cased. A capitalised word is a name part
 * (`Khen thưởng` in `Hội đồng Thi đua - Khen thưởng`) and never a stop word.
 */
export function stopKey(word: string): string | null {
  if (word === word.toLowerCase()) return word;
  if (word.length > 1 && word === word.toUpperCase()) return word.toLowerCase();
  return null;
}

const NAME_STOPS: ReadonlySet<string> = new Set(BODY_NAME_STOPS);

const CAPITALISED_NAME_STOPS: ReadonlySet<string> = new Set(CAPITALISED_BODY_NAME_STOPS);

/**
 * Generic heads that need a complement (`Ban tổ chức Huyện ủy`, `Ban chỉ đạo`, `Hội đồng
 * khen thưởng`), and the stop words that right after them are that complement, not a verb.
 */
const COMPLEMENTED_HEAD_AT = /(?:Ban|Hội đồng|Ủy ban|Uỷ ban|Tiểu ban|Tổ)(?![\p{L}\p{N}])/uy;
const HEAD_COMPLEMENTS: ReadonlySet<string> = new Set(HEAD_COMPLEMENT_WORDS);

const COMMA_CONTINUATIONS: ReadonlySet<string> = new Set(COMMA_CONTINUATION_WORDS);

/** Options for {@link readName}. */
export interface ReadNameOptions {
  /** Most words to take. */
  readonly maxWords?: number;
  /** Where reading must stop (exclusive). */
  readonly limit?: number;
  /**
   * Tells whether a `và` at this offset starts a new item rather than continuing the name
   * (`của Bộ Chính trị và Kế hoạch số ...`): the callers pass their own table-built check.
   */
  readonly isItemStart?: (pos: number) => boolean;
  /** Extra lower-case stop words for this caller. */
  readonly stops?: ReadonlySet<string>;
}

/**
 * Reads the name of a body or office that starts at `start` (`UBND tỉnh`, `Hội đồng Thi
 * đua - Khen thưởng Trung ương`, `Bộ Giáo dục và Đào tạo`, `Khối thi đua các bộ, ngành
 * Khoa học - Văn hóa - Xã hội`) and returns its range, or null when no word is there.
 * Stops at punctuation, at stop words ({@link NAME_STOPS}), at `và` followed by a
 * lower-case word or a new item, and after `maxWords` words.
 */
export function readName(text: string, start: number, options: ReadNameOptions = {}): TextRange | null {
  const maxWords = options.maxWords ?? 14;
  const limit = Math.min(options.limit ?? text.length, text.length);
  let pos = skipSpaces(text, start);
  let lastEnd = -1;
  const complementedHeadEnd = stickyEnd(COMPLEMENTED_HEAD_AT, text, pos);
  // `steps` also counts the dashes, brackets and commas taken, so no input keeps the loop going.
  for (let words = 0, steps = 0; words < maxWords && steps < 2 * maxWords && pos < limit; steps++) {
    const w = wordAt(text, pos);
    if (w) {
      if (w.end > limit) break;
      const word = text.slice(w.start, w.end);
      const next = peekWord(text, w.end);
      const complement = lastEnd >= 0 && lastEnd === complementedHeadEnd && isComplement(word, next);
      if (lastEnd >= 0 && !complement && isStop(word, next, options.stops)) break;
      if (word === 'và' || word === 'VÀ') {
        if (!next || !/^\p{Lu}/u.test(next.word) || options.isItemStart?.(next.start)) break;
      }
      lastEnd = w.end;
      words++;
      // A word ending in a full stop that is not an abbreviation's dot ends the sentence.
      if (text.charAt(w.end) === '.' && !/^\p{Lu}{1,3}$/u.test(word)) break;
      pos = skipSpaces(text, endOfRawWord(text, w.end));
      if (pos === w.end && pos < limit && !/[-–—(,]/.test(text.charAt(pos))) break;
      continue;
    }
    if (lastEnd < 0) break;
    const dashEnd = stickyEnd(DASH_AT, text, pos);
    if (dashEnd >= 0) {
      // `Thi đua - Khen thưởng`: a spaced dash joins two capitalised parts of one name.
      const next = peekWord(text, dashEnd);
      if (!next || !/^\p{Lu}/u.test(next.word)) break;
      pos = next.start;
      continue;
    }
    const parenEnd = stickyEnd(PAREN_ABBR_AT, text, pos);
    if (parenEnd >= 0) {
      // `Ban Thi đua - Khen thưởng (TĐKT) Trung ương`, `Bộ Chính trị (khóa XI)`: part of the name.
      lastEnd = parenEnd;
      pos = skipSpaces(text, parenEnd);
      continue;
    }
    if (text.charAt(pos) === ',') {
      const next = peekWord(text, pos + 1);
      const two = next ? peekTwo(text, next) : null;
      if (!next || !(COMMA_CONTINUATIONS.has(next.word) || (two !== null && COMMA_CONTINUATIONS.has(two)))) break;
      pos = next.start;
      continue;
    }
    break;
  }
  return lastEnd < 0 ? null : { start: skipSpaces(text, start), end: lastEnd };
}

/** Skips a word's trailing joiners that {@link wordAt} trimmed (the dot of `TP.`). */
function endOfRawWord(text: string, end: number): number {
  let e = end;
  for (let n = 0; n < 4 && /[.'’/]/.test(text.charAt(e)) && /[ \t\u00A0]/.test(text.charAt(e + 1)); n++) e++;
  return e;
}

/** The next word after spaces, if any. */
function peekWord(text: string, pos: number): { word: string; start: number; end: number } | null {
  const p = skipSpaces(text, pos);
  const w = wordAt(text, p);
  return w ? { word: text.slice(w.start, w.end), start: w.start, end: w.end } : null;
}

/** The word after `w` joined to it by a space, as `w next`. */
function peekTwo(text: string, w: { word: string; end: number }): string | null {
  const n = peekWord(text, w.end);
  return n ? `${w.word} ${n.word}` : null;
}

/** Whether `word` (with the next) is a complement of a generic head (`tổ chức` after `Ban`). */
function isComplement(word: string, next: { word: string } | null): boolean {
  return HEAD_COMPLEMENTS.has(word) || (next !== null && HEAD_COMPLEMENTS.has(`${word} ${next.word}`));
}

function isStop(word: string, next: { word: string } | null, extra?: ReadonlySet<string>): boolean {
  if (CAPITALISED_NAME_STOPS.has(word) || (next !== null && CAPITALISED_NAME_STOPS.has(`${word} ${next.word}`))) return true;
  const key = stopKey(word);
  if (key === null) return false;
  if (NAME_STOPS.has(key) || extra?.has(key)) return true;
  const nextKey = next ? stopKey(next.word) : null;
  if (nextKey === null) return false;
  const two = `${key} ${nextKey}`;
  return NAME_STOPS.has(two) || (extra?.has(two) ?? false);
}

const AGENT_STOPS: ReadonlySet<string> = new Set(AGENT_STOP_WORDS);

/**
 * Finds the body or office that acts in the clause ending at `end` (`UBND tỉnh` in `Hôm
 * qua, UBND tỉnh đã ban hành`, `Chủ tịch UBND tỉnh` in `đề nghị Chủ tịch UBND tỉnh
 * tặng`): the words after the last clause boundary and the last linking word, from the
 * first that begins a body's name (see {@link headAt}). Returns null when there is none.
 */
export function findAgentBefore(text: string, end: number, floor = 0): TextRange | null {
  const from = Math.max(floor, end - 160);
  let start = from;
  for (let i = end - 1; i >= from; i--) {
    const c = text.charAt(i);
    if (/[;:!?\n“”",]/.test(c)) { start = i + 1; break; }
    if (c === '.' && /\s/.test(text.charAt(i + 1))) { start = i + 1; break; }
  }
  const words: TextRange[] = [];
  for (let p = skipSpaces(text, start); p < end && words.length < 40; ) {
    const w = wordAt(text, p);
    if (w) {
      if (w.end > end) break;
      words.push(w);
      p = skipSpaces(text, endOfRawWord(text, w.end));
      if (p === w.end) p++;
    } else {
      p++;
    }
  }
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as TextRange;
    const key = stopKey(text.slice(w.start, w.end));
    const next = words[i + 1];
    const nextKey = next ? stopKey(text.slice(next.start, next.end)) : null;
    if (key !== null && nextKey !== null && AGENT_STOPS.has(`${key} ${nextKey}`)) first = i + 2;
    else if (key !== null && AGENT_STOPS.has(key)) {
      // `và` inside a name (`Bộ Giáo dục và Đào tạo`) is not a boundary.
      if (key === 'và' && next && /^\p{Lu}/u.test(text.slice(next.start, next.end)) && i > first) continue;
      first = i + 1;
    }
  }
  for (let i = first; i < words.length; i++) {
    const w = words[i] as TextRange;
    if (headAt(text, w.start)) {
      const last = words[words.length - 1] as TextRange;
      if (words.length - i > 14) return null;
      return { start: w.start, end: last.end };
    }
  }
  return null;
}
