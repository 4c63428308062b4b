/**
 * Reads author lines: `Trương Văn Phong, Ban TĐKT`, `ANH KHOA`, `BẢO NGUYÊN |`, `PV`, `N.P`,
 * `Trí Song (Đài TT)`, `Tin, ảnh: Lệ Sương`.
 */
import type { Author } from '../schema/record.js';
import {
  ATTRIBUTION_LEADS,
  BYLINE_LEADS,
  END_MARKS,
  PHOTO_CREDIT_WORDS,
  SIGNATURE_ABBREVIATIONS,
  UNIT_HEADS,
} from '../vi/byline-words.js';
import { escapeRegExp } from '../text/regex.js';

const signatures = new Set(SIGNATURE_ABBREVIATIONS);
/** A name word: capitalised (`Phong`) or all capitals (`KHOA`), letters only, apostrophes allowed (`H'Hen`). */
const NAME_WORD_RE = /^\p{Lu}[\p{L}'’]{0,14}$/u;
/** Initials such as `N.P`, `T.H.`, `V.T`. */
const INITIALS_RE = /^(?:\p{Lu}\.){1,4}\p{Lu}?\.?$/u;
/** Initials before a name word: `K. Miên`, `P.TRUNG`, `H.Nguyên`. */
const INITIALS_NAME_RE = /^(?:\p{Lu}\.\s?){1,3}\p{Lu}[\p{L}'’]{1,14}$/u;
/** A signature of capitals alone: `TVB`, `HN` (see {@link isSignatureInitials}). */
const CAPITALS_SIGNATURE_RE = /^\p{Lu}{2,4}$/u;
const endMarks = new Set(END_MARKS);
const unitHeadsRe = new RegExp(
  `^(?:${[...UNIT_HEADS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?=$|[\\s&-])`,
  'u',
);

/** Longest author line worth reading: bylines are short; anything longer is prose. */
const MAX_BYLINE_CHARS = 70;

/** True for a personal name of 1–5 words (`Lệ Sương`, `Nguyễn Tuyết Mai`, `ANH KHOA`) or initials. */
export function isPersonName(text: string): boolean {
  if (INITIALS_RE.test(text) || INITIALS_NAME_RE.test(text)) return true;
  if (signatures.has(text)) return true;
  const words = text.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  return words.every((w) => NAME_WORD_RE.test(w));
}

function isUnit(text: string): boolean {
  return (text.length >= 2 && text.length <= 50 && unitHeadsRe.test(text)) || signatures.has(text);
}

/**
 * A signature of two to four capitals alone (`TVB`): the author's initials when it is the last
 * line of an article, which only the caller can tell; never an end mark (`HẾT`).
 */
export function isSignatureInitials(text: string): boolean {
  return CAPITALS_SIGNATURE_RE.test(text) && !endMarks.has(text);
}

/** `, ảnh Ngọc Dũng`, ` - Ảnh: Lê Hiền`: a photo credit after the author's name, cut off (the photographer is not the author). */
const photoCreditTailRe = new RegExp(
  `\\s{0,2}[,;\\-–]\\s{0,2}(?:${PHOTO_CREDIT_WORDS.map(escapeRegExp).join('|')})(?=\\s|$).{0,60}$`,
  'iu',
);

function attributionLead(text: string): string | undefined {
  const lower = text.toLowerCase();
  return ATTRIBUTION_LEADS.find((l) => lower.startsWith(`${l} `));
}

function opensWithAttribution(text: string): boolean {
  return attributionLead(text) !== undefined;
}

/**
 * `Theo Sầm Hoa (Vietnamnet/Reuters)`: the person and the paper taken from, or null for a
 * source line (`Theo VOV`, `Theo Cổng thông tin điện tử tỉnh`).
 */
export function parseAttribution(text: string): Author | null {
  const lead = attributionLead(text);
  if (!lead || text.length > MAX_BYLINE_CHARS) return null;
  const rest = text.slice(lead.length).trim();
  // Without the paper in parentheses, the words after `Theo` name the paper itself (`Theo Tuổi Trẻ`).
  const paren = /^([^()]{2,40}?)\s{0,2}\(([^()]{2,40})\)$/u.exec(rest);
  const name = paren?.[1]?.trim();
  const unit = paren?.[2]?.trim();
  if (!name || !unit || !isPersonName(name) || signatures.has(name) || isUnit(name)) return null;
  return { name, unit };
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
  if (opensWithAttribution(text)) {
    const attributed = parseAttribution(text);
    return attributed ? [attributed] : null;
  }
  text = stripLead(text).replace(photoCreditTailRe, '');
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

/**
 * The people of a block the document model marked as a byline: as {@link parseByline} reads
 * them, or a signature of capitals (`TVB`), which the classifier accepts only on the last line.
 */
export function readBylineBlock(text: string): Author[] {
  return parseByline(text) ?? (isSignatureInitials(text) ? [{ name: text, unit: null }] : []);
}
