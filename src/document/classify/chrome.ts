/**
 * Recognises lines of page chrome (menus, tools, footers) from the table in `vi/page-chrome`.
 */
import { CHROME_LINES, CHROME_PREFIXES, SITE_NAME_PREFIXES } from '../../vi/page-chrome.js';

/** Separators a line may end with: `key` drops them. */
const SEPARATOR_RE = /[\s|:>»›-]/u;

/** Whether `s` ends with a separator. */
const endsWithSeparator = (s: string): boolean => s.length > 0 && SEPARATOR_RE.test(s[s.length - 1]!);

/**
 * The chrome lines as `key` leaves them: a line listed with a colon (`Liên kết:`) is matched
 * without it, since `key` drops trailing separators.
 */
const chromeKeys: ReadonlySet<string> = new Set(
  CHROME_LINES.flatMap((line) => {
    if (!endsWithSeparator(line)) return [line];
    const bare = line.slice(0, -1);
    return line.endsWith(':') && !endsWithSeparator(bare) ? [bare] : [];
  }),
);

/** Lower-case text without its trailing separators (`BÌNH LUẬN`, `Liên kết website |`). */
function key(lower: string): string {
  // A loop from the end rather than a pattern anchored at `$`, which is tried at every position.
  let end = lower.length;
  while (end > 0 && SEPARATOR_RE.test(lower[end - 1]!)) end--;
  return end === lower.length ? lower : lower.slice(0, end);
}

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
  for (const prefix of CHROME_PREFIXES) if (lower.startsWith(prefix)) return true;
  return SOURCE_LINE_RE.test(text);
}

/** True for a line that names the site (`Cổng thông tin điện tử Sở Nội vụ`). */
export function isSiteNameLine(text: string): boolean {
  if (text.length > 100) return false;
  const lower = text.toLowerCase();
  return SITE_NAME_PREFIXES.some((p) => lower.startsWith(p));
}
