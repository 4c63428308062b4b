/**
 * Runs the bloc, movement and place extractors on the gold files' expected bodies and scores
 * them as `shared/eval/score.mjs` does: set precision/recall/F1 over all files whose expected
 * record has the field, compared case-folded after NFC, space folding and quote removal.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractBlocs } from '../../src/entities/blocs.js';
import { extractMovements } from '../../src/entities/movements.js';
import { extractPlaces } from '../../src/entities/places.js';
import type { BodyContext, EntityContext } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';

const dir = fileURLToPath(new URL('../../../shared/gold', import.meta.url));
const MIN_F1 = 0.9;

interface GoldExpected {
  readonly title?: string | null;
  readonly body?: { readonly text?: string; readonly paragraphs?: readonly string[] };
  readonly images?: ReadonlyArray<{ readonly caption?: string | null }>;
  readonly blocs?: ReadonlyArray<{ readonly members?: readonly string[] }>;
  readonly movements?: ReadonlyArray<{ readonly name?: string }>;
  readonly places?: readonly string[];
}

/** The scorer's normal form (score.mjs `fold`). */
function fold(s: string): string {
  return s.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim().toLocaleLowerCase('vi').replace(/[“”"«»]/g, '');
}

function bodyOfGold(e: GoldExpected): BodyContext {
  return bodyOf(...(e.body?.paragraphs ?? (e.body?.text ?? '').split('\n\n')));
}

function ctxOf(e: GoldExpected): EntityContext {
  const captions = (e.images ?? []).map((i) => i.caption).filter((c): c is string => typeof c === 'string');
  return { title: e.title ?? null, captions, publishedAt: null, referenceDate: null };
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
}

function score(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function compare(t: Tally, file: string, got: readonly string[], want: readonly string[]): void {
  const g = new Set(got.map(fold));
  const w = new Set(want.map(fold));
  for (const k of g) {
    if (w.has(k)) t.tp++;
    else {
      t.fp++;
      t.misses.push(`${file}: extra ${k}`);
    }
  }
  for (const k of w) {
    if (!g.has(k)) {
      t.fn++;
      t.misses.push(`${file}: missing ${k}`);
    }
  }
}

describe.skipIf(!existsSync(dir))('blocs, movements and places against the gold files', () => {
  const tallies = {
    members: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
    movements: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
    places: { tp: 0, fp: 0, fn: 0, misses: [] } as Tally,
  };
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { expected?: GoldExpected };
    const e = gold.expected;
    if (e?.body?.text === undefined) continue;
    const body = bodyOfGold(e);
    const ctx = ctxOf(e);
    if (e.blocs !== undefined) {
      compare(tallies.members, file, extractBlocs(body, ctx).flatMap((b) => b.members), e.blocs.flatMap((b) => b.members ?? []));
    }
    if (e.movements !== undefined) {
      compare(tallies.movements, file, extractMovements(body, ctx).map((m) => m.name), e.movements.map((m) => m.name ?? ''));
    }
    if (e.places !== undefined) compare(tallies.places, file, extractPlaces(body, ctx), e.places);
  }

  it.each(Object.keys(tallies) as Array<keyof typeof tallies>)(`%s F1 ≥ ${MIN_F1}`, (field) => {
    const t = tallies[field];
    const { p, r, f1 } = score(t);
    console.log(`${field}: F1 ${f1.toFixed(3)} (P ${p.toFixed(3)}, R ${r.toFixed(3)}, ${t.tp + t.fn} gold items)`);
    for (const m of t.misses) console.log(`  ${field} ${m}`);
    expect(f1).toBeGreaterThanOrEqual(MIN_F1);
  });
});
