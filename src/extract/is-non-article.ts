/**
 * Pages that share the article template but are not news: an agency's introduction, its functions,
 * a weekly schedule; and pages with no article at all (listings, which have neither headline nor prose).
 */
import type { ArticleDocument } from '../document/types.js';
import { NON_ARTICLE_TITLES } from '../vi/page-chrome.js';

const nonArticleTitles = new Set(NON_ARTICLE_TITLES);

/** Less article text than this on an HTML page without a vouched-for headline means a listing. */
const MIN_PROSE_CHARS = 80;

export function isNonArticle(doc: ArticleDocument, title: string | null): boolean {
  if (title !== null && nonArticleTitles.has(title.toLowerCase().replace(/(?<![\s.:])[\s.:]+$/u, ''))) return true;
  let proseChars = 0;
  for (const b of doc.blocks) if (b.inMain && b.role === 'paragraph') proseChars += b.text.length;
  // A text copy is an article as soon as it has a paragraph: it has no menus to be mistaken for one.
  if (doc.format === 'text') return proseChars === 0;
  // A whole page with no headline anywhere (no heading, no og:title) is a schedule, a table, a form.
  if (!doc.fragment && title === null) return true;
  // A page without prose and without a headline that a profile vouches for is a listing.
  return proseChars < MIN_PROSE_CHARS && (title === null || doc.profile === null);
}
