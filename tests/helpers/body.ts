/**
 * Builds the body context the entity extractors read (see `readBody`), from paragraphs joined with a blank line as
 * the record's `body.text` is.
 */
import { PARAGRAPH_SEPARATOR } from '../../src/extract/body.js';
import type { BodyContext, EntityContext } from '../../src/context.js';
import { readBody } from '../../src/read-body.js';

export function bodyOf(...paragraphs: readonly string[]): BodyContext {
  let offset = 0;
  const parts = paragraphs.map((text) => {
    const p = { text, start: offset, end: offset + text.length };
    offset += text.length + PARAGRAPH_SEPARATOR.length;
    return p;
  });
  return readBody({ text: paragraphs.join(PARAGRAPH_SEPARATOR), paragraphs: parts });
}

/** An entity context with nothing known but what is given. */
export function ctxOf(over: Partial<EntityContext> = {}): EntityContext {
  return { title: null, captions: [], publishedAt: null, referenceDate: null, ...over };
}
