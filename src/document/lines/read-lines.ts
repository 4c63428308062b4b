/**
 * Reads an article from its lines, as a text copy keeps them: the header lines (chrome, section,
 * headline, date) come before the first line of prose, the author and the footer after the last.
 * This is the one reader of lines: plain text is read by it (document/text), and so is an HTML page
 * without structure (a flat run of `<p>`, a layout table of `<font>` cells, a Word export: its
 * blocks are the lines, document/html/structure-free). What HTML adds (a heading element, bold or
 * centred type, the page's `<title>`) only prefers a headline among the lines a text copy would
 * also offer; plain lines carry none of it, so a text and the page it was copied from read alike.
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { parseByline } from '../../extract/byline.js';
import { endsLikeSentence } from '../classify/caption.js';
import { isChromeLine, isSiteNameLine } from '../classify/chrome.js';
import { classifyBody } from '../classify/classify-body.js';
import { breadcrumbSection, isCategoryLike, isTableCellLine, opensWithSourceTag } from '../classify/header-lines.js';
import type { Block } from '../types.js';
import { countSpaceSeparated } from '../../text/words.js';

/** The header is short: a headline more than this many lines down (chrome aside) is not one. */
const MAX_HEADER_LINES = 12;
/** How many lines past the first prose-like line a date line may still close the header (`Headline ending with a full stop.` / `05/04/2019 10:11`). */
const MAX_LINES_BEFORE_DATE = 2;
/** A line that long is an article paragraph even when a date line follows it. */
const MAX_HEADLINE_CHARS = 250;
/** The heading levels a page uses for its headline (`<h1>`–`<h3>`, title classes). */
const MAX_HEADLINE_LEVEL = 3;
/** A section name stands just above the headline: at most this many other text lines between them. */
const MAX_LINES_BETWEEN_SECTION_AND_TITLE = 2;

/** A line as the reader takes it: a block, of a page or of a text copy. */
type Line = Block;

const wordCount = countSpaceSeparated;

