/**
 * Acceptance 3 of the legacy-text issue: the real encoding samples of uchardet
 * (corpus/text/encoding-samples-uchardet/vi-{utf-8,viscii,windows-1258}.txt, one text in three
 * encodings, none declared) decode to the same readable Vietnamese, which passes the syllable test.
 * VISCII is found by content alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/decode/decode-input.js';
import { readLegacyText } from '../../src/decode/read-legacy-text.js';
import { parseArticle } from '../../src/index.js';
import { resolveOptions } from '../../src/options.js';
import { countSyllables } from '../../src/vi/syllable.js';
import { HAS_SHARED, SHARED_DIR } from '../helpers/shared.js';

const dir = join(SHARED_DIR, 'corpus', 'text', 'encoding-samples-uchardet');
const options = resolveOptions({});

function read(name: string): { text: string; encoding: string } {
  const decoded = decodeInput(readFileSync(join(dir, `vi-${name}.txt`)), options);
  const out = readLegacyText(decoded, 'text', options);
  return { text: out.text.normalize('NFC'), encoding: out.encoding };
}

describe.skipIf(!HAS_SHARED)('the uchardet Vietnamese samples', () => {
  it.each([
    ['utf-8', 'utf-8'],
    ['viscii', 'viscii'],
    ['windows-1258', 'windows-1258'],
  ])('vi-%s.txt decodes as %s to readable Vietnamese', (name, encoding) => {
    const out = read(name);
    expect(out.encoding).toBe(encoding);
    const counts = countSyllables(out.text);
    console.log(`vi-${name}.txt: ${counts.valid}/${counts.words} syllables`);
    expect(counts.words).toBeGreaterThan(40);
    expect(counts.valid / counts.words).toBeGreaterThanOrEqual(0.95);
    expect(out.text).toContain('Chữ Quốc ngữ là hệ chữ viết thống nhất chính thức hiện nay của tiếng Việt');
  });

  it('gives the three the same text', () => {
    const utf8 = read('utf-8').text;
    expect(read('viscii').text).toBe(utf8);
    expect(read('windows-1258').text).toBe(utf8);
  });

  it('reports the encoding in the record', () => {
    expect(parseArticle(readFileSync(join(dir, 'vi-viscii.txt'))).source.encoding).toBe('viscii');
    expect(parseArticle(readFileSync(join(dir, 'vi-windows-1258.txt'))).source.encoding).toBe('windows-1258');
  });
});
