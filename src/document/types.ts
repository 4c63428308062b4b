/**
 * The document model: one list of blocks that HTML pages and plain texts both become,
 * so that every extractor serves both kinds of input.
 */

/** What a block is for, as far as the classifiers can tell. */
export type BlockRole =
  /** The headline. */
  | 'title'
  /** The section the article is filed under. */
  | 'category'
  /** A line that holds the publication date (and maybe a time). */
  | 'dateline'
  /** Article prose. */
  | 'paragraph'
  /** A sub-heading inside the article. */
  | 'heading'
  /** The text under a picture. */
  | 'caption'
  /** The author line at the end (`Trương Văn Phong, Ban TĐKT`). */
  | 'byline'
  /** A picture (`image` is set); its text, if any, is the alt text. */
  | 'image'
  /** Menus, footers, related-article lists, counters, toolbars. */
  | 'boilerplate';

/** Presentational facts about a block that the classifiers read; blocks may share one object. */
export interface BlockHints {
  /** 1–6 for `<h1>`–`<h6>` and title-like classes, else null. */
  readonly headingLevel: number | null;
  /** The whole text is bold (`<b>`, `<strong>`, `font-weight: bold`). */
  readonly bold: boolean;
  /** The whole text is italic (`<i>`, `<em>`). */
  readonly italic: boolean;
  /** Declared alignment (`align`, `text-align`). */
  readonly align: 'left' | 'center' | 'right' | 'justify' | null;
  /** Share of the text that sits inside links (0–1). */
  readonly linkDensity: number;
  /** Lower-cased tag names, classes and ids of the ancestors, outermost first, joined by spaces. */
  readonly path: string;
  /** Plain text only: the line was indented. */
  readonly indented: boolean;
}

export interface Block {
  /** Normalised text (NFC, white space folded, trimmed). Empty only for images without alt text. */
  readonly text: string;
  role: BlockRole;
  /** Offsets of `text` within `ArticleDocument.text`. */
  readonly start: number;
  readonly end: number;
  /** Tag name of the element the block came from (HTML), or null (text). */
  readonly tag: string | null;
  /** The block lies in the page's main content region. */
  inMain: boolean;
  readonly hints: BlockHints;
  /** Set for role `image`. */
  readonly image?: { readonly src: string | null; readonly alt: string | null };
}

/**
 * Page-level metadata (null and empty for plain text): what `<head>`, JSON-LD, microdata and
 * `<time>` elements say, each field from its most reliable source (see `read-page-meta.ts`).
 */
export interface PageMeta {
  /** The `<title>` element. */
  readonly title: string | null;
  /** `og:title`, else `twitter:title`, else `<meta name=title>`. */
  readonly ogTitle: string | null;
  /** The headline JSON-LD or microdata give (`headline`). */
  readonly headline: string | null;
  /** JSON-LD `description`, else `og:description`, else `<meta name=description>`. */
  readonly description: string | null;
  /** The most reliable publication time the metadata state (the first of {@link publishedTimes}). */
  readonly publishedTime: string | null;
  /** Every publication time stated, most reliable source first, as written (ISO-like or not). */
  readonly publishedTimes: readonly string[];
  /** JSON-LD `dateModified`, else `article:modified_time`. */
  readonly modifiedTime: string | null;
  /** The UTC offset (`+02:00`) some date of the metadata states, other than UTC itself; else null. */
  readonly zoneOffset: string | null;
  /** The section: JSON-LD `articleSection`, else `article:section`, else microdata. */
  readonly section: string | null;
  /** The breadcrumb trail (JSON-LD `BreadcrumbList`, else a `.breadcrumb` element), outermost first. */
  readonly breadcrumb: readonly string[];
  /** The raw author value of the first source that has one (kept for callers of the single value). */
  readonly author: string | null;
  /**
   * Author names by source, most reliable source first (JSON-LD, `<meta name=author>`, …, microdata,
   * `rel=author` links), each as written there (a list in one string not yet split).
   */
  readonly authorSources: readonly (readonly string[])[];
  /** The publisher's names (JSON-LD `publisher`, `og:site_name`): an author equal to one is no person. */
  readonly publishers: readonly string[];
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
  /** The page's declared language (`<html lang>`, `og:locale`), lower case, or null. */
  readonly lang: string | null;
}

export interface ArticleDocument {
  readonly format: 'html' | 'text';
  readonly encoding: string;
  /** The blocks in reading order. */
  readonly blocks: Block[];
  /** All block texts joined with `\n`; block offsets point into it. */
  readonly text: string;
  readonly meta: PageMeta;
  /** An HTML body saved without its page (no `<html>`, `<head>` or `<body>`): it has no header to search. */
  readonly fragment: boolean;
  /** The site profile that laid out an HTML page, or null (generic detection, plain text). */
  readonly profile: string | null;
  /** Notes about the input (legacy encoding, repaired letters, ...). */
  readonly warnings: string[];
}
