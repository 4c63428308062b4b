/**
 * Finds where a bloc's member list begins and the count the text declares for it.
 *
 * Three shapes, from real articles:
 * - after the bloc's name: `Khối ..., gồm 06 đơn vị: A, B`, `Cụm ... gồm 5 đơn vị là A, B`,
 *   `Khối ... có 10 đơn vị thành viên, bao gồm: A, B`, `Cụm ... gồm huyện A, huyện B`;
 * - a count before the bloc word: `09 đơn vị trong Khối: A, B`;
 * - a stand-alone `các đơn vị: A, B` in a sentence about the bloc.
 */
import {
  ATTENDANCE_EVENTS,
  ATTENDANCE_VERBS,
  ATTENDEE_TITLES,
  BLOC_QUALIFIER_WORDS,
  COUNT_NOUNS,
  COUNT_TO_BLOC_LINKS,
  LEADER_WORDS,
  LIST_INTRODUCERS,
  LIST_OPENER_WORDS,
  MAX_ATTENDED_EVENT_WORDS,
  NUMBER_WORDS,
  PLURAL_HEADS,
} from '../../vi/unit-patterns.js';
import { adminWordAt } from './admin-words.js';
import type { BlocMention } from './mentions.js';
import { PhraseSet, gapBefore, isCapitalised, isDigits, isSpaceGap, type Seq } from '../../text/reading-kit.js';

/** Where a member list begins. */
export interface ListStart {
  /** Index of the list's first word. */
  readonly word: number;
  /** The declared count (`gồm 06 đơn vị` → 6), else null. */
  readonly count: number | null;
  /** Offset where the introducing words begin. */
  readonly introStart: number;
}

