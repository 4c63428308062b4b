/**
 * Recognises administrative-unit words (`huyện`, `thị xã`, `TP.`) at a word position.
 * Shared by the member-list reader and the place extractor.
 */
import { ADMIN_UNIT_WORDS, ADMIN_WORD_COMPOUNDS, type AdminLevel } from '../../vi/admin-units.js';
import { gapBefore, isCapitalised, isSpaceGap, keyOf, tokenize, type Seq } from '../../text/reading-kit.js';

/** An administrative word found in a text. */
export interface AdminWordMatch {
  /** How many words it spans (`thị xã` → 2). */
  readonly length: number;
  readonly level: AdminLevel;
  readonly abbreviation: boolean;
}

interface PreparedAdminWord {
  readonly keys: readonly string[];
  readonly written: readonly string[];
  readonly level: AdminLevel;
  readonly abbreviation: boolean;
  readonly capitalisable: boolean;
}

/** For each admin word, the keys of the words before it that make a compound (`hợp tác xã`). */
const COMPOUNDS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = new Map(
  [...ADMIN_WORD_COMPOUNDS].map(([word, befores]) => [keyOf(word), befores.map((b) => tokenize(b).map((w) => keyOf(w.text)))]),
);

/** The admin words split into words once, longest first so `thị xã` wins over `xã`. */
const PREPARED: readonly PreparedAdminWord[] = ADMIN_UNIT_WORDS.map((a) => {
  const written = tokenize(a.written).map((w) => w.text);
  return { keys: written.map(keyOf), written, level: a.level, abbreviation: a.abbreviation, capitalisable: a.capitalisable };
}).sort((a, b) => b.keys.length - a.keys.length);

/** {@link PREPARED} by the key of their first word, in the same order: most words of a text start none. */
const BY_FIRST_KEY: ReadonlyMap<string, readonly PreparedAdminWord[]> = (() => {
  const map = new Map<string, PreparedAdminWord[]>();
  for (const a of PREPARED) {
    const first = a.keys[0]!;
    const list = map.get(first);
    if (list) list.push(a);
    else map.set(first, [a]);
  }
  return map;
})();

/**
 * The administrative word that starts at word `i`, if any.
 * Abbreviations must be written as listed (`TP`, `Tp`, not `tp`) and must not be glued to
 * `&` or `/` (`TT&TT` is "Thông tin và Truyền thông", not a town). Words must be lower case,
 * or capitalised for those that may open a sentence (`Huyện Đắk Song ...`).
 * @param seq the text and its words
 * @param i the word position
 */
export function adminWordAt(seq: Seq, i: number): AdminWordMatch | null {
  const first = seq.words[i];
  if (first === undefined) return null;
  const candidates = BY_FIRST_KEY.get(seq.keys[i] ?? '');
  if (candidates === undefined) return null;
  for (const a of candidates) {
    if (!sameWords(seq, i, a.keys)) continue;
    if (a.abbreviation) {
      if (first.text !== a.written[0]) continue;
      const before = seq.text.charAt(first.start - 1);
      const after = seq.text.charAt(first.end);
      if (before === '&' || before === '/' || after === '&' || after === '/') continue;
    } else if (isCapitalised(first.text)) {
      if (!a.capitalisable) continue;
      // `Xã hội`, `Tỉnh ủy`: a capitalised admin word is only one when all its letters after the first are lower case.
      if (first.text.slice(1) !== first.text.slice(1).toLowerCase()) continue;
    }
    if (isCompound(seq, i)) return null;
    return { length: a.keys.length, level: a.level, abbreviation: a.abbreviation };
  }
  return null;
}

/** `hợp tác xã`, `nông thôn`, `văn bản`: the word before makes the admin word part of another word. */
function isCompound(seq: Seq, i: number): boolean {
  const befores = COMPOUNDS.get(seq.keys[i] ?? '');
  if (befores === undefined) return false;
  return befores.some((b) => b.every((key, n) => {
    const at = i - b.length + n;
    return seq.keys[at] === key && isSpaceGap(gapBefore(seq.text, seq.words, at + 1));
  }));
}

function sameWords(seq: Seq, i: number, keys: readonly string[]): boolean {
  for (let k = 0; k < keys.length; k++) {
    if (seq.keys[i + k] !== keys[k]) return false;
    if (k > 0 && !isSpaceGap(gapBefore(seq.text, seq.words, i + k))) return false;
  }
  return true;
}

/**
 * Whether the gap after an administrative word lets a name follow: spaces, or a dot after an
 * abbreviation (`TP. Gia Nghĩa`, `TP.Thuận An`).
 */
export function isAdminNameGap(gap: string, abbreviation: boolean): boolean {
  if (isSpaceGap(gap)) return true;
  if (!abbreviation) return false;
  const t = gap.trim();
  return t === '.' && gap.length <= 3;
}
