/**
 * Reads author lines: `Trương Văn Phong, Ban TĐKT`, `ANH KHOA`, `BẢO NGUYÊN |`, `PV`, `N.P`,
 * `Trí Song (Đài TT)`, `Tin, ảnh: Lệ Sương`.
 */
import type { Author } from '../schema/record.js';
import { BYLINE_LEADS, SIGNATURE_ABBREVIATIONS, UNIT_HEADS } from '../vi/byline-words.js';
import { escapeRegExp } from '../text/regex.js';

const signatures = new Set(SIGNATURE_ABBREVIATIONS);
/** A name word: capitalised (`Phong`) or all capitals (`KHOA`), letters only, apostrophes allowed (`H'Hen`). */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’]{0,14}$/u;
/** Initials such as `N.P`, `T.H.`, `V.T`. */
const INITIALS_RE = /^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$/u;
const unitHeadsRe = new RegExp(
  `^(?:${[...UNIT_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=$|[\\s&-])`,
  'u',
);

/** Longest author line worth reading: bylines are short; anything longer is prose. */
const MAX_BYLINE_CHARS = 70;

/** True for a personal name of 1–5 words (`Lệ Sương`, `Nguyễn Tuyết Mai`, `ANH KHOA`) or initials. */
export function isPersonName(text: string): boolean {
  if (INITIALS_RE.test(text)) return true;
  if (signatures.has(text)) return true;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD_RE.test(w));
}

function isUnit(text: string): boolean {
  return text.length >= 2 && text.length <= 50 && unitHeadsRe.test(text);
}

/** Leads without their colon too: portals write both `Tin, ảnh: Lệ Sương` and `Tin, ảnh Lệ Sương`. */
const leads = [...new Set(BYLINE_LEADS.flatMap((l) => [l, l.replace(/:$/, '')]))].sort((a, b) => b.length - a.length);

function stripLead(text: string): string {
  const lower = text.toLowerCase();
  for (const lead of leads) {
    if (lower.startsWith(lead) && (lead.endsWith(':') || lower.charAt(lead.length) === ' ')) {
      return text.slice(lead.length).replace(/^\s*:?\s*/u, '');
    }
  }
  return text;
}

/** Finds the first unit head after two or three name words. */
function splitNameThenUnit(text: string): Author | null {
  const words = text.split(' ');
  for (let k = 2; k <= 3 && k < words.length; k++) {
    const name = words.slice(0, k).join(' ');
    const unit = words.slice(k).join(' ');
    // A one-word "unit" is more likely the last part of the name (`Nguyễn Văn Ban`).
    if (words.length - k >= 2 && isPersonName(name) && isUnit(unit)) return { name, unit };
  }
  return null;
}

/** Splits `A - B` and `A, B` lists of names when each part is a name. */
function splitNames(text: string): string[] | null {
  const parts = text.split(/\s[-–]\s|,\s|\sv\u00e0\s/u).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.every(isPersonName) ? parts : null;
}

/**
 * Parses a byline, or returns null when the text is not one.
 */
export function parseByline(raw: string): Author[] | null {
  if (raw.length > MAX_BYLINE_CHARS) return null;
  let text = raw.replace(/(?<![\s|–.-])[\s|–.-]+$/u, '').trim();
  text = stripLead(text);
  if (!text) return null;
  // `Trí Song Đài TT`: a name running straight into its unit, no separator.
  const joined = splitNameThenUnit(text);
  if (joined) return [joined];
  if (isPersonName(text)) return [{ name: text, unit: null }];

  // `Name (Unit)`
  const paren = /^([^()]{2,40}?)\s{0,2}\(([^()]{2,40})\)$/u.exec(text);
  if (paren?.[1] && paren[2] && isPersonName(paren[1].trim()) && isUnit(paren[2].trim())) {
    return [{ name: paren[1].trim(), unit: paren[2].trim() }];
  }
  // `Name, Unit` or `Name - Unit`
  const comma = /^([^,]{2,40}?)\s{0,2}(?:,|\s-\s|\s–\s)\s{0,2}(.{2,50})$/u.exec(text);
  if (comma?.[1] && comma[2] && isPersonName(comma[1].trim()) && isUnit(comma[2].trim())) {
    return [{ name: comma[1].trim(), unit: comma[2].trim() }];
  }
  const names = splitNames(text);
  return names ? names.map((name) => ({ name, unit: null })) : null;
}
