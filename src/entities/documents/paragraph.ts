/**
 * The paragraph view the document passes share, and small helpers over it.
 */
import type { BodyView } from '../../extract/types.js';
import { lowerSameLength, type TextRange } from './phrases.js';

/** One paragraph as the passes see it: original text, lower-cased copy, offset in the body. */
export interface Para {
  readonly text: string;
  readonly lower: string;
  readonly offset: number;
}

/**
 * The paragraphs to scan, each with a lower-cased copy for matching; a body without
 * paragraph offsets is one paragraph. Paragraphs whose offsets do not point at their text
 * are skipped rather than given wrong spans.
 */
export function paragraphsOf(body: BodyView): readonly Para[] {
  const known = parasByBody.get(body);
  if (known) return known;
  const list = body.paragraphs.length > 0 ? body.paragraphs : [{ text: body.text, start: 0, end: body.text.length }];
  const paras = list
    .filter((p) => p.text.length > 0 && body.text.startsWith(p.text, p.start))
    .map((p) => ({ text: p.text, lower: lowerSameLength(p.text), offset: p.start }));
  parasByBody.set(body, paras);
  return paras;
}

/** Several passes scan the same body: its paragraphs and their lower-cased copies are made once. */
const parasByBody = new WeakMap<BodyView, readonly Para[]>();

/**
 * The characters of a paragraph that a reference already covers. A mask rather than a
 * list of ranges, so that checking a candidate costs its own length, not the number of
 * references found before it.
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

/** The text of a reference as it stands, white space folded. */
export function rawSlice(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/[\s\u00A0]+/g, ' ').replace(/(?<![\s,;:])[\s,;:]+$/u, '').trim();
}

/** The index of the first match of a global pattern in `s`, or `orElse`; the smaller of the two when both exist. */
export function firstIndex(re: RegExp, s: string, orElse: number): number {
  re.lastIndex = 0;
  const m = re.exec(s);
  if (!m) return orElse;
  return orElse >= 0 ? Math.min(orElse, m.index) : m.index;
}

/** Runs a sticky pattern at `pos`; the match and where it ends, or null. */
export function stickyExec(re: RegExp, text: string, pos: number): { match: RegExpExecArray; end: number } | null {
  re.lastIndex = pos;
  const match = re.exec(text);
  return match ? { match, end: re.lastIndex } : null;
}
