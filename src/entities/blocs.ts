/**
 * Emulation blocs and clusters (`Khối thi đua ...`, `Cụm thi đua số 1`) and their member units.
 *
 * Pipeline: find the bloc mentions → find the member lists and the bloc each belongs to →
 * merge the mentions of one bloc → one `Bloc` per bloc. A bloc named without members is
 * still a bloc; generic mentions (`các khối thi đua`) and the bare short form (`Khối X`) that
 * nothing confirms are not.
 */
import type { BodyView, EntityContext } from '../extract/types.js';
import type { Bloc } from '../schema/record.js';
import { findStandaloneListStarts, listAfterCountedMention, listAfterMention, type ListStart } from './blocs/introducers.js';
import { parseMemberList, type MemberList } from './blocs/member-list.js';
import { findBlocMentions, type BlocMention } from './blocs/mentions.js';
import { isMostlyUpperCase, makeSeq, seqOf, type Seq } from './blocs/words.js';

/** A member list and the mention of the bloc it belongs to. */
interface AttachedList {
  readonly mention: BlocMention;
  readonly list: MemberList;
  readonly count: number | null;
  /** Where the words read for this list begin (the mention or the count phrase before it). */
  readonly readStart: number;
}

/** A bloc being assembled from its mentions. */
interface BlocDraft {
  key: readonly string[];
  name: string;
  nameIsEmulation: boolean;
  confirmed: boolean;
  declaredCount: number | null;
  members: string[];
  span: [number, number] | null;
  hasList: boolean;
}

/** No article names more blocs than this; the cap keeps merging linear on hostile input. */
const MAX_BLOCS = 100;
/** Two keys whose shorter is at least this share of the longer's words name the same bloc. */
const SAME_BLOC_OVERLAP = 0.75;

/**
 * Extracts the emulation blocs of an article.
 * @param body the article body (paragraphs joined with `\n\n`)
 * @param ctx the title (a bloc named only there gets `span: null`)
 * @returns one item per bloc, in order of first mention
 */
export function extractBlocs(body: BodyView, ctx: EntityContext): Bloc[] {
  const { mentions, lists } = readBody(seqOf(body));
  const title = ctx.title ?? '';
  const titleMentions = title.length > 0 ? findBlocMentions(makeSeq(title), isMostlyUpperCase(title)) : [];
  const drafts: BlocDraft[] = [];
  for (const m of mentions) if (m.name !== null) absorbMention(drafts, m, true);
  for (const a of lists) absorbList(drafts, a);
  for (const m of titleMentions) if (m.name !== null) absorbMention(drafts, m, false);
  return drafts.filter((d) => d.confirmed).map((d) => ({
    name: d.name,
    declaredCount: d.declaredCount,
    members: d.members,
    span: d.span,
  }));
}

/**
 * Warnings for blocs whose declared count disagrees with the members listed
 * (`bloc "X" declares 9 members but lists 8`). Blocs without a list are not checked.
 * @param blocs blocs as returned by {@link extractBlocs}
 */
export function blocCountWarnings(blocs: readonly Bloc[]): string[] {
  const out: string[] = [];
  for (const b of blocs) {
    if (b.declaredCount === null || b.members.length === 0 || b.declaredCount === b.members.length) continue;
    out.push(`bloc "${b.name}" declares ${b.declaredCount} members but lists ${b.members.length}`);
  }
  return out;
}

/**
 * The offsets of the bloc member lists in a text. The place extractor uses them: districts
 * listed as a bloc's members are units of the bloc, not places the article is about.
 * @param body a body (whose lists {@link extractBlocs} has read already), or a body text
 */
export function findMemberListSpans(body: BodyView | string): Array<[number, number]> {
  const { lists } = readBody(typeof body === 'string' ? makeSeq(body) : seqOf(body));
  return lists.map((a) => [a.list.start, a.list.end]);
}

/** What {@link readBody} found in a body, kept with the body's words: read once for blocs and places. */
const BODY_READS = new WeakMap<Seq, { readonly mentions: readonly BlocMention[]; readonly lists: readonly AttachedList[] }>();

/** The bloc mentions of a body and the member lists attached to them. */
function readBody(seq: Seq): { readonly mentions: readonly BlocMention[]; readonly lists: readonly AttachedList[] } {
  let read = BODY_READS.get(seq);
  if (read === undefined) {
    const mentions = findBlocMentions(seq, false);
    read = { mentions, lists: attachLists(seq, mentions) };
    BODY_READS.set(seq, read);
  }
  return read;
}

