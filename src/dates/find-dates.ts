/**
 * Finds Vietnamese date phrases in running text: `Ngày 16/6/2021`, `Chiều 30-3`,
 * `ngày 22 tháng 12 năm 2020`, `tháng 02/2021`, `thứ hai, 05 08 2019 10:53`, `(15:32 | 22/01/2024)`.
 *
 * Vietnamese writes the day before the month, always: `05/08/2019` is 5 August. Output is
 * calendar arithmetic only (no `Date`, no time zone), so the day found is the day written.
 *
 * Every regex below is built once, uses bounded digit runs and has no nested or overlapping
 * quantifiers, so the scan is linear in the input. Context around a match (a cue word before
 * it, a clock time after it) is read from a window of bounded size, never from the whole text.
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import {
  COUNT_HEADS,
  DAY_WORDS,
  CLOCK_LEADS,
  HOUR_WORDS,
  MERIDIEM_WORDS,
  MONTH_WORD,
  YEAR_WORD,
  RELATIVE_DAY_MARKERS,
  TIME_OF_DAY_WORDS,
  WEEKDAYS,
  type DayPart,
} from '../vi/date-words.js';
import { escapeRegExp } from '../text/regex.js';

/** One date phrase found in a text. Offsets are UTF-16 indices into the searched string. */
export interface DateMatch {
  /** Start of the phrase, including its cue words (`Sáng ngày`, `Thứ năm,`, a leading clock time). */
  start: number;
  /** End of the phrase, including a trailing clock time. */
  end: number;
  /** `text.slice(start, end)`. */
  raw: string;
  /** The year written, else `defaultYear` (see `yearInferred`), else null. */
  year: number | null;
  /** 1–12. */
  month: number;
  /** 1–31, or null for a month phrase (`tháng 02/2021`). */
  day: number | null;
  /** 0–23 when the phrase gives a time. */
  hour: number | null;
  /** 0–59 when the phrase gives a time (0 for `3 giờ`). */
  minute: number | null;
  /** True when `year` came from `defaultYear`, not from the phrase. */
  yearInferred: boolean;
}

/** Options of {@link findDates}. */
export interface FindDatesOptions {
  /** Year given to phrases that have none (`Chiều 15/4`); null or absent leaves them yearless. */
  readonly defaultYear?: number | null;
}

/** Years outside this range are numbers, not dates (`5.000 tỷ`, phone numbers). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** How far back a cue (`Thứ năm, 15:32 | Sáng ngày (`) may reach before the digits. */
const CUE_WINDOW_CHARS = 48;
/** How far after the date a clock time (` - 20:45`, ` lúc 10 giờ 30`) may sit. */
const TIME_WINDOW_CHARS = 24;

/** A regex alternation of literal phrases, longest first so `rạng sáng` wins over `sáng`. */
function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s{1,3}'))
    .join('|');
}

const WEEKDAY_ALT = alternation(WEEKDAYS.flatMap((w) => w.forms));
const TIME_OF_DAY_ALT = alternation(TIME_OF_DAY_WORDS.map((w) => w.word));
const RELATIVE_ALT = alternation(RELATIVE_DAY_MARKERS);
/** `hôm` takes a relative marker (`hôm qua`); the other day words stand alone. */
const DAY_WORD_ALT = alternation(DAY_WORDS.filter((w) => w !== 'hôm'));
const HOUR_ALT = alternation(HOUR_WORDS);
const MERIDIEM_ALT = alternation(MERIDIEM_WORDS.map((w) => w.word));
const CLOCK_LEAD_ALT = alternation(CLOCK_LEADS);
const MONTH = escapeRegExp(MONTH_WORD);
const YEAR = escapeRegExp(YEAR_WORD);

/** Not inside a word or a number: JS `\b` knows only ASCII letters. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const WORD_END = '(?![\\p{L}\\p{N}])';
/** A date's first digit must not continue a number, a symbol (`4614/…`) or a decimal. */
const NUMBER_START = '(?<![\\p{L}\\p{N}./])';

