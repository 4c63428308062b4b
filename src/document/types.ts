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

/** Page-level metadata from `<head>` (null for plain text). */
export interface PageMeta {
  readonly title: string | null;
  readonly ogTitle: string | null;
  readonly description: string | null;
  readonly publishedTime: string | null;
  readonly section: string | null;
  readonly author: string | null;
  readonly canonicalUrl: string | null;
  readonly siteName: string | null;
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
