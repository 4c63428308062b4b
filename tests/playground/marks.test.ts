/**
 * The playground's marks: where each entity of a record stands in the body text. Read from the
 * seed's real record, so a mark that drifts from the library's spans fails here before the browser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entityMarks, splitRuns, type EntityMark } from '../../playground/src/marks.js';
import { parseArticle } from '../../src/index.js';

const seedPath = fileURLToPath(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url));
const record = parseArticle(readFileSync(seedPath));
const text = record.body.text;

describe('entityMarks on the seed', () => {
  const { entities, marks } = entityMarks(record);

  it('marks each member unit of the bloc inside the bloc mention', () => {
    const bloc = record.blocs[0]!;
    const members = marks.filter((m) => m.kind === 'member');
    expect(members.map((m) => text.slice(m.start, m.end))).toEqual(expect.arrayContaining(bloc.members));
    expect(members).toHaveLength(bloc.members.length);
    for (const m of members) {
      expect(m.start).toBeGreaterThanOrEqual(bloc.span![0]);
      expect(m.end).toBeLessThanOrEqual(bloc.span![1]);
    }
  });

  it('marks documents, movements and awards at their own spans', () => {
    for (const doc of record.documents) {
      expect(marks.some((m) => m.kind === 'document' && m.start === doc.span![0] && m.end === doc.span![1])).toBe(true);
    }
    for (const movement of record.movements) {
      expect(marks.some((m) => m.kind === 'movement' && text.slice(m.start, m.end) === text.slice(...movement.span!))).toBe(true);
    }
    const plan = marks.find((m) => m.kind === 'document' && text.slice(m.start, m.end).startsWith('Kế hoạch số 4614/KH-UBND'));
    expect(plan?.fields['issuedOn']).toBe('2020-12-22');
  });

  it('marks a place at whole words only, and lists every entity once', () => {
    for (const m of marks.filter((k) => k.kind === 'place')) expect(text.slice(m.start, m.end)).toBe(m.label);
    const count = record.blocs.length + record.blocs.reduce((n, b) => n + b.members.length, 0) + record.documents.length + record.movements.length + record.awards.length + record.places.length;
    expect(entities).toHaveLength(count);
    for (const e of entities) if (e.firstMark !== null) expect(marks[e.firstMark]!.label).toBe(e.label);
  });
});

describe('splitRuns', () => {
  const mark = (kind: EntityMark['kind'], start: number, end: number): EntityMark => ({ kind, start, end, label: kind, fields: {}, entity: 0 });

  it('covers the text exactly once, in order', () => {
    const marks = [mark('bloc', 2, 10), mark('member', 4, 6), mark('place', 8, 14)];
    const runs = splitRuns(20, marks);
    expect(runs[0]!.start).toBe(0);
    expect(runs.at(-1)!.end).toBe(20);
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.start).toBe(runs[i - 1]!.end);
  });

  it('lists the covering marks outermost first, for nested and overlapping marks', () => {
    const marks = [mark('bloc', 2, 10), mark('member', 4, 6), mark('place', 8, 14)];
    const at = (p: number) => splitRuns(20, marks).find((r) => r.start <= p && p < r.end)!.marks;
    expect(at(0)).toEqual([]);
    expect(at(5)).toEqual([0, 1]);
    expect(at(9)).toEqual([0, 2]);
    expect(at(12)).toEqual([2]);
  });
});
