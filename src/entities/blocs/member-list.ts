/**
 * Reads a bloc's member list: `Ủy ban MTTQ, Hội Nông dân, Tỉnh đoàn và Liên đoàn Lao động`,
 * `huyện Trảng Bom, Long Thành và 2 thành phố Biên Hòa, Long Khánh`,
 * `các sở Nội vụ, Tài chính, Kế hoạch và Đầu tư; Ban Dân tộc tỉnh, ...`.
 *
 * The list is cut into pieces at `,`, `;` and `và`; pieces are then put together into members.
 * A comma does not always separate members (`Bộ Văn hóa, Thể thao và Du lịch`): a piece that
 * starts with a unit head (`Sở`, `Hội`, `Bộ`, ...) starts a member, a piece without one joins
 * the member before it, unless it is a proper name (`Huyện ủy Ea H’leo, Krông Pắc`).
 * Members are kept as written: under a plural head (`các sở Nội vụ, Tài chính`) each name is a
 * member as it stands (`Nội vụ`), as the record's convention asks.
 */
import {
  BLOC_WORDS,
  DOTTED_ABBREVIATIONS,
  GUEST_MARKERS,
  LIST_JOINERS,
  NAME_STOP_WORDS,
  NOT_UNIT_HEADS,
  NOUNS_HOLDING_STOP_WORDS,
  PLURAL_HEADS,
  SUBGROUP_OPENER,
  UNIT_HEADS,
} from '../../vi/unit-patterns.js';
import { foldSpace } from '../../text/normalize.js';
import { adminWordAt, isAdminNameGap } from './admin-words.js';
import { numberAt } from './introducers.js';
import { isFieldHead, readFieldRun } from './field-run.js';
import {
  PhraseSet,
  gapBefore,
  isAllCaps,
  isCapitalised,
  isDashGap,
  isLowerInitial,
  isSpaceGap,
  wordIndexAtOrAfter,
  type Seq,
} from '../../text/reading-kit.js';

/** A member list as read. */
export interface MemberList {
  readonly members: string[];
  /** Offset of the list's first word (an administrative prefix included). */
  readonly start: number;
  /** End offset of the last member. */
  readonly end: number;
}

type Separator = 'start' | 'comma' | 'semicolon' | 'and';

/** A run of words between separators. */
interface Piece {
  readonly first: number;
  readonly last: number;
  readonly sep: Separator;
}

/** A member being assembled. */
interface Item {
  first: number;
  last: number;
  /** Words of an administrative prefix (`huyện`, `2 thành phố`) at the start. */
  readonly prefixWords: number;
  /** Joined to the one before by `và` only: may be merged back when the count asks for it. */
  readonly weakAnd: boolean;
}

const HEADS = new PhraseSet(UNIT_HEADS);
const NOT_HEADS = new PhraseSet(NOT_UNIT_HEADS);
const PLURAL = new PhraseSet(PLURAL_HEADS);
const STOPS = new PhraseSet(NAME_STOP_WORDS);
const NOT_STOPS = new PhraseSet(NOUNS_HOLDING_STOP_WORDS);
const GUESTS = new PhraseSet(GUEST_MARKERS);
const JOINERS = new PhraseSet(LIST_JOINERS);
const DOTTED = new Set(DOTTED_ABBREVIATIONS);
const BLOC_HEADS = new Set(BLOC_WORDS.filter((w) => !w.includes(' ')));
/** Bounds that keep the reader linear and stop it from wandering into prose. */
const MAX_LIST_CHARS = 2000;
const MAX_PIECES = 80;
const MAX_PIECE_WORDS = 25;
const MAX_PAREN_CHARS = 300;
const MAX_PROPER_WORDS = 5;
/** A parenthetical: `(` then at most 300 characters that are not brackets, then `)`. One bounded class: linear. */
const PAREN_RE = /\([^()]{0,300}\)/g;

/**
 * Reads the member list that starts at word `startWord`.
 * @param seq the text and its words
 * @param startWord index of the list's first word
 * @param declaredCount the count the text declares, used to rejoin `A và B` into one member when the list has too many
 * @returns the members and where they stand, or null when no member could be read
 */
