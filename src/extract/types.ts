/**
 * Shapes shared by the field and entity extractors.
 */

/** One paragraph of `body.text` with its offsets. */
export interface BodyParagraph {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The article body as the entity extractors see it: paragraphs joined with `\n\n`. */
export interface BodyView {
  readonly text: string;
  readonly paragraphs: readonly BodyParagraph[];
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
