/**
 * The publication date, from the most reliable source the page has:
 *
 * 1. The date line a site profile points at (the profile knows the template).
 * 2. The metadata's ISO times (JSON-LD `datePublished`, `article:published_time`, microdata,
 *    `<meta name=pubdate|date|…>`, `<time datetime>`; ordered in `read-page-meta.ts`): machine-written,
 *    with the page's offset.
 * 3. The page's visible date line (found by the header classifier), read as Vietnamese papers write it.
 * 4. Metadata written in words rather than ISO form.
 *
 * Times keep the page's own offset; a UTC time is moved to the page's zone when the page states one,
 * and a Vietnamese page without an offset is in Vietnam time.
 */
import { parseDateline } from '../dates/parse-dateline.js';
import { isoFromStated, VIETNAM_OFFSET } from '../dates/to-iso.js';
import { isVietnameseDocument } from '../document/html/metadata/language.js';
import type { ArticleDocument, Block } from '../document/types.js';

/** The page's zone: the offset its metadata states, else Vietnam's for a Vietnamese page, else unknown. */
function pageZone(doc: ArticleDocument): string | null {
  if (doc.meta.zoneOffset) return doc.meta.zoneOffset;
  return isVietnameseDocument(doc) ? VIETNAM_OFFSET : null;
}

/** The first date line outside the body that reads as a date (a date line inside it dates a paragraph). */
function fromDatelines(blocks: readonly Block[]): string | null {
  for (const block of blocks) {
    if (block.role !== 'dateline' || block.inMain) continue;
    const parsed = parseDateline(block.text);
    if (parsed) return parsed;
  }
  return null;
}

export function extractPublishedAt(doc: ArticleDocument): string | null {
  if (doc.profile !== null) {
    const fromProfile = fromDatelines(doc.blocks);
    if (fromProfile) return fromProfile;
  }
  const zone = pageZone(doc);
  for (const value of doc.meta.publishedTimes) {
    const iso = isoFromStated(value, zone);
    if (iso) return iso;
  }
  if (doc.profile === null) {
    const fromLine = fromDatelines(doc.blocks);
    if (fromLine) return fromLine;
  }
  for (const value of doc.meta.publishedTimes) {
    const parsed = parseDateline(value);
    if (parsed) return parsed;
  }
  return null;
}
