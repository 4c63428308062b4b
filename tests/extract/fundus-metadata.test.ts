/**
 * The metadata cascade on the fundus test pages (256 real pages of 179 publishers in 40 countries,
 * with the extraction fundus's per-publisher parsers are tested against; see the corpus README on
 * how far to trust that gold). Asserts the aggregate levels the cascade reached, a little below the
 * measured ones (title 0.852, publishedAt 0.957, first author 0.853 when last raised), so
 * that a change that loses a principle fails here. Skips without ../shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { listFiles, SHARED_DIR } from '../helpers/shared.js';

const FUNDUS = join(SHARED_DIR, 'corpus', 'fundus');
const goldFiles = listFiles(join(FUNDUS, 'gold'), (n) => n.endsWith('.json'));

/** The scorer's comparison: NFC, white space folded. */
const norm = (s: unknown): string | null => (s == null ? null : String(s).normalize('NFC').replace(/[\s\u00a0]+/g, ' ').trim());

interface Tally {
  ok: number;
  n: number;
}

describe.skipIf(!existsSync(FUNDUS) || goldFiles.length === 0)('metadata cascade on the fundus pages', () => {
  it('finds title, date and first author at the levels it reached', async () => {
    const tally: Record<'title' | 'publishedAt' | 'author', Tally> = { title: { ok: 0, n: 0 }, publishedAt: { ok: 0, n: 0 }, author: { ok: 0, n: 0 } };
    for (const file of goldFiles) {
      const gold = JSON.parse(readFileSync(file, 'utf8'));
      const want = gold.expected;
      const got = await parseArticle(new Uint8Array(gunzipSync(readFileSync(join(FUNDUS, gold.input)))), {});
      tally.title.n++;
      if (norm(got.title) === norm(want.title)) tally.title.ok++;
      tally.publishedAt.n++;
      if ((got.publishedAt?.slice(0, 10) ?? null) === (want.publishedAt ?? null)) tally.publishedAt.ok++;
      if ('authors' in want) {
        tally.author.n++;
        if (norm(got.authors[0]?.name) === norm(want.authors[0]?.name)) tally.author.ok++;
      }
    }
    const rate = (t: Tally) => t.ok / t.n;
    expect(rate(tally.title)).toBeGreaterThanOrEqual(0.84);
    expect(rate(tally.publishedAt)).toBeGreaterThanOrEqual(0.93);
    expect(rate(tally.author)).toBeGreaterThanOrEqual(0.82);
  }, 300_000);
});
