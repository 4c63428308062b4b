/**
 * Pages without structure: no site profile, and either no headline element or no container that
 * holds the article (a flat run of `<p>` under `<body>`, a layout table of `<font>` cells, a Word
 * "Save as Web Page" export). Their blocks are an article's lines, as a text copy has them, and
 * they are read by the same line analysis as plain text (see {@link readArticleLines}).
 */
import type { Element } from 'domhandler';
import { readArticleLines } from '../lines/read-lines.js';
import type { Block } from '../types.js';
import { isInFooter } from './content-names.js';

/** Class and id words that mark the article itself: a container so named is not structure-free. */
const POSITIVE_NAME_RE =
  /(?:^|[\s._#-])(?:article|content|body|detail|details|chitiet|noidung|news-detail|post|entry|story|main|text|journal)(?=$|[\s._#-])/i;

/** The elements that hold a whole page, not a part of it. */
const PAGE_ELEMENTS: ReadonlySet<string> = new Set(['html', 'body']);

/** Mostly link text: a menu, a list of other articles; never a line of the article. */
const MAX_LINE_LINK_DENSITY = 0.5;

/** How many lines above the content region may hold its header (as in a text copy). */
const MAX_HEADER_LINES = 12;

function isLinkLine(b: Block): boolean {
  return !b.image && b.hints.linkDensity > MAX_LINE_LINK_DENSITY;
}

/**
 * Whether the page has no container for its article: content scoring found no prose, or found
 * the whole page, or a single paragraph (the prose runs flat under `<body>` or through table
 * rows, so no element above one paragraph gathers it).
 */
export function isFlat(content: Element | null, blocks: readonly Block[]): boolean {
  if (content === null || PAGE_ELEMENTS.has(content.name.toLowerCase())) return true;
  let inMain = 0;
  for (const b of blocks) if (b.inMain && ++inMain > 1) return false;
  return true;
}

/** Elements that hold an article by their name alone. */
const ARTICLE_ELEMENTS: ReadonlySet<string> = new Set(['article', 'main']);

/**
 * Whether the page names the element that holds its article (`<article>`, `<main>`, a class,
 * id or `itemprop` such as `article-body`, `noidung`): a page built with a content container,
 * whose own markup is read, even when its headline cannot be found near it. A Word export's
 * `WordSection1` or a layout cell names nothing.
 */
export function isNamedContainer(content: Element): boolean {
  if (ARTICLE_ELEMENTS.has(content.name.toLowerCase())) return true;
  const { id, class: className, itemprop } = content.attribs;
  return POSITIVE_NAME_RE.test(`${id ?? ''} ${className ?? ''} ${itemprop ?? ''}`);
}

/**
 * The page's lines: on a flat page every block but the footer's; else the content region and the
 * lines just above it, back to the nearest menu. Link lines are left out: they are the page's navigation.
 */
function pageLines(blocks: Block[], flat: boolean): Block[] {
  if (flat) return blocks.filter((b) => !isLinkLine(b) && !isInFooter(b.hints.path));
  const first = blocks.findIndex((b) => b.inMain);
  if (first < 0) return [];
  let last = first;
  for (let i = first; i < blocks.length; i++) if (blocks[i]!.inMain) last = i;
  let start = first;
  while (start > 0 && first - start < MAX_HEADER_LINES && !isLinkLine(blocks[start - 1]!)) start--;
  return blocks.slice(start, last + 1).filter((b) => !isLinkLine(b));
}

/**
 * Gives roles to the blocks of a structure-free page by reading its lines as text is read; the
 * blocks that are not its lines are chrome.
 *
 * @param metaTitles the page's `og:title` and `<title>`: a line they contain is preferred as the headline.
 */
export function readStructureFreePage(blocks: Block[], flat: boolean, metaTitles: readonly string[]): void {
  const lines = pageLines(blocks, flat);
  for (const b of blocks) {
    b.inMain = false;
    b.role = 'boilerplate';
  }
  for (const b of lines) {
    b.inMain = true;
    b.role = b.image ? 'image' : 'paragraph';
  }
  readArticleLines(lines, { metaTitles });
}