/**
 * The date cores, tried left to right at each position. Group names tell the forms apart.
 * - `iso`: `2023-05-01` (year first, only with dashes and four digits).
 * - `dmy`: `16/6/2021`, `21-3-2019`, `14.5.2011`; both separators the same.
 * - `tx`: `21 tháng 7 năm 2017`, `22 tháng 12` (words); `30 tháng 8, 2024`, `17 Tháng 12 2020 15:44`
 *   (a year without `năm`, taken only where no word follows it: `5 tháng 8 2000 người` is a count).
 * - `sp`: `05 08 2019` (spaces; trusted only after a weekday or before a clock time).
 * - `yy`: `24/12/12` (a two-digit year, as some CMSs print it; trusted only after a date word or before a clock time).
 * - `dm`: `16/6`, `30-3`, `2.8` (no year; `-` and `.` only after a cue word).
 * - `mo`: `tháng 02`, `tháng 02/2021`, `tháng 4 năm 2019`, `tháng 8.2019` (no day).
 */
const DATE_CORE_RE = new RegExp(
  [
    `${NUMBER_START}(?:`,
    `(?<isoY>\\d{4})-(?<isoM>\\d{1,2})-(?<isoD>\\d{1,2})(?!\\p{N})`,
    `|(?<dmyD>\\d{1,2})(?<dmySep>[/.\\-])(?<dmyM>\\d{1,2})\\k<dmySep>(?<dmyY>\\d{4})(?!\\p{N})`,
    `|(?<txD>\\d{1,2})\\s{1,3}${MONTH}\\s{1,3}(?<txM>\\d{1,2})(?:(?:,\\s{0,3}|\\s{1,3})${YEAR}\\s{1,3}(?<txY>\\d{4})|(?:,\\s{0,3}|\\s)(?<txY2>\\d{4})(?![\\p{N}/.\\-]|\\s{0,3}\\p{L}))?(?!\\p{N})`,
    `|(?<spD>\\d{1,2}) (?<spM>\\d{1,2}) (?<spY>\\d{4})(?!\\p{N})`,
    `|(?<yyD>\\d{1,2})/(?<yyM>\\d{1,2})/(?<yyY>\\d{2})(?!\\p{N}|[/.\\-][\\p{L}\\p{N}])`,
    `|(?<dmD>\\d{1,2})(?<dmSep>[/.\\-])(?<dmM>\\d{1,2})(?!\\p{N}|[/.\\-]\\p{N})`,
    `)`,
    `|${WORD_START}${MONTH}\\s{1,3}(?<moM>\\d{1,2})(?:(?:\\s{1,3}${YEAR}\\s{1,3}|[/.\\-])(?<moY>\\d{4}))?(?!\\p{N}|[/.\\-]\\p{N})`,
  ].join(''),
  'giu',
);

/**
 * The cue words before a date, read backwards from its first digit. Every part is optional;
 * the order is how pages write them:
 * `[15:32 |] [Thứ năm,] [Sáng nay] [thứ hai] [ngày | hôm qua] [(]` + date.
 */
const CUE_BEFORE_RE = new RegExp(
  [
    `(?:${WORD_START}(?<bh>\\d{1,2})(?::(?<bmColon>\\d{2})(?::\\d{2})?|\\s?(?:${HOUR_ALT})(?:\\s?(?<bmWord>\\d{2}))?)${WORD_END}(?:\\s{0,2}(?<bMer>${MERIDIEM_ALT})${WORD_END})?`,
    `\\s{0,3}(?:[|,\\-–—]\\s{0,3})?)?`,
    `(?:${WORD_START}(?<wd1>${WEEKDAY_ALT})${WORD_END}\\s{0,3}(?:[,\\-–—|]\\s{0,3})?)?`,
    `(?:${WORD_START}(?<tod>${TIME_OF_DAY_ALT})(?:\\s{1,3}(?:${RELATIVE_ALT}))?${WORD_END}\\s{0,3}(?:,\\s{0,3})?)?`,
    `(?:${WORD_START}(?<wd2>${WEEKDAY_ALT})${WORD_END}\\s{0,3}(?:[,\\-–—]\\s{0,3})?)?`,
    `(?:${WORD_START}(?<dayWord>${DAY_WORD_ALT}|hôm(?:\\s{1,3}(?:${RELATIVE_ALT}))?)\\s{1,3})?`,
    `\\(?\\s{0,2}$`,
  ].join(''),
  'iu',
);

