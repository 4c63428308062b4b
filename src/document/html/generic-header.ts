/**
 * The header of a page that no site profile knows: its headline, the section label above it and
 * the date line beside it, found from the page's structure alone.
 *
 * What holds across sites (the Đắk Nông portals, Liferay and SharePoint templates, the news pages
 * of `corpus/fundus`): the headline is the heading-like block nearest above the content, or its
 * first block. Portals put a box over the article whose title is the section (`Tin trong tỉnh`,
 * `Công đoàn cấp trên cơ sở`, often in an `<h1>` or a `.title` element of its own); that label is
 * short, and the headline under it is longer. A short label right above the headline, set apart
 * as a header (a heading, a bold line, a title- or section-named element), is the section.
 */
import { isDateline } from '../../dates/parse-dateline.js';
import { endsLikeSentence } from '../classify/caption.js';
import type { Block } from '../types.js';
import { isLeadNamed } from './lead.js';

/** Title-like class names a generic page uses for its headline. */
export const TITLE_PATH_RE = /(?:^|[\s.#_-])(?:title|tieude|tieu-de|headline|heading|news-title|article-title|post-title|entry-title|main-hed)(?=$|[\s.#_-])/i;

/** Class names of a box's header or a section's name: `td.FolderTitle`, `div.cate`, `header.portlet-topper`. */
const SECTION_PATH_RE = /(?:folder|categor|cate(?=$|[\s.#_-])|section|chuyen-?muc|danh-?muc|topper|box-?head)/i;

/**
 * A box title has at most this many words (`Thông tin dịch vụ tài chính`, `Công đoàn cấp trên cơ
 * sở`: 6); a headline under it more. Short headlines exist (`Xứng danh “Đơn vị Quyết thắng”`), so
 * the length alone never takes a headline away: only a longer headline candidate under the label does.
 */
const MAX_LABEL_WORDS = 6;
/** A section label is a name: longer lines are prose or headlines. */
const MAX_SECTION_CHARS = 60;
/** How far above the content the headline is looked for, and below its first block. */
const BLOCKS_ABOVE = 30;
const BLOCKS_BELOW = 3;

/** The path of a block's parent element: its own path without the last element. */
function parentPath(path: string): string {
  return path.slice(0, Math.max(0, path.lastIndexOf(' ')));
}

function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20 || text.charCodeAt(i) === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** How strongly the page sets `b` apart as its headline (0: not at all). */
function headlineScore(blocks: readonly Block[], i: number, firstMain: number, metaTitles: readonly string[]): number {
  const b = blocks[i]!;
  if (b.image || b.text.length < 10 || b.text.length > 300 || b.hints.linkDensity > 0.5) return 0;
  const { headingLevel, path, bold, align } = b.hints;
  let score = 0;
  if (headingLevel === 1) score += 4;
  else if (headingLevel !== null && headingLevel <= 3) score += 2;
  // A class that names the headline says more than bold type: it outweighs a bold line under it.
  if (TITLE_PATH_RE.test(path)) score += 3;
  if (metaTitles.some((t) => t.includes(b.text))) score += 3;
  // Old table layouts set the headline in bold <font> at the top of the content (the date under
  // it), or as a bold centred line over it.
  const datedBelow = [blocks[i + 1], blocks[i + 2]].some((n) => n && n.text.length <= 60 && isDateline(n.text));
  if (bold && !endsLikeSentence(b.text) && (i === firstMain || datedBelow || align === 'center')) score += 2;
  return score;
}

/** Whether a block reads as a box's title: a short name, not a sentence or a date. */
function isShortLabel(b: Block): boolean {
  return wordCount(b.text) <= MAX_LABEL_WORDS && !endsLikeSentence(b.text) && !isDateline(b.text);
}

/** A date or a time in a line (`02/02/2025 KL. 09:00`): a section's name holds none. */
const DATE_OR_TIME_RE = /\d{1,4}\s?[/.:-]\s?\d{1,4}/u;
/**
 * A lower-case letter right before a capital (`WissenschaftGlobal`, `South AfricaPREMIUM`): the
 * texts of two elements that the page sets apart by style alone, a topic and a label, not one name.
 */
const GLUED_WORDS_RE = /\p{Ll}\p{Lu}/u;

/** Whether a line could be a section's name: short, not a sentence, no date, not two texts run together. */
function isNameLike(text: string): boolean {
  return text.length <= MAX_SECTION_CHARS && !endsLikeSentence(text) && !isDateline(text) && !DATE_OR_TIME_RE.test(text) && !GLUED_WORDS_RE.test(text);
}

/**
 * The section label right above the headline at `t`, if one is there: the nearest block with text
 * before it (date lines and empty blocks between are passed over, as the portals set the date on the
 * label's row), outside the content region, a name ({@link isNameLike}), and set apart as a header.
 */
function sectionLabelAbove(blocks: readonly Block[], t: number): Block | null {
  for (let i = t - 1; i >= Math.max(0, t - 4); i--) {
    const b = blocks[i]!;
    if (b.image) return null;
    if (b.text.trim() === '' || (b.text.length <= 60 && isDateline(b.text))) continue;
    if (b.inMain || !isNameLike(b.text)) return null;
    const { headingLevel, path, bold } = b.hints;
    const setApart = headingLevel !== null || bold || TITLE_PATH_RE.test(path) || SECTION_PATH_RE.test(path);
    return setApart ? b : null;
  }
  return null;
}

/**
 * Without a profile, marks the headline (role `title`), the date line around it (`dateline`) and,
 * when `markSection`, the section label above it (`category`). Returns the headline, or null when
 * no block looks like one.
 *
 * @param markSection whether a label may be taken for the section: not when the page's metadata
 *   names one (a breadcrumb trail or `articleSection` is the more reliable source)
 */
export function markGenericHeader(blocks: Block[], metaTitles: readonly string[], markSection: boolean): Block | null {
  const firstMain = blocks.findIndex((b) => b.inMain);
  if (firstMain < 0) return null;
  const scored: { i: number; score: number }[] = [];
  for (let i = Math.max(0, firstMain - BLOCKS_ABOVE); i < Math.min(blocks.length, firstMain + BLOCKS_BELOW); i++) {
    const score = headlineScore(blocks, i, firstMain, metaTitles);
    // Nearer the content wins ties.
    if (score > 0) scored.push({ i, score: score + i / blocks.length });
  }
  const top = scored.reduce<{ i: number; score: number } | null>((a, c) => (a === null || c.score > a.score ? c : a), null);
  let best = top !== null && top.score >= 2 ? top : null;
  // A box title over the article (`Tin trong tỉnh` in an `<h1>`, the headline in an `<h2>` under
  // it): a longer headline candidate below a short label is the headline, unless the page's
  // `<title>` names the label and not it.
  // A headline and the lead under it share their parent (`<article><h1>…</h1><h2 class="sapo">`); a
  // box title stands in a header of its own.
  if (best !== null && isShortLabel(blocks[best.i]!) && !metaTitles.some((t) => t.includes(blocks[best!.i]!.text))) {
    const label = blocks[best.i]!;
    const below = scored.filter((c) => {
      const b = blocks[c.i]!;
      return c.i > best!.i && c.score >= 2 && !isShortLabel(b) && !isLeadNamed(b.hints.path) && parentPath(b.hints.path) !== parentPath(label.hints.path);
    });
    if (below.length > 0) best = below.reduce((a, c) => (c.score > a.score ? c : a));
  }
  const headline = best === null ? null : blocks[best.i]!;
  if (headline) {
    headline.role = 'title';
    headline.inMain = false;
    const label = markSection ? sectionLabelAbove(blocks, best!.i) : null;
    if (label) {
      label.role = 'category';
      label.inMain = false;
    }
  }
  // A short date line just around the headline is the publication date.
  const t = best ? best.i : top ? top.i : firstMain;
  for (let i = Math.max(0, t - 3); i < Math.min(blocks.length, t + 4); i++) {
    const b = blocks[i]!;
    if (b !== headline && b.role !== 'category' && b.text.length <= 60 && isDateline(b.text)) {
      b.role = 'dateline';
      b.inMain = false;
      break;
    }
  }
  return headline;
}