/** Finds every member list and the named mention of the bloc it belongs to. */
function attachLists(seq: Seq, mentions: readonly BlocMention[]): AttachedList[] {
  const out: AttachedList[] = [];
  const used = new Set<number>();
  const named = mentions.filter((m) => m.name !== null);
  for (const m of mentions) {
    const start = listAfterMention(seq, m) ?? listAfterCountedMention(seq, m);
    if (start === null || used.has(start.word)) continue;
    const owner = m.name !== null ? m : nearestNamedBefore(named, start.introStart, null);
    const a = owner === null ? null : readList(seq, owner, start, Math.min(m.start, start.introStart));
    if (a !== null) {
      used.add(start.word);
      out.push(a);
    }
  }
  const breaks = lineBreaks(seq.text);
  for (const start of findStandaloneListStarts(seq)) {
    if (used.has(start.word)) continue;
    const owner = nearestNamedBefore(named, start.introStart, breaks);
    const a = owner === null ? null : readList(seq, owner, start, start.introStart);
    if (a !== null) {
      used.add(start.word);
      out.push(a);
    }
  }
  return out.sort((x, y) => x.list.start - y.list.start);
}

function readList(seq: Seq, owner: BlocMention, start: ListStart, readStart: number): AttachedList | null {
  const list = parseMemberList(seq, start.word, start.count);
  return list === null ? null : { mention: owner, list, count: start.count, readStart };
}

/**
 * The last named mention before `offset` (binary search: mentions are in text order). A
 * stand-alone `các đơn vị:` only reaches back within its paragraph; a `Khối` or `trong Khối:`
 * refers to the last bloc named anywhere before.
 */
function nearestNamedBefore(named: readonly BlocMention[], offset: number, breaks: readonly number[] | null): BlocMention | null {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((named[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  const best = named[lo - 1];
  if (best === undefined) return null;
  if (breaks !== null && lastBefore(breaks, offset) >= best.end) return null;
  return best;
}

/** The offsets of the line breaks of a text, in order. */
function lineBreaks(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i);
  return out;
}

/** The last value of a sorted list below `offset`, or -1. */
function lastBefore(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return sorted[lo - 1] ?? -1;
}

/** Whether two mention keys name the same bloc: equal, one a prefix of the other, or nearly the same words. */
function sameBloc(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (short.every((k, i) => long[i] === k)) return true;
  // Numbered blocs differ by one word (`số 1` / `số 2`): the overlap test is for long descriptive names only.
  if (short.length < 3) return false;
  const set = new Set(long);
  const shared = short.filter((k) => set.has(k)).length;
  return shared / long.length >= SAME_BLOC_OVERLAP;
}

function findDraft(drafts: readonly BlocDraft[], key: readonly string[]): BlocDraft | undefined {
  return drafts.find((d) => sameBloc(d.key, key));
}

/** Adds a named mention: a new bloc, or another mention of a known one. */
function absorbMention(drafts: BlocDraft[], m: BlocMention, inBody: boolean): void {
  const name = m.name ?? '';
  const d = findDraft(drafts, m.key);
  if (d === undefined) {
    if (drafts.length >= MAX_BLOCS) return;
    drafts.push({
      key: m.key,
      name,
      nameIsEmulation: m.emulation,
      confirmed: m.emulation,
      declaredCount: null,
      members: [],
      span: inBody ? [m.start, m.end] : null,
      hasList: false,
    });
    return;
  }
  if (m.emulation) d.confirmed = true;
  // Prefer the first `Khối thi đua ...` form as the name, and the longer key for later matching.
  if (m.emulation && !d.nameIsEmulation) {
    d.name = name;
    d.nameIsEmulation = true;
  }
  if (m.key.length > d.key.length) d.key = m.key;
}

/** Adds a member list to the bloc of its mention. */
function absorbList(drafts: BlocDraft[], a: AttachedList): void {
  const d = findDraft(drafts, a.mention.key);
  if (d === undefined) return;
  d.confirmed = true;
  if (d.declaredCount === null) d.declaredCount = a.count;
  const seen = new Set(d.members.map((x) => x.toLowerCase()));
  for (const member of a.list.members) {
    const k = member.toLowerCase();
    if (!seen.has(k)) {
      seen.add(k);
      d.members.push(member);
    }
  }
  if (!d.hasList) {
    d.span = [a.readStart, a.list.end];
    d.hasList = true;
  }
}