/**
 * A clock time right after a date: ` 10:53`, ` - 20:45`, `T18:03`, ` lúc 10 giờ 30`, ` 15h`,
 * with the part of the day after it (` 11:05 tối`, ` 03:04 AM`). Minutes written with a colon
 * may run straight into a view counter (`15:202130`: 15:20, then 2130 views): two digits are read.
 */
const TIME_AFTER_RE = new RegExp(
  `^(?:\\s{0,3}[,|\\-–—]\\s{0,3}|\\s{1,3}|T)(?:(?:${CLOCK_LEAD_ALT})\\s{1,3})?(?<h>\\d{1,2})(?::(?<mColon>\\d{2})(?::\\d{2}(?!\\p{N}))?(?!\\p{L})|\\s?(?:${HOUR_ALT})(?:\\s?(?<mWord>\\d{2}))?${WORD_END})` +
    `(?:\\s{0,3}(?<meridiem>${MERIDIEM_ALT})${WORD_END}|\\s{1,3}(?<todAfter>${TIME_OF_DAY_ALT})${WORD_END})?`,
  'iu',
);

/** Any date cue word anywhere in a short phrase; see {@link hasDateWord}. */
const DATE_WORD_RE = new RegExp(
  `${WORD_START}(?:${alternation([...DAY_WORDS, ...TIME_OF_DAY_WORDS.map((w) => w.word), ...WEEKDAYS.flatMap((w) => w.forms)])})${WORD_END}`,
  'iu',
);

/** A counting word right before the digits (`tuần 1 tháng 5`, `hẻm 12/3`): see {@link COUNT_HEADS}. */
const COUNT_HEAD_BEFORE_RE = new RegExp(`${WORD_START}(?:${alternation(COUNT_HEADS)})\\s{1,3}$`, 'iu');

const DAY_PART_BY_WORD: ReadonlyMap<string, DayPart> = new Map(TIME_OF_DAY_WORDS.map((w) => [w.word, w.part]));

type CoreKind = 'iso' | 'dmy' | 'text' | 'spaced' | 'shortYear' | 'dayMonth' | 'month';

/** What the digits themselves say, before any context. */
interface DateCore {
  readonly kind: CoreKind;
  readonly day: number | null;
  readonly month: number;
  readonly year: number | null;
  /** The separator of a yearless `d/m`, `d-m` or `d.m`. */
  readonly separator: string | null;
}

/** The cue words found before a date. */
interface Cue {
  readonly start: number;
  readonly hasWord: boolean;
  readonly hasWeekday: boolean;
  readonly dayPart: DayPart | null;
  readonly hour: number | null;
  readonly minute: number | null;
}

interface ClockTime {
  readonly end: number;
  /** 0–23 once a meridiem (`AM`, `PM`) is applied; a day word after it is in `dayPart`. */
  readonly hour: number;
  readonly minute: number;
  readonly dayPart: DayPart | null;
  /** The hour is already on the 24-hour clock (a meridiem was written). */
  readonly absolute: boolean;
}

function toInt(s: string | undefined): number | null {
  return s === undefined ? null : Number.parseInt(s, 10);
}