export function parseMemberList(seq: Seq, startWord: number, declaredCount: number | null): MemberList | null {
  const pieces = collectPieces(seq, startWord);
  let items = assemble(seq, pieces);
  // The declared count chooses between two readings: when the units' grammar does not give
  // it, every piece as written (sub-groups and all) may.
  if (declaredCount !== null && items.length !== declaredCount) {
    const asWritten = piecesAsWritten(seq, pieces);
    if (asWritten.length === declaredCount) items = asWritten;
  }
  if (items.length === 0) return null;
  mergeWeakAnds(items, declaredCount);
  stripSharedPrefixes(items);
  const members: string[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    const text = itemText(seq, it);
    const key = text.toLowerCase();
    if (text.length === 0 || seen.has(key)) continue;
    seen.add(key);
    members.push(text);
  }
  const last = items[items.length - 1];
  const startW = seq.words[startWord];
  const endW = last === undefined ? undefined : seq.words[last.last];
  if (members.length === 0 || startW === undefined || endW === undefined) return null;
  return { members, start: startW.start, end: endW.end };
}

/** Cuts the list into pieces until something that cannot continue a list (a full stop, a colon, a quote). */
function collectPieces(seq: Seq, startWord: number): Piece[] {
  const pieces: Piece[] = [];
  const begin = seq.words[startWord]?.start ?? 0;
  let sep: Separator = 'start';
  let first = -1;
  let k = startWord;
  while (k < seq.words.length && pieces.length < MAX_PIECES) {
    const w = seq.words[k];
    if (w === undefined || w.start - begin > MAX_LIST_CHARS) break;
    if (first < 0) {
      // `A, B, và C`: a `và` opening a piece is part of the separator.
      if (seq.keys[k] === 'và' && sep !== 'start' && isSpaceGap(gapBefore(seq.text, seq.words, k + 1))) {
        sep = 'and';
        k++;
        continue;
      }
      first = k;
    }
    if (k - first >= MAX_PIECE_WORDS) {
      pieces.push({ first, last: k, sep });
      break;
    }
    const next = k + 1;
    if (next >= seq.words.length) {
      pieces.push({ first, last: k, sep });
      break;
    }
    const gap = gapBefore(seq.text, seq.words, next);
    // `các Sở: Tư pháp, Nội vụ`: the colon after a plural head opens its names.
    const afterPluralHead = gap.trim() === ':' && pluralHeadAt(seq, first) === k - first + 1;
    if (isInnerGap(gap, w.text) || afterPluralHead) {
      if (seq.keys[next] === 'và' && isSpaceGap(gapBefore(seq.text, seq.words, next + 1))) {
        pieces.push({ first, last: k, sep });
        sep = 'and';
        first = -1;
        k = next + 1;
        continue;
      }
      k = next;
      continue;
    }
    pieces.push({ first, last: k, sep });
    const after = separatorAfter(seq, k, gap);
    if (after === null) break;
    sep = after.sep;
    first = -1;
    k = after.next;
  }
  return pieces;
}

/** Gaps inside one piece: spaces, dashes, `&`, `/`, the dot of `TP.`. */
function isInnerGap(gap: string, prevWord: string): boolean {
  if (isSpaceGap(gap) || isDashGap(gap) || gap === '&' || gap === ' & ' || gap === '/') return true;
  return DOTTED.has(prevWord) && gap.trim() === '.' && gap.length <= 2;
}

/**
 * What comes after a piece that ends at word `k` with `gap` after it: the next separator and
 * where the next piece starts, or null when the list ends there. Parentheticals
 * (`Liên đoàn Lao động (Khối thi đua)`) are skipped.
 */
function separatorAfter(seq: Seq, k: number, gap: string): { sep: Separator; next: number } | null {
  let g = gap;
  let next = k + 1;
  if (g.includes('(')) {
    const from = seq.words[k]?.end ?? 0;
    const close = seq.text.indexOf(')', from);
    if (close < 0 || close - from > MAX_PAREN_CHARS) return null;
    next = wordIndexAtOrAfter(seq.words, close + 1);
    const nextWord = seq.words[next];
    if (nextWord === undefined) return null;
    g = seq.text.slice(close + 1, nextWord.start);
    if (g.includes('(')) return null;
    if (isSpaceGap(g) && seq.keys[next] === 'và') {
      return isSpaceGap(gapBefore(seq.text, seq.words, next + 1)) ? { sep: 'and', next: next + 1 } : null;
    }
  }
  const t = g.trim();
  if (t === ',') return { sep: 'comma', next };
  if (t === ';') {
    // `...; Cụm thi đua số 2 gồm ...`: the next bloc begins.
    return BLOC_HEADS.has(seq.keys[next] ?? '') ? null : { sep: 'semicolon', next };
  }
  return null;
}

