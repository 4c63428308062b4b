/**
 * Robustness over every real page in ../shared/corpus: each yields a record that passes the exported
 * schema, or the library's typed error; nothing else (acceptance 4 of the core issue).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, parseArticle, VnNewsParseError } from '../src/index.js';
import { HAS_SHARED, listCorpusPages, SHARED_DIR } from './helpers/shared.js';

const corpus = join(SHARED_DIR, 'corpus');
const files = listCorpusPages();

describe.skipIf(!HAS_SHARED)('every corpus page gives a valid record or a typed error', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(1000);
  });

  it('parses each file', async () => {
    const failures: string[] = [];
    let records = 0;
    for (const [n, file] of files.entries()) {
      // A turn for the event loop now and then: run as one loop, the test held vitest's worker
      // messages for half a minute on a busy machine.
      if (n % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
      const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
      try {
        const record = parseArticle(bytes);
        const check = ArticleRecordSchema.safeParse(record);
        if (check.success) records++;
        else failures.push(`${relative(corpus, file)}: schema: ${check.error.message.slice(0, 200)}`);
      } catch (error) {
        if (!(error instanceof VnNewsParseError)) failures.push(`${relative(corpus, file)}: threw ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(records).toBeGreaterThan(files.length * 0.95);
  });
});
