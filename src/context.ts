/**
 * What the field and entity extractors are given: the body read once (its words, its
 * paragraphs, the member lists of its blocs) and what is known besides it. A module of shapes
 * that both kinds of extractor import as peers; {@link ./read-body.ts} builds the body's reading.
 */
import type { BlocReading } from './entities/blocs/reading.js';
import type { Seq } from './text/words.js';

/** One paragraph of `body.text` with its offsets. */
export interface BodyParagraph {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The article body as the extractors see it: paragraphs joined with `\n\n`. */
export interface BodyView {
  readonly text: string;
  readonly paragraphs: readonly BodyParagraph[];
}

/** One paragraph as the pattern passes read it: original text, lower-cased copy, offset in the body. */
export interface Para {
  readonly text: string;
  readonly lower: string;
  readonly offset: number;
}

/** The body with what every extractor reads from it, made once per article. */
export interface BodyContext extends BodyView {
  /** The words of `text`, with their keys. */
  readonly words: Seq;
  /** The paragraphs whose offsets point at their text, each with a lower-cased copy. */
  readonly paras: readonly Para[];
  /** The bloc mentions of the body and the member lists attached to them (places skip those lists). */
  readonly blocs: BlocReading;
}

/** What the entity extractors may know besides the body. */
export interface EntityContext {
  /** The headline, if found. */
  readonly title: string | null;
  /** Picture captions (they may name places). */
  readonly captions: readonly string[];
  /** ISO publication date (date part used for years), if found. */
  readonly publishedAt: string | null;
  /** The caller's reference date for phrases without a year, if any. */
  readonly referenceDate: Date | null;
}