/** Unit head at the start of a piece (`Sở`, `Hội`, `Ủy ban`, `UBND`), written with a capital. */
function headAt(seq: Seq, i: number): number {
  const w = seq.words[i];
  if (w === undefined || !isCapitalised(w.text)) return 0;
  if (NOT_HEADS.matchAt(seq, i) > 0) return 0;
  return HEADS.matchAt(seq, i);
}

/**
 * `các sở`, `những hội`, `các Sở:` (capitalised only before a colon): returns the number of
 * words (2+) or 0.
 */
function pluralHeadAt(seq: Seq, i: number): number {
  const k = seq.keys[i];
  const next = seq.words[i + 1];
  if ((k !== 'các' && k !== 'những') || next === undefined) return 0;
  const len = PLURAL.matchAt(seq, i + 1);
  if (len === 0) return 0;
  const colonAfter = gapBefore(seq.text, seq.words, i + 1 + len).trim() === ':';
  return isLowerInitial(next.text) || colonAfter ? len + 1 : 0;
}

/** `huyện`, `2 thành phố`, `TP.` before a capitalised name: returns the prefix's words or 0. */
function adminPrefixAt(seq: Seq, i: number): number {
  const counted = numberAt(seq, i) !== null ? 1 : 0;
  const admin = adminWordAt(seq, i + counted);
  if (admin === null) return 0;
  const nameAt = i + counted + admin.length;
  const name = seq.words[nameAt];
  if (name === undefined || !isTitleWord(name.text)) return 0;
  if (!isAdminNameGap(gapBefore(seq.text, seq.words, nameAt), admin.abbreviation)) return 0;
  return counted + admin.length;
}

