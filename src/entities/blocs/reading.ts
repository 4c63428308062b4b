/**
 * Reading a body for blocs: the bloc mentions, the member lists that follow them or stand
 * alone, and the named mention each list belongs to.
 */
import type { Seq } from '../../text/reading-kit.js';
import { findAttendanceListStarts, findStandaloneListStarts, listAfterCountedMention, listAfterMention, type ListStart } from './introducers.js';
import { parseMemberList, type MemberList } from './member-list.js';
import { findBlocMentions, type BlocMention } from './mentions.js';

/** A member list and the mention of the bloc it belongs to. */
export interface AttachedList {
  readonly mention: BlocMention;
  readonly list: MemberList;
  readonly count: number | null;
  /** Where the words read for this list begin (the mention or the count phrase before it). */
  readonly readStart: number;
}

/** Fewer attending units than this are guests, not the bloc's members. */
const MIN_ATTENDING_UNITS = 3;

/** The bloc mentions of a text and the member lists attached to them. */
export interface BlocReading {
  readonly mentions: readonly BlocMention[];
  readonly lists: readonly AttachedList[];
}

/** Reads the bloc mentions of a text and the member lists attached to them: once per body, for blocs and places. */
export function readBlocs(seq: Seq): BlocReading {
  const mentions = findBlocMentions(seq, false);
  return { mentions, lists: attachLists(seq, mentions) };
}

/**
 * The offsets of the bloc member lists. The place extractor uses them: districts
 * listed as a bloc's members are units of the bloc, not places the article is about.
 */
export function memberListSpans(reading: BlocReading): Array<[number, number]> {
  return reading.lists.map((a) => [a.list.start, a.list.end]);
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
    if (used.has(start.word) || insideList(out, seq.words[start.word]?.start ?? -1)) continue;
    const owner = nearestNamedBefore(named, start.introStart, breaks);
    const a = owner === null ? null : readList(seq, owner, start, start.introStart);
    if (a !== null) {
      used.add(start.word);
      out.push(a);
    }
  }
  // Attending units stand for the members only where the bloc has no list of its own.
  for (const start of findAttendanceListStarts(seq)) {
    if (used.has(start.word)) continue;
    const owner = nearestNamedBefore(named, start.introStart, breaks);
    if (owner === null || out.some((a) => a.mention.key.join(' ') === owner.key.join(' '))) continue;
    const a = readList(seq, owner, start, start.introStart);
    if (a !== null && a.list.members.length >= MIN_ATTENDING_UNITS) {
      used.add(start.word);
      out.push(a);
    }
  }
  return out.sort((x, y) => x.list.start - y.list.start);
}

/** Whether an offset falls inside a list already read (`gồm các Sở: Tư pháp, ...` is read once). */
function insideList(lists: readonly AttachedList[], offset: number): boolean {
  return lists.some((a) => offset >= a.list.start && offset < a.list.end);
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

