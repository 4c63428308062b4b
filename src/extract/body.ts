/**
 * The article's own paragraphs, in order, and their offsets in `body.text` (joined with a blank line).
 */
import type { ArticleDocument } from '../document/types.js';
import type { BodyParagraph, BodyView } from './types.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

export function extractBody(doc: ArticleDocument): BodyView {
  const paragraphs: BodyParagraph[] = [];
  let offset = 0;
  for (const block of doc.blocks) {
    if (!block.inMain || (block.role !== 'paragraph' && block.role !== 'heading')) continue;
    paragraphs.push({ text: block.text, start: offset, end: offset + block.text.length });
    offset += block.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return { text: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR), paragraphs };
}