function isAllCaps(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/**
 * A line of prose: a sentence of some length, a long line (excerpts are cut mid-sentence), a lead
 * with its paper's tag. Never a line in capitals: a headline set in capitals may be long.
 */
export function isProse(text: string): boolean {
  if (isChromeLine(text) || isAllCaps(text)) return false;
  return (endsLikeSentence(text) && wordCount(text) >= 8 && !text.endsWith(':')) || text.length >= 200 || opensWithSourceTag(text);
}

function isProseLine(b: Line): boolean {
  return b.role === 'paragraph' && isProse(b.text);
}

/** Lines of the header before `end` that are not chrome (a copy's loading messages and rules do not make a header long). */
function headerLineCount(lines: readonly Line[], end: number): number {
  if (end > MAX_HEADER_LINES * 3) return end;
  let count = 0;
  for (let i = 0; i < end; i++) if (!isChromeLine(lines[i]!.text)) count++;
  return count;
}

/**
 * Where the body starts after the first line of prose `first`: there, unless header lines came
 * before it and a date line follows within a line or two, short lines all: then those lines were
 * the headline (which may end with a full stop).
 */
function bodyStartAfter(lines: readonly Line[], first: number): number {
  // Only where a header has begun (a line of text above; pictures are no header): a first line of
  // prose with a date under it is the body's, as is a teaser's excerpt under its picture.
  if (!lines.slice(0, first).some((b) => !b.image)) return first;
  for (let i = first; i <= first + MAX_LINES_BEFORE_DATE && i < lines.length; i++) {
    const text = lines[i]!.text;
    if (isDateline(text)) return i + 1;
    if (text.length > MAX_HEADLINE_CHARS || opensWithSourceTag(text)) break;
  }
  return first;
}

/** Which presentational cues set a line apart: a cue that most lines share (a centred layout table) sets none apart. */
interface Emphasis {
  readonly bold: boolean;
  readonly centred: boolean;
}

function emphasisOf(lines: readonly Line[]): Emphasis {
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
function isMarkedHeadline(b: Line, emphasis: Emphasis, metaTitles: readonly string[]): boolean {
  const { headingLevel, bold, align } = b.hints;
  if (headingLevel !== null && headingLevel <= MAX_HEADLINE_LEVEL) return true;
  if (((emphasis.bold && bold) || (emphasis.centred && align === 'center')) && !endsLikeSentence(b.text)) return true;
  return metaTitles.some((t) => t.includes(b.text));
}

/** Of marked lines, those of the highest heading level when any is a heading: an `<h1>` over its `<h2>` deck. */
function topLevel(marked: Line[]): Line[] {
  let best = Number.POSITIVE_INFINITY;
  for (const b of marked) if (b.hints.headingLevel !== null && b.hints.headingLevel < best) best = b.hints.headingLevel;
  return best === Number.POSITIVE_INFINITY ? marked : marked.filter((b) => b.hints.headingLevel === best);
}

/** A headline copied twice, once after debris (`null Cụm thi đua …`, then `Cụm thi đua …`): the clean copy. */
function cleanCopy(title: Line, candidates: readonly Line[]): Line {
  return candidates.find((c) => c !== title && c.text.length < title.text.length && title.text.endsWith(` ${c.text}`)) ?? title;
}

/**
 * Whether header line `i` is close above the title (chrome and dates between them do not count),
 * and not the headline's own first line: capitals right above a headline in capitals
 * (`KẾ HOẠCH` / `TỔ CHỨC PHONG TRÀO THI ĐUA …`) are one heading set on two lines.
 * `paragraphsBefore[k]` counts the text lines above line `k` (a prefix sum: a text without a line of
 * prose is all header, and counting the lines between anew for each line took its square).
 */
function isNearTitle(header: readonly Line[], paragraphsBefore: readonly number[], i: number, titleIndex: number): boolean {
  const title = header[titleIndex];
  if (i === titleIndex - 1 && title && isAllCaps(header[i]!.text) && isAllCaps(title.text)) return false;
  const between = i + 1 < titleIndex ? paragraphsBefore[titleIndex]! - paragraphsBefore[i + 1]! : 0;
  return between <= MAX_LINES_BETWEEN_SECTION_AND_TITLE;
}

/** `out[k]`: how many of the lines before `k` are still text lines (role `paragraph`). */
function paragraphCounts(header: readonly Line[]): number[] {
  const out = [0];
  for (const b of header) out.push(out[out.length - 1]! + (b.role === 'paragraph' ? 1 : 0));
  return out;
}

/**
 * The headline among the header's lines: the longest of those the page marks as one (none in
 * plain text), else of those next to the date line, else of all that may be one.
 */
function chooseTitle(header: readonly Line[], emphasis: Emphasis, metaTitles: readonly string[]): Line | undefined {
  const candidates = header.filter(
    (b) => b.role === 'paragraph' && wordCount(b.text) >= 4 && !b.text.endsWith(':') && !isTableCellLine(b.text),
  );
  const marked = topLevel(candidates.filter((b) => isMarkedHeadline(b, emphasis, metaTitles)));
  const dateIndex = header.findIndex((b) => b.role === 'dateline');
  const adjacent = dateIndex < 0 ? [] : [header[dateIndex - 1], header[dateIndex + 1]].filter((b) => b && candidates.includes(b));
  const pool = marked.length > 0 ? marked : adjacent.length > 0 ? adjacent : candidates;
  const longest = pool.reduce<Line | undefined>((best, b) => (!best || b!.text.length > best.text.length ? b : best), undefined);
  return longest && cleanCopy(longest, candidates);
}

/** Gives roles to the header lines `[0, bodyStart)`. */
function classifyHeader(header: Line[], emphasis: Emphasis, metaTitles: readonly string[]): void {
  // One flag, not a search of the header per line: a text without prose is all header.
  let hasCategory = header.some((h) => h.role === 'category');
  for (const b of header) {
    if (b.role !== 'paragraph') continue;
    // A breadcrumb is chrome, but its last link names the section.
    if (!hasCategory && breadcrumbSection(b.text)) {
      b.role = 'category';
      hasCategory = true;
    }
    else if (isChromeLine(b.text) || isSiteNameLine(b.text)) b.role = 'boilerplate';
    else if (isDateline(b.text)) b.role = 'dateline';
  }
  // A section name printed twice (breadcrumb and heading) is the category.
  for (let i = 0; i + 1 < header.length; i++) {
    const a = header[i]!;
    const b = header[i + 1]!;
    if (a.role === 'paragraph' && b.role === 'paragraph' && a.text === b.text && isCategoryLike(a.text)) {
      a.role = 'category';
      b.role = 'boilerplate';
      hasCategory = true;
    }
  }
  const title = chooseTitle(header, emphasis, metaTitles);
  if (title) title.role = 'title';
  const titleIndex = title ? header.indexOf(title) : header.length;
  const paragraphsBefore = paragraphCounts(header);
  for (let i = 0; i < header.length; i++) {
    const b = header[i]!;
    if (b.role !== 'paragraph') continue;
    if (i > titleIndex && parseByline(b.text)) b.role = 'byline';
    else if (i < titleIndex && !hasCategory && isNearTitle(header, paragraphsBefore, i, titleIndex) && isCategoryLike(b.text, i === titleIndex - 1)) {
      b.role = 'category';
      hasCategory = true;
    } else b.role = 'boilerplate';
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
export function readArticleLines(lines: Line[], page?: { readonly metaTitles: readonly string[] }): void {
  const first = lines.findIndex(isProseLine);
  let headerStart = 0;
  let bodyStart = first < 0 ? lines.length : bodyStartAfter(lines, first);
  if (first >= 0 && headerLineCount(lines, first) > MAX_HEADER_LINES) {
    if (page) headerStart = Math.max(0, first - MAX_HEADER_LINES);
    else bodyStart = 0;
  }
  for (let i = 0; i < headerStart; i++) {
    lines[i]!.role = 'boilerplate';
    lines[i]!.inMain = false;
  }
  const header = lines.slice(headerStart, bodyStart);
  for (const d of header) d.inMain = false;
  classifyHeader(header, emphasisOf(lines), page?.metaTitles ?? []);
  classifyBody(lines.slice(bodyStart), 'text');
}
