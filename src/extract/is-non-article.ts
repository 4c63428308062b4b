/**
 * Pages that share the article template but are not news: an agency's introduction, its functions,
 * a weekly schedule; and pages with no article at all (listings, which have neither headline nor prose).
 */
import type { ArticleDocument } from '../document/types.js';
import { NON_ARTICLE_TITLES } from '../vi/page-chrome.js';

const nonArticleTitles = new Set(NON_ARTICLE_TITLES);

export function isNonArticle(doc: ArticleDocument, title: string | null): boolean {
  if (title !== null && nonArticleTitles.has(title.toLocaleLowerCase('vi').replace(/[\s.:]+$/u, ''))) return true;
  const hasProse = doc.blocks.some((b) => b.inMain && b.role === 'paragraph' && b.text.length >= 80);
  // A page without prose and without a headline that a profile vouches for is a listing.
  const titleBlock = doc.blocks.find((b) => b.role === 'title');
  return !hasProse && (title === null || titleBlock === undefined || doc.profile === null);
}
