/**
 * Plain text to the document model. A text copy of a page keeps its lines: the header lines
 * (chrome, section, headline, date) come before the first line of prose, the author and the
 * footer after the last.
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { parseByline } from '../../extract/byline.js';
import { foldSpace, normalizeKeepingLines, normalizeText } from '../../text/normalize.js';
import { countSpaceSeparated } from '../../text/words.js';
import { isChromeLine, isSiteNameLine } from '../classify/chrome.js';
import { classifyBody } from '../classify/classify-body.js';
import { endsLikeSentence } from '../classify/caption.js';
import { breadcrumbSection, isCategoryLike, isTableCellLine, opensWithSourceTag, splitCellSignature } from '../classify/header-lines.js';
import { nodeBudget } from '../html/limit-depth.js';
import { createDocument, EMPTY_META, newBlock, PLAIN_HINTS, type DraftBlock } from '../create-document.js';
import type { ArticleDocument, Block } from '../types.js';

/** The header is short: a headline more than this many lines down (chrome aside) is not one. */
const MAX_HEADER_LINES = 12;
/** How many lines past the first prose-like line a date line may still close the header (`Headline ending with a full stop.` / `05/04/2019 10:11`). */
const MAX_LINES_BEFORE_DATE = 2;
/** A line that long is an article paragraph even when a date line follows it. */
const MAX_HEADLINE_CHARS = 250;

/** A headline followed on the same line by its date after a wide gap: `Hội nghị ...   18/7/2022`. */
const TRAILING_DATE_RE = /^(.{10,400}?)[ \t\u00a0]{2,40}(\S[^\t]{3,40})$/u;

const wordCount = countSpaceSeparated;

function isAllCaps(text: string): boolean {
  return text === text.toLocaleUpperCase('vi') && text !== text.toLocaleLowerCase('vi');
}

/**
 * A line of prose: a sentence of some length, a long line (excerpts are cut mid-sentence), a lead
 * with its paper's tag. Never a line in capitals: a headline set in capitals may be long.
 */
function isProse(text: string): boolean {
  if (isChromeLine(text) || isAllCaps(text)) return false;
  return (endsLikeSentence(text) && wordCount(text) >= 8 && !text.endsWith(':')) || text.length >= 200 || opensWithSourceTag(text);
}

/** Blocks share their hints: an indented line differs from the others only there. */
const INDENTED_HINTS = Object.freeze({ ...PLAIN_HINTS, indented: true });

function draft(text: string, indented: boolean): DraftBlock {
  return newBlock(text, 'paragraph', null, true, indented ? INDENTED_HINTS : PLAIN_HINTS);
}

/**
 * Past the budget, lines are joined into paragraphs of at least this many characters (the node
 * budget's rule for lines in HTML): 48 MB of `a` on lines of their own are 16 million blocks otherwise.
 */
const JOINED_LINE_CHARS = 256;

/**
 * Splits the input into line drafts, cutting a trailing date off a headline line and a signature off a
 * table cell. At most `nodeBudget` lines become blocks of their own (one per 128 characters of the
 * text, at least 25,000, as elements in HTML); the lines past it are joined (`joined` is then true).
 */
function toDrafts(input: string): { drafts: DraftBlock[]; budget: number; joined: boolean } {
  const drafts: DraftBlock[] = [];
  const all = normalizeKeepingLines(input);
  const budget = nodeBudget(all.length);
  // Joined with `join`, not `+`: a chain of concatenations holds a node per line until it is read.
  let pending: string[] = [];
  let pendingChars = 0;
  let joined = false;
  // Line by line with indexOf: `split('\n')` made an array of every line first.
  for (let start = 0, end = 0; start <= all.length; start = end + 1) {
    end = all.indexOf('\n', start);
    if (end < 0) end = all.length;
    const raw = all.slice(start, end);
    const text = normalizeText(raw);
    if (!text) continue;
    if (drafts.length >= budget) {
      joined = true;
      pending.push(text);
      pendingChars += text.length + 1;
      if (pendingChars > JOINED_LINE_CHARS) {
        drafts.push(draft(pending.join(' '), false));
        pending = [];
        pendingChars = 0;
      }
      continue;
    }
    const indented = /^[ \t\u00a0]{2}/.test(raw);
    const m = TRAILING_DATE_RE.exec(raw.trim());
    const cell = splitCellSignature(text);
    if (m?.[1] && m[2] && isDateline(foldSpace(m[2]))) {
      drafts.push(draft(normalizeText(m[1]), indented), draft(normalizeText(m[2]), false));
    } else if (cell) {
      drafts.push(draft(cell[0], indented), draft(cell[1], false));
    } else {
      drafts.push(draft(text, indented));
    }
  }
  if (pending.length > 0) drafts.push(draft(pending.join(' '), false));
  return { drafts, budget, joined };
}

/** Lines of the header before `end` that are not chrome (a copy's loading messages and rules do not make a header long). */
function headerLineCount(drafts: readonly DraftBlock[], end: number): number {
  if (end > MAX_HEADER_LINES * 3) return end;
  let count = 0;
  for (let i = 0; i < end; i++) if (!isChromeLine(drafts[i]!.text)) count++;
  return count;
}