/** A capitalised word that is not an acronym (`Long`, `H’leo`; not `UBND`). */
function isTitleWord(word: string): boolean {
  return isCapitalised(word) && !isAllCaps(word.replace(/['’]/g, ''));
}

/** How many title-case words run from `i` (at most to `last`). */
function properRun(seq: Seq, i: number, last: number): number {
  let n = 0;
  for (let k = i; k <= last && n < MAX_PROPER_WORDS; k++) {
    const w = seq.words[k];
    if (w === undefined || !isTitleWord(w.text)) break;
    if (k > i) {
      const g = gapBefore(seq.text, seq.words, k);
      if (!isSpaceGap(g) && !isDashGap(g)) break;
    }
    n++;
  }
  return n;
}

/**
 * The last word of a member that starts at `first`, cut before a verb (`Thị ủy Buôn Hồ đã tổ
 * chức ...`). A stop word written with a capital is part of the name (`Ban Tổ chức Tỉnh ủy`),
 * and so is one inside a noun (`Ban Quản lý dự án`, `các công trình`).
 */
function cutAtStop(seq: Seq, first: number, last: number): { last: number; cut: boolean } {
  for (let k = first + 1; k <= last; k++) {
    if (isStopAt(seq, k)) return { last: k - 1, cut: true };
  }
  return { last, cut: false };
}

function isStopAt(seq: Seq, k: number): boolean {
  const w = seq.words[k];
  if (w === undefined || STOPS.matchAt(seq, k) === 0) return false;
  // The noun may start here (`dự án`) or one word before (`công trình`).
  return !isCapitalised(w.text) && NOT_STOPS.matchAt(seq, k) === 0 && NOT_STOPS.matchAt(seq, k - 1) < 2;
}

/**
 * Puts pieces together into members. The first piece decides the list's kind:
 * organisations (`Sở ...`), a plural head (`các sở ...`), or places (`huyện A`, `A`).
 */
function assemble(seq: Seq, pieces: readonly Piece[]): Item[] {
  const first = pieces[0];
  if (first === undefined) return [];
  if (headAt(seq, first.first) > 0 || pluralHeadAt(seq, first.first) > 0) return assembleUnits(seq, pieces);
  if (adminPrefixAt(seq, first.first) > 0 || properRun(seq, first.first, first.last) > 0) return assemblePlaces(seq, pieces);
  return [];
}

/** A list of places or bare names: every piece is one member, `[count] [admin word] Name`. */
function assemblePlaces(seq: Seq, pieces: readonly Piece[]): Item[] {
  const items: Item[] = [];
  for (const p of pieces) {
    const prefix = adminPrefixAt(seq, p.first);
    const run = properRun(seq, p.first + prefix, p.last);
    if (run === 0) break;
    const last = p.first + prefix + run - 1;
    items.push({ first: p.first, last, prefixWords: prefix, weakAnd: false });
    if (last < p.last) break;
  }
  return items;
}

/** A list of organisations; see the module comment. */
function assembleUnits(seq: Seq, pieces: readonly Piece[]): Item[] {
  const items: Item[] = [];
  // Inside `các sở Nội vụ, Tài chính, ...` (a plural head over several names).
  let inGroup = false;
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n];
    if (p === undefined) break;
    const prev = items[items.length - 1];
    const plural = pluralHeadAt(seq, p.first);
    if (plural > 0) {
      inGroup = true;
      const cut = cutAtStop(seq, p.first + plural, p.last);
      items.push({ first: p.first + plural, last: cut.last, prefixWords: 0, weakAnd: false });
      if (cut.cut) break;
      continue;
    }
    const head = headAt(seq, p.first);
    const fields = head > 0 && isFieldHead(seq, p.first, head) ? readFieldRun(seq, p.first + head) : [];
    const fieldsEnd = fields.length >= 2 ? pieces.findIndex((q, m) => m >= n && q.last === fields[fields.length - 1]?.[1]) : -1;
    if (fieldsEnd >= 0) {
      // `Sở Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch`: one head, several fields.
      inGroup = false;
      fields.forEach(([a, b], f) => items.push({ first: f === 0 ? p.first : a, last: b, prefixWords: 0, weakAnd: f === 0 && p.sep === 'and' }));
      n = fieldsEnd;
      continue;
    }
    if (head > 0) {
      inGroup = false;
      const cut = cutAtStop(seq, p.first, p.last);
      items.push({ first: p.first, last: cut.last, prefixWords: 0, weakAnd: p.sep === 'and' });
      if (cut.cut) break;
      continue;
    }
    if (p.sep === 'semicolon') inGroup = false;
    const w = seq.words[p.first];
    if (w === undefined || prev === undefined) break;
    if (inGroup) {
      // `các sở Nội vụ, Tài chính, Kế hoạch và Đầu tư, Tư pháp`: inside the group a `và` joins
      // unless it ends the group (`..., Nội vụ và Tư pháp`).
      const joins = p.sep === 'and' && !endsGroup(seq, pieces, n);
      if (joins || isLowerInitial(w.text)) {
        if (isLowerInitial(w.text) && startsGuests(seq, p)) break;
        prev.last = p.last;
        continue;
      }
      const cut = cutAtStop(seq, p.first, p.last);
      items.push({ first: p.first, last: cut.last, prefixWords: 0, weakAnd: false });
      if (cut.cut) break;
      continue;
    }
    if (p.sep === 'semicolon') break;
    const admin = adminPrefixAt(seq, p.first);
    const run = properRun(seq, p.first + admin, p.last);
    if (admin > 0 || (run > 0 && run === p.last - p.first + 1)) {
      // `Huyện ủy Ea H’leo, Krông Pắc, Krông Búk`: a bare proper name is a member of its own.
      const last = p.first + admin + Math.max(run, 1) - 1;
      items.push({ first: p.first, last, prefixWords: 0, weakAnd: false });
      if (last < p.last) break;
      continue;
    }
    if (isLowerInitial(w.text) && startsGuests(seq, p)) break;
    // `Bộ Văn hóa, Thể thao và Du lịch`, `Sở Khoa học và công nghệ`: part of the member before.
    const cut = cutAtStop(seq, p.first - 1, p.last);
    if (cut.last < p.first) break;
    prev.last = cut.last;
    if (cut.cut) break;
  }
  return items;
}

/**
 * Every piece as one member, as written: `Cao su Kon Tum`, `732`. A piece after `;` that
 * opens a sub-group (`2 đơn vị thuộc Binh đoàn 15 là Công ty 78`) starts after its `là`; a
 * joiner inside a piece (`Đăk Uy cùng với Công ty Hưng Việt`) splits it. Each member starts
 * with a capital or a number; the list ends at the first piece that does not.
 */
function piecesAsWritten(seq: Seq, pieces: readonly Piece[]): Item[] {
  const items: Item[] = [];
  for (const p of pieces) {
    let first = p.first;
    if (p.sep === 'semicolon') {
      for (let k = p.first; k < p.last; k++) {
        if (seq.keys[k] === SUBGROUP_OPENER) {
          first = k + 1;
          break;
        }
      }
    }
    for (let k = first + 1; k < p.last; k++) {
      const joiner = JOINERS.matchAt(seq, k);
      if (joiner === 0) continue;
      if (!startsNamedItem(seq, first)) return items;
      items.push({ first, last: k - 1, prefixWords: 0, weakAnd: false });
      first = k + joiner;
      k = first;
    }
    if (!startsNamedItem(seq, first)) return items;
    items.push({ first, last: p.last, prefixWords: 0, weakAnd: false });
  }
  return items;
}

function startsNamedItem(seq: Seq, i: number): boolean {
  const w = seq.words[i];
  return w !== undefined && (isCapitalised(w.text) || numberAt(seq, i) !== null);
}

/** The piece after `n` leaves the group (or there is none): the `và` before `n` ends the group. */
function endsGroup(seq: Seq, pieces: readonly Piece[], n: number): boolean {
  const next = pieces[n + 1];
  if (next === undefined || next.sep === 'semicolon') return true;
  return headAt(seq, next.first) > 0 || pluralHeadAt(seq, next.first) > 0;
}

/** `đại diện Ban ...`, `lãnh đạo các sở`, a verb, or a unit named further on: not a member's tail. */
function startsGuests(seq: Seq, p: Piece): boolean {
  if (GUESTS.matchAt(seq, p.first) > 0 || isStopAt(seq, p.first)) return true;
  for (let k = p.first + 1; k <= p.last; k++) {
    // A head that ends the piece is the owner of what comes before (`chăm sóc sức khỏe cán bộ
    // Tỉnh ủy`), not a unit named further on.
    const len = headAt(seq, k);
    if (len > 0 && k + len - 1 < p.last) return true;
  }
  return false;
}

/**
 * `Văn phòng Đoàn ĐBQH và Hội đồng nhân dân tỉnh` is one office, `Văn phòng UBND tỉnh và
 * Thanh tra tỉnh` two members. When the list is longer than the declared count, members
 * joined by `và` alone are merged back, earlier ones first: the last `và` of a list is the
 * one that usually separates members.
 */
function mergeWeakAnds(items: Item[], declaredCount: number | null): void {
  if (declaredCount === null) return;
  const order: number[] = [];
  for (let i = 1; i < items.length; i++) if (items[i]?.weakAnd === true) order.push(i);
  const toMerge = new Set<number>();
  for (const i of order) {
    if (items.length - toMerge.size <= declaredCount) break;
    toMerge.add(i);
  }
  for (let i = items.length - 1; i >= 1; i--) {
    if (!toMerge.has(i)) continue;
    const it = items[i];
    const prev = items[i - 1];
    if (it === undefined || prev === undefined) continue;
    prev.last = it.last;
    items.splice(i, 1);
  }
}

/**
 * `huyện Trảng Bom, Long Thành, Nhơn Trạch`: an administrative word followed by bare names
 * applies to all of them, so it is dropped and every member is the bare name. Where each
 * member has its own (`TP Hồ Chí Minh, TP Cần Thơ`), members are kept as written.
 */
function stripSharedPrefixes(items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const next = items[i + 1];
    if (it === undefined || it.prefixWords === 0 || next === undefined || next.prefixWords > 0) continue;
    items[i] = { ...it, first: it.first + it.prefixWords, prefixWords: 0 };
  }
}

/** The member's text: its words as written, parentheticals removed, white space folded. */
function itemText(seq: Seq, it: Item): string {
  const a = seq.words[it.first];
  const b = seq.words[it.last];
  if (a === undefined || b === undefined || b.end < a.start) return '';
  return foldSpace(seq.text.slice(a.start, b.end).replace(PAREN_RE, ''));
}
