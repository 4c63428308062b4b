/**
 * Named emulation movements (`phong trào thi đua “Tuổi trẻ sáng tạo”`, `Cuộc vận động ...`)
 * and time-boxed drives (`đợt thi đua cao điểm ...`).
 *
 * - A quoted name is a movement when the nearest cue before it is `phong trào` or
 *   `cuộc vận động`; a cue such as `chủ đề`, `cuộc thi`, `danh hiệu`, `Chỉ thị ... về` makes it
 *   something else. Quoted names that follow one another (`“A”, “B” và “C”`) share the first
 *   one's reading, so one introducer covers a whole list.
 * - Broken quoting is common: `“A”, B”, “C”` and `Phong trào thi đua B”` (no opening quote)
 *   still delimit B; an unclosed `“A và “B”` still delimits A.
 * - Unquoted names count only when clearly delimited: a capitalised name right after the
 *   cue that runs to the end of its clause (`phong trào Đắk Nông chung tay xây dựng nông thôn
 *   mới;`), or a clause opened by `Cuộc vận động ...` whose predicate starts with `đã`, `được`...
 * - `đợt thi đua ...` is a campaign; its name runs from `đợt thi đua` to the end of the clause.
 */
import type { BodyContext, EntityContext } from '../context.js';
import type { Movement } from '../schema/record.js';
import { foldSpace } from '../text/normalize.js';
import {
  CAMPAIGN_CUES,
  CAMPAIGN_GENERIC_STARTS,
  CLAUSE_PREDICATES,
  EXAMPLE_INTRODUCERS,
  COPULAS as COPULA_WORDS,
  DEMONSTRATIVES as DEMONSTRATIVE_WORDS,
  GENERIC_NAME_STARTS,
  MOVEMENT_CUES,
  NOT_MOVEMENT_BEFORE_EMULATION,
  OTHER_CUES,
  PLURAL_BEFORE_CAMPAIGN,
  PLURAL_MARKERS,
  TENSE_MARKERS,
  UNQUOTED_NAME_ENDS,
} from '../vi/movement-words.js';
import { BLOC_WORDS, UNIT_HEADS } from '../vi/unit-patterns.js';
import {
  PhraseSet,
  SpanIndex,
  gapBefore,
  isAllCaps,
  isCapitalised,
  isDashGap,
  isDigits,
  isLowerInitial,
  isSpaceGap,
  alternation,
  makeSeq,
  wordIndexAtOrAfter,
  type Seq,
} from '../text/reading-kit.js';
import { WordStartPattern } from '../text/word-start.js';

/** A movement found in one text, with offsets in that text. */
interface Found {
  readonly name: string;
  readonly kind: Movement['kind'];
  readonly start: number;
  readonly end: number;
}

/** A quoted (or half-quoted) stretch of text. */
interface Quoted {
  /** Offset of the opening quote, or of the first word when there is none. */
  readonly outerStart: number;
  /** Offset just after the closing quote, or after the last word when there is none. */
  readonly outerEnd: number;
  readonly innerStart: number;
  readonly innerEnd: number;
}


const alt = (list: readonly string[]): string => alternation(list, { flexibleSpaces: true });
/**
 * All cues at once; the group that matched tells which kind. Literal alternatives only: linear. Not
 * right after a letter or mark, checked apart from the search (see word-start.ts: a leading
 * lookbehind made the search try every position).
 */
const CUE = new WordStartPattern(
  new RegExp(`(?:(${alt(MOVEMENT_CUES)})|(${alt(CAMPAIGN_CUES)})|(${alt(OTHER_CUES)}))(?![\\p{L}\\p{M}])`, 'giu'),
  /(?<=[\p{L}\p{M}])/uy,
);
/**
 * The movement cues alone, without the tests at their edges: every place a movement cue could be
 * found in any stretch of the text (see {@link MovementCueSpans}).
 */
