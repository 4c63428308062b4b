/**
 * Emulation blocs and clusters (`Khối thi đua ...`, `Cụm thi đua số 1`) and their member units.
 *
 * Pipeline: find the bloc mentions → find the member lists and the bloc each belongs to →
 * merge the mentions of one bloc → one `Bloc` per bloc. A bloc named without members is
 * still a bloc; generic mentions (`các khối thi đua`) and the bare short form (`Khối X`) that
 * nothing confirms are not.
 */
import type { BodyContext, EntityContext } from '../context.js';
import type { Bloc } from '../schema/record.js';
import { isMostlyUpperCase, makeSeq } from '../text/reading-kit.js';
import { findBlocMentions, type BlocMention } from './blocs/mentions.js';
import type { AttachedList } from './blocs/reading.js';

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
 * @param body the article body, with its bloc mentions and member lists read
 * @param ctx the title (a bloc named only there gets `span: null`)
 * @returns one item per bloc, in order of first mention
 */
export function extractBlocs(body: BodyContext, ctx: EntityContext): Bloc[] {
  const { mentions, lists } = body.blocs;
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
