/**
 * Recognises lines of page chrome (menus, tools, footers) from the table in `vi/page-chrome`.
 */
import { CHROME_LINES, CHROME_PREFIXES, SITE_NAME_PREFIXES } from '../../vi/page-chrome.js';

const chromeLines = new Set(CHROME_LINES);

/** Lower-cases and drops trailing separators (`BÌNH LUẬN`, `Liên kết website |`). */
function key(text: string): string {
  return text.toLowerCase().replace(/(?<![\s|:>»›-])[\s|:>»›-]+$/u, '');
}

/** A bare address line: `https://baodongnai.com.vn/...`. */
const URL_LINE_RE = /^(?:https?:\/\/|www\.)\S{1,2000}$/i;
/** A source attribution closing a copied article: `Theo Cổng thông tin điện tử tỉnh Đắk Nông`. */
const SOURCE_LINE_RE = /^(?:theo|nguồn)\s{1,3}[^.,;:]{2,80}$/iu;

/** True for a line that is page chrome wherever it stands. */
export function isChromeLine(text: string): boolean {
  if (URL_LINE_RE.test(text)) return true;
  if (text.length > 120) return false;
  const k = key(text);
  if (chromeLines.has(k) || chromeLines.has(k + ':')) return true;
  const lower = text.toLowerCase();
  if (CHROME_PREFIXES.some((p) => lower.startsWith(p))) return true;
  return SOURCE_LINE_RE.test(text);
}

/** True for a line that names the site (`Cổng thông tin điện tử Sở Nội vụ`). */
export function isSiteNameLine(text: string): boolean {
  if (text.length > 100) return false;
  const lower = text.toLowerCase();
  return SITE_NAME_PREFIXES.some((p) => lower.startsWith(p));
}
