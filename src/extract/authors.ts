/**
 * The byline people: every block marked as byline, read by {@link readBylineBlock}.
 */
import type { ArticleDocument } from '../document/types.js';
import type { Author } from '../schema/record.js';
import { readBylineBlock } from './byline.js';

export function extractAuthors(doc: ArticleDocument): Author[] {
  const authors: Author[] = [];
  for (const block of doc.blocks) {
    if (block.role !== 'byline') continue;
    for (const author of readBylineBlock(block.text)) {
      if (!authors.some((a) => a.name === author.name)) authors.push(author);
    }
  }
  return authors;
}
