/**
 * A site profile: where one portal template keeps the parts of an article, written as data in the
 * manner of Postlight's custom extractors (fallback selectors, `[selector, attribute]` pairs,
 * `clean` selectors). Profiles are matched by markup, not by host name: archived copies of a
 * portal live on other hosts, and one template serves many agencies.
 *
 * A profile is an accelerator: the generic path reaches the same record without it, a profile
 * only makes the template's parts certain.
 */
import type { BlockRole } from '../../types.js';

/** Where a value may be read: a selector (the element's text) or `[selector, attribute]` (that attribute's value). */
export type FieldSource = string | readonly [selector: string, attribute: string];

/** One field of the article (headline, section, date, author) on the template. */
export interface FieldRule {
  /**
   * Fallbacks, most reliable first: the first source with an element whose value is not empty
   * wins (within one source, elements in document order). A selector list (`a, b`) inside one
   * source takes whichever comes first in the page.
   */
  readonly selectors: readonly FieldSource[];
  /** Elements inside the field's element whose text is not part of the value (a date `<span>` in a headline). */
  readonly clean?: readonly string[];
  /**
   * Patterns removed from the value once read and white space folded (a label such as `Ngày đăng:`).
   * Regex literals in the profile file, so that the linear-time check of every regex covers them.
   */
  readonly strip?: readonly RegExp[];
}

/** The element holding the article. */
export interface ContentRule {
  /** Fallbacks, most reliable first: the first visible element that one matches holds the body. */
  readonly selectors: readonly string[];
  /** Elements inside it that are not article text (share tools, related links, "read more"): boilerplate. */
  readonly clean?: readonly string[];
}

export interface SiteProfile {
  /** Short identifier, reported as the document's profile, in tests, and as the fixture folder's name. */
  readonly name: string;
  /** The template is present when this selector matches. */
  readonly detect: string;
  readonly content: ContentRule;
  /** The headline. */
  readonly title?: FieldRule;
  /** The section name. */
  readonly category?: FieldRule;
  /** The publication date, as the page writes it (a date line, or a `datetime`/`content` attribute). */
  readonly published?: FieldRule;
  /** The author line. */
  readonly author?: FieldRule;
}

/** The fields of a profile, each with the role its element's block takes in the document. */
export const PROFILE_FIELDS = [
  ['title', 'title'],
  ['category', 'category'],
  ['published', 'dateline'],
  ['author', 'byline'],
] as const satisfies readonly (readonly [keyof SiteProfile, BlockRole])[];
