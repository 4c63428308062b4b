/**
 * Provinces and other administrative places an article names, as bare names
 * (`tỉnh Ninh Thuận` → `Ninh Thuận`, `TPHCM` → `Hồ Chí Minh`, `xã Thuận Hạnh` → `Thuận Hạnh`).
 *
 * Two readers:
 * - the gazetteer (`src/vi/admin-units.ts`): provinces, capitals and well-known towns, found
 *   with or without an administrative word before them;
 * - an administrative word followed by a capitalised name (`xã Đắk R'moan`, `phường An Bình`),
 *   and counted lists (`04 xã gồm: Đức Mạnh (Đắk Mil); Thuận Hạnh, Nam Bình`).
 *
 * Left out, as the gold does: the country (`Việt Nam`), names inside a university's name
 * (`Đại học Quốc gia Hà Nội` is an institution, not a place the article is about), person
 * names after `tỉnh` (`Phó Chủ tịch UBND tỉnh Trương Thanh Tùng`), and districts listed as a
 * bloc's members (they are the bloc's units; the article is about their province).
 */
import type { BodyContext, EntityContext } from '../context.js';
import { foldSpace } from '../text/normalize.js';
import {
  LOCATIVE_PREPOSITIONS,
  NOT_PLACE_NAME_STARTS,
  NOT_PLACES,
  PERSON_NAME_WORDS as PERSON_NAME_LIST,
  PLACE_LIST_COUNTERS,
  PROVINCES,
  REGION_SUFFIXES,
  TOWNS,
  type AdminLevel,
  type GazetteerEntry,
} from '../vi/admin-units.js';
import { UNIT_HEADS } from '../vi/unit-patterns.js';
import { adminWordAt, isAdminNameGap, type AdminWordMatch } from './blocs/admin-words.js';
import {
  PhraseSet,
  SpanIndex,
  gapBefore,
  isAllCaps,
  isCapitalised,
  isDigits,
  isMostlyUpperCase,
  isSpaceGap,
  keyOf,
  makeSeq,
  tokenize,
  wordIndexAtOrAfter,
  type Seq,
} from '../text/reading-kit.js';
import { memberListSpans, type BlocReading } from './blocs/reading.js';

/** One spelling of a gazetteer place, split into word keys. */
interface Spelling {
  readonly keys: readonly string[];
  /** Punctuation between the words (`''` for a space, `-`, `.`). */
  readonly gaps: readonly string[];
  readonly entry: GazetteerEntry | null;
  /** Counts only after an administrative word. */
  readonly prefixOnly: boolean;
  /** A proper name that is not a place (`Thái Bình Dương`): skipped whole. */
  readonly blocked: boolean;
}

/** A place found in a text. */
interface FoundPlace {
  readonly name: string;
  readonly level: AdminLevel;
  readonly start: number;
}

/** Longest place name read after an administrative word, in words. */
const MAX_RUN_WORDS = 5;
const MAX_PLACE_WORDS = 4;
/** Items in a counted list (`04 xã gồm: ...`). */
const MAX_LIST_ITEMS = 30;
const MAX_PAREN_CHARS = 120;

const PERSON_NAME_WORDS = new Set(PERSON_NAME_LIST);
const NOT_NAME_STARTS = new PhraseSet([...UNIT_HEADS, ...NOT_PLACE_NAME_STARTS]);
const LIST_COUNTERS = new Set(PLACE_LIST_COUNTERS);
const REGION_WORDS = new Set(REGION_SUFFIXES);
const LOCATIVES = new Set(LOCATIVE_PREPOSITIONS);

const GAZETTEER = buildGazetteer();

/**
 * Extracts the places an article names: title first, then body, then captions.
 * @param body the article body
 * @param ctx the title and the picture captions, which count as the article's text
 * @returns bare place names, deduplicated, in order of first appearance
 */
export function extractPlaces(body: BodyContext, ctx: EntityContext): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (places: readonly FoundPlace[]): void => {
    for (const p of places) {
      const key = keyOf(p.name);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(p.name);
    }
  };
  if (ctx.title !== null) add(scanText(makeSeq(ctx.title), null));
  add(scanText(body.words, overviewListSpans(body.blocs)));
  for (const caption of ctx.captions) if (typeof caption === 'string') add(scanText(makeSeq(caption), null));
  return out;
}

/**
 * The member lists whose districts are not places the article is about: those of an overview
 * that lists the members of several blocs (`Cụm thi đua số 1 gồm ... ; Cụm thi đua số 2 gồm
 * ...`). An article about one bloc is about its members' places (`Cụm thi đua số 3 gồm 4 huyện
 * Tam Nông, Thanh Bình ...`); null then, nothing skipped.
 */
