/**
 * Cues that tell the lines of a text copy's header apart: what opens the article, what sits in
 * a table cell, what names a section. Pure tests on one line each, shared by the text reader.
 */
import { parseByline } from '../../extract/byline.js';
import { isChromeLine, isSiteNameLine } from './chrome.js';
import { endsLikeSentence } from './caption.js';
import { HOME_CRUMBS } from '../../vi/page-chrome.js';
import { countSpaceSeparated } from '../../text/words.js';

/**
 * The lead of a Vietnamese news article opens with its paper's tag: `(VOV) - Sáng 23/11, …`,
 * `(ĐN) - Ngày 15-3, …`, `(TUAG)- Cuộc vận động …`. A headline never does.
 */
const SOURCE_TAG_RE = /^\([^()]{1,30}\)\s{0,3}[-–—]/u;

export function opensWithSourceTag(text: string): boolean {
  return SOURCE_TAG_RE.test(text);
}

/** A line copied from a table cell (`| Cụm thi đua số 1 … |`): a box of links or a caption, not a headline. */
export function isTableCellLine(text: string): boolean {
  return text.startsWith('|') || text.endsWith('|');
}

/** A section name is a few words; right above the headline a longer one still fits (`Người Việt Nam ưu tiên dùng hàng Việt Nam`). */
const MAX_CATEGORY_CHARS = 40;
const MAX_CATEGORY_WORDS = 6;
const MAX_KICKER_CATEGORY_CHARS = 60;
const MAX_KICKER_CATEGORY_WORDS = 10;

/** A number that is not a year: a counter, a date, a count (`Lượt xem 120`, `12/3`). */
function hasNonYearNumber(text: string): boolean {
  for (const run of text.match(/\p{N}+/gu) ?? []) {
    const n = Number(run);
    if (run.length !== 4 || n < 1900 || n > 2100) return true;
  }
  return false;
}

const HAS_LETTER_RE = /\p{L}/u;

/** No sentence punctuation inside: a section name is a noun phrase (`Nhìn lại năm 2021`). */
const SENTENCE_MARK_RE = /[.!?;:,]/u;

/**
 * Whether a header line can name the section: short, no sentence punctuation, no number but a
 * year, not chrome or the site's name. `nextToTitle`: the line stands right above the headline,
 * where sites print their section, so a longer name is allowed.
 */
export function isCategoryLike(text: string, nextToTitle = false): boolean {
  const words = countSpaceSeparated(text);
  const maxChars = nextToTitle ? MAX_KICKER_CATEGORY_CHARS : MAX_CATEGORY_CHARS;
  const maxWords = nextToTitle ? MAX_KICKER_CATEGORY_WORDS : MAX_CATEGORY_WORDS;
  return (
    HAS_LETTER_RE.test(text) &&
    text.length <= maxChars &&
    words <= maxWords &&
    !hasNonYearNumber(text) &&
    !endsLikeSentence(text) &&
    !(nextToTitle && SENTENCE_MARK_RE.test(text)) &&
    !isTableCellLine(text) &&
    !isChromeLine(text) &&
    !isSiteNameLine(text)
  );
}

/** The author's name a table layout left in the paragraph's cell: `… tặng Bằng khen. Nguyễn Thị Vân |`. */
const CELL_SIGNATURE_RE = /[.!?…]\s{1,3}([^.!?…|]{2,60}?)\s{0,3}\|$/u;

/**
 * A paragraph copied from a table cell with its signature at the end, cut in two: the prose
 * and the byline. Null when the cell's last words are not a byline.
 */
export function splitCellSignature(text: string): [string, string] | null {
  if (!text.endsWith('|')) return null;
  const m = CELL_SIGNATURE_RE.exec(text.slice(-70));
  const signature = m?.[1]?.trim();
  if (!m || !signature || !parseByline(signature)) return null;
  const cut = text.length - (m[0].length - 1);
  return [text.slice(0, cut).trim(), signature];
}

/** The separators of a breadcrumb's links (a slash only between spaces: `12/3/2024` is a date). */
const CRUMB_SEPARATOR_RE = /\s{0,3}[>»›|→]\s{0,3}|\s\/\s/u;

/**
 * The section a breadcrumb ends with: `Trang chủ > Xã hội > Giao thông` → `Giao thông`. Null
 * when the line is no breadcrumb (it opens with the home link and has separators) or its last
 * link is no section name.
 */
export function breadcrumbSection(text: string): string | null {
  if (text.length > 120) return null;
  const lower = text.toLowerCase();
  if (!HOME_CRUMBS.some((h) => lower.startsWith(h))) return null;
  const crumbs = text.split(CRUMB_SEPARATOR_RE).map((c) => c.trim()).filter(Boolean);
  const last = crumbs[crumbs.length - 1];
  return crumbs.length >= 2 && last && isCategoryLike(last) ? last : null;
}
