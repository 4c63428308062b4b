/**
 * Bytes in a code page to a string, with what every JavaScript runtime has: `TextDecoder` for the
 * encodings of the WHATWG Encoding Standard (windows-1258, UTF-16, KOI8-R, Shift_JIS, ...), and
 * tables of our own for the two Vietnamese code pages the standard leaves out (VISCII, TCVN 5712).
 * No Node built-in, so the library runs as it is in browsers, Deno, Bun and workers.
 */
import type { SingleByteCodePage } from '../vi/legacy-encodings/single-byte.js';
import { TCVN5712 } from '../vi/legacy-encodings/tcvn5712.js';
import { VISCII } from '../vi/legacy-encodings/viscii.js';
import { decodeWindows1252 } from './windows-1252.js';

/** The character of every byte 0x00–0xFF: the table's C0 and upper half, ASCII between. */
function fullTable(page: SingleByteCodePage): Uint16Array {
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) table[byte] = byte < 0x20 ? page.c0[byte]! : byte < 0x80 ? byte : page.high[byte - 0x80]!;
  return table;
}

/** The code pages decoded from a table here, by the name the record reports. */
const TABLE_CODE_PAGES: ReadonlyMap<string, Uint16Array> = new Map([
  ['viscii', fullTable(VISCII)],
  ['tcvn', fullTable(TCVN5712)],
]);

/** Characters turned into a string per call: well under every engine's limit on arguments. */
const CHUNK = 8192;

function decodeWithTable(table: Uint16Array, bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = table[bytes[i]!]!;
  // By chunks of code units, not character by character: no string is built and thrown away per byte.
  let text = '';
  for (let at = 0; at < units.length; at += CHUNK) text += String.fromCharCode(...units.subarray(at, at + CHUNK));
  return text;
}

/**
 * The canonical name of an encoding label that can be decoded here (`windows-1258`, `viscii`,
 * `tcvn`, ...), or null. Names of the table code pages are taken as they are; every other label
 * is resolved by `TextDecoder`, which knows the Encoding Standard's labels (`cp1252`, `x-sjis`, ...).
 */
export function codePageName(label: string): string | null {
  if (TABLE_CODE_PAGES.has(label)) return label;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Decodes bytes in a code page named by {@link codePageName}.
 *
 * @param keepBom false to drop a leading byte-order mark as `TextDecoder` does by default.
 * @throws {RangeError} for a name no decoder here knows.
 */
export function decodeCodePage(encoding: string, bytes: Uint8Array, keepBom = true): string {
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  const table = TABLE_CODE_PAGES.get(encoding);
  if (table) return decodeWithTable(table, bytes);
  return new TextDecoder(encoding, { ignoreBOM: keepBom }).decode(bytes);
}
