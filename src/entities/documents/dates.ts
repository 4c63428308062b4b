/**
 * The date of issue written right after a document reference: `ngày 22/12/2020`,
 * `ngày 14.5.2011`, `ngày 31 tháng 7 năm 2017`, `ban hành ngày 01-7-2014`.
 */
import { stickyExec } from '../../text/reading-kit.js';

/** A date read at a position: the ISO date (null when the year is unknown) and where it ends. */
export interface DateAt {
  readonly iso: string | null;
  readonly end: number;
}

/*
 * Both patterns are sticky and run on a lower-cased copy; every repetition is bounded.
 * The separator of the numeric form is captured so that `14.5.2011` must use one kind.
 */
const NUMERIC_DATE_AT =
  /[ \t\u00A0]{0,3},?[ \t\u00A0]{0,3}(?:(?:được[ \t\u00A0]{1,3})?(?:ban hành|ký)[ \t\u00A0]{1,3})?ngày[ \t\u00A0]{1,3}(\d{1,2})[ \t\u00A0]{0,2}([/.-])[ \t\u00A0]{0,2}(\d{1,2})(?:[ \t\u00A0]{0,2}\2[ \t\u00A0]{0,2}(\d{4}))?(?![\p{N}])/uy;
const WORDED_DATE_AT =
  /[ \t\u00A0]{0,3},?[ \t\u00A0]{0,3}(?:(?:được[ \t\u00A0]{1,3})?(?:ban hành|ký)[ \t\u00A0]{1,3})?ngày[ \t\u00A0]{1,3}(\d{1,2})[ \t\u00A0]{1,3}tháng[ \t\u00A0]{1,3}(\d{1,2})(?:[ \t\u00A0]{1,3}năm[ \t\u00A0]{1,3}(\d{4}))?(?![\p{N}])/uy;

/** An ISO calendar date, or null when the parts are not a real date. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads `ngày ...` at `pos` in `lower` (a lower-cased text). A date without a year takes
 * `fallbackYear` (the year inside the document number, `91/2017/NĐ-CP ngày 31/7`), else
 * its ISO form is null. Returns null when no date starts there.
 */
export function readIssueDate(lower: string, pos: number, fallbackYear: number | null): DateAt | null {
  const numeric = stickyExec(NUMERIC_DATE_AT, lower, pos);
  if (numeric) {
    const n = numeric.match;
    const year = n[4] !== undefined ? Number(n[4]) : fallbackYear;
    return { iso: year === null ? null : isoDate(year, Number(n[3]), Number(n[1])), end: numeric.end };
  }
  const worded = stickyExec(WORDED_DATE_AT, lower, pos);
  if (worded) {
    const w = worded.match;
    const year = w[3] !== undefined ? Number(w[3]) : fallbackYear;
    return { iso: year === null ? null : isoDate(year, Number(w[2]), Number(w[1])), end: worded.end };
  }
  return null;
}
