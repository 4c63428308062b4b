/**
 * Recognises lines of page chrome (menus, tools, footers) from the table in `vi/page-chrome`.
 */
import { CHROME_LINES, CHROME_PREFIXES, SITE_NAME_PREFIXES } from '../../vi/page-chrome.js';

/** Separators a line may end with: `key` drops them. */
const SEPARATOR_RE = /[\s|:>»›-]/u;

/** Lower-case text without its trailing separators (`BÌNH LUẬN`, `Liên kết website |`). */
function key(lower: string): string {
  // A loop from the end rather than a pattern anchored at `$`, which is tried at every position.
  let end = lower.length;
  while (end > 0 && SEPARATOR_RE.test(lower[end - 1]!)) end--;
  return end === lower.length ? lower : lower.slice(0, end);
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
/** A source attribution closing a copied article: `Theo Cổng thông tin điện tử tỉnh Đắk Nông`. */
const SOURCE_LINE_RE = /^(?:theo|nguồn)\s{1,3}[^.,;:]{2,80}$/iu;

/** True for a line that is page chrome wherever it stands. */
export function isChromeLine(text: string): boolean {
  if (URL_LINE_RE.test(text)) return true;
  if (text.length > 120) return false;
  const lower = text.toLowerCase();
  const k = key(lower);
  if (chromeKeys.has(k)) return true;
  for (const prefix of prefixesByFirst.get(lower.charAt(0)) ?? []) if (lower.startsWith(prefix)) return true;
  return SOURCE_LINE_RE.test(text);
}

/** True for a line that names the site (`Cổng thông tin điện tử Sở Nội vụ`). */
export function isSiteNameLine(text: string): boolean {
  if (text.length > 100) return false;
  const lower = text.toLowerCase();
  return SITE_NAME_PREFIXES.some((p) => lower.startsWith(p));
}
