/**
 * Reads an article body once for all extractors: its words, its paragraphs with lower-cased
 * copies, and its bloc mentions and member lists. The result is passed to each extractor
 * explicitly (no extractor keeps anything between calls).
 */
import type { BodyContext, BodyView, Para } from './context.js';
import { readBlocs } from './entities/blocs/reading.js';
import { lowerSameLength } from './text/spans.js';
import { makeSeq } from './text/words.js';

/** The body's reading, made from its text and paragraph offsets. */
export function readBody(body: BodyView): BodyContext {
  const words = makeSeq(body.text);
  return { text: body.text, paragraphs: body.paragraphs, words, paras: parasOf(body), blocs: readBlocs(words) };
}

/**
 * The paragraphs to scan, each with a lower-cased copy for matching; a body without
 * paragraph offsets is one paragraph. Paragraphs whose offsets do not point at their text
 * are skipped rather than given wrong spans.
 */
function parasOf(body: BodyView): Para[] {
  const list = body.paragraphs.length > 0 ? body.paragraphs : [{ text: body.text, start: 0, end: body.text.length }];
  return list
    .filter((p) => p.text.length > 0 && body.text.startsWith(p.text, p.start))
    .map((p) => ({ text: p.text, lower: lowerSameLength(p.text), offset: p.start }));
}