function overviewListSpans(reading: BlocReading): SpanIndex | null {
  const owners = new Set(reading.lists.map((a) => a.mention.key.join(' ')));
  return owners.size >= 2 ? new SpanIndex(memberListSpans(reading)) : null;
}

/**
 * Finds the places of one text.
 * @param seq the text and its words
 * @param memberSpans offsets of bloc member lists, where only provinces count (null outside the body)
 */
function scanText(seq: Seq, memberSpans: SpanIndex | null): FoundPlace[] {
  const allCaps = isMostlyUpperCase(seq.text);
  const found: FoundPlace[] = [];
  const keep = (p: FoundPlace | null, firstWord: number): void => {
    if (p === null || inUniversityName(seq, firstWord)) return;
    if (p.level !== 'province' && memberSpans?.covers(p.start) === true) return;
    found.push(p);
  };
  for (let i = 0; i < seq.words.length; i++) {
    const admin = adminWordAt(seq, i);
    if (admin !== null) {
      if (!allCaps) for (const p of countedList(seq, i, admin)) keep(p, i);
      const read = afterAdminWord(seq, i, admin.length, admin.level, admin.abbreviation, allCaps);
      if (read !== null) {
        keep(read.place, i);
        i = read.last;
        continue;
      }
    }
    const g = matchGazetteer(seq, i, allCaps);
    if (g === null) continue;
    const last = i + g.spelling.keys.length - 1;
    if (!g.spelling.blocked && !g.spelling.prefixOnly && g.spelling.entry !== null && (allCaps || standsAlone(seq, i, last))) {
      keep({ name: g.spelling.entry.name, level: g.spelling.entry.level, start: seq.words[i]?.start ?? 0 }, i);
    }
    i = last;
  }
  // A counted list reports its items when its administrative word is read: put them in text order.
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Reads the name after an administrative word at `i` (`tỉnh Ninh Thuận`, `TP. Gia Nghĩa`,
 * `xã Thuận Hạnh`). Returns the place (or null for a name that is not one) and the last word
 * read, or null when no name follows.
 */
function afterAdminWord(
  seq: Seq,
  i: number,
  length: number,
  level: AdminLevel,
  abbreviation: boolean,
  allCaps: boolean,
): { place: FoundPlace | null; last: number } | null {
  const j = i + length;
  const start = seq.words[i]?.start ?? 0;
  if (!isAdminNameGap(gapBefore(seq.text, seq.words, j), abbreviation)) return null;
  // After `tỉnh`/`thành phố` the name is a province's even when a later word lost its capital
  // (`tỉnh Bà Rịa Vũng tàu`).
  const g = longer(matchGazetteer(seq, j, allCaps), level === 'province' ? matchGazetteer(seq, j, allCaps, true) : null);
  // `xã Vinh Hà` is not `Vinh`: a gazetteer name counts when the name ends with it. A province's
  // name is complete as it stands: `Tỉnh Phú Yên Người ký: ...` ends the place at `Yên`.
  const isProvince = g?.spelling.entry?.level === 'province' && level === 'province';
  if (g !== null && (allCaps || isProvince || !continuesProperName(seq, j + g.spelling.keys.length - 1))) {
    const last = j + g.spelling.keys.length - 1;
    const e = g.spelling.entry;
    return { place: g.spelling.blocked || e === null ? null : { name: e.name, level: e.level, start }, last };
  }
  if (allCaps) return null;
  const run = placeRun(seq, j);
  if (run === 0) return null;
  return { place: { name: wordsText(seq, j, j + run - 1), level, start }, last: j + run - 1 };
}

/**
 * Names listed after a counted administrative word: `04 xã gồm: Đức Mạnh (Đắk Mil); Đắk
 * R'moan; Thuận Hạnh, Nam Bình`, `2 huyện Tuy Đức và Đắk Glong`, `10 xã (Quảng Tín, Đắk Wer)`.
 */
function countedList(seq: Seq, i: number, admin: AdminWordMatch): FoundPlace[] {
  if (admin.abbreviation || !isSpaceGap(gapBefore(seq.text, seq.words, i))) return [];
  // The count may stand before the units' acronym: `6 LĐLĐ quận: Hoàn Kiếm, ...`.
  const acronym = isAllCaps(seq.words[i - 1]?.text ?? '') && isSpaceGap(gapBefore(seq.text, seq.words, i - 1)) ? 1 : 0;
  const counter = i - 1 - acronym;
  const prev = seq.words[counter];
  if (prev === undefined || !(isDigits(prev.text) || LIST_COUNTERS.has(seq.keys[counter] ?? ''))) return [];
  let k = i + admin.length;
  if (seq.keys[k] === 'gồm' || seq.keys[k] === 'là') k += seq.keys[k + 1] === 'có' ? 2 : 1;
  const opening = gapBefore(seq.text, seq.words, k).trim();
  if (!(opening === '' || opening === ':' || opening === '(')) return [];
  const out: FoundPlace[] = [];
  for (let n = 0; n < MAX_LIST_ITEMS && k < seq.words.length; n++) {
    const found = matchGazetteer(seq, k, false);
    if (found?.spelling.blocked === true) break;
    const g = found !== null && !continuesProperName(seq, k + found.spelling.keys.length - 1) ? found : null;
    const len = g !== null ? g.spelling.keys.length : placeRun(seq, k, true);
    if (len === 0) break;
    const name = g?.spelling.entry?.name ?? wordsText(seq, k, k + len - 1);
    out.push({ name, level: g?.spelling.entry?.level ?? admin.level, start: seq.words[k]?.start ?? 0 });
    k = nextListItem(seq, k + len - 1);
    if (k < 0) break;
  }
  return out;
}

/** Where the next item of a counted list begins after word `last`, skipping a parenthetical; -1 at the end. */
function nextListItem(seq: Seq, last: number): number {
  const lastWord = seq.words[last];
  if (lastWord === undefined) return -1;
  let k = last + 1;
  let gap = gapBefore(seq.text, seq.words, k);
  if (gap.includes('(')) {
    const close = seq.text.indexOf(')', lastWord.end);
    if (close < 0 || close - lastWord.end > MAX_PAREN_CHARS) return -1;
    k = wordIndexAtOrAfter(seq.words, close + 1);
    const w = seq.words[k];
    if (w === undefined) return -1;
    gap = seq.text.slice(close + 1, w.start);
  }
  const t = gap.trim();
  if (t === ',' || t === ';') return seq.keys[k] === 'và' ? k + 1 : k;
  if (t === '' && seq.keys[k] === 'và') return k + 1;
  return -1;
}

/**
 * The number of words of a place name read at `j` after an administrative word: title-case
 * words, at most four, not a person's name, not an organisation. 0 when there is none.
 * `listed`: the name is an item of a counted list, where a family name may open it.
 */
function placeRun(seq: Seq, j: number, listed = false): number {
  let n = 0;
  for (let k = j; k < seq.words.length && n < MAX_RUN_WORDS; k++) {
    const w = seq.words[k];
    if (w === undefined || !isTitleWord(w.text)) break;
    // Spaces only: `Đắk Som - Đắk R'măng` is a road between two places; dashed names are in the gazetteer.
    if (k > j && !isSpaceGap(gapBefore(seq.text, seq.words, k))) break;
    n++;
  }
  // In a counted list of places a family name opens a place's name (`Hoàng Mai`, `Lê Chân`).
  if (n === 0 || (!listed && PERSON_NAME_WORDS.has(seq.keys[j] ?? '')) || NOT_NAME_STARTS.matchAt(seq, j) > 0) return 0;
  // `Đông Nam bộ`, `Tây Nam Bộ`: a region, not a place.
  if (REGION_WORDS.has(seq.keys[j + n - 1] ?? '') || (REGION_WORDS.has(seq.keys[j + n] ?? '') && isSpaceGap(gapBefore(seq.text, seq.words, j + n)))) return 0;
  // `xã Thuận Hạnh Nguyễn Văn A`: a family name after the second word starts a person's name.
  if (n >= 4) {
    for (let k = 2; k < n; k++) {
      if (PERSON_NAME_WORDS.has(seq.keys[j + k] ?? '')) {
        n = k;
        break;
      }
    }
  }
  return n >= 2 && n <= MAX_PLACE_WORDS ? n : 0;
}

/**
 * A capitalised word that is not an acronym (`Đắk`, `R'moan`, `A`; not `UBND`, `NTM`), has
 * no digit, and no capital after a small letter (`NôngBáo`: two words glued by a page's markup).
 */
function isTitleWord(word: string): boolean {
  return isCapitalised(word) && !isAllCaps(word.replace(/['’]/g, '')) && !HAS_DIGIT_RE.test(word) && !GLUED_RE.test(word);
}
const HAS_DIGIT_RE = /\p{N}/u;
/** A small letter followed by a capital (an apostrophe between them is fine: `G'Long`, `N'Đir`). */
const GLUED_RE = /\p{Ll}\p{Lu}/u;

/**
 * A bare gazetteer name stands alone when it is not glued to a person's name
 * (`Nguyễn Hòa Bình`) or to a longer proper name (`Hà Nội Mới`, `Đắk Nông Điện tử`).
 */
function standsAlone(seq: Seq, first: number, last: number): boolean {
  const prev = seq.words[first - 1];
  if (prev !== undefined && isSpaceGap(gapBefore(seq.text, seq.words, first)) && isCapitalised(prev.text)
    && PERSON_NAME_WORDS.has(seq.keys[first - 1] ?? '')) return false;
  return !continuesProperName(seq, last);
}

/** The word after `last` continues a proper name (a title word, not a family name starting a person's name). */
function continuesProperName(seq: Seq, last: number): boolean {
  const next = seq.words[last + 1];
  return next !== undefined && isSpaceGap(gapBefore(seq.text, seq.words, last + 1)) && isTitleWord(next.text)
    && !PERSON_NAME_WORDS.has(seq.keys[last + 1] ?? '');
}

/** Whether the words just before `i` are a university's or school's name (`Đại học Quốc gia ...`). */
function inUniversityName(seq: Seq, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    const key = seq.keys[k];
    const next = seq.keys[k + 1];
    if (LOCATIVES.has(key ?? '')) return false;
    if ((key === 'đại' && next === 'học') || (key === 'học' && next === 'viện') || (key === 'cao' && next === 'đẳng')) return true;
    if (key === 'trường' && isCapitalised(seq.words[k]?.text ?? '')) return true;
    if (!isSpaceGap(gapBefore(seq.text, seq.words, k + 1))) return false;
  }
  return false;
}

/** The text of words `a`..`b`, white space folded. */
function wordsText(seq: Seq, a: number, b: number): string {
  const x = seq.words[a];
  const y = seq.words[b];
  return x === undefined || y === undefined ? '' : foldSpace(seq.text.slice(x.start, y.end));
}

/** The match with more words (the first on a tie). */
function longer(a: { spelling: Spelling } | null, b: { spelling: Spelling } | null): { spelling: Spelling } | null {
  if (a === null || b === null) return a ?? b;
  return b.spelling.keys.length > a.spelling.keys.length ? b : a;
}

/** The longest gazetteer spelling at word `i`, written with capitals (any case in an all-caps text). */
function matchGazetteer(seq: Seq, i: number, allCaps: boolean, firstCapitalOnly = false): { spelling: Spelling } | null {
  const list = GAZETTEER.get(seq.keys[i] ?? '');
  if (list === undefined) return null;
  for (const spelling of list) {
    if (spellingMatches(seq, i, spelling, allCaps, firstCapitalOnly)) return { spelling };
  }
  return null;
}

function spellingMatches(seq: Seq, i: number, s: Spelling, allCaps: boolean, firstCapitalOnly: boolean): boolean {
  for (let k = 0; k < s.keys.length; k++) {
    const w = seq.words[i + k];
    if (w === undefined || seq.keys[i + k] !== s.keys[k]) return false;
    if (!allCaps && !isCapitalised(w.text) && !(firstCapitalOnly && k > 0)) return false;
    if (k > 0 && !sameGap(gapBefore(seq.text, seq.words, i + k), s.gaps[k - 1] ?? '')) return false;
  }
  return true;
}

/** Gaps match when both are spaces or dashes (`Bà Rịa - Vũng Tàu` / `Bà Rịa-Vũng Tàu`), or the same mark (`TP.HCM`). */
function sameGap(gap: string, want: string): boolean {
  if (gap.length > 4) return false;
  const t = normaliseGap(gap);
  if (want === '' || want === '-') return (t === '' && gap.length > 0) || t === '-';
  return t === want;
}

function normaliseGap(gap: string): string {
  return gap.trim().replace(/[–—]/g, '-');
}

/** Indexes every spelling by its first word key, longest first. */
function buildGazetteer(): Map<string, Spelling[]> {
  const index = new Map<string, Spelling[]>();
  const put = (written: string, entry: GazetteerEntry | null, prefixOnly: boolean, blocked: boolean): void => {
    const words = tokenize(written);
    const keys = words.map((w) => keyOf(w.text));
    const gaps = words.slice(1).map((w, n) => normaliseGap(written.slice(words[n]?.end ?? 0, w.start)));
    const first = keys[0];
    if (first === undefined) return;
    const list = index.get(first) ?? [];
    list.push({ keys, gaps, entry, prefixOnly, blocked });
    index.set(first, list);
  };
  for (const entry of [...PROVINCES, ...TOWNS]) {
    const prefixOnly = new Set(entry.prefixOnly ?? []);
    for (const written of [entry.name, ...(entry.variants ?? [])]) if (!prefixOnly.has(written)) put(written, entry, false, false);
    for (const written of prefixOnly) put(written, entry, true, false);
  }
  for (const written of NOT_PLACES) put(written, null, false, true);
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}
