/**
 * The article's own paragraphs, in order, and their offsets in `body.text` (joined with a blank line).
 * A photo story (pictures with captions and no paragraph of prose) is told by its captions: they are its body.
 */
import type { ArticleDocument, BlockRole } from '../document/types.js';
import type { BodyParagraph, BodyView } from './types.js';

export const PARAGRAPH_SEPARATOR = '\n\n';

function collect(doc: ArticleDocument, roles: ReadonlySet<BlockRole>): BodyParagraph[] {
  const paragraphs: BodyParagraph[] = [];
  let offset = 0;
  for (const block of doc.blocks) {
    if (!block.inMain || !roles.has(block.role)) continue;
    paragraphs.push({ text: block.text, start: offset, end: offset + block.text.length });
    offset += block.text.length + PARAGRAPH_SEPARATOR.length;
  }
  return paragraphs;
}

const PROSE_ROLES: ReadonlySet<BlockRole> = new Set(['paragraph', 'heading']);
const PHOTO_STORY_ROLES: ReadonlySet<BlockRole> = new Set(['paragraph', 'heading', 'caption']);

/** A photo story has at least this many captioned pictures. */
const MIN_PHOTO_STORY_CAPTIONS = 2;

export function extractBody(doc: ArticleDocument): BodyView {
  let paragraphs = collect(doc, PROSE_ROLES);
  if (paragraphs.length === 0) {
    const captions = doc.blocks.filter((b) => b.inMain && b.role === 'caption').length;
    if (captions >= MIN_PHOTO_STORY_CAPTIONS) paragraphs = collect(doc, PHOTO_STORY_ROLES);
  }
  return { text: paragraphs.map((p) => p.text).join(PARAGRAPH_SEPARATOR), paragraphs };
}
