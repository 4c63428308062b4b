/**
 * Reads an article body once for all extractors: its words, its paragraphs with lower-cased
 * copies, and its bloc mentions and member lists. The result is passed to each extractor
 * explicitly (no extractor keeps anything between calls).
 */
import type { BodyContext, BodyParagraph, BodyView, Para } from './context.js';
import { readBlocs } from './entities/blocs/reading.js';
import { lowerSameLength } from './text/spans.js';
import { makeSeq, MAX_READ_WORDS } from './text/words.js';

/** The body's reading, made from its text and paragraph offsets. */
export function readBody(body: BodyView): BodyContext {
  const words = makeSeq(body.text);
  const view = words.text.length < body.text.length ? cutView(body, words.text.length) : body;
  return { text: view.text, paragraphs: view.paragraphs, words, paras: parasOf(view), blocs: readBlocs(words) };
}

/** The warning of a body that the entity readers did not read to its end; null when they did. */
export function readLimitWarning(body: BodyView, read: BodyContext): string | null {
  if (read.text.length >= body.text.length) return null;
  return `the body has more than ${MAX_READ_WORDS} words: blocs, documents, movements, awards, places and the event date are read from its first ${MAX_READ_WORDS} words (${read.text.length} of ${body.text.length} characters)`;
}

/** The body up to `end`: the paragraphs that start before it, the last one cut there. */
function cutView(body: BodyView, end: number): BodyView {
  const paragraphs: BodyParagraph[] = [];
  for (const p of body.paragraphs) {
    if (p.start >= end) break;
    paragraphs.push(p.end <= end ? p : { text: p.text.slice(0, end - p.start), start: p.start, end });
  }
  return { text: body.text.slice(0, end), paragraphs };
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
