/**
 * A run of known fields under one head: `Sở Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và
 * Du lịch` is three departments, and the commas and `và` inside a known field (`Văn hóa, Thể
 * thao và Du lịch`) do not separate members. The fields and heads are the tables of
 * `src/vi/public-bodies.ts`.
 */
import { findUnitHeadNoun, managementFieldForms } from '../../vi/public-bodies.js';
import { gapBefore, isSpaceGap, keyOf, tokenize, type Seq } from '../../text/reading-kit.js';

/** Word keys of every written form of every field, by first key, longest first. */
const FIELDS_BY_FIRST: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const map = new Map<string, string[][]>();
  for (const form of managementFieldForms()) {
    const keys = tokenize(form).map((w) => keyOf(w.text));
    const first = keys[0];
    if (first === undefined) continue;
    const list = map.get(first) ?? [];
    list.push(keys);
    map.set(first, list);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
})();

/** Fields read in one run at most: the cap keeps the reader linear on hostile input. */
const MAX_FIELDS = 30;

/**
 * Whether the head of `length` words at `i` distributes over the fields after it (`Sở`, `Bộ`,
 * `Phòng`).
 */
export function isFieldHead(seq: Seq, i: number, length: number): boolean {
  const a = seq.words[i];
  const b = seq.words[i + length - 1];
  if (a === undefined || b === undefined) return false;
  const noun = findUnitHeadNoun(seq.text.slice(a.start, b.end));
  return noun !== undefined && noun.takesField && noun.distributes;
}

/**
 * The known fields that follow one another from word `i`, each `[first, last]`, separated by
 * a comma or `và`. Empty when the words at `i` are not a known field.
 * @param seq the text and its words
 * @param i the word after the head
 */
export function readFieldRun(seq: Seq, i: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = i;
  while (out.length < MAX_FIELDS) {
    const n = fieldAt(seq, k);
    if (n === 0) break;
    out.push([k, k + n - 1]);
    const next = nextField(seq, k + n - 1);
    if (next < 0) break;
    k = next;
  }
  return out;
}

/** Words of the longest known field at `k` that ends before a separator or the list's end; 0 if none. */
function fieldAt(seq: Seq, k: number): number {
  for (const keys of FIELDS_BY_FIRST.get(seq.keys[k] ?? '') ?? []) {
    if (!keys.every((key, j) => seq.keys[k + j] === key)) continue;
    const after = gapBefore(seq.text, seq.words, k + keys.length);
    // A field ends where the name ends: not before another word of the same name.
    if (!isSpaceGap(after) || seq.keys[k + keys.length] === 'và' || k + keys.length >= seq.words.length) return keys.length;
  }
  return 0;
}

/** Where the field after the one ending at `last` starts (after `,`, `, và` or `và`), or -1. */
function nextField(seq: Seq, last: number): number {
  const gap = gapBefore(seq.text, seq.words, last + 1).trim();
  let k = last + 1;
  if (gap === ',') {
    if (seq.keys[k] === 'và' && isSpaceGap(gapBefore(seq.text, seq.words, k + 1))) k++;
    return k < seq.words.length ? k : -1;
  }
  if (gap === '' && seq.keys[k] === 'và' && isSpaceGap(gapBefore(seq.text, seq.words, k + 1))) return k + 1 < seq.words.length ? k + 1 : -1;
  return -1;
}
