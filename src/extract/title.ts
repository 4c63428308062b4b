/**
 * The headline: the block the document model marked as title, else the page's `og:title`.
 * A portal's `<title>` is its site name, so it is never used alone.
 */
import type { ArticleDocument } from '../document/types.js';

/** Separators between a headline and the site name in `og:title`: `Headline - Báo X`, `Headline | X`. */
const SITE_SUFFIX_RE = /\s[|–—-]\s[^|–—-]{2,60}$/u;

/** Empty brackets a template leaves where a date or count would go: `Headline ( )`. */
const EMPTY_BRACKETS_RE = /\s{0,3}[([]\s{0,3}[)\]]/gu;

function cleanTitle(text: string): string | null {
  return text.replace(EMPTY_BRACKETS_RE, '').trim() || null;
}

export function extractTitle(doc: ArticleDocument): string | null {
  const block = doc.blocks.find((b) => b.role === 'title');
  if (block) return cleanTitle(block.text);
  const og = doc.meta.ogTitle;
  if (!og) return null;
  return og.replace(SITE_SUFFIX_RE, '').trim() || null;
}