const INTRODUCERS = new PhraseSet(LIST_INTRODUCERS);
const COUNTED = new PhraseSet(COUNT_NOUNS);
const LINKS = new Set(COUNT_TO_BLOC_LINKS);
const OPENERS = new Set(LIST_OPENER_WORDS);
const PLURAL = new PhraseSet(PLURAL_HEADS);
const ATTEND = new PhraseSet(ATTENDANCE_VERBS);
const EVENTS = new PhraseSet(ATTENDANCE_EVENTS);
const ATTENDEES = new PhraseSet(ATTENDEE_TITLES);
const LEADERS = new PhraseSet(LEADER_WORDS);
/** Words skipped between a name and its introducer (`Cụm thi đua số 6 Tỉnh ủy gồm ...`). */
const MAX_QUALIFIER_WORDS = 8;
const QUALIFIER_WORDS = new Set(BLOC_QUALIFIER_WORDS);
/** Words between the introducer and the `:` or `là` that opens the list (`gồm 5 sở TT&TT các thành phố ... là`). */
const MAX_DESCRIPTOR_WORDS = 14;
/** Longest bracketed list read (the member-list reader bounds a bracket the same way). */
const MAX_BRACKET_CHARS = 300;
/** Characters that end the sentence a descriptor lives in. */
const SENTENCE_END = /[.;!?\n“”"]/u;

/** The number written at word `i` (`06`, `sáu`), else null. */
export function numberAt(seq: Seq, i: number): number | null {
  const w = seq.words[i];
  if (w === undefined) return null;
  if (isDigits(w.text) && w.text.length <= 3) return Number.parseInt(w.text, 10);
  return NUMBER_WORDS.get(seq.keys[i] ?? '') ?? null;
}

/**
 * The member list that follows a mention's name, if any.
 * @param seq the text and its words
 * @param m the mention
 */
export function listAfterMention(seq: Seq, m: BlocMention): ListStart | null {
  let k = m.lastWord + 1;
  const gap = gapBefore(seq.text, seq.words, k);
  // `các đơn vị trong cụm thi đua số 01 (thành phố Pleiku, huyện Đức Cơ, ...)`: the list in brackets.
  if (gap.trim() === '(' && gap.length <= 3 && startsListDirectly(seq, k) && listGoesOn(seq, k)) {
    const open = seq.words[k];
    return open === undefined ? null : { word: k, count: null, introStart: open.start - 1 };
  }
  if (!(isSpaceGap(gap) || (gap.trim() === ',' && gap.length <= 3))) return null;
  // A qualifier: capitalised words, each maybe followed by one lower-case syllable (`Tỉnh ủy`),
  // or an owner or a year (`của tỉnh`, `năm 2022`).
  for (let skipped = 0; skipped < MAX_QUALIFIER_WORDS && INTRODUCERS.matchAt(seq, k) === 0; skipped++) {
    const w = seq.words[k];
    const prev = seq.words[k - 1];
    const ok = w !== undefined && (isCapitalised(w.text) || QUALIFIER_WORDS.has(seq.keys[k] ?? '')
      || (isDigits(w.text) && seq.keys[k - 1] === 'năm')
      || (skipped > 0 && prev !== undefined && isCapitalised(prev.text)));
    if (!ok || !isQualifierGap(gapBefore(seq.text, seq.words, k + 1))) return null;
    k++;
  }
  const introLength = INTRODUCERS.matchAt(seq, k);
  const intro = seq.words[k];
  if (introLength === 0 || intro === undefined) return null;
  return listAfterIntroducer(seq, k + introLength, seq.keys[k] === 'có', intro.start);
}

/** Gaps inside a short qualifier (`Tỉnh ủy`, `Bộ TT&TT`). */
function isQualifierGap(gap: string): boolean {
  return isSpaceGap(gap) || gap === '&';
}

/**
 * Reads what follows an introducer: a colon, a count phrase closed by `:` or `là`,
 * or (after `gồm`) the list itself.
 */
function listAfterIntroducer(seq: Seq, p: number, needsCount: boolean, introStart: number): ListStart | null {
  const first = seq.words[p];
  if (first === undefined) return null;
  const gap = gapBefore(seq.text, seq.words, p);
  if (gap.includes(':') && !needsCount) return { word: p, count: null, introStart };
  const count = numberAt(seq, p);
  if (count === null && needsCount) return null;
  if (count === null && isSpaceGap(gap) && startsListDirectly(seq, p)) return { word: p, count: null, introStart };
  // `gồm 4 huyện Tam Nông, Thanh Bình, ...`: the count is the first member's prefix.
  if (count !== null && !needsCount && isSpaceGap(gap) && countedPlacesAt(seq, p)) return { word: p, count, introStart };
  const end = Math.min(seq.words.length, p + MAX_DESCRIPTOR_WORDS);
  for (let q = p + 1; q < end; q++) {
    const g = gapBefore(seq.text, seq.words, q);
    if (g.includes(':')) return { word: q, count, introStart };
    if (SENTENCE_END.test(g)) return null;
    if (OPENERS.has(seq.keys[q] ?? '') && q + 1 < seq.words.length) return { word: q + 1, count, introStart };
  }
  return null;
}

/** A comma within the bracket that opens at word `k`: a list, not one name (`Khối 1 (Sở Y tế)`). */
function listGoesOn(seq: Seq, k: number): boolean {
  const from = seq.words[k]?.start ?? 0;
  const close = seq.text.indexOf(')', from);
  if (close < 0 || close - from > MAX_BRACKET_CHARS) return false;
  return seq.text.slice(from, close).includes(',');
}

/** `4 huyện Tam Nông`: a count, an administrative word, then a capitalised name. */
function countedPlacesAt(seq: Seq, p: number): boolean {
  const admin = adminWordAt(seq, p + 1);
  const name = admin === null ? undefined : seq.words[p + 1 + admin.length];
  return name !== undefined && isCapitalised(name.text) && isSpaceGap(gapBefore(seq.text, seq.words, p + 1));
}

/** `gồm huyện A, ...`, `gồm Sở A, ...`, `gồm các sở A, B`: the list starts right after `gồm`. */
function startsListDirectly(seq: Seq, p: number): boolean {
  const w = seq.words[p];
  if (w === undefined) return false;
  if (isCapitalised(w.text) || adminWordAt(seq, p) !== null) return true;
  return (seq.keys[p] === 'các' || seq.keys[p] === 'những') && PLURAL.matchAt(seq, p + 1) > 0;
}

/**
 * A list announced by a count before the bloc word: `09 đơn vị trong Khối: A, B`.
 * @param seq the text and its words
 * @param m the mention right after the count phrase
 */
export function listAfterCountedMention(seq: Seq, m: BlocMention): ListStart | null {
  const link = m.firstWord - 1;
  if (!LINKS.has(seq.keys[link] ?? '') || !isSpaceGap(gapBefore(seq.text, seq.words, m.firstWord))) return null;
  for (let len = 1; len <= 3; len++) {
    const nounStart = link - len;
    if (nounStart < 1 || COUNTED.matchAt(seq, nounStart) !== len) continue;
    const count = numberAt(seq, nounStart - 1);
    const numberWord = seq.words[nounStart - 1];
    if (count === null || numberWord === undefined) continue;
    const after = m.lastWord + 1;
    if (!gapBefore(seq.text, seq.words, after).includes(':') || after >= seq.words.length) return null;
    return { word: after, count, introStart: numberWord.start };
  }
  return null;
}

/**
 * Stand-alone introducers: `các đơn vị: A, B`, `các đơn vị thành viên gồm: A, B`.
 * Which bloc they belong to is decided by the caller.
 * @param seq the text and its words
 */
export function findStandaloneListStarts(seq: Seq): ListStart[] {
  const out: ListStart[] = [];
  for (let i = 0; i < seq.words.length; i++) {
    if (seq.keys[i] !== 'các' || !isSpaceGap(gapBefore(seq.text, seq.words, i + 1))) continue;
    const len = COUNTED.matchAt(seq, i + 1);
    if (len === 0) continue;
    let p = i + 1 + len;
    const intro = INTRODUCERS.matchAt(seq, p);
    if (intro > 0 && seq.keys[p] !== 'có' && isSpaceGap(gapBefore(seq.text, seq.words, p))) p += intro;
    const start = seq.words[i];
    if (start === undefined || p >= seq.words.length) continue;
    if (gapBefore(seq.text, seq.words, p).includes(':')) out.push({ word: p, count: null, introStart: start.start });
  }
  return out;
}

/**
 * Lists of the units whose leaders attended a meeting: `Dự hội nghị có các đồng chí lãnh đạo
 * Văn phòng UBND tỉnh, Sở Nội vụ, ...`, `Tham dự Hội nghị có lãnh đạo các đơn vị: ...`.
 * Which bloc they belong to, and whether they count, is decided by the caller.
 * @param seq the text and its words
 */
export function findAttendanceListStarts(seq: Seq): ListStart[] {
  const out: ListStart[] = [];
  for (let i = 0; i < seq.words.length; i++) {
    const verb = ATTEND.matchAt(seq, i);
    if (verb === 0 || (seq.keys[i - 1] === 'tham' && seq.keys[i] === 'dự')) continue;
    const start = attendanceListAt(seq, i + verb);
    const intro = seq.words[i];
    if (start !== null && intro !== undefined) out.push({ word: start, count: null, introStart: intro.start });
  }
  return out;
}

/** After the verb of attending at `k`: the first word of the units' list, or null. */
function attendanceListAt(seq: Seq, k: number): number | null {
  if (EVENTS.matchAt(seq, k) === 0) return null;
  let p = k;
  const end = Math.min(seq.words.length, k + MAX_ATTENDED_EVENT_WORDS + 1);
  while (p < end && seq.keys[p] !== 'có') p++;
  if (seq.keys[p] !== 'có' || !spacedThrough(seq, k, p)) return null;
  let q = p + 1;
  q += ATTENDEES.matchAt(seq, q);
  const leaders = LEADERS.matchAt(seq, q);
  if (leaders === 0) return null;
  q += leaders;
  const counted = seq.keys[q] === 'các' ? COUNTED.matchAt(seq, q + 1) : 0;
  if (counted > 0) q += 1 + counted;
  if (!spacedThrough(seq, p, q - 1)) return null;
  const gap = gapBefore(seq.text, seq.words, q).trim();
  if (!(gap === '' || (gap === ':' && counted > 0))) return null;
  return startsListDirectly(seq, q) && q < seq.words.length ? q : null;
}

/** Whether words `a`..`b` are separated by spaces only. */
function spacedThrough(seq: Seq, a: number, b: number): boolean {
  for (let k = a + 1; k <= b; k++) if (!isSpaceGap(gapBefore(seq.text, seq.words, k))) return false;
  return true;
}
