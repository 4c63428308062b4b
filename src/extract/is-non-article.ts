/**
 * Pages that are not news, told by what the page is rather than by what it lacks: an agency's
 * introduction or schedule (its headline says so, or its table of time slots does), a page with
 * no article text, and a home page, section front or tag page (its text is teasers: each excerpt
 * under a linked headline). An article is never refused for having no headline element or for being short.
 */
import { isProse } from '../document/lines/read-lines.js';
import type { ArticleDocument, Block } from '../document/types.js';
import { NON_ARTICLE_TITLES } from '../vi/page-chrome.js';
import { isTimetable } from './timetable.js';

const nonArticleTitles = new Set(NON_ARTICLE_TITLES);

/** Paragraphs this long, without a sentence our rules can see, still make an article (a short one). */
const MIN_ARTICLE_CHARS = 80;

/** A teaser's headline is mostly link text, a few words to a sentence long. */
const MIN_HEADLINE_LINK_DENSITY = 0.7;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_CHARS = 200;
/** A teaser's excerpt, like an article's paragraph, is a sentence or more. */
const MIN_EXCERPT_CHARS = 40;
/** Three teasers make a list; an article may link one or two stories between its paragraphs. */
const MIN_TEASERS = 3;

function isLinkedHeadline(b: Block): boolean {
  return (
    !b.image &&
    b.hints.linkDensity >= MIN_HEADLINE_LINK_DENSITY &&
    b.text.length <= MAX_HEADLINE_CHARS &&
    b.text.split(' ').length >= MIN_HEADLINE_WORDS
  );
}

function isText(b: Block): boolean {
  return b.role === 'paragraph' || b.role === 'heading' || b.role === 'caption';
}

/**
 * Whether the main region is a list of teasers, as a home page, section front or tag page has it:
 * at least half of its texts sit right under a linked headline (pictures between them aside), or
 * linked headlines, some leading an excerpt, outnumber its paragraphs. Asked only of pages with
 * no headline of their own: an article page has one, however many teasers its widgets hold. An article
 * that links a story or two between its paragraphs, or ends with a box of related links, is none.
 */
function isTeaserList(blocks: readonly Block[]): boolean {
  let first = -1;
  let last = -1;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.inMain && isText(blocks[i]!)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return false;
  let texts = 0;
  let teasers = 0;
  let headlines = 0;
  let previous: Block | undefined;
  for (let i = first; i <= last; i++) {
    const b = blocks[i]!;
    if (b.image) continue;
    if (isLinkedHeadline(b)) headlines++;
    // A teaser's excerpt is a sentence or more: a byline (`by Anmol`) under a linked headline is a widget's.
    if (b.inMain && isText(b) && b.text.length >= MIN_EXCERPT_CHARS) {
      texts++;
      if (previous && isLinkedHeadline(previous)) teasers++;
    }
    previous = b;
  }
  if (teasers >= MIN_TEASERS && teasers * 2 >= texts) return true;
  // The first text may be an excerpt too, under a headline just before the main region.
  const before = blocks.slice(Math.max(0, first - 3), first).reverse().find((b) => !b.image);
  if (before && isLinkedHeadline(before)) {
    teasers++;
    headlines++;
  }
  return teasers >= 2 && headlines >= MIN_TEASERS && headlines >= texts;
}

/** A sentence set in body type: a bold sentence alone at the top of a page is a slogan or a ticker. */
function hasBodyTypeProse(blocks: readonly Block[]): boolean {
  return blocks.some((b) => b.inMain && b.role === 'paragraph' && !b.hints.bold && isProse(b.text));
}

/** The page shows its headline: a block took it, or a block reads as the page's `og:title` does (not a site name). */
function hasOwnHeadline(doc: ArticleDocument, title: string | null): boolean {
  return doc.blocks.some((b) => b.role === 'title' || (title !== null && b.text === title));
}

/**
 * A text copy has article text as soon as it has a paragraph (it has no menus to be mistaken for
 * one); a page needs a sentence, or paragraphs as long as one or two (scripts without spaces or
 * full stops, such as Japanese, have no sentence our rules can see).
 */
function hasArticleText(doc: ArticleDocument): boolean {
  let chars = 0;
  for (const b of doc.blocks) {
    if (!b.inMain || b.role !== 'paragraph') continue;
    if (doc.format === 'text' || isProse(b.text)) return true;
    chars += b.text.length;
  }
  return chars >= MIN_ARTICLE_CHARS;
}

/** Why the page is not a news article, or null when it is one. */
export function nonArticleReason(doc: ArticleDocument, title: string | null): string | null {
  if (title !== null && nonArticleTitles.has(title.toLowerCase().replace(/(?<![\s.:])[\s.:]+$/u, ''))) {
    return `the page is not a news article: its headline "${title}" names a standing page of the site (an introduction, a schedule)`;
  }
  if (doc.format === 'html' && isTimetable(doc.blocks)) {
    return 'the page is not a news article: its main region is a timetable (table cells of times of day and the days they fall on, no article prose around it), a standing page of the site';
  }
  if (!hasArticleText(doc) && !hasOwnHeadline(doc, title)) return 'the page is not a news article: it has no article text (no sentence in its main region)';
  if (doc.format === 'html' && !hasOwnHeadline(doc, title) && isTeaserList(doc.blocks)) {
    return 'the page is not a news article: its main region is a list of teasers, each under a linked headline (a home page, section or tag listing)';
  }
  if (doc.format === 'html' && !doc.fragment && title === null && !hasBodyTypeProse(doc.blocks)) {
    return 'the page is not a news article: it has no headline, and no sentence in body type (a form, a table, a page of chrome and slogans)';
  }
  return null;
}
