/**
 * Whether a page is in Vietnamese: its declared language (`<html lang="vi">`, `og:locale vi_VN`)
 * or its own letters. Vietnamese pages without a stated offset are in Vietnam time, and their
 * headlines follow Vietnamese conventions.
 */

import type { ArticleDocument } from '../../types.js';

/**
 * Letters that only Vietnamese uses among the languages written in Latin script: `đ`, `ơ`, `ư` and
 * the precomposed letters with a tone mark below or a hook (U+1EA0–U+1EF9, Latin Extended Additional).
 */
const VIETNAMESE_LETTER_RE = /[\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/**
 * @param lang   the declared language, lower case (`vi`, `vi-vn`, `en_us`), or null
 * @param sample a text of the page (its headline and first lines)
 */
export function isVietnamese(lang: string | null, sample: string): boolean {
  // Templates copied from abroad often declare `lang="en"` over Vietnamese text: the letters decide too.
  return (lang?.startsWith('vi') ?? false) || VIETNAMESE_LETTER_RE.test(sample);
}

/** Letters with a Vietnamese tone or vowel mark (`à`, `ạ`, `ơ`, `đ`, …): Vietnamese words have them. */
const MARKED_LETTER_RE = /[\u00C0-\u00C3\u00C8-\u00CA\u00CC\u00CD\u00D2-\u00D5\u00D9\u00DA\u00DD\u00E0-\u00E3\u00E8-\u00EA\u00EC\u00ED\u00F2-\u00F5\u00F9\u00FA\u00FD\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

/** Whether `text` has a letter with a Vietnamese mark (an SEO tail or a template default has none). */
export function hasVietnameseMarks(text: string): boolean {
  return MARKED_LETTER_RE.test(text);
}

/**
 * Whether a document is in Vietnamese: plain texts always are (the library's text inputs are
 * Vietnamese papers' copies); a page by its declared language or the letters of its headline,
 * titles and first paragraph (a Vietnamese article inside a foreign template has its own letters).
 */
export function isVietnameseDocument(doc: ArticleDocument): boolean {
  if (doc.format === 'text') return true;
  const title = doc.blocks.find((b) => b.role === 'title')?.text;
  const first = doc.blocks.find((b) => b.inMain && b.role === 'paragraph')?.text;
  return isVietnamese(doc.meta.lang, [doc.meta.title, doc.meta.ogTitle, title, first?.slice(0, 300)].join(' '));
}
