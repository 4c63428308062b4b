/**
 * Where each entity of a record stands in its body text, as marks the page can draw.
 *
 * Blocs, documents, movements and awards carry a `span` into `body.text`; members and places are
 * plain strings, so they are found in the text: a member inside (or just after) its bloc's span,
 * a place at each of its whole-word occurrences. Pure: no DOM, so it is tested in Node.
 */
import type { ArticleRecord } from '../../src/index.js';

export type MarkKind = 'bloc' | 'member' | 'document' | 'movement' | 'award' | 'place';

export interface EntityMark {
  readonly kind: MarkKind;
  /** Offsets in `body.text`. */
  readonly start: number;
  readonly end: number;
  /** What the mark says in the legend and the entity list. */
  readonly label: string;
  /** The entity's own fields, for the tooltip. */
  readonly fields: Readonly<Record<string, string>>;
  /** Index of the entity in the list beside the text. */
  readonly entity: number;
}

/** The short label a mark carries at its start (the legend says the same). */
export const KIND_BADGES: Readonly<Record<MarkKind, string>> = {
  bloc: 'bloc',
  member: 'member',
  document: 'doc',
  movement: 'movement',
  award: 'award',
  place: 'place',
};

export interface Entity {
  readonly kind: MarkKind;
  readonly label: string;
  readonly fields: Readonly<Record<string, string>>;
  /** The first mark of the entity, or null when its words could not be found in the text. */
  readonly firstMark: number | null;
}

export const KIND_NAMES: Readonly<Record<MarkKind, string>> = {
  bloc: 'Bloc',
  member: 'Member unit',
  document: 'Document',
  movement: 'Movement',
  award: 'Award',
  place: 'Place',
};

/** Letters and digits, in any script: a place name must not start or end inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, index: number): boolean {
  return index <= 0 || index >= text.length || !WORD_CHAR.test(text[index - 1]!) || !WORD_CHAR.test(text[index]!);
}

/** Whole-word occurrences of `needle` in `text` from `from`, at most `limit`. */
function occurrences(text: string, needle: string, from = 0, limit = Infinity): number[] {
  const out: number[] = [];
  if (!needle) return out;
  for (let at = text.indexOf(needle, from); at >= 0 && out.length < limit; at = text.indexOf(needle, at + needle.length)) {
    if (isWordBoundary(text, at) && isWordBoundary(text, at + needle.length)) out.push(at);
  }
  return out;
}

function compact(fields: Record<string, string | number | null | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== null && value !== undefined && value !== '') out[key] = String(value);
  return out;
}

/** Every entity of the record, with its marks in `body.text` (sorted by start, longest first). */
export function entityMarks(record: ArticleRecord): { entities: Entity[]; marks: EntityMark[] } {
  const text = record.body.text;
  const entities: { kind: MarkKind; label: string; fields: Record<string, string>; firstMark: number | null }[] = [];
  const marks: EntityMark[] = [];
  const add = (kind: MarkKind, label: string, fields: Record<string, string>, spans: readonly (readonly [number, number])[]): void => {
    const entity = entities.length;
    entities.push({ kind, label, fields, firstMark: null });
    for (const [start, end] of spans) {
      if (start < 0 || end > text.length || end <= start) continue;
      marks.push({ kind, start, end, label, fields, entity });
    }
  };

  for (const bloc of record.blocs) {
    add('bloc', bloc.name, compact({ name: bloc.name, declaredCount: bloc.declaredCount, members: bloc.members.length }), bloc.span ? [bloc.span] : []);
    const from = bloc.span ? bloc.span[0] : 0;
    for (const member of bloc.members) {
      // A member is read from the bloc's own list: its first occurrence from the bloc's mention on.
      const at = occurrences(text, member, from, 1)[0] ?? occurrences(text, member, 0, 1)[0];
      add('member', member, compact({ member, bloc: bloc.name }), at === undefined ? [] : [[at, at + member.length]]);
    }
  }
  for (const doc of record.documents) {
    const label = [doc.type, doc.number && doc.symbol ? `số ${doc.number}/${doc.symbol}` : doc.number].filter(Boolean).join(' ');
    add('document', label, compact({ type: doc.type, number: doc.number, symbol: doc.symbol, year: doc.year, issuedOn: doc.issuedOn, issuer: doc.issuer, subject: doc.subject }), doc.span ? [doc.span] : []);
  }
  for (const movement of record.movements) {
    add('movement', movement.name, compact({ name: movement.name, kind: movement.kind }), movement.span ? [movement.span] : []);
  }
  for (const award of record.awards) {
    add('award', award.type, compact({ type: award.type, conferredBy: award.conferredBy, recipients: award.recipients.join('; '), count: award.count }), award.span ? [award.span] : []);
  }
  for (const place of record.places) {
    add('place', place, { place }, occurrences(text, place).map((at) => [at, at + place.length] as const));
  }

  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  marks.forEach((mark, index) => {
    const entity = entities[mark.entity]!;
    if (entity.firstMark === null) entity.firstMark = index;
  });
  return { entities, marks };
}

/** A run of the body text and the marks that cover it, outermost first. */
export interface TextRun {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly number[];
}

/**
 * Cuts the text at every mark boundary so that overlapping and nested marks can be drawn as
 * nested elements: each run lists the marks covering it, the longest (outermost) first. One sweep
 * over the boundaries, so a page with thousands of marks stays fast.
 */
export function splitRuns(textLength: number, marks: readonly EntityMark[]): TextRun[] {
  const cuts = new Set<number>([0, textLength]);
  for (const m of marks) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= textLength).sort((a, b) => a - b);
  const startsAt = new Map<number, number[]>();
  marks.forEach((m, index) => {
    const list = startsAt.get(m.start);
    if (list) list.push(index);
    else startsAt.set(m.start, [index]);
  });
  const length = (index: number): number => marks[index]!.end - marks[index]!.start;
  let active: number[] = [];
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((index) => marks[index]!.end > start);
    const opened = startsAt.get(start);
    if (opened) active = [...active, ...opened].sort((a, b) => length(b) - length(a) || a - b);
    runs.push({ start, end, marks: active });
  }
  return runs;
}