/** Days in a month of the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // date-fns does the calendar (leap years); the Date is only a carrier for year and month.
  return getDaysInMonth(new Date(year, month - 1, 1));
}

function readCore(g: Readonly<Record<string, string | undefined>>): DateCore | null {
  const make = (kind: CoreKind, d: string | undefined, m: string | undefined, y: string | undefined, sep?: string) => {
    const month = toInt(m);
    return month === null ? null : { kind, day: toInt(d), month, year: toInt(y), separator: sep ?? null };
  };
  if (g.isoY !== undefined) return make('iso', g.isoD, g.isoM, g.isoY);
  if (g.dmyY !== undefined) return make('dmy', g.dmyD, g.dmyM, g.dmyY);
  if (g.txM !== undefined) return make('text', g.txD, g.txM, g.txY ?? g.txY2);
  if (g.spY !== undefined) return make('spaced', g.spD, g.spM, g.spY);
  if (g.yyY !== undefined) return make('shortYear', g.yyD, g.yyM, String(fullYear(Number(g.yyY))));
  if (g.dmM !== undefined) return make('dayMonth', g.dmD, g.dmM, undefined, g.dmSep);
  return make('month', undefined, g.moM, g.moY);
}

/** Reads the cue words just before `coreStart`, never reaching back past `floor`. */
function readCueBefore(text: string, coreStart: number, floor: number): Cue {
  const windowStart = Math.max(floor, coreStart - CUE_WINDOW_CHARS);
  const m = CUE_BEFORE_RE.exec(text.slice(windowStart, coreStart));
  const g = m?.groups;
  if (!m || !g) return { start: coreStart, hasWord: false, hasWeekday: false, dayPart: null, hour: null, minute: null };
  const hasWeekday = g.wd1 !== undefined || g.wd2 !== undefined;
  const hasWord = hasWeekday || g.tod !== undefined || g.dayWord !== undefined;
  const written = toInt(g.bh);
  const hour = written === null || g.bMer === undefined ? written : applyMeridiem(written, g.bMer);
  const somethingFound = hasWord || hour !== null;
  return {
    start: somethingFound ? windowStart + m.index : coreStart,
    hasWord,
    hasWeekday,
    dayPart: g.tod === undefined ? null : (DAY_PART_BY_WORD.get(foldSpaces(g.tod.toLowerCase())) ?? null),
    hour,
    minute: hour === null ? null : (toInt(g.bmColon ?? g.bmWord) ?? 0),
  };
}

/** Two-digit years on web pages are this century's; a year past {@link MAX_SHORT_YEAR} is the last century's. */
const MAX_SHORT_YEAR = 69;

function fullYear(twoDigits: number): number {
  return twoDigits <= MAX_SHORT_YEAR ? 2000 + twoDigits : 1900 + twoDigits;
}

/** `12:30 AM` is 00:30, `01:15 PM` 13:15; null when the hour cannot carry the meridiem. */
function applyMeridiem(hour: number, meridiem: string): number | null {
  if (hour < 1 || hour > 12) return null;
  const pm = MERIDIEM_BY_WORD.get(meridiem.toLowerCase()) === 'afternoon';
  return (hour % 12) + (pm ? 12 : 0);
}

const MERIDIEM_BY_WORD: ReadonlyMap<string, DayPart> = new Map(MERIDIEM_WORDS.map((w) => [w.word, w.part]));

function foldSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Reads a clock time right after `coreEnd`, if any and valid. */
function readTimeAfter(text: string, coreEnd: number): ClockTime | null {
  const m = TIME_AFTER_RE.exec(text.slice(coreEnd, coreEnd + TIME_WINDOW_CHARS));
  const written = toInt(m?.groups?.h);
  if (!m || written === null) return null;
  const meridiem = m.groups?.meridiem;
  const hour = meridiem === undefined ? written : applyMeridiem(written, meridiem);
  const minute = toInt(m.groups?.mColon ?? m.groups?.mWord) ?? 0;
  if (hour === null || !isClockTime(hour, minute)) return null;
  const todAfter = m.groups?.todAfter;
  const dayPart = todAfter === undefined ? null : (DAY_PART_BY_WORD.get(foldSpaces(todAfter.toLowerCase())) ?? null);
  return { end: coreEnd + m[0].length, hour, minute, dayPart, absolute: meridiem !== undefined };
}

function isClockTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * Whether the context makes the digits a date. Forms that are also ordinary numbers need a
 * cue: `2.8` may be a decimal and `3-5` a range, but `Sáng ngày 2.8` and `Chiều 30-3` are dates.
 */
function isTrustedForm(core: DateCore, cue: Cue, time: ClockTime | null, countedBefore: boolean): boolean {
  if (countedBefore && !cue.hasWord && (core.kind === 'text' || core.kind === 'dayMonth')) return false;
  switch (core.kind) {
    case 'spaced':
      return cue.hasWeekday || time !== null;
    case 'shortYear':
      return cue.hasWord || time !== null;
    case 'dayMonth':
      return core.separator === '/' || cue.hasWord;
    case 'text':
      return core.year !== null || cue.hasWord;
    default:
      return true;
  }
}

/** Whether day, month and written year make a real calendar date. */
function isPossibleDate(core: DateCore): boolean {
  if (core.month < 1 || core.month > 12) return false;
  if (core.year !== null && (core.year < MIN_YEAR || core.year > MAX_YEAR)) return false;
  if (core.day === null) return true;
  // A yearless 29/2 may be a leap day: judge it against a leap year.
  return core.day >= 1 && core.day <= daysInMonth(core.year ?? 2000, core.month);
}

