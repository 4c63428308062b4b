/**
 * windows-1252 as the WHATWG Encoding Standard defines it (the encoding of every `latin1`,
 * `iso-8859-1` and `us-ascii` label on the web).
 *
 * Why not TextDecoder alone: Node 20's TextDecoder reads `windows-1252` as ISO-8859-1, giving
 * C1 controls (U+0093) where the standard has `“` (0x93), `–` (0x96), `€` (0x80); the record
 * would lose them (control characters are removed). Its other bytes are right, so only the 27
 * bytes 0x80–0x9F that windows-1252 defines are repaired here; the 5 it leaves undefined stay
 * C1 controls, as the standard says.
 */

/** windows-1252 0x80–0x9F; 0 where the byte is undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const HIGH_C1: readonly number[] = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

const C1_RE = /[\u0080-\u009f]/g;

/** The character windows-1252 gives a byte. */
export function windows1252Char(byte: number): string {
  const high = byte >= 0x80 && byte < 0xa0 ? HIGH_C1[byte - 0x80]! : 0;
  return String.fromCharCode(high || byte);
}

/** Decodes windows-1252 bytes by the standard, whatever the runtime's TextDecoder does with 0x80–0x9F. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(C1_RE, (c) => windows1252Char(c.charCodeAt(0)));
}
