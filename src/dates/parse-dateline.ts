/**
 * Publication date lines: `18/06/2021`, `(05.08.2019 16:32)`, `thứ hai, 05 08 2019 10:53`,
 * `30/03/2023 - 20:45`, `(15:32 | 22/01/2024)`, `Cập nhật: 21/03/2019 22:13`, `2023-05-01 18:03`,
 * `Cập nhật thứ hai, ngày 24/12/12 11:05 tối`, `30 tháng 8, 2024`, `27/04/2023 14:47 98` (a view count after).
 */
import { DATELINE_LABELS, TIME_OF_DAY_WORDS, WEEKDAYS } from '../vi/date-words.js';
import { findDates, type DateMatch } from './find-dates.js';
import { toIsoDate, toIsoDateTime } from './to-iso.js';
import { escapeRegExp } from '../text/regex.js';

/** Options of {@link parseDateline}. */
export interface ParseDatelineOptions {
  /** Year for a line without one (`Chiều 15/4`); without it such a line gives null. */
  readonly defaultYear?: number | null;
}

/** Date lines are short; a longer line is prose that happens to hold a date. */
const MAX_DATELINE_CHARS = 80;

/** Words that may stand around the date in a date line (labels, weekdays, day parts), longest first. */
const DATELINE_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[
    ...new Set([...DATELINE_LABELS, ...WEEKDAYS.flatMap((w) => w.forms), ...TIME_OF_DAY_WORDS.map((w) => w.word), 'am', 'pm']),
  ]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s{1,3}'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** `GMT+7`, `UTC +07:00`: an offset note after the time. */
const OFFSET_NOTE_RE = /(?<![\p{L}\p{N}])(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d{2})?/giu;

/** What may remain of a date line once dates and words are gone: punctuation and separators. */
const ONLY_SEPARATORS_RE = /^[\s()[\]|,:;.\-–—/·•+]*$/u;

/** Whether `text` holds two runs of ASCII digits (the digits `findDates` reads), one loop, no pattern. */
function hasTwoNumbers(text: string): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit && !inRun && ++runs === 2) return true;
    inRun = digit;
  }
  return false;
}

/** A view counter after a date-time, spaced or glued to the minutes: `27/04/2023 14:47 98`, `15:202130`. */
const TRAILING_COUNTER_RE = /^\s{0,3}\d{1,7}\s{0,3}$/u;

/** The line without a counter that follows its last date when that date gives a time. */
function withoutTrailingCounter(line: string, dates: readonly DateMatch[]): string {
  const last = dates[dates.length - 1];
  if (!last || last.hour === null) return line;
  return TRAILING_COUNTER_RE.test(line.slice(last.end)) ? line.slice(0, last.end) : line;
}

/** The line's first complete date (day, month and year). */
function firstFullDate(dates: readonly DateMatch[]): DateMatch | undefined {
  return dates.find((d) => d.day !== null && d.year !== null);
}

/**
 * Reads a publication date line.
 *
 * @param line A short line that is a date line.
 * @param opts `defaultYear` for a line without a year.
 * @returns    `2021-06-18`, or `2021-06-18T08:30:00+07:00` when the line gives a time (the
 *             page's own Vietnam time), or null when the line has no complete date.
 */
export function parseDateline(line: string, opts?: ParseDatelineOptions): string | null {
  const date = firstFullDate(findDates(line, { defaultYear: opts?.defaultYear ?? null }));
  if (!date || date.year === null || date.day === null) return null;
  return date.hour !== null && date.minute !== null
    ? toIsoDateTime(date.year, date.month, date.day, date.hour, date.minute)
    : toIsoDate(date.year, date.month, date.day);
}

/** The line with the date phrases cut out. */
function withoutDates(line: string, dates: readonly DateMatch[]): string {
  let rest = '';
  let at = 0;
  for (const d of dates) {
    rest += `${line.slice(at, d.start)} `;
    at = d.end;
  }
  return rest + line.slice(at);
}

/**
 * Whether a line is essentially only a date or date-time: dates, weekday, labels such as
 * `Ngày đăng`, `Cập nhật`, `Đăng lúc`, parentheses and separators, and nothing else.
 *
 * @param line One line of text.
 * @returns    True for `18/06/2021`, `(15:32 | 22/01/2024)`, `Cập nhật: 21/03/2019 22:13`;
 *             false for a headline that ends with a date, or a date without a year or time.
 */
export function isDateline(line: string): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_DATELINE_CHARS) return false;
  // A date with a day has a day number and a month number (`16/6`, `16 tháng 6`): most lines, and
  // every line of one number (a table cell), are settled here, before the date search.
  if (!hasTwoNumbers(text)) return false;
  const dates = findDates(text);
  if (!dates.some((d) => d.day !== null && (d.year !== null || d.hour !== null))) return false;
  const rest = withoutDates(withoutTrailingCounter(text, dates), dates).replace(OFFSET_NOTE_RE, ' ').replace(DATELINE_WORD_RE, ' ');
  return ONLY_SEPARATORS_RE.test(rest);
}
