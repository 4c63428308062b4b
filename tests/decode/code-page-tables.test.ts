/**
 * The code pages decoded without a Node-only library (src/decode/code-pages.ts): every one of the
 * 256 bytes against iconv-lite, the decoder the library used before (kept for tests only).
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { canonicalEncoding } from '../../src/decode/decode-bytes.js';
import { codePageName, decodeCodePage } from '../../src/decode/code-pages.js';

const ALL_BYTES = Uint8Array.from({ length: 256 }, (_, i) => i);

/**
 * Our name → iconv-lite's name for the same code page, and whether it comes from TextDecoder. The
 * Encoding Standard gives a byte windows-125x leaves undefined (0x81, 0x8D, ...) its C1 control,
 * where iconv-lite gives U+FFFD; that is the one difference allowed, and only for those.
 */
const CODE_PAGES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['viscii', 'viscii', false],
  ['tcvn', 'tcvn', false],
  ['windows-1258', 'windows-1258', true],
  ['windows-1252', 'windows-1252', true],
];

describe('code pages decoded without iconv-lite', () => {
  for (const [ours, theirs, standard] of CODE_PAGES) {
    it(`${ours}: all 256 bytes as iconv-lite reads them`, () => {
      const expected = iconv.decode(Buffer.from(ALL_BYTES), theirs);
      const got = decodeCodePage(ours, ALL_BYTES);
      for (let byte = 0; byte < 256; byte++) {
        const undefinedByte = standard && byte >= 0x80 && byte < 0xa0 && expected.charCodeAt(byte) === 0xfffd;
        const want = undefinedByte ? byte : expected.charCodeAt(byte);
        expect(got.charCodeAt(byte).toString(16), `byte 0x${byte.toString(16)}`).toBe(want.toString(16));
      }
      expect(got.length).toBe(256);
    });
  }

  it('reads an input longer than one chunk whole, in order', () => {
    const bytes = Uint8Array.from({ length: 20_000 }, (_, i) => (i * 7) % 256);
    expect(decodeCodePage('viscii', bytes)).toBe(iconv.decode(Buffer.from(bytes), 'viscii'));
  });

  it('reads a byte subarray at its own offset', () => {
    const bytes = Uint8Array.of(0x41, 0xe0, 0x62); // VISCII 0xE0 is à
    expect(decodeCodePage('viscii', bytes.subarray(1, 2))).toBe('à');
  });

  it('finds the labels of every code page the library decoded before', () => {
    for (const label of ['VISCII', 'tcvn', 'TCVN5712', 'x-viet-tcvn5712', 'vscii', 'cp1258', 'windows-1258', 'utf-16le', 'latin1']) {
      expect(canonicalEncoding(label), label).not.toBeNull();
    }
  });

  it('refuses labels no decoder knows, and names inherited from Object', () => {
    expect(codePageName('x-no-such-code-page')).toBeNull();
    expect(canonicalEncoding('constructor')).toBeNull();
    expect(canonicalEncoding('__proto__')).toBeNull();
  });
});