/** `3 giờ chiều` is 15:00: a day part moves morning-looking hours to the afternoon. */
function to24Hour(hour: number, dayPart: DayPart | null): number {
  if (hour >= 12 || dayPart === null) return hour;
  if (dayPart === 'afternoon' || dayPart === 'evening') return hour + 12;
  if (dayPart === 'noon' && hour <= 2) return hour + 12;
  if (dayPart === 'night' && hour >= 7) return hour + 12;
  return hour;
}

/** The year to report: written, else the default when that makes a valid date. */
function chooseYear(core: DateCore, defaultYear: number | null): { year: number | null; inferred: boolean } {
  if (core.year !== null) return { year: core.year, inferred: false };
  if (defaultYear === null) return { year: null, inferred: false };
  const fits = core.day === null || core.day <= daysInMonth(defaultYear, core.month);
  return fits ? { year: defaultYear, inferred: true } : { year: null, inferred: false };
}

/** `Sáng nay (2/8)`: a phrase whose cue opened a parenthesis also takes the closing one. */
function closesCueParenthesis(text: string, start: number, coreStart: number, end: number): number {
  return start < coreStart && text.slice(start, coreStart).includes('(') && text[end] === ')' ? end + 1 : end;
}

function buildMatch(
  text: string,
  m: RegExpExecArray,
  floor: number,
  defaultYear: number | null,
): DateMatch | null {
  const core = m.groups ? readCore(m.groups) : null;
  if (!core || !isPossibleDate(core)) return null;
  const coreEnd = m.index + m[0].length;
  const cue = readCueBefore(text, m.index, floor);
  const after = core.day === null ? null : readTimeAfter(text, coreEnd);
  const countedBefore = COUNT_HEAD_BEFORE_RE.test(text.slice(Math.max(floor, m.index - CUE_WINDOW_CHARS), m.index));
  if (!isTrustedForm(core, cue, after, countedBefore)) return null;
  const clockBefore = cue.hour !== null && isClockTime(cue.hour, cue.minute ?? 0);
  const hour = after?.hour ?? (clockBefore ? cue.hour : null);
  const minute = after?.minute ?? (clockBefore ? cue.minute : null);
  const { year, inferred } = chooseYear(core, defaultYear);
  const start = clockBefore || cue.hasWord ? cue.start : m.index;
  const end = closesCueParenthesis(text, start, m.index, after?.end ?? coreEnd);
  return {
    start,
    end,
    raw: text.slice(start, end),
    year,
    month: core.month,
    day: core.day,
    hour: hour === null || after?.absolute ? hour : to24Hour(hour, after?.dayPart ?? cue.dayPart),
    minute: hour === null ? null : minute,
    yearInferred: inferred,
  };
}

/**
 * Finds every date phrase in `text`, in order, without overlaps.
 *
 * @param text Any text (a paragraph, a date line, a whole page).
 * @param opts `defaultYear` for phrases without a year.
 * @returns    The phrases with their offsets and calendar fields; impossible dates
 *             (`32/13`, `29/2/2019`, years outside 1900–2100) are left out.
 */
export function findDates(text: string, opts?: FindDatesOptions): DateMatch[] {
  const defaultYear = opts?.defaultYear ?? null;
  const found: DateMatch[] = [];
  let floor = 0;
  DATE_CORE_RE.lastIndex = 0;
  for (let m = DATE_CORE_RE.exec(text); m !== null; m = DATE_CORE_RE.exec(text)) {
    const match = buildMatch(text, m, floor, defaultYear);
    if (match) {
      found.push(match);
      floor = match.end;
      DATE_CORE_RE.lastIndex = match.end;
    } else {
      // A rejected match may hide a shorter date inside it; retry one character later.
      DATE_CORE_RE.lastIndex = m.index + 1;
    }
  }
  return found;
}

/**
 * Whether a date phrase carries a date word (`ngày`, `hôm`, `sáng`, `chiều`, a weekday…),
 * i.e. was written as a date rather than as bare digits like `3/4`.
 */
export function hasDateWord(raw: string): boolean {
  return DATE_WORD_RE.test(raw);
}
