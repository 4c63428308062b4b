/**
 * A site profile: where one portal template keeps the parts of an article, as CSS selectors.
 * Profiles are matched by markup, not by host name: archived copies live on other hosts.
 */
export interface SiteProfile {
  /** Short identifier, reported in warnings and tests. */
  readonly name: string;
  /** The template is present when this selector matches. */
  readonly detect: string;
  /** The element holding the article (first match); its blocks are the candidates for the body. */
  readonly content: string;
  /** The headline element(s); the first non-empty match wins. */
  readonly title?: string;
  /** The section name element. */
  readonly category?: string;
  /** The element whose text (or `datetime` attribute) is the publication date. */
  readonly published?: string;
  /** The author element. */
  readonly author?: string;
  /** Elements inside `content` that are not article text (share tools, related links, "read more"). */
  readonly exclude?: readonly string[];
}
