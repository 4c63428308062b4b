/**
 * Reads an article from its lines, as a text copy keeps them: the header lines (chrome, section,
 * headline, date) come before the first line of prose, the author and the footer after the last.
 * Plain text is read this way, and so is an HTML page without structure (a flat run of `<p>`, a
 * layout table of `<font>` cells, a Word export): its blocks are the lines. What HTML adds (a
 * heading element, bold or centred type, the page's `<title>`) only prefers a headline among the
 * lines a text copy would also offer; plain lines carry none of it, so text is read as before.
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { parseByline } from '../../extract/byline.js';
import { endsLikeSentence } from '../classify/caption.js';
import { isChromeLine, isSiteNameLine } from '../classify/chrome.js';
import { classifyBody } from '../classify/classify-body.js';
import type { Block } from '../types.js';
import { countSpaceSeparated } from '../../text/words.js';

/** The header is short: a headline more than this many lines down is not one. */
const MAX_HEADER_LINES = 12;
/** A section name is a few words. */
const MAX_CATEGORY_CHARS = 40;
const MAX_CATEGORY_WORDS = 6;
/** The heading levels a page uses for its headline (`<h1>`–`<h3>`, title classes). */
const MAX_HEADLINE_LEVEL = 3;

const HAS_DIGIT_RE = /\p{N}/u;

const wordCount = countSpaceSeparated;

/** A line of prose: a sentence of some length, or a long line (excerpts are cut mid-sentence). */
export function isProse(text: string): boolean {
  return (endsLikeSentence(text) && wordCount(text) >= 8 && !text.endsWith(':')) || text.length >= 200;
}

function isCategoryLike(text: string): boolean {
  return (
    text.length <= MAX_CATEGORY_CHARS &&
    wordCount(text) <= MAX_CATEGORY_WORDS &&
    !HAS_DIGIT_RE.test(text) &&
    !endsLikeSentence(text) &&
    !isChromeLine(text) &&
    !isSiteNameLine(text)
  );
}

/** Which presentational cues set a line apart: a cue that most lines share (a centred layout table) sets none apart. */
interface Emphasis {
  readonly bold: boolean;
  readonly centred: boolean;
}

function emphasisOf(lines: readonly Block[]): Emphasis {
  let bold = 0;
  let centred = 0;
  for (const b of lines) {
    if (b.hints.bold) bold++;
    if (b.hints.align === 'center') centred++;
  }
  return { bold: bold * 2 < lines.length, centred: centred * 2 < lines.length };
}

/**
 * A line the page itself sets apart as a headline: a heading element or title class, bold or
 * centred type that is not a sentence, or the text of the page's `<title>`/`og:title`.
 */
function isMarkedHeadline(b: Block, emphasis: Emphasis, metaTitles: readonly string[]): boolean {
  const { headingLevel, bold, align } = b.hints;
  if (headingLevel !== null && headingLevel <= MAX_HEADLINE_LEVEL) return true;
  if (((emphasis.bold && bold) || (emphasis.centred && align === 'center')) && !endsLikeSentence(b.text)) return true;
  return metaTitles.some((t) => t.includes(b.text));
}

/** Of marked lines, those of the highest heading level when any is a heading: an `<h1>` over its `<h2>` deck. */
function topLevel(marked: Block[]): Block[] {
  let best = Number.POSITIVE_INFINITY;
  for (const b of marked) if (b.hints.headingLevel !== null && b.hints.headingLevel < best) best = b.hints.headingLevel;
  return best === Number.POSITIVE_INFINITY ? marked : marked.filter((b) => b.hints.headingLevel === best);
}

/** Gives roles to the header lines `[0, bodyStart)`. */
function classifyHeader(header: Block[], emphasis: Emphasis, metaTitles: readonly string[]): void {
  for (const b of header) {
    if (b.role !== 'paragraph') continue;
    if (isChromeLine(b.text) || isSiteNameLine(b.text)) b.role = 'boilerplate';
    else if (isDateline(b.text)) b.role = 'dateline';
  }
  // A section name printed twice (breadcrumb and heading) is the category.
  for (let i = 0; i + 1 < header.length; i++) {
    const a = header[i]!;
    const b = header[i + 1]!;
    if (a.role === 'paragraph' && b.role === 'paragraph' && a.text === b.text && isCategoryLike(a.text)) {
      a.role = 'category';
      b.role = 'boilerplate';
    }
  }
  const candidates = header.filter((b) => b.role === 'paragraph' && wordCount(b.text) >= 4 && !b.text.endsWith(':'));
  const marked = topLevel(candidates.filter((b) => isMarkedHeadline(b, emphasis, metaTitles)));
  const dateIndex = header.findIndex((b) => b.role === 'dateline');
  const adjacent = dateIndex < 0 ? [] : [header[dateIndex - 1], header[dateIndex + 1]].filter((b) => b && candidates.includes(b));
  const pool = marked.length > 0 ? marked : adjacent.length > 0 ? adjacent : candidates;
  const title = pool.reduce<Block | undefined>((best, b) => (!best || b!.text.length > best.text.length ? b : best), undefined);
  if (title) title.role = 'title';
  const titleIndex = title ? header.indexOf(title) : header.length;
  for (let i = 0; i < header.length; i++) {
    const b = header[i]!;
    if (b.role !== 'paragraph') continue;
    if (i > titleIndex && parseByline(b.text)) b.role = 'byline';
    else if (i < titleIndex && isCategoryLike(b.text) && !header.some((h) => h.role === 'category')) b.role = 'category';
    else b.role = 'boilerplate';
  }
}

/**
 * Gives roles to an article's lines in place: they arrive with role `paragraph` (`image` for
 * pictures) and leave with their final role; the header lines leave the main region.
 *
 * A text copy whose prose starts far down has no header to find (the copy began mid-page): all
 * its lines are body. A page's lines run from its first menu line, so there the header is the
 * lines just above the prose, and the lines above the header are the page's chrome.
 *
 * @param page the lines are a page's (see above); `metaTitles` are its `<title>` and `og:title`.
 */
export function readArticleLines(lines: Block[], page?: { readonly metaTitles: readonly string[] }): void {
  let bodyStart = lines.findIndex((d) => d.role === 'paragraph' && isProse(d.text));
  if (bodyStart < 0) bodyStart = lines.length;
  const headerStart = bodyStart <= MAX_HEADER_LINES ? 0 : page ? bodyStart - MAX_HEADER_LINES : (bodyStart = 0);
  for (let i = 0; i < headerStart; i++) {
    lines[i]!.role = 'boilerplate';
    lines[i]!.inMain = false;
  }
  const header = lines.slice(headerStart, bodyStart);
  for (const d of header) d.inMain = false;
  classifyHeader(header, emphasisOf(lines), page?.metaTitles ?? []);
  classifyBody(lines.slice(bodyStart), 'text');
}
