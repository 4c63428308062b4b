/**
 * The publication date: the page's date line (where the profile or the header classifier found it),
 * else the `article:published_time` meta tag.
 */
import { parseDateline } from '../dates/parse-dateline.js';
import type { ArticleDocument } from '../document/types.js';

/** `2023-05-01T18:03:00+07:00`, `2023-05-01T11:03:00Z`, `2023-05-01`. */
const ISO_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2})?(?:\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Reads an ISO-like meta value, keeping the page's own offset; a time without offset is Vietnam time. */
function fromMeta(value: string): string | null {
  const m = ISO_RE.exec(value.trim());
  if (!m?.[1]) return parseDateline(value);
  if (!m[2]) return m[1];
  const offset = !m[3] ? '+07:00' : m[3] === 'Z' ? 'Z' : m[3].includes(':') ? m[3] : `${m[3].slice(0, 3)}:${m[3].slice(3)}`;
  return `${m[1]}T${m[2]}:00${offset}`;
}

export function extractPublishedAt(doc: ArticleDocument): string | null {
  for (const block of doc.blocks) {
    if (block.role !== 'dateline') continue;
    if (block.inMain) continue; // a date line inside the body is a dated paragraph, not the page's date
    const parsed = parseDateline(block.text);
    if (parsed) return parsed;
  }
  return doc.meta.publishedTime ? fromMeta(doc.meta.publishedTime) : null;
}
