/**
 * Reads a decoded string back as the bytes it came from.
 *
 * Font encodings (TCVN3, VNI) are defined on bytes, but the decoding stage has already turned
 * bytes into characters with some code page: windows-1252 (`«` is 0xAB), windows-1258 (`ơ` is
 * 0xF5), or, for UTF-8 pages that kept their old text, the windows-1252 look of the bytes.
 * This module maps each character back to its byte under that code page.
 */
import { decodeCodePage } from '../code-pages.js';

/** A character code → its byte, or -1 when the code page has no byte for it. */
export type ByteOf = (code: number) => number;

/** Code pages whose text can hold font-encoded bytes: the ones such pages were served in. */
const BYTE_CODE_PAGES: ReadonlySet<string> = new Set(['windows-1252', 'windows-1258', 'iso-8859-15']);

const cache = new Map<string, ByteOf>();

function inverseOf(codePage: string): ByteOf {
  const all = new Uint8Array(256);
  for (let i = 0; i < 256; i++) all[i] = i;
  const chars = decodeCodePage(codePage, all);
  const table = new Map<number, number>();
  for (let i = 0; i < chars.length && i < 256; i++) {
    const code = chars.charCodeAt(i);
    if (code !== 0xfffd && !table.has(code)) table.set(code, i);
  }
  return (code) => (code < 0x80 ? code : (table.get(code) ?? -1));
}

/**
 * How to read characters back as bytes for text decoded with `encoding`.
 * Unicode text (UTF-8, UTF-16, a string argument) is read as windows-1252, whose look is what
 * old text pasted into Unicode pages kept; its C1 controls (U+0080–U+009F, from a latin1 reading)
 * count as the bytes they stand for.
 *
 * @returns null when the text came through a code page that cannot hold font-encoded bytes (VISCII, KOI8-R, ...).
 */
export function byteViewFor(encoding: string): ByteOf | null {
  const codePage = BYTE_CODE_PAGES.has(encoding) ? encoding : encoding.startsWith('utf-') ? 'windows-1252' : null;
  if (!codePage) return null;
  let view = cache.get(codePage);
  if (!view) {
    const inverse = inverseOf(codePage);
    view =
      codePage === 'windows-1252'
        ? // Latin-1 letters are their own bytes, and nothing above U+2122 (™) is in windows-1252: the
          // common cases answer without a table look-up.
          (code) => (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : code > 0x2122 ? -1 : code < 0xa0 && inverse(code) < 0 ? code : inverse(code))
        : inverse;
    cache.set(codePage, view);
  }
  return view;
}
