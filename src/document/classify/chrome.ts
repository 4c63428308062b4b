/**
 * Recognises lines of page chrome (menus, tools, footers) from the table in `vi/page-chrome`.
 */
import { parseAttribution } from '../../extract/byline.js';
import { countSpaceSeparated } from '../../text/words.js';
import {
  CHROME_LINES,
  CHROME_PREFIXES,
  CHROME_SUFFIXES,
  PUBLICATION_WORDS,
  SITE_NAME_MEDIA,
  SITE_NAME_PREFIXES,
  TOOL_WORDS,
} from '../../vi/page-chrome.js';

/** Separators a line may end with: `key` drops them. */
const SEPARATOR_RE = /[\s|:>»›-]/u;

/** Brackets and bullets a copy leaves around a link: `[Trở về]`, `- Lượt xem: 1252`. */
const WRAPPER_RE = /[\s|:>»›\-[\]()•·*]/u;

/** Lower-case text without its trailing separators (`BÌNH LUẬN`, `Liên kết website |`). */
function key(lower: string): string {
  // A loop from the end rather than a pattern anchored at `$`, which is tried at every position.
  let end = lower.length;
  while (end > 0 && SEPARATOR_RE.test(lower[end - 1]!)) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

/** The text without brackets, bullets and separators around it: `[Trở về]` → `trở về`. */
function unwrap(lower: string): string {
  let start = 0;
  let end = lower.length;
  while (start < end && WRAPPER_RE.test(lower[start]!)) start++;
  while (end > start && WRAPPER_RE.test(lower[end - 1]!)) end--;
  return lower.slice(start, end);
}

/** `bình luận (0)`, `lượt xem: 1252`: a chrome label with its counter; returns the label. */
function withoutCounter(lower: string): string {
  const last = lower.charCodeAt(lower.length - 1);
  // Most lines end with a letter: settled without the loop.
  if (!(last === 0x29 || (last >= 0x30 && last <= 0x39))) return lower;
  let end = lower.length;
  while (end > 0 && /[\s()\d:.,]/u.test(lower[end - 1]!)) end--;
  return end > 0 && end < lower.length && /\d/u.test(lower.slice(end)) ? lower.slice(0, end) : lower;
}

/**
 * The chrome lines as `key` leaves them: a line is matched as listed, or without one colon
 * (`Liên kết:`); `key` drops trailing separators, so a line listed with others could never match.
 */
const chromeKeys: ReadonlySet<string> = new Set(
  CHROME_LINES.flatMap((line) => {
    const k = key(line);
    return k === line || line === `${k}:` ? [k] : [];
  }),
);

/**
 * The chrome prefixes by their first character: a line is compared with the few that start as it
 * does rather than with every one.
 */
const prefixesByFirst: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  for (const prefix of CHROME_PREFIXES) {
    const first = prefix.charAt(0);
    map.set(first, [...(map.get(first) ?? []), prefix]);
  }
  return map;
})();

/** A bare address line: `https://baodongnai.com.vn/...`. */
const URL_LINE_RE = /^(?:https?:\/\/|www\.)\S{1,2000}$/i;
/** A source attribution closing a copied article: `Theo Cổng thông tin điện tử tỉnh Đắk Nông` (not a person's: `Theo Sầm Hoa (Vietnamnet)` is a byline). */
const SOURCE_LINE_RE = /^(?:theo|nguồn)\s{1,3}[^.,;:]{2,80}$/iu;

/** Tool words by length, longest first, without spaces: a copy may glue them (`PrintAaa`). */
const toolWords: readonly string[] = [...new Set(TOOL_WORDS.map((w) => w.replace(/ /g, '')))].sort((a, b) => b.length - a.length);
/** The letters a tool label starts with: a line starting otherwise is no tool bar. */
const toolFirstChars: ReadonlySet<string> = new Set(toolWords.map((w) => w.charAt(0)));
/** The characters of the labels and of the separators between them. */
const toolChars: ReadonlySet<string> = new Set([...toolWords.join(''), ' ', '\t', '|', ',', '·', '•', '/']);
/** A tool bar is short. */
const MAX_TOOL_LINE_CHARS = 60;

/**
 * Whether the line is only tool labels, glued or spaced (`PrintAaa`, `In bài Aa A+ Email`).
 * Reads it left to right, marking each position a run of labels can reach: linear in the line
 * times the number of labels, and the line is short.
 */
function isToolBar(lower: string): boolean {
  if (lower.length > MAX_TOOL_LINE_CHARS || !toolFirstChars.has(lower.charAt(0))) return false;
  // Most short lines hold a letter no label has (a toned vowel of a Vietnamese word): settled
  // by one pass over the line, before any copy of it.
  for (let i = 0; i < lower.length; i++) if (!toolChars.has(lower.charAt(i))) return false;
  const s = lower.replace(/[\s|,·•/]+/gu, '');
  if (s.length === 0) return false;
  const reach = new Array<boolean>(s.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < s.length; i++) {
    if (!reach[i]) continue;
    for (const w of toolWords) if (s.startsWith(w, i)) reach[i + w.length] = true;
  }
  return reach[s.length]!;
}

/** A line with no letter or digit: `;`, `.`, `* * *` left by a copy. */
const NO_WORD_RE = /^[^\p{L}\p{N}]*$/u;

function matchesTable(lower: string): boolean {
  if (chromeKeys.has(key(lower))) return true;
  for (const prefix of prefixesByFirst.get(lower.charAt(0)) ?? []) if (lower.startsWith(prefix)) return true;
  return CHROME_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

/** True for a line that is page chrome wherever it stands. */
export function isChromeLine(text: string): boolean {
  if (URL_LINE_RE.test(text)) return true;
  if (text.length > 120) return false;
  if (NO_WORD_RE.test(text)) return true;
  const lower = text.toLowerCase();
  if (matchesTable(lower)) return true;
  const bare = unwrap(lower);
  if (bare !== lower && bare && matchesTable(bare)) return true;
  const label = withoutCounter(bare);
  if (label !== bare && label && matchesTable(label)) return true;
  return isToolBar(lower) || (SOURCE_LINE_RE.test(text) && !parseAttribution(text));
}

/** Whether the line is a paper's name: a publication word, a short name, a medium (`Báo Đồng Nai điện tử`). */
function isPublicationName(lower: string): boolean {
  const words = countSpaceSeparated(lower);
  if (words < 2 || words > 8) return false;
  return PUBLICATION_WORDS.some((p) => lower.startsWith(`${p} `)) && SITE_NAME_MEDIA.some((m) => lower.endsWith(m));
}

/** True for a line that names the site (`Cổng thông tin điện tử Sở Nội vụ`). */
export function isSiteNameLine(text: string): boolean {
  if (text.length > 100) return false;
  const lower = text.toLowerCase();
  return SITE_NAME_PREFIXES.some((p) => lower.startsWith(p)) || isPublicationName(lower);
}
