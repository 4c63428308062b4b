/**
 * Acceptance 2 of the legacy-text issue: no false positives.
 *
 * Over every modern page of the shared corpus (html, bulk, text, pages-text, and the
 * scrapinghub benchmark pages in other languages), the legacy stage with conversion on gives
 * exactly the text it gives with conversion off (`legacyText: 'keep'`), character for character,
 * and reports the encoding the bytes were decoded with: the declared or detected Unicode form or
 * code page, never a legacy text encoding nor `mixed`.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/decode/decode-input.js';
import { readLegacyText } from '../../src/decode/read-legacy-text.js';
import { detectFormat } from '../../src/document/detect-format.js';
import { VnNewsParseError } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { HAS_SHARED, listCorpusPages, SHARED_DIR } from '../helpers/shared.js';

const corpus = join(SHARED_DIR, 'corpus');
const files = listCorpusPages();

const CONVERT = resolveOptions({});
const KEEP = resolveOptions({ legacyText: 'keep' });
const LEGACY_NAMES = new Set(['tcvn3', 'vni', 'viqr', 'mixed']);

describe.skipIf(!HAS_SHARED)('modern pages are left exactly as decoded', () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(1000);
  });

  it('converts nothing and names the decoded encoding, on every page', () => {
    const changed: string[] = [];
    const encodings = new Map<string, number>();
    let pages = 0;
    for (const file of files) {
      const bytes = file.endsWith('.gz') ? gunzipSync(readFileSync(file)) : readFileSync(file);
      let decoded;
      try {
        decoded = decodeInput(bytes, CONVERT);
      } catch (error) {
        if (error instanceof VnNewsParseError) continue; // empty or binary: never reaches the legacy stage
        throw error;
      }
      const format = detectFormat(decoded.text);
      const on = readLegacyText(decoded, format, CONVERT);
      const off = readLegacyText(decoded, format, KEEP);
      pages++;
      encodings.set(on.encoding, (encodings.get(on.encoding) ?? 0) + 1);
      const name = relative(corpus, file);
      if (on.text !== off.text) changed.push(`${name}: text changed`);
      if (on.encoding !== decoded.encoding || LEGACY_NAMES.has(on.encoding)) changed.push(`${name}: encoding ${on.encoding}`);
      if (on.warnings.length !== decoded.warnings.length) changed.push(`${name}: warnings ${on.warnings.join('; ')}`);
    }
    console.log(`${pages} pages, ${changed.length} changed; encodings ${JSON.stringify(Object.fromEntries(encodings))}`);
    expect(changed).toEqual([]);
    expect(pages).toBeGreaterThan(1000);
  });
});
