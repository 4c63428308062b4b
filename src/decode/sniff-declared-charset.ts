/**
 * Finds the character encoding a page declares for itself, the way browsers pre-scan:
 * `<meta charset>`, `<meta http-equiv="Content-Type" content="...; charset=...">`,
 * or an XML declaration, within the first bytes of the document.
 */

/** Browsers look at the first 1024 bytes; archived pages often push the meta further down, so we look further. */
const PRESCAN_BYTES = 8192;

// Each pattern is anchored on a literal and uses bounded, non-nested repetition: linear time.
const META_CHARSET_RE = /<meta\b[^>]{0,512}?\bcharset\s{0,8}=\s{0,8}["']?\s{0,8}([\w.:-]{1,40})/i;
const XML_DECLARATION_RE = /^\s{0,64}<\?xml\b[^>]{0,256}?\bencoding\s{0,8}=\s{0,8}["']([\w.:-]{1,40})["']/i;

/**
 * Returns the declared charset label, lower-cased, or null.
 * Bytes are read as latin1 so that every byte maps to one character and offsets stay byte offsets.
 */
export function sniffDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = XML_DECLARATION_RE.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = META_CHARSET_RE.exec(head);
  return meta?.[1] ? meta[1].toLowerCase() : null;
}

/**
 * One character per byte whatever the bytes: WHATWG's `latin1` label is windows-1252, whose
 * decoder maps each byte to one UTF-16 unit (Node maps them as ISO-8859-1: also one per byte).
 * Far faster than building the string with `String.fromCharCode(...)`.
 */
const latin1Decoder = new TextDecoder('latin1');

function latin1(bytes: Uint8Array): string {
  return latin1Decoder.decode(bytes);
}
