/**
 * Runs the document and award extractors on the gold bodies and scores them the way
 * shared/eval/score.mjs does: set F1 over all files on the document key
 * `type|number|symbol` (or `type|issuer` without a number) and on the award `type`,
 * case-folded; plus issuedOn and issuer accuracy on matched documents.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/entities/awards.js';
import { extractDocuments } from '../../src/entities/documents.js';
import type { EntityContext } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';

const dir = fileURLToPath(new URL('../../../shared/gold', import.meta.url));

interface GoldDoc {
  type: string;
  number: string | null;
  symbol: string | null;
  issuer: string | null;
  issuedOn: string | null;
}
interface Gold {
  expected: {
    title?: string | null;
    publishedAt?: string | null;
    body?: { paragraphs: string[]; text: string };
    documents?: GoldDoc[];
    awards?: { type: string }[];
  };
}

// The scorer's normalisation (shared/eval/score.mjs), reproduced to compare like for like.
const norm = (s: unknown): string | null => (s == null ? null : String(s).normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim());
const fold = (s: unknown): string | null => norm(s)?.toLocaleLowerCase('vi').replace(/[“”"«»]/g, '') ?? null;
const docKey = (d: { type: string; number: string | null; symbol: string | null; issuer: string | null }): string =>
  [fold(d.type), d.number ? `${fold(d.number)}|${fold(d.symbol)}` : fold(d.issuer)].join('|');


interface Tally {
  tp: number;
  fp: number;
  fn: number;
}
const f1 = (t: Tally): number => {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
};

function compare(want: Set<string>, got: Set<string>, tally: Tally, misses: string[], label: string): void {
  for (const k of got) {
    if (want.has(k)) tally.tp++;
    else {
      tally.fp++;
      misses.push(`${label}: extra ${k}`);
    }
  }
  for (const k of want) {
    if (!got.has(k)) {
      tally.fn++;
      misses.push(`${label}: missing ${k}`);
    }
  }
}

describe.skipIf(!existsSync(dir))('documents and awards on the gold files', () => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort() : [];
  const docs: Tally = { tp: 0, fp: 0, fn: 0 };
  const awards: Tally = { tp: 0, fp: 0, fn: 0 };
  const dates = { ok: 0, n: 0 };
  const issuers = { ok: 0, n: 0 };
  const misses: string[] = [];

  for (const file of files) {
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Gold;
    const want = gold.expected;
    if (!want.body || (!want.documents && !want.awards)) continue;
    const body = bodyOf(...want.body.paragraphs);
    expect(body.text).toBe(want.body.text);
    const ctx: EntityContext = {
      title: want.title ?? null,
      captions: [],
      publishedAt: want.publishedAt ?? null,
      referenceDate: null,
    };
    if (want.documents) {
      const got = extractDocuments(body, ctx);
      compare(new Set(want.documents.map(docKey)), new Set(got.map(docKey)), docs, misses, `${file}: documents`);
      const byKey = new Map(got.map((d) => [docKey(d), d]));
      for (const d of want.documents) {
        const m = byKey.get(docKey(d));
        if (!m) continue;
        dates.n++;
        if ((m.issuedOn ?? null) === (d.issuedOn ?? null)) dates.ok++;
        else misses.push(`${file}: document ${docKey(d)} issuedOn: got ${m.issuedOn} want ${d.issuedOn}`);
        issuers.n++;
        if (fold(m.issuer) === fold(d.issuer)) issuers.ok++;
        else misses.push(`${file}: document ${docKey(d)} issuer: got ${m.issuer} want ${d.issuer}`);
      }
    }
    if (want.awards) {
      const got = extractAwards(body, ctx);
      compare(new Set(want.awards.map((a) => fold(a.type) ?? '')), new Set(got.map((a) => fold(a.type) ?? '')), awards, misses, `${file}: awards`);
    }
  }

  it('reports its figures', () => {
    console.log(
      [
        `documents F1 ${f1(docs).toFixed(3)} (tp ${docs.tp}, fp ${docs.fp}, fn ${docs.fn})`,
        `documents issuedOn ${dates.ok}/${dates.n}, issuer ${issuers.ok}/${issuers.n}`,
        `awards F1 ${f1(awards).toFixed(3)} (tp ${awards.tp}, fp ${awards.fp}, fn ${awards.fn})`,
        ...misses,
      ].join('\n'),
    );
  });

  it('finds the gold documents (set F1 ≥ 0.9)', () => {
    expect(f1(docs)).toBeGreaterThanOrEqual(0.9);
  });

  it('finds the gold awards (set F1 ≥ 0.9)', () => {
    expect(f1(awards)).toBeGreaterThanOrEqual(0.9);
  });
});
