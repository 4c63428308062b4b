/**
 * Tells HTML from plain text when the caller said `format: 'auto'`.
 *
 * First, as a browser's parser would, it passes over what may come before a page's first element:
 * white space, a byte-order mark, comments, scripts and styles, processing instructions and the
 * doctype, however long (a page may open with 100 KB of script). A page that then starts with a
 * document or block element (`<html>`, `<head>`, `<body>`, `<p>`, `<div>`, `<table>`, ...) is HTML:
 * no prose starts that way, and a fragment such as a single `<p>…</p>` is one. Otherwise the first
 * 64 KiB after that prologue are read for tags.
 */

/** How much of the input after the prologue the tag count reads. */
const SAMPLE_CHARS = 65536;
const TAG_RE = /<\/?(?:p|div|br|span|table|tr|td|a|img|h[1-6]|li|ul|ol|strong|b|em|i|font|body|head|meta|title|section|article)\b[^<>]{0,1000}>/gi;
/** Tags needed before a text is taken for markup: one stray `<b>` in prose is not a page. */
const MIN_TAGS = 3;

/** A start tag that begins a page or a fragment of one, ended within 1,000 characters; prose never starts with one. */
const OPENING_TAG_RE =
  /<(?:!doctype|html|head|body|meta|title|link|base|p|div|table|h[1-6]|ul|ol|dl|section|article|header|main|nav|aside|footer|form|center|blockquote|pre|figure|hr)(?=[\s/>])[^<>]{0,1000}>/iy;
/** A raw-text element whose content is skipped up to its end tag, and that end tag. */
const RAW_TEXT_START_RE = /<(script|style)(?=[\s/>])/iy;
const SCRIPT_END_RE = /<\/script/gi;
const STYLE_END_RE = /<\/style/gi;

/** The index past what `text` opens with before its first element, or -1 when a comment or script never ends. */
function skipPrologue(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && isSpaceOrBom(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3c /* < */) return i;
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return -1;
      i = end + 3;
      continue;
    }
    if (text.startsWith('<?', i)) {
      const end = text.indexOf('>', i + 2);
      if (end < 0) return -1;
      i = end + 1;
      continue;
    }
    RAW_TEXT_START_RE.lastIndex = i;
    const raw = RAW_TEXT_START_RE.exec(text);
    if (!raw) return i;
    const endRe = raw[1]!.toLowerCase() === 'script' ? SCRIPT_END_RE : STYLE_END_RE;
    endRe.lastIndex = i + raw[0].length;
    if (!endRe.exec(text)) return -1;
    const close = text.indexOf('>', endRe.lastIndex);
    if (close < 0) return -1;
    i = close + 1;
  }
}

function isSpaceOrBom(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0xfeff;
}

export function detectFormat(text: string): 'html' | 'text' {
  const start = skipPrologue(text);
  // A comment or script that runs to the end: markup, whatever follows.
  if (start < 0) return 'html';
  OPENING_TAG_RE.lastIndex = start;
  if (OPENING_TAG_RE.test(text)) return 'html';
  const sample = text.slice(start, start + SAMPLE_CHARS);
  TAG_RE.lastIndex = 0;
  let n = 0;
  while (TAG_RE.exec(sample) && ++n < MIN_TAGS);
  return n >= MIN_TAGS ? 'html' : 'text';
}
