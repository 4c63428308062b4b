/**
 * TCVN3 text (the ABC `.VnTime` fonts) to Unicode, with the table of `src/vi/legacy-encodings/tcvn3.ts`.
 */
import { TCVN3_LETTERS } from '../../vi/legacy-encodings/tcvn3.js';
import type { ByteOf } from './byte-view.js';
import { unitWriter } from '../../text/unit-writer.js';

/** Byte → letter, indexed by byte; '' where the byte keeps its windows-1252 meaning. */
const BY_BYTE: readonly string[] = (() => {
  const table = new Array<string>(256).fill('');
  for (const [byte, letter] of TCVN3_LETTERS) table[byte] = letter;
  return table;
})();

/** True when the byte is a TCVN3 letter outside ASCII: a sign that a text may be TCVN3. */
export function isTcvn3LetterByte(byte: number): boolean {
  return byte >= 0 && byte < 256 && BY_BYTE[byte] !== '';
}

/**
 * Converts TCVN3 text to NFC Unicode. Characters without a byte under `byteOf` (text that was
 * never TCVN3) and bytes that are not TCVN3 letters are kept as they are.
 *
 * @param capitals the text was set in a capital font (`.VnTimeH`): the result is upper-cased, as drawn.
 * @example decodeTcvn3('Kh«ng', byteViewFor('utf-8')!) // 'Không'
 */
export function decodeTcvn3(text: string, byteOf: ByteOf, capitals = false): string {
  // One buffer, not `out +=` per character (see unit-writer.ts).
  const out = unitWriter(text.length + 16);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const letter = code < 0x80 ? '' : (BY_BYTE[byteOf(code)] ?? '');
    out.write(letter || text[i]!);
  }
  const written = out.text();
  const converted = capitals ? written.toUpperCase() : written;
  return converted.normalize('NFC');
}