const MOVEMENT_CUE_RE = new RegExp(alt(MOVEMENT_CUES), 'giu');
/** A movement cue with the words that usually follow it before the name. */
const TRIGGER_RE = /(?<![\p{L}\p{M}])(?:phong\s+trào|cuộc\s+vận\s+động)(?:\s+thi\s+đua)?(?:\s+yêu\s+nước)?(?![\p{L}\p{M}])/giu;
const MOVEMENT_CUE_RIGHT_BEFORE_RE = /(?<![\p{L}\p{M}])(?:phong\s{1,3}trào|cuộc\s{1,3}vận\s{1,3}động)(?:\s{1,3}thi\s{1,3}đua)?\s{1,3}$/iu;
/** `thi đua “...”` (the quote right after the bare word), and the words before it that make it something else. */
const EMULATION_RIGHT_BEFORE_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(${alternation(NOT_MOVEMENT_BEFORE_EMULATION, { flexibleSpaces: true })})\\s{1,3})?thi\\s{1,3}đua\\s{0,2}$`,
  'iu',
);
/**
 * `nhiều phong trào thiết thực như: A; B; C.`: a plural movement cue (the examples are of
 * movements, not of `nhiều điển hình` named after `cuộc vận động`), then in the same sentence an
 * introducer of examples and a colon. Bounded: at most 120 characters between cue and colon.
 */
const EXAMPLES_RE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(PLURAL_MARKERS, { flexibleSpaces: true })})\\s{1,3}(?:phong\\s{1,3}trào|cuộc\\s{1,3}vận\\s{1,3}động)[^.;!?\\n:“”"]{0,120}?(?<![\\p{L}\\p{M}])(?:${alternation(EXAMPLE_INTRODUCERS, { flexibleSpaces: true })})\\s{0,2}:`,
  'giu',
);
const TENSE_MARKER_RE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(TENSE_MARKERS)})(?![\\p{L}\\p{M}])`, 'iu');
/** The end of the sentence a list of examples stands in. */
const LIST_END_RE = /[.!?…](?=\s|$)|\n/u;
/**
 * An item without the `v.v`, `…` or `...` that closes a list of examples. Read from the end
 * without a regular expression: a pattern anchored at the end (`\.{2,}$`) is tried at every start.
 */
function withoutEtCetera(item: string): string {
  let end = item.trimEnd();
  if (end.endsWith('…')) return end.slice(0, -1).trimEnd();
  if (end.endsWith('v.v.') || end.endsWith('v.v')) {
    end = end.slice(0, end.endsWith('.') ? -4 : -3).trimEnd();
    return end.endsWith('.') ? end.slice(0, -1).trimEnd() : end;
  }
  let dots = end.length;
  while (dots > 0 && end[dots - 1] === '.') dots--;
  return end.length - dots >= 2 ? end.slice(0, dots).trimEnd() : end;
}
/** A cue that opens an example makes it something else (`Mô hình xuống phố về làng`). */
const OTHER_CUE_AT_START_RE = new RegExp(`^(?:${alternation(OTHER_CUES, { flexibleSpaces: true })})(?![\\p{L}\\p{M}])`, 'iu');
/** The bare `thi đua` that may open an example (`thi đua Dân vận khéo`). */
const EMULATION_AT_START_RE = /^thi\s{1,3}đua\s{1,3}/iu;
/** Most characters of the list of examples read. */
const MAX_EXAMPLES_CHARS = 800;
const CAMPAIGN_RE = /(?<![\p{L}\p{M}])đợt\s+thi\s+đua(?![\p{L}\p{M}])/giu;
/** Quote marks: curly, straight, guillemets, low-9, and doubled single quotes (`‘‘CCB gương mẫu’’`). */
const QUOTE_RE = /‘‘|’’|[“”"«»„]/gu;
/** The same marks, for `replace` (a separate object: `QUOTE_RE` keeps its position while pairing). */
const QUOTE_CHARS_RE = /‘‘|’’|[“”"«»„]/gu;
/** Separators between the names of one list: `”, “`, `” và “`, with a time qualifier allowed. */
const CHAIN_GAP_RE = /^[\s,;]*(?:(?:và|cùng|hoặc)\s+)?$/u;
const QUALIFIER_RE = /(?:giai\s+đoạn|năm)\s+\d{4}(?:\s*[-–]\s*\d{4})?/gu;
const SENTENCE_PUNCT_RE = /[.;!?…\n]/u;
const GAP_PUNCT_RE = /[,;.!?…\n]/u;
/** Characters trimmed from the edges of a name (`…`, `,...`). */
const EDGE_PUNCTUATION = new Set([' ', ',', '.', ';', ':', '…', '-', '–']);

/** Trims edge punctuation with a loop (an end-anchored regex would be quadratic on long runs). */
function trimPunctuation(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCTUATION.has(s.charAt(a))) a++;
  while (b > a && EDGE_PUNCTUATION.has(s.charAt(b - 1))) b--;
  return s.slice(a, b);
}

/** How far back the cue of a quoted name may be, and how much may stand between them. */
const MAX_CONTEXT = 160;
const MAX_CUE_GAP = 60;
const MAX_CHAIN_GAP = 60;
/** Longest quoted name: longer quotes are citations, not names. */
const MAX_QUOTE_CHARS = 400;
const MAX_NAME_WORDS = 40;
const MAX_UNQUOTED_WORDS = 20;
const MIN_UNQUOTED_WORDS = 3;
const MAX_CAMPAIGN_WORDS = 60;

const HEADS = new PhraseSet(UNIT_HEADS);
/** `phong trào thi đua Khối 01 huyện Bắc Trà My`: a bloc named after the cue is not a movement's name. */
const BLOCS = new PhraseSet(BLOC_WORDS);
const UNQUOTED_ENDS = new PhraseSet(UNQUOTED_NAME_ENDS);
const PREDICATES = new PhraseSet(CLAUSE_PREDICATES);
const COPULAS = new PhraseSet(COPULA_WORDS);
const GENERIC_STARTS = new PhraseSet(GENERIC_NAME_STARTS);
const CAMPAIGN_GENERIC = new PhraseSet(CAMPAIGN_GENERIC_STARTS);
const DEMONSTRATIVES = new Set(DEMONSTRATIVE_WORDS);
const PLURAL_BEFORE = new Set(PLURAL_BEFORE_CAMPAIGN);

/**
 * Extracts the named movements and campaigns of an article.
 * @param body the article body (paragraphs joined with `\n\n`)
 * @param ctx the title: a movement named only there gets `span: null`
 * @returns movements in order of appearance, one per name
 */
export function extractMovements(body: BodyContext, ctx: EntityContext): Movement[] {
  const out: Movement[] = [];
  const seen = new Set<string>();
  const add = (f: Found, inBody: boolean): void => {
    const key = foldName(f.name);
    if (key.length === 0 || seen.has(key)) return;
    seen.add(key);
    out.push({ name: f.name, kind: f.kind, span: inBody ? [f.start, f.end] : null });
  };
  for (const f of findMovements(body.words)) add(f, true);
  if (ctx.title !== null) for (const f of findMovements(makeSeq(ctx.title))) add(f, false);
  return out;
}

/** The scorer's comparison form: NFC, folded space, lower case, no quotes. */
function foldName(s: string): string {
  return foldSpace(s.normalize('NFC')).toLowerCase().replace(/[“”"«»]/g, '');
}

/** Every movement and campaign in one text, in order. */
function findMovements(seq: Seq): Found[] {
  const text = seq.text;
  const campaigns = findCampaigns(seq);
  const quoted = classifyQuoted(text, findQuoted(text));
  const taken = new SpanIndex([...campaigns, ...quoted].map((f) => [f.start, f.end] as const));
  const found: Found[] = [
    ...campaigns,
    ...quoted.filter((q) => q.isMovement),
    ...findUnquoted(seq, taken),
    ...findExampleLists(text, taken),
  ];
  return found.sort((a, b) => a.start - b.start);
}

interface Classified extends Found {
  readonly isMovement: boolean;
}

/** Reads every quoted name and decides which are movements; see the module comment. */
function classifyQuoted(text: string, items: readonly Quoted[]): Classified[] {
  const out: Classified[] = [];
  let prev: Quoted | null = null;
  let prevIsMovement = false;
  const starts = new SentenceStarts(text);
  const movementCues = new MovementCueSpans(text);
  for (const q of items) {
    let isMovement: boolean;
    if (prev !== null && isChainGap(text.slice(prev.outerEnd, q.outerStart))) isMovement = prevIsMovement;
    else {
      const from = starts.at(q.outerStart);
      // The cue search reads the sentence up to the quote: needless where no movement cue lies in it.
      isMovement = (movementCues.anyWithin(from, q.outerStart) && cueBefore(text, from, q.outerStart) === 'movement')
        || isEmulationNamed(text, q.outerStart);
    }
    prev = q;
    prevIsMovement = isMovement;
    const name = cleanName(text.slice(q.innerStart, q.innerEnd));
    if (name !== null) out.push({ name, kind: 'movement', start: q.innerStart, end: q.innerEnd, isMovement });
  }
  return out;
}

/**
 * `thực hiện tốt các nội dung thi đua “Học tập và làm theo ...”`: a name quoted right after the
 * bare word `thi đua` names a movement, unless a theme, a title or an award precedes it
 * (`chủ đề thi đua “...”`, `Cờ thi đua “...”`).
 */
function isEmulationNamed(text: string, quoteAt: number): boolean {
  const m = EMULATION_RIGHT_BEFORE_RE.exec(text.slice(Math.max(0, quoteAt - 40), quoteAt));
  return m !== null && m[1] === undefined;
}

/** `”, “`, `” và “`, `” giai đoạn 2021-2025, “`: the next name belongs to the same list. */
function isChainGap(gap: string): boolean {
  if (gap.length > MAX_CHAIN_GAP) return false;
  return CHAIN_GAP_RE.test(gap.replace(QUALIFIER_RE, ' '));
}

/**
 * The kind of the last cue before `pos` in the same sentence (which begins at `from`): `movement`
 * when it is `phong trào`/`cuộc vận động` and close enough (no comma or full stop between).
 */
function cueBefore(text: string, from: number, pos: number): 'movement' | 'campaign' | 'other' | null {
  const context = text.slice(from, pos);
  let last: RegExpExecArray | null = null;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(context); m !== null; m = CUE.exec(context)) last = m;
  if (last === null) return null;
  if (last[2] !== undefined) return 'campaign';
  // `phong trào thi đua chuyên đề: “...”`: a cue right after a movement cue qualifies the movement.
  if (last[3] !== undefined && !MOVEMENT_CUE_RIGHT_BEFORE_RE.test(context.slice(Math.max(0, last.index - 40), last.index))) return 'other';
  const gap = context.slice(last.index + last[0].length);
  return gap.length <= MAX_CUE_GAP && !GAP_PUNCT_RE.test(gap) ? 'movement' : 'other';
}

/**
 * Where the movement cues of a text lie, found by one search: the cue search of a quote can find a
 * movement cue only where one of these lies wholly between the sentence start and the quote. The
 * cues cannot overlap one another, so one search finds every place either could be found in any
 * stretch of the text. (1 MiB of `"a"a` holds 300,000 quotes, and each cue search reads up to
 * {@link MAX_CONTEXT} characters before its quote.)
 */
class MovementCueSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(text: string) {
    MOVEMENT_CUE_RE.lastIndex = 0;
    for (let m = MOVEMENT_CUE_RE.exec(text); m !== null; m = MOVEMENT_CUE_RE.exec(text)) {
      this.starts.push(m.index);
      this.ends.push(m.index + m[0].length);
    }
  }

  /** Whether a cue lies wholly within `[from, to)`. */
  anyWithin(from: number, to: number): boolean {
    // The last cue that ends by `to` (ends increase with starts): it starts latest of those that do.
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= to) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && this.starts[lo - 1]! >= from;
  }
}

/** Where the sentence holding `pos` begins, looking back at most {@link MAX_CONTEXT} characters. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - MAX_CONTEXT);
  for (let i = pos - 1; i >= floor; i--) if (endsSentence(text, i)) return i + 1;
  return floor;
}

/** Whether a sentence ends with the character at `i`: a line break, or `.`, `!`, `?` before white space. */
function endsSentence(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/u.test(text.charAt(i + 1)));
}

/**
 * {@link sentenceStart} for positions asked in increasing order, in time linear in the whole text:
 * one forward scan that remembers the latest sentence start, instead of a look back over up to
 * {@link MAX_CONTEXT} characters at every quote mark (1 MiB of `"a"a` holds 300,000 of them).
 */
class SentenceStarts {
  /** Every character before this index has been looked at. */
  private scanned = 0;
  /** Where the latest sentence found so far begins, or -1. */
  private latest = -1;

  constructor(private readonly text: string) {}

  at(pos: number): number {
    const { text } = this;
    if (pos < this.scanned) return sentenceStart(text, pos);
    for (let i = this.scanned; i < pos; i++) if (endsSentence(text, i)) this.latest = i + 1;
    this.scanned = pos;
    return Math.max(this.latest, pos - MAX_CONTEXT, 0);
  }
}

/** Direction of a quote mark, from the mark and its neighbours. */
function isOpening(text: string, at: number, mark: string, pending: boolean): boolean {
  if (mark === '“' || mark === '«' || mark === '„' || mark === '‘‘') return true;
  const before = text.charAt(at - 1);
  const after = text.charAt(at + mark.length);
  const spaceBefore = at === 0 || /[\s([{:–—\-/]/u.test(before);
  const wordAfter = /[\p{L}\p{N}]/u.test(after);
  if (mark === '”' || mark === '»' || mark === '’’') return spaceBefore && wordAfter && !pending;
  if (spaceBefore && wordAfter) return true;
  if (!wordAfter) return false;
  return !pending;
}

/**
 * Pairs quote marks into quoted stretches. Marks that find no partner still delimit a name
 * when the text around them does (see the module comment).
 */
function findQuoted(text: string): Quoted[] {
  const out: Quoted[] = [];
  let pending: { at: number; len: number } | null = null;
  QUOTE_RE.lastIndex = 0;
  for (let m = QUOTE_RE.exec(text); m !== null; m = QUOTE_RE.exec(text)) {
    const at = m.index;
    const mark = m[0];
    if (pending !== null && (at - pending.at > MAX_QUOTE_CHARS || text.slice(pending.at, at).includes('\n'))) pending = null;
    if (isOpening(text, at, mark, pending !== null)) {
      if (pending !== null) {
        const dangling = danglingOpen(text, pending, at);
        if (dangling !== null) out.push(dangling);
      }
      pending = { at, len: mark.length };
      continue;
    }
    if (pending !== null) {
      out.push({ outerStart: pending.at, outerEnd: at + mark.length, innerStart: pending.at + pending.len, innerEnd: at });
      pending = null;
      continue;
    }
    const orphan = orphanClose(text, out[out.length - 1] ?? null, at, mark.length);
    if (orphan !== null) out.push(orphan);
  }
  return out;
}

/** `“A và “B”`: an opening quote never closed still delimits A when a list separator follows it. */
function danglingOpen(text: string, open: { at: number; len: number }, nextOpen: number): Quoted | null {
  const between = text.slice(open.at + open.len, nextOpen);
  if (between.length > MAX_QUOTE_CHARS || SENTENCE_PUNCT_RE.test(between)) return null;
  const cut = listSeparatorAtEnd(between);
  if (cut < 0) return null;
  const innerEnd = open.at + open.len + cut;
  return { outerStart: open.at, outerEnd: innerEnd, innerStart: open.at + open.len, innerEnd };
}

/** Where a trailing list separator (`, ` or ` và `) begins in `s`, or -1. */
function listSeparatorAtEnd(s: string): number {
  const t = s.trimEnd();
  if (t.endsWith(',')) return t.length - 1;
  if (t.length < s.length && t.endsWith('và')) {
    const before = t.slice(0, -2);
    const head = before.trimEnd();
    if (head.length < before.length) return head.length;
  }
  return -1;
}

/**
 * `“A”, B”`, `Phong trào thi đua B”`: a closing quote with no opening one. B starts after the
 * list separator that follows the previous quoted name, or right after a movement cue, and
 * must start with a capital.
 */
function orphanClose(text: string, prev: Quoted | null, at: number, len: number): Quoted | null {
  const floor = Math.max(0, at - MAX_QUOTE_CHARS);
  if (prev !== null && prev.outerEnd >= floor) {
    const between = text.slice(prev.outerEnd, at);
    const sep = /^\s*,\s*/u.exec(between);
    if (sep !== null && !SENTENCE_PUNCT_RE.test(between)) {
      const innerStart = prev.outerEnd + sep[0].length;
      if (isCapitalised(text.charAt(innerStart))) return { outerStart: innerStart, outerEnd: at + len, innerStart, innerEnd: at };
    }
  }
  const from = sentenceStart(text, at);
  const context = text.slice(from, at);
  let last: RegExpExecArray | null = null;
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(context); m !== null; m = TRIGGER_RE.exec(context)) last = m;
  if (last === null) return null;
  let innerStart = from + last.index + last[0].length;
  while (innerStart < at && /\s/u.test(text.charAt(innerStart))) innerStart++;
  const inner = text.slice(innerStart, at);
  if (inner.length === 0 || !isCapitalised(inner) || SENTENCE_PUNCT_RE.test(inner) || /[“”"«»]/u.test(inner)) return null;
  return { outerStart: innerStart, outerEnd: at + len, innerStart, innerEnd: at };
}

/** A name without quotes and edge punctuation; null when it is empty or too long to be a name. */
function cleanName(raw: string): string | null {
  const name = trimPunctuation(foldSpace(raw.replace(QUOTE_CHARS_RE, '')));
  if (name.length < 2) return null;
  if (name.split(' ').length > MAX_NAME_WORDS) return null;
  return name;
}

/** `đợt thi đua cao điểm ... chào mừng Đại hội ...` up to the end of the clause. */
function findCampaigns(seq: Seq): Found[] {
  const out: Found[] = [];
  CAMPAIGN_RE.lastIndex = 0;
  for (let m = CAMPAIGN_RE.exec(seq.text); m !== null; m = CAMPAIGN_RE.exec(seq.text)) {
    const start = m.index;
    const before = wordIndexAtOrAfter(seq.words, start) - 1;
    const prevWord = seq.words[before];
    if (prevWord !== undefined && isSpaceGap(seq.text.slice(prevWord.end, start))
      && (PLURAL_BEFORE.has(seq.keys[before] ?? '') || isDigits(prevWord.text))) continue;
    const first = wordIndexAtOrAfter(seq.words, start + m[0].length);
    // A quote may open the name (`đợt thi đua “100 ngày đêm” ...`).
    const lead = seq.text.slice(start + m[0].length, seq.words[first]?.start ?? 0).replace(QUOTE_CHARS_RE, '');
    if (!isSpaceGap(lead) || CAMPAIGN_GENERIC.matchAt(seq, first) > 0) continue;
    const last = campaignEnd(seq, first);
    const lastWord = seq.words[last];
    if (lastWord === undefined || last - first < 1) continue;
    const name = cleanName(seq.text.slice(start, lastWord.end));
    if (name !== null) out.push({ name, kind: 'campaign', start, end: lastWord.end });
  }
  return out;
}

/** The last word of a campaign's name that starts at word `first`. */
function campaignEnd(seq: Seq, first: number): number {
  const limit = Math.min(seq.words.length, first + MAX_CAMPAIGN_WORDS);
  let last = first;
  for (let k = first + 1; k < limit; k++) {
    const gap = gapBefore(seq.text, seq.words, k).replace(QUOTE_CHARS_RE, '');
    if (GAP_PUNCT_RE.test(gap) || gap.includes(':') || gap.includes('(')) break;
    // `... và đợt thi đua ...`: the next campaign begins.
    if (seq.keys[k] === 'và' && seq.keys[k + 1] === 'đợt') break;
    last = k;
  }
  // `đợt thi đua “...” này`: a demonstrative refers back; it is not part of the name.
  while (last > first && DEMONSTRATIVES.has(seq.keys[last] ?? '')) last--;
  return last;
}

/**
 * The items of `phong trào ... như: A; B; C.`: separated by semicolons (a comma may stand inside a
 * name), up to the end of the sentence; two items at least. Items in quotes are read as quoted
 * names; an item opened by another cue (`mô hình`) is not a movement.
 */
function findExampleLists(text: string, taken: SpanIndex): Found[] {
  const out: Found[] = [];
  EXAMPLES_RE.lastIndex = 0;
  for (let m = EXAMPLES_RE.exec(text); m !== null; m = EXAMPLES_RE.exec(text)) {
    // `các phong trào thi đua đã góp phần vào thành tựu ... như:`: a tense marker starts the
    // predicate, and the examples are of its object.
    if (TENSE_MARKER_RE.test(m[0])) continue;
    const from = m.index + m[0].length;
    const window = text.slice(from, from + MAX_EXAMPLES_CHARS);
    const end = LIST_END_RE.exec(window);
    const list = end === null ? window : window.slice(0, end.index);
    if (!list.includes(';')) continue;
    let at = from;
    for (const raw of list.split(';')) {
      const start = at + (raw.length - raw.trimStart().length);
      at += raw.length + 1;
      const item = withoutEtCetera(raw.trim()).replace(EMULATION_AT_START_RE, '');
      if (item.length === 0 || taken.covers(start) || OTHER_CUE_AT_START_RE.test(item) || /[“”"«»]/u.test(item)) continue;
      const name = cleanName(item);
      if (name !== null) out.push({ name, kind: 'movement', start, end: start + raw.trim().length });
    }
  }
  return out;
}

/** Unquoted names after a movement cue; see the module comment. */
function findUnquoted(seq: Seq, taken: SpanIndex): Found[] {
  const out: Found[] = [];
  const text = seq.text;
  TRIGGER_RE.lastIndex = 0;
  for (let m = TRIGGER_RE.exec(text); m !== null; m = TRIGGER_RE.exec(text)) {
    const cueEnd = m.index + m[0].length;
    const first = wordIndexAtOrAfter(seq.words, cueEnd);
    const w = seq.words[first];
    if (w === undefined || !isSpaceGap(text.slice(cueEnd, w.start))) continue;
    if (taken.covers(w.start)) continue;
    const found = isTitleWord(w.text)
      ? capitalisedName(seq, first)
      : isCapitalised(m[0]) && opensClause(text, m.index) ? predicateName(seq, first) : null;
    if (found !== null) out.push(found);
  }
  return out;
}

function isTitleWord(word: string): boolean {
  return isCapitalised(word) && !isAllCaps(word);
}

/** The cue stands at the start of a clause: only space since a full stop, semicolon, colon or line break. */
function opensClause(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= 20; i--) {
    const c = text.charAt(i);
    if (/\s/u.test(c) && c !== '\n') continue;
    return c === '\n' || c === '.' || c === ';' || c === ':' || c === '!' || c === '?';
  }
  return at === 0;
}

/**
 * `phong trào Đắk Nông chung tay xây dựng Nông thôn mới;`: a capitalised name that runs to
 * the end of its clause (a qualifier such as `giai đoạn`, `trên địa bàn` may end it earlier).
 * A comma before the clause ends means the phrase is prose, not a name.
 */
function capitalisedName(seq: Seq, first: number): Found | null {
  if (HEADS.matchAt(seq, first) > 0 || BLOCS.matchAt(seq, first) > 0) return null;
  let nameEnd = -1;
  let hasLower = false;
  const limit = Math.min(seq.words.length, first + MAX_UNQUOTED_WORDS);
  for (let k = first; k < limit; k++) {
    const w = seq.words[k];
    if (w === undefined) return null;
    if (k > first) {
      const gap = gapBefore(seq.text, seq.words, k);
      if (!isSpaceGap(gap) && !isDashGap(gap)) return endsClause(gap) ? nameFound(seq, first, nameEnd < 0 ? k - 1 : nameEnd, hasLower) : null;
    }
    if (nameEnd < 0 && k > first && UNQUOTED_ENDS.matchAt(seq, k) > 0) nameEnd = k - 1;
    // `phong trào Dù là Hoàng Chi Phong ... đã dẫn dắt ...`: a predicate inside means prose.
    if (nameEnd < 0 && COPULAS.matchAt(seq, k) > 0) return null;
    if (nameEnd < 0 && isLowerInitial(w.text)) hasLower = true;
  }
  const lastWord = seq.words[limit - 1];
  if (limit === seq.words.length && lastWord !== undefined && seq.text.slice(lastWord.end).trim().length === 0) {
    return nameFound(seq, first, nameEnd < 0 ? limit - 1 : nameEnd, hasLower);
  }
  return null;
}

/** Punctuation that ends a clause: not a comma. */
function endsClause(gap: string): boolean {
  return /[.;!?…\n(“”"]/u.test(gap) && !gap.includes(',');
}

function nameFound(seq: Seq, first: number, last: number, hasLower: boolean): Found | null {
  const a = seq.words[first];
  const b = seq.words[last];
  if (a === undefined || b === undefined || !hasLower || last - first + 1 < MIN_UNQUOTED_WORDS) return null;
  const name = cleanName(seq.text.slice(a.start, b.end));
  return name === null ? null : { name, kind: 'movement', start: a.start, end: b.end };
}

/**
 * `Cuộc vận động toàn dân đoàn kết xây dựng đời sống văn hóa đã có ...`: the words up to the
 * clause's predicate, with no punctuation on the way.
 */
function predicateName(seq: Seq, first: number): Found | null {
  if (GENERIC_STARTS.matchAt(seq, first) > 0) return null;
  const limit = Math.min(seq.words.length, first + MAX_UNQUOTED_WORDS);
  for (let k = first + 1; k < limit; k++) {
    if (!isSpaceGap(gapBefore(seq.text, seq.words, k))) return null;
    if (PREDICATES.matchAt(seq, k) > 0) return nameFound(seq, first, k - 1, true);
  }
  return null;
}
