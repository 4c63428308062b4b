/**
 * Event-date accuracy on the shared gold files (../shared/gold beside the repository), run
 * on each file's expected body with its expected title, captions and publication date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractEventDate } from '../../src/extract/event-date.js';
import type { BodyView } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';

const GOLD_DIR = fileURLToPath(new URL('../../../shared/gold', import.meta.url));
const MIN_ACCURACY = 0.9;

interface GoldExpected {
  readonly title?: string | null;
  readonly publishedAt?: string | null;
  readonly eventDate?: string | null;
  readonly body?: { readonly paragraphs?: readonly string[] } | null;
  readonly images?: readonly { readonly caption?: string | null }[];
}


function readGold(file: string): GoldExpected {
  return (JSON.parse(readFileSync(join(GOLD_DIR, file), 'utf8')) as { expected: GoldExpected }).expected;
}

describe.skipIf(!existsSync(GOLD_DIR))('extractEventDate on the gold files', () => {
  it(`matches at least ${MIN_ACCURACY * 100}% of gold event dates`, () => {
    const files = readdirSync(GOLD_DIR).filter((f) => f.endsWith('.json')).sort();
    const misses: string[] = [];
    let scored = 0;
    for (const file of files) {
      const expected = readGold(file);
      if (!('eventDate' in expected)) continue;
      scored++;
      const got = extractEventDate(bodyOf(...expected.body?.paragraphs ?? []), {
        title: expected.title ?? null,
        captions: (expected.images ?? []).flatMap((i) => (i.caption ? [i.caption] : [])),
        publishedAt: expected.publishedAt ?? null,
        referenceDate: null,
      });
      if (got !== (expected.eventDate ?? null)) misses.push(`${file}: got ${got}, expected ${expected.eventDate}`);
    }
    const accuracy = scored === 0 ? 1 : (scored - misses.length) / scored;
    console.log(`eventDate accuracy ${(accuracy * 100).toFixed(1)}% (${scored - misses.length}/${scored})`);
    if (misses.length > 0) console.log(`misses:\n  ${misses.join('\n  ')}`);
    expect(scored).toBeGreaterThan(0);
    expect(accuracy).toBeGreaterThanOrEqual(MIN_ACCURACY);
  });
});
