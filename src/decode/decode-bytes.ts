/**
 * Bytes to a JavaScript string: byte-order mark, then the page's own declaration,
 * then UTF-8 validity, then the Vietnamese code page (windows-1258 or VISCII) the content reads in.
 * Legacy font encodings and VIQR are converted after this, run by run (`read-legacy-text.ts`).
 */
import { guessVietnameseCodePage, overrideDeclaration } from './detect-code-page.js';
import { sniffDeclaredCharset } from './sniff-declared-charset.js';
import { codePageName, decodeCodePage } from './code-pages.js';

export interface DecodedText {
  readonly text: string;
  /** The encoding used, as a lower-case WHATWG name or `viscii`/`tcvn` (`utf-8`, `windows-1258`, ...). */
  readonly encoding: string;
  /** How the encoding was chosen: `content` when the bytes' Vietnamese reading decided it. */
  readonly via: 'bom' | 'option' | 'declared' | 'utf8-valid' | 'content' | 'fallback';
  readonly warnings: string[];
}

/** Labels that mean the same encoding, mapped to the name the record reports. */
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'x-unicode20utf8': 'utf-8',
  cp1258: 'windows-1258',
  'x-cp1258': 'windows-1258',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  // Not `x-viet-vps`: that is VPS, another code page, which no decoder here has; it is detected by content instead.
  'x-viet-tcvn5712': 'tcvn',
  tcvn: 'tcvn',
  'tcvn-5712': 'tcvn',
  tcvn5712: 'tcvn',
  'tcvn5712-1': 'tcvn',
  vscii: 'tcvn',
};

/**
 * Single-byte code pages a page declares and may be in fact in another one: Western ones (the
 * default of old editors) and the Vietnamese ones, each of which is mistaken for the other.
 */
const CHECKED_SINGLE_BYTE: ReadonlySet<string> = new Set(['windows-1252', 'iso-8859-15', 'windows-1258', 'viscii', 'tcvn']);

const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Labels of the legacy text encodings, which are not code pages: text in them is windows-1252
 * (TCVN3, VNI) or ASCII (VIQR) bytes, converted after decoding (see `read-legacy-text.ts`).
 */
const LEGACY_TEXT_LABELS: Readonly<Record<string, 'tcvn3' | 'vni' | 'viqr'>> = {
  tcvn3: 'tcvn3',
  'tcvn-3': 'tcvn3',
  vn3: 'tcvn3',
  abc: 'tcvn3',
  vni: 'vni',
  'vni-win': 'vni',
  'vni-windows': 'vni',
  viqr: 'viqr',
};

/** The legacy text encoding a label names (`tcvn3`, `vni`, `viqr`), or null for anything else. */
export function legacyTextEncoding(label: string | null): 'tcvn3' | 'vni' | 'viqr' | null {
  return label ? (LEGACY_TEXT_LABELS[label.trim().toLowerCase()] ?? null) : null;
}

/**
 * Canonical name for a label, or null if no decoder here knows it: the Encoding Standard's labels
 * and the Vietnamese code pages VISCII and TCVN 5712 (see `code-pages.ts`).
 */
export function canonicalEncoding(label: string): string | null {
  const lower = label.trim().toLowerCase();
  // Own keys only: a declared charset `constructor` must not find Object's.
  return Object.hasOwn(LABEL_ALIASES, lower) ? LABEL_ALIASES[lower]! : codePageName(lower);
}

/** The encoding a byte-order mark names, and the mark's length, or null without one. */
function bomEncoding(bytes: Uint8Array): { readonly encoding: string; readonly length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The encoding the page declares, canonical, or null. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const label = sniffDeclaredCharset(bytes);
  return label ? canonicalEncoding(label) : null;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Decodes bytes.
 *
 * @param forced an encoding label the caller insists on, or null to detect.
 */
export function decodeBytes(bytes: Uint8Array, forced: string | null): DecodedText {
  const warnings: string[] = [];
  // A byte-order mark decides, before the caller's encoding and the page's declaration (HTML standard, "BOM sniffing").
  const bom = bomEncoding(bytes);
  if (bom) {
    const other = forced ? canonicalEncoding(forced) : bom.encoding === 'utf-8' ? declaredEncoding(bytes) : null;
    if (other && other !== bom.encoding) warnings.push(`${forced ? 'asked for' : 'declared'} ${other} but the bytes start with a ${bom.encoding} byte-order mark; read as ${bom.encoding}`);
    return { text: decodeCodePage(bom.encoding, bytes.subarray(bom.length)), encoding: bom.encoding, via: 'bom', warnings };
  }
  if (forced) {
    const legacy = legacyTextEncoding(forced);
    if (legacy) {
      // The bytes of font-encoded text are windows-1252; VIQR is ASCII, so UTF-8 when it is valid.
      const utf8 = legacy === 'viqr' ? tryUtf8(bytes) : null;
      return utf8 !== null
        ? { text: utf8, encoding: 'utf-8', via: 'option', warnings }
        : { text: decodeCodePage('windows-1252', bytes), encoding: 'windows-1252', via: 'option', warnings };
    }
    const encoding = canonicalEncoding(forced);
    if (!encoding) throw new TypeError(`vn-news-parser: unknown encoding \`${forced}\``);
    return { text: decodeCodePage(encoding, bytes), encoding, via: 'option', warnings };
  }

  const utf8 = tryUtf8(bytes);
  const declaredLabel = sniffDeclaredCharset(bytes);
  let declared = declaredLabel ? canonicalEncoding(declaredLabel) : null;
  if (declaredLabel && !declared) warnings.push(`unknown declared charset "${declaredLabel}", detected instead`);
  if (declared === 'utf-16le' || declared === 'utf-16be') {
    // A declaration read as ASCII cannot be in UTF-16: the HTML standard reads such a page as UTF-8.
    warnings.push(`declared ${declaredLabel}, which a declaration readable as ASCII cannot be in; read as UTF-8`);
    declared = 'utf-8';
  }

  if (declared && declared !== 'utf-8') {
    if (utf8 !== null && hasNonAscii(bytes)) {
      // Valid multi-byte UTF-8 is almost never accidental; Vietnamese sites often keep an old meta.
      warnings.push(`declared ${declared} but the bytes are valid UTF-8; read as UTF-8`);
      return { text: utf8, encoding: 'utf-8', via: 'utf8-valid', warnings };
    }
    if (utf8 === null && CHECKED_SINGLE_BYTE.has(declared) && hasNonAscii(bytes)) {
      const guess = overrideDeclaration(bytes, declared);
      if (guess) {
        warnings.push(`declared ${declared} but the text reads as ${guess.encoding}; read as ${guess.encoding}`);
        return { text: decodeCodePage(guess.encoding, bytes), encoding: guess.encoding, via: 'content', warnings };
      }
    }
    return { text: decodeCodePage(declared, bytes), encoding: declared, via: 'declared', warnings };
  }
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', via: declared ? 'declared' : 'utf8-valid', warnings };
  // Not UTF-8 and nothing else declared: a Vietnamese code page, the one whose reading gives syllables;
  // windows-1258, the legacy Windows one, unless VISCII reads clearly better.
  const guess = guessVietnameseCodePage(bytes);
  if (declared === 'utf-8') warnings.push(`declared utf-8 but the bytes are not valid UTF-8; read as ${guess.encoding}`);
  return { text: decodeCodePage(guess.encoding, bytes), encoding: guess.encoding, via: guess.encoding === 'viscii' ? 'content' : 'fallback', warnings };
}