/**
 * Where the body starts: at the first line of prose, unless header lines came before it and a
 * date line follows within a line or two, short lines all: then those lines were the headline
 * (which may end with a full stop).
 */
function findBodyStart(drafts: readonly DraftBlock[]): number {
  const first = drafts.findIndex((d) => isProse(d.text));
  if (first < 0) return drafts.length;
  if (headerLineCount(drafts, first) > MAX_HEADER_LINES) return 0;
  // Only where a header has begun: a first line of prose with a date under it is the body's.
  if (first === 0) return first;
  for (let i = first; i <= first + MAX_LINES_BEFORE_DATE && i < drafts.length; i++) {
    const text = drafts[i]!.text;
    if (isDateline(text)) return i + 1;
    if (text.length > MAX_HEADLINE_CHARS || opensWithSourceTag(text)) break;
  }
  return first;
}

/** A headline copied twice, once after debris (`null Cụm thi đua …`, then `Cụm thi đua …`): the clean copy. */
function cleanCopy(title: DraftBlock, candidates: readonly DraftBlock[]): DraftBlock {
  return candidates.find((c) => c !== title && c.text.length < title.text.length && title.text.endsWith(` ${c.text}`)) ?? title;
}

/** A section name stands just above the headline: at most this many other text lines between them. */
const MAX_LINES_BETWEEN_SECTION_AND_TITLE = 2;

/**
 * Whether header line `i` is close above the title (chrome and dates between them do not count),
 * and not the headline's own first line: capitals right above a headline in capitals
 * (`KẾ HOẠCH` / `TỔ CHỨC PHONG TRÀO THI ĐUA …`) are one heading set on two lines.
 * `paragraphsBefore[k]` counts the text lines above line `k` (a prefix sum: a text without a line of
 * prose is all header, and counting the lines between anew for each line took its square).
 */
function isNearTitle(header: readonly DraftBlock[], paragraphsBefore: readonly number[], i: number, titleIndex: number): boolean {
  const title = header[titleIndex];
  if (i === titleIndex - 1 && title && isAllCaps(header[i]!.text) && isAllCaps(title.text)) return false;
  const between = i + 1 < titleIndex ? paragraphsBefore[titleIndex]! - paragraphsBefore[i + 1]! : 0;
  return between <= MAX_LINES_BETWEEN_SECTION_AND_TITLE;
}

/** `out[k]`: how many of the lines before `k` are still text lines (role `paragraph`). */
function paragraphCounts(header: readonly DraftBlock[]): number[] {
  const out = [0];
  for (const b of header) out.push(out[out.length - 1]! + (b.role === 'paragraph' ? 1 : 0));
  return out;
}

/** Gives roles to the header lines `[0, bodyStart)`. */
function classifyHeader(header: DraftBlock[]): void {
  let hasCategory = false;
  for (const b of header) {
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
  const candidates = header.filter(
    (b) => b.role === 'paragraph' && wordCount(b.text) >= 4 && !b.text.endsWith(':') && !isTableCellLine(b.text),
  );
  const dateIndex = header.findIndex((b) => b.role === 'dateline');
  const adjacent = dateIndex < 0 ? [] : [header[dateIndex - 1], header[dateIndex + 1]].filter((b) => b && candidates.includes(b));
  const pool = adjacent.length > 0 ? adjacent : candidates;
  const longest = pool.reduce<DraftBlock | undefined>((best, b) => (!best || b!.text.length > best.text.length ? b : best), undefined);
  const title = longest && cleanCopy(longest, candidates);
  if (title) title.role = 'title';
  const titleIndex = title ? header.indexOf(title) : header.length;
  const paragraphsBefore = paragraphCounts(header);
  for (let i = 0; i < header.length; i++) {
    const b = header[i]!;
    if (b.role !== 'paragraph') continue;
    if (i > titleIndex && parseByline(b.text)) b.role = 'byline';
    else if (!hasCategory && i < titleIndex && isNearTitle(header, paragraphsBefore, i, titleIndex) && isCategoryLike(b.text, i === titleIndex - 1)) {
      b.role = 'category';
      hasCategory = true;
    } else b.role = 'boilerplate';
  }
}

/**
 * Builds the document of a plain-text article.
 */
export function textToDocument(input: string, encoding: string, warnings: string[]): ArticleDocument {
  const { drafts, budget, joined } = toDrafts(input);
  if (joined) warnings = [...warnings, `the text has more than ${budget} lines: the lines past them are joined into paragraphs of at least ${JOINED_LINE_CHARS} characters`];
  const bodyStart = findBodyStart(drafts);
  const header = drafts.slice(0, bodyStart);
  for (const d of header) d.inMain = false;
  classifyHeader(header);
  const doc = createDocument({ format: 'text', encoding, blocks: drafts, meta: EMPTY_META, warnings });
  classifyBody(doc.blocks.slice(bodyStart) as Block[], 'text');
  return doc;
}
