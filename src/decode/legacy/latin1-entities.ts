/**
 * Character references for the bytes 0xA1–0xFF inside a run of font-encoded HTML.
 *
 * Some editors wrote the bytes of TCVN3 or VNI text as references (`Kh&laquo;ng`, `Kh&#171;ng`).
 * Drawn with the legacy font they are letters like any other byte, so they are read as bytes
 * before conversion. Other references (`&amp;`, `&lt;`, `&nbsp;`, `&#8230;`) stay as written.
 */

/** HTML named references of U+00A1–U+00FF, in code point order. */
const NAMES = (
  'iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring ' +
  'AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml ' +
  'times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil ' +
  'egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ' +
  'ugrave uacute ucirc uuml yacute thorn yuml'
).split(' ');

const BY_NAME: ReadonlyMap<string, string> = new Map(NAMES.map((name, i) => [name, String.fromCharCode(0xa1 + i)]));

/** A reference: decimal, hexadecimal or named; the `;` is optional, as in browsers. */
const REFERENCE_RE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,9}));?/g;

function latin1Char(code: number): string | null {
  return code >= 0xa1 && code <= 0xff ? String.fromCharCode(code) : null;
}

/** True when the text has a `&`, the only way it can hold a reference. */
export function mayHaveReferences(raw: string): boolean {
  return raw.includes('&');
}

/**
 * Replaces the references of U+00A1–U+00FF by their characters; leaves the others.
 *
 * @example decodeLatin1References('Kh&laquo;ng &amp; &#171;') // 'Kh«ng &amp; «'
 */
export function decodeLatin1References(raw: string): string {
  if (!mayHaveReferences(raw)) return raw;
  return raw.replace(REFERENCE_RE, (ref, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return latin1Char(Number.parseInt(dec, 10)) ?? ref;
    if (hex) return latin1Char(Number.parseInt(hex, 16)) ?? ref;
    // A named reference needs its `;` unless the whole name matched (`&copy` is read, `&copyx` is not).
    const char = name ? BY_NAME.get(name) : undefined;
    return char ?? ref;
  });
}
