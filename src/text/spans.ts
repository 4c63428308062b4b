/**
 * Spans of a text: `[start, end)` ranges, the set of spans a reader has claimed, the test
 * "is this offset inside a span", and the slicing and trimming of a span's text. Everything
 * keeps offsets: a range found in a lower-cased copy ({@link lowerSameLength}) is the same
 * range in the original.
 */
import { stickyEnd } from './regex.js';

/** `[start, end)` offsets into the text a function was given. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Lower-cases without changing offsets. Vietnamese letters keep their length under
 * `toLowerCase`, but a few other code points (`İ`) grow; those are kept as they are so
 * that an offset found in the copy is the same offset in the original.
 */
export function lowerSameLength(s: string): string {
  const lower = s.toLowerCase();
  if (lower.length === s.length) return lower;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}

/**
 * A word: letters and digits, with the joiners found inside Vietnamese names and codes
 * (`TT&TT`, `kinh tế-xã hội`, `TP.HCM`, `H’leo`). Bounded, so a run of 1 MB of letters
 * is read in pieces rather than backtracked over.
 */
const WORD_AT = /[\p{L}\p{N}][\p{L}\p{N}&'’./-]{0,40}/uy;

/** The word starting at `pos`, or null. */
export function wordAt(text: string, pos: number): TextRange | null {
  const end = stickyEnd(WORD_AT, text, pos);
  if (end < 0) return null;
  return { start: pos, end: trimTrailingJoiners(text, pos, end) };
}

/** Drops joiners a word may not end with (`tỉnh.` → `tỉnh`, `2021-` → `2021`). */
function trimTrailingJoiners(text: string, start: number, end: number): number {
  let e = end;
  while (e > start + 1 && /[.'’/-]/.test(text.charAt(e - 1))) e--;
  return e;
}

/** The offset after spaces at `pos` (or `pos` itself). */
export function skipSpaces(text: string, pos: number): number {
  let p = pos;
  for (let n = 0; n < 64 && p < text.length && /[ \t\u00A0]/.test(text.charAt(p)); n++) p++;
  return p;
}

/** Cuts trailing spaces and punctuation from a range. */
export function trimRange(text: string, r: TextRange): TextRange {
  let s = r.start;
  let e = r.end;
  while (s < e && /[\s,;:.\-–—“”"']/.test(text.charAt(s))) s++;
  while (e > s && /[\s,;:\-–—“”"']/.test(text.charAt(e - 1))) e--;
  return { start: s, end: e };
}

/** A slice with white space folded and quote marks dropped, or null when empty. */
export function cleanSlice(text: string, r: TextRange): string | null {
  const t = trimRange(text, r);
  // NFC again after the quotes go: a stray mark that followed a quote now follows a letter (`huyện"̣`).
  const s = text.slice(t.start, t.end).replace(/[\s\u00A0]+/g, ' ').replace(/[“”"]/g, '').normalize('NFC').trim();
  return s.length > 0 ? s : null;
}

/** The text of a span as it stands, white space folded. */
export function rawSlice(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\s\u00A0]+/g, ' ').replace(/(?<![\s,;:])[\s,;:]+$/u, '').trim();
}

/**
 * The characters of a text that a reader has already claimed. A mask rather than a
 * list of ranges, so that checking a candidate costs its own length, not the number of
 * spans claimed before it.
 */
export class Claims {
  /** Made at the first claim: most paragraphs cite nothing, and a typed array per paragraph is costly. */
  private mask: Uint8Array | null = null;

  constructor(private readonly length: number) {}

  add(r: TextRange): void {
    this.mask ??= new Uint8Array(this.length);
    this.mask.fill(1, Math.max(0, r.start), Math.min(this.length, r.end));
  }

  overlaps(r: TextRange): boolean {
    const mask = this.mask;
    if (mask === null) return false;
    for (let i = Math.max(0, r.start); i < r.end && i < this.length; i++) if (mask[i] === 1) return true;
    return false;
  }
}

/**
 * Answers "is this offset inside one of these spans?" in logarithmic time, so that checking
 * every candidate of a long text against every span stays fast.
 */
export class SpanIndex {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** @param spans `[start, end)` offsets, in any order, overlapping or not */
  constructor(spans: Iterable<readonly [number, number]>) {
    const sorted = [...spans].filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
    for (const [a, b] of sorted) {
      const last = this.ends.length - 1;
      const lastEnd = this.ends[last];
      if (lastEnd !== undefined && a <= lastEnd) this.ends[last] = Math.max(lastEnd, b);
      else {
        this.starts.push(a);
        this.ends.push(b);
      }
    }
  }

  /** Whether `pos` lies in a span. */
  covers(pos: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.starts[mid] ?? 0) <= pos) lo = mid + 1;
      else hi = mid;
    }
    const i = lo - 1;
    return i >= 0 && pos < (this.ends[i] ?? 0);
  }
}
