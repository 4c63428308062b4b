/**
 * Font families whose text is in a legacy font encoding, as data and a lookup.
 *
 * Before Unicode, Vietnamese web pages kept windows-1252 bytes and let the font draw them as
 * Vietnamese letters. The font name is therefore the encoding declaration of such text:
 * - TCVN3 ("ABC") fonts are named with a leading `.Vn`: `.VnTime`, `.VnArial`, `.VnArial Narrow`,
 *   `.VnBook-Antiqua`; the capital-only variants end in `H`: `.VnTimeH`, `.VnArialH`, `.VnBahamasBH`.
 * - VNI fonts are named `VNI-…`: `VNI-Times`, `VNI-Helve`, `VNI-Aptima`, `VNI-Univer`.
 */

/** A legacy font encoding found in markup. */
export type LegacyFontEncoding = 'tcvn3' | 'vni';

export interface LegacyFont {
  readonly encoding: LegacyFontEncoding;
  /** A capital-only font (`.VnTimeH`): every letter is drawn as a capital. */
  readonly capitals: boolean;
}

const TCVN3_PREFIX = '.vn';
/** `VNI-Times`, `VNI Times`, `VNI_Times`. */
const VNI_FAMILY_RE = /^vni[-\s_][a-z]/;
const QUOTES_RE = /^["'\s]{1,8}|["'\s]{1,8}$/g;

/**
 * The legacy encoding a font family stands for, or null for any other family.
 *
 * @param family one family name as written in `face=` or `font-family:` (quotes allowed).
 * @example legacyFont('".VnTimeH"') // { encoding: 'tcvn3', capitals: true }
 */
export function legacyFont(family: string): LegacyFont | null {
  const name = family.replace(QUOTES_RE, '').toLowerCase();
  if (name.startsWith(TCVN3_PREFIX) && name.length > TCVN3_PREFIX.length) {
    return { encoding: 'tcvn3', capitals: name.endsWith('h') };
  }
  if (VNI_FAMILY_RE.test(name)) return { encoding: 'vni', capitals: false };
  return null;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Where a family name may start: `.vn` before a letter (TCVN3), `vni` before `-`, ` ` or `_` and a letter (VNI). */
function nameAt(text: string, k: number): boolean {
  const before = text.charCodeAt(k - 1);
  if (before === 0x2e /* . */ && isAsciiLetter(text.charCodeAt(k + 2))) return true;
  const third = text.charCodeAt(k + 2) | 0x20;
  const sep = text.charCodeAt(k + 3);
  return third === 0x69 /* i */ && (sep === 0x2d || sep === 0x20 || sep === 0x5f) && isAsciiLetter(text.charCodeAt(k + 4)) && !isAsciiLetter(before);
}

/** The spellings of `vn` a family name starts with. */
const VN_SPELLINGS = ['vn', 'Vn', 'VN', 'vN'];

/**
 * Whether a legacy family name (`.VnTime`, `VNI-Times`) appears anywhere in a page: the cheap test
 * before the page is read run by run. Forward `indexOf` scans, so linear and fast on large pages
 * (a `.vn` domain in a link is looked at and passed).
 */
export function hasLegacyFontName(text: string): boolean {
  for (const vn of VN_SPELLINGS) {
    for (let k = text.indexOf(vn); k >= 0; k = text.indexOf(vn, k + 1)) if (nameAt(text, k)) return true;
  }
  return false;
}
