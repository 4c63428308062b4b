/**
 * Tells HTML from plain text when the caller said `format: 'auto'`.
 */

/** How much of the input the check reads. */
const SAMPLE_CHARS = 65536;
const DOCUMENT_START_RE = /^\s{0,64}(?:<!doctype\s{1,8}html|<html[\s>]|<\?xml[^>]{0,200}>\s{0,64}<(?:!doctype|html))/i;
const TAG_RE = /<\/?(?:p|div|br|span|table|tr|td|a|img|h[1-6]|li|ul|ol|strong|b|em|i|font|body|head|meta|title|section|article)\b[^<>]{0,1000}>/gi;
/** Tags needed before a text is taken for markup: one stray `<b>` in prose is not a page. */
const MIN_TAGS = 3;

export function detectFormat(text: string): 'html' | 'text' {
  const sample = text.slice(0, SAMPLE_CHARS);
  if (DOCUMENT_START_RE.test(sample)) return 'html';
  TAG_RE.lastIndex = 0;
  let n = 0;
  while (TAG_RE.exec(sample) && ++n < MIN_TAGS);
  return n >= MIN_TAGS ? 'html' : 'text';
}
