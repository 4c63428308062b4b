/**
 * VNI for Windows text (`VNI-Times` fonts) to Unicode, with the tables of `src/vi/legacy-encodings/vni.ts`.
 */
import { VNI_MARKS, VNI_SINGLE_LETTERS, type VniMark } from '../../vi/legacy-encodings/vni.js';
import type { ByteOf } from './byte-view.js';
import { unitWriter } from '../../text/unit-writer.js';

const SINGLE: ReadonlyMap<number, string> = new Map(VNI_SINGLE_LETTERS);
const MARK: ReadonlyMap<number, VniMark> = new Map(VNI_MARKS.flatMap((m) => [[m.lower, m] as const, [m.upper, m] as const]));

/** True when the byte is a VNI letter or mark outside ASCII: a sign that a text may be VNI. */
export function isVniByte(byte: number): boolean {
  return SINGLE.has(byte) || MARK.has(byte);
}

/** The base a mark may follow: an ASCII vowel, or the one-byte `ơ`/`ư`; lower case. */
function baseOf(letter: string): string {
  return letter.toLowerCase();
}

/**
 * Converts VNI text to NFC Unicode. A mark byte is joined to the vowel before it when the
 * pair exists in VNI (`aù` → á, `oâ` → ô, `ôù` → ớ); anything else is kept as it is.
 *
 * @example decodeVni('Vieät Nam', byteViewFor('utf-8')!) // 'Việt Nam'
 */
export function decodeVni(text: string, byteOf: ByteOf): string {
  // One buffer, not `out +=` per character (see unit-writer.ts); a mark adds at most two units.
  const out = unitWriter(text.length + 16);
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    const single = code >= 0x80 ? SINGLE.get(byteOf(code)) : undefined;
    const letter = single ?? text[i]!;
    i++;
    const next = i < text.length ? text.charCodeAt(i) : -1;
    const mark = next >= 0x80 ? MARK.get(byteOf(next)) : undefined;
    out.write(letter);
    if (mark && mark.bases.includes(baseOf(letter))) {
      out.write(mark.marks);
      i++;
    }
  }
  return out.text().normalize('NFC');
}
