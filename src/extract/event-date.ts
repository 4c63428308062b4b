/**
 * The date of the main event an article reports.
 *
 * Vietnamese news leads open with it: `Ngày 16/6/2021, Khối thi đua … tổ chức Hội nghị`,
 * `(CT) - Chiều 30-3, Cụm Thi đua …`, `Sáng ngày 2.8, …`, `Thực hiện Kế hoạch …; ngày 21 tháng 7
 * năm 2017, …`. So the event date is the first date phrase of the lead that is written as a day
 * (not bare digits) and is not something else: a document's issue date (`Kế hoạch số
 * 4614/KH-UBND ngày 22/12/2020`), the bound of a period (`từ ngày … đến ngày …`), an
 * anniversary (`kỷ niệm … 27/7`), a quoted or bracketed date. When the lead has none, the
 * answer is null: a wrong date is worse than no date.
 *
 * The year follows the record contract: the date's own year, else the publication date's,
 * else the event's sentence when it fixes one (`… năm 2023`, `6 tháng cuối năm 2018`, the
 * first year of a congress's `nhiệm kỳ 2016-2021`), else the caller's reference date, else null.
 */
import { daysInMonth, findDates, hasDateWord, type DateMatch } from '../dates/find-dates.js';
import { toIsoDate } from '../dates/to-iso.js';
import {
  COMMEMORATION_MARKERS,
  CONGRESS_WORD,
  HOLIDAY_HEADS,
  PERIOD_MARKERS,
  SCHOOL_YEAR_WORDS,
  SIDE_EVENT_MARKERS,
  TERM_WORD,
  YEAR_REVIEW_WORDS,
} from '../vi/date-words.js';
import type { BodyParagraph, BodyView, EntityContext } from '../context.js';
import { foldSpace } from '../text/normalize.js';
import { alternation } from '../text/reading-kit.js';

/**
 * Kinds of official documents whose name, placed right before a date, makes that date the
 * document's (`Biên bản ngày 26/3/2019`, `theo Quyết định ngày …`).
 */
const DOCUMENT_TYPE_WORDS: readonly string[] = [
  'quyết định',
  'kế hoạch',
  'công văn',
  'văn bản',
  'thông báo',
  'nghị quyết',
  'nghị định',
  'chỉ thị',
  'thông tư',
  'biên bản',
  'tờ trình',
  'báo cáo',
  'kết luận',
  'hướng dẫn',
  'công điện',
  'quy định',
  'quy chế',
  'đề án',
  'luật',
];

/**
 * Verbs of issuing that make the next date an issue date (`Nghị định … ban hành ngày 13/03/2019`,
 * `Giấy chứng nhận … cấp ngày 05/02/2009`).
 */
const ISSUING_VERBS: readonly string[] = ['ban hành', 'ký', 'ký ban hành', 'ban hành vào', 'ký vào', 'cấp'];

/** A lead paragraph this long (or ending like a sentence) is prose; shorter ones may be sub-headings. */
const PROSE_MIN_CHARS = 100;
/** Headings before the lead: at most this many paragraphs are searched. */
const MAX_LEAD_PARAGRAPHS = 3;
/** An event may be announced a few weeks ahead of its day, not more. */
const MAX_DAYS_AHEAD_OF_ANCHOR = 31;
/** Bounded look-back windows keep each check constant-time. */
const BRACKET_WINDOW_CHARS = 200;
const QUOTE_WINDOW_CHARS = 300;
const CLAUSE_WINDOW_CHARS = 100;
const DOCUMENT_TOKENS_BACK = 6;
const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** A calendar day. */
interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** What the year may be read from besides the date itself. */
interface YearAnchors {
  readonly publication: CalendarDay | null;
  readonly reference: CalendarDay | null;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The phrases as whole words: `(?<!letter)(?:a|b c)(?!letter)`. */
function wordsPattern(words: readonly string[]): string {
  return `(?<![\\p{L}\\p{N}])(?:${alternation(words, { flexibleSpaces: true })})(?![\\p{L}\\p{N}])`;
}

/** A period or deadline word right before the date (`từ`, `đến hết`, `trước`). */
const PERIOD_BEFORE_RE = new RegExp(`${wordsPattern(PERIOD_MARKERS)}\\s{0,3}$`, 'iu');
/** Another date right after this one makes it a range's start: `7/5/1954-7/5/2019`, `ngày 7-4 đến ngày 7-5`. */
const RANGE_AFTER_RE = /^\s{0,3}(?:[-–—]|đến|tới)\s{0,3}(?:hết\s{1,3})?(?:ngày\s{1,3})?\p{N}/iu;
/** Only a dash or `đến` between the previous date and this one: this one ends a range. */
const RANGE_JOINER_RE = /^\s{0,3}(?:[-–—]|đến|tới)\s{0,3}$/iu;
const COMMEMORATION_RE = new RegExp(wordsPattern(COMMEMORATION_MARKERS), 'iu');
/** `Lễ 30-4`, `nghỉ lễ 30-4`, `giỗ …` right before the date (`ngày` there is the date's own cue). */
const HOLIDAY_RIGHT_BEFORE_RE = new RegExp(`${wordsPattern(HOLIDAY_HEADS.filter((w) => w !== 'ngày'))}\\s{0,3}$`, 'iu');
/**
 * A named day or feast (`Ngày Thương binh - Liệt sĩ`, `Lễ Quốc khánh`): a holiday head, then a
 * capital. The capital is what matters, so the heads are spelled in both cases and no `i` flag.
 */
const NAMED_DAY_RE = new RegExp(
  `${wordsPattern(HOLIDAY_HEADS.flatMap((w) => [w, capitalize(w), w.toUpperCase()]))}\\s{1,3}\\p{Lu}`,
  'u',
);
const SIDE_EVENT_RE = new RegExp(wordsPattern(SIDE_EVENT_MARKERS), 'iu');
const ISSUING_VERB_BEFORE_RE = new RegExp(`${wordsPattern(ISSUING_VERBS)}\\s{0,3}$`, 'iu');
const DOCUMENT_TYPE_BEFORE_RE = new RegExp(`${wordsPattern(DOCUMENT_TYPE_WORDS)}\\s{0,3}$`, 'iu');
const YEAR_REVIEW_RE = new RegExp(wordsPattern(YEAR_REVIEW_WORDS), 'iu');
const CONGRESS_RE = new RegExp(wordsPattern([CONGRESS_WORD]), 'iu');

/**
 * Year mentions in a sentence: `năm 2022`, `nhiệm kỳ 2016-2021`, `năm học 2019-2020`.
 * A bare `năm 2021-2025` is a period and says nothing about the event's year.
 */
const YEAR_MENTION_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?<head>${alternation([...SCHOOL_YEAR_WORDS, TERM_WORD, 'năm'], { flexibleSpaces: true })})` +
    `\\s{1,3}(?<first>\\d{4})(?:\\s{0,3}[-–—]\\s{0,3}(?<second>\\d{4}))?(?!\\p{N})`,
  'giu',
);

/**
 * Sentence ends: `.`, `!`, `?`, `…` before a space or the end, or a full stop glued to the next
 * sentence (`cá nhân.Ngày 12/12`), which needs a lower-case letter before and a capital after
 * so that `TP.HCM` and `2.8` are not cut.
 */
const SENTENCE_END_RE = /(?<![.!?…])[.!?…]+(?=\s|$)|(?<=\p{Ll})[.!?](?=\p{Lu})/gu;
/** Clause breaks for the context checks: punctuation and brackets. */
const CLAUSE_BREAK_RE = /[,;:.!?()[\]"“”\n]/u;
const HARD_BREAK_RE = /[;.!?\n]/u;
/**
 * The first day of a run of days right before a date: `Ngày 01-02/4/2019`, `Từ ngày 28 đến ngày
 * 29/7/2020`. The day must not follow a digit, a slash, a dot or a dash (`7/5-8/5`, `7-4 đến 7-5` are two full dates).
 */
const DAY_RANGE_START_RE = /(?<![\p{N}/.–-])(?:từ\s{1,3})?(?:ngày\s{1,3})?(\d{1,2})\s{0,3}(?:[-–]|đến|tới)\s{0,3}(?:ngày\s{1,3})?$/iu;
/** A multi-day event spans a few days; a longer run is a period (a campaign, a deadline). */
const MAX_EVENT_DAYS = 7;
/**
 * An anniversary written as the same day in two years, `(28.7.1929 - 28.7.2019)`: the first is a
 * historical date (a founding), never the day the article reports.
 */
const ANNIVERSARY_RE = /(?<!\p{N})(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s{0,3}[-–—]\s{0,3}(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?!\p{N})/gu;
const NON_ASCII_RE = /[^\x00-\x7F]/u;
/** Paragraphs after the lead that may still give the date when they open with it (`Sáng ngày 25/02/2013, …`). */
const MAX_OPENING_DATE_PARAGRAPHS = 2;

// ---------------------------------------------------------------------------------------------
// The lead

/** Paragraphs to search: the first, plus any short heading-like paragraphs before the prose. */
function leadParagraphs(paragraphs: readonly BodyParagraph[], title: string | null): BodyParagraph[] {
  const heading = title === null ? null : foldSpace(title);
  const lead: BodyParagraph[] = [];
  for (const p of paragraphs) {
    // An empty line, or one in plain ASCII (a server's `Cannot retrieve the URL ...` left in the
    // body), is not the lead of a Vietnamese article.
    if (!NON_ASCII_RE.test(p.text)) continue;
    lead.push(p);
    // The headline repeated at the top of the body is a heading, whatever its punctuation.
    const isHeadline = heading !== null && foldSpace(p.text) === heading;
    if ((isProse(p.text) && !isHeadline) || lead.length >= MAX_LEAD_PARAGRAPHS) break;
  }
  return lead;
}

function splitParagraphs(text: string): BodyParagraph[] {
  const out: BodyParagraph[] = [];
  let start = 0;
  for (const part of text.split('\n\n')) {
    out.push({ text: part, start, end: start + part.length });
    start += part.length + 2;
  }
  return out;
}

function isProse(text: string): boolean {
  const t = text.trim();
  return t.length >= PROSE_MIN_CHARS || /[.!?…:;]["”)]?$/u.test(t);
}

// ---------------------------------------------------------------------------------------------
// Is this date the event's?

/** The text right before `at`, back to the last clause break (bounded). */
function clauseBefore(text: string, at: number, breaks: RegExp): string {
  const window = text.slice(Math.max(0, at - CLAUSE_WINDOW_CHARS), at);
  for (let i = window.length - 1; i >= 0; i--) {
    if (breaks.test(window.charAt(i))) return window.slice(i + 1);
  }
  return window;
}

/** Whether `at` sits inside an unclosed `(` or `[` opened shortly before. */
function isInsideBrackets(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= Math.max(0, at - BRACKET_WINDOW_CHARS); i--) {
    const c = text.charAt(i);
    if (c === ')' || c === ']') depth++;
    else if (c === '(' || c === '[') {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Whether `at` sits inside a quotation opened shortly before (`“…”`, `«…»` or straight quotes). */
function isInsideQuotes(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - QUOTE_WINDOW_CHARS), at);
  let curly = 0;
  let straight = 0;
  for (const c of window) {
    if (c === '“' || c === '«') curly++;
    else if ((c === '”' || c === '»') && curly > 0) curly--;
    else if (c === '"') straight++;
  }
  return curly > 0 || straight % 2 === 1;
}

/** `ngày 7-4 đến ngày 7-5-2019`, `(7/5/1954-7/5/2019)`: either end of a range. */
function isRangeBound(text: string, dates: readonly DateMatch[], i: number): boolean {
  const date = dates[i];
  if (!date) return false;
  if (RANGE_AFTER_RE.test(text.slice(date.end, date.end + 20))) return true;
  const previous = dates[i - 1];
  return previous !== undefined && date.start - previous.end <= 8 && RANGE_JOINER_RE.test(text.slice(previous.end, date.start));
}

/** `27/7/2019`, `7/5/1954-`: a date written before this one, not a document number. */
const DATE_LIKE_TOKEN_RE = /^\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{4})?[-–—]?$/u;

/** A token with no lower-case letter: a number, a symbol (`KH-UBND`, `–`), an abbreviation. */
function isSymbolToken(token: string): boolean {
  return !/\p{Ll}/u.test(token);
}

/**
 * `4614/KH-UBND`, `03-CT/TW`, `58/2019/NĐ-CP`, `TT-13-010`: a document number with its symbol
 * (digits and a slash, or digits, capitals and a dash; a bare `2019-2020` is a period).
 */
function isDocumentNumber(token: string): boolean {
  if (DATE_LIKE_TOKEN_RE.test(token)) return false;
  return /\p{N}/u.test(token) && (token.includes('/') || (token.includes('-') && /\p{Lu}/u.test(token)));
}

/**
 * Whether the words before `at` name a document, so the date is its issue date:
 * `Kế hoạch số 4614/KH-UBND ngày …`, `Nghị quyết số 31 ngày …`, `kế hoạch số 06 KH – ĐKT ngày …`,
 * `Biên bản ngày …`, `… ban hành ngày …`.
 */
function isDocumentDate(text: string, at: number): boolean {
  const before = clauseBefore(text, at, HARD_BREAK_RE);
  if (ISSUING_VERB_BEFORE_RE.test(before) || DOCUMENT_TYPE_BEFORE_RE.test(before)) return true;
  const tokens = before.trim().split(/\s+/u).slice(-DOCUMENT_TOKENS_BACK).reverse();
  let sawNumber = false;
  for (const token of tokens) {
    // `…27/7/2019, ngày 22/7`: a comma closes what came before, so no document runs into the date.
    if (token.endsWith(',')) return false;
    // A symbol may hold a lower-case letter (`19/CT-TTg`, Thủ tướng): its number and slash tell it first.
    if (isDocumentNumber(token)) return true;
    if (isSymbolToken(token)) {
      sawNumber ||= /\p{N}/u.test(token);
      continue;
    }
    return sawNumber && token.toLowerCase() === 'số';
  }
  return false;
}

/** `Nhân kỷ niệm … 27/7`, `Lễ 30-4`, `Ngày Thương binh - Liệt sĩ 27/7`: a remembered day. */
function isCommemoration(text: string, at: number): boolean {
  const clause = clauseBefore(text, at, CLAUSE_BREAK_RE);
  return COMMEMORATION_RE.test(clause) || HOLIDAY_RIGHT_BEFORE_RE.test(clause) || NAMED_DAY_RE.test(clause);
}

/** `Trước đó, sáng ngày 10/12, …`: a side event told after the main one. */
function isSideEvent(text: string, at: number): boolean {
  return SIDE_EVENT_RE.test(clauseBefore(text, at, HARD_BREAK_RE));
}

/**
 * Whether `dates[i]` can be the event date: a day (not a month), written as a date (a year or
 * a date word, not bare `3/4`), and none of the things a date in a lead may also be.
 */
function isEventDateCandidate(text: string, dates: readonly DateMatch[], i: number): boolean {
  const date = dates[i];
  if (!date || date.day === null) return false;
  if (date.year === null && !hasDateWord(date.raw)) return false;
  return !(
    isInsideBrackets(text, date.start) ||
    isInsideQuotes(text, date.start) ||
    PERIOD_BEFORE_RE.test(text.slice(Math.max(0, date.start - 24), date.start)) ||
    isRangeBound(text, dates, i) ||
    isDocumentDate(text, date.start) ||
    isCommemoration(text, date.start) ||
    isSideEvent(text, date.start)
  );
}

/**
 * The event's first day when `date` ends a short run of days (`01-02/4/2019` → the 1st), else the
 * date itself. The checks then read the text before the run.
 */
function startOfDayRun(text: string, date: DateMatch): DateMatch {
  if (date.day === null) return date;
  const from = Math.max(0, date.start - 24);
  const m = DAY_RANGE_START_RE.exec(text.slice(from, date.start));
  const first = m ? Number(m[1]) : NaN;
  if (!m || !(first >= 1 && first < date.day && date.day - first <= MAX_EVENT_DAYS)) return date;
  return { ...date, day: first, start: from + m.index };
}

/** `28.7.1929` in `(28.7.1929 - 28.7.2019)`: the historical days of a text, as `year-month-day`. */
function anniversaryDays(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(ANNIVERSARY_RE)) {
    if (m[1] === m[4] && m[2] === m[5] && Number(m[6]) > Number(m[3])) out.add(`${Number(m[3])}-${Number(m[2])}-${Number(m[1])}`);
  }
  return out;
}

function firstEventDate(text: string, historical: ReadonlySet<string>): DateMatch | null {
  const dates = findDates(text);
  for (let i = 0; i < dates.length; i++) {
    const found = dates[i];
    if (found === undefined || historical.has(`${found.year}-${found.month}-${found.day}`)) continue;
    const date = startOfDayRun(text, found);
    const candidates = date === found ? dates : [...dates.slice(0, i), date, ...dates.slice(i + 1)];
    if (isEventDateCandidate(text, candidates, i)) return date;
  }
  return null;
}

/** The date a paragraph opens with (`Chiều 08/01/2019, …`), if it can be the event's. */
function openingEventDate(text: string, historical: ReadonlySet<string>): DateMatch | null {
  const date = firstEventDate(text, historical);
  return date !== null && text.slice(0, date.start).trim() === '' ? date : null;
}

// ---------------------------------------------------------------------------------------------
// The year

function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** `2023-03-30T20:45:00+07:00` → 2023-03-30 (the page's own calendar day). */
function calendarDayOfIso(iso: string | null): CalendarDay | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** The Vietnam calendar day of an instant (pure arithmetic, whatever the machine's zone). */
function vietnamCalendarDay(instant: Date): CalendarDay | null {
  const t = instant.getTime();
  if (Number.isNaN(t)) return null;
  const shifted = new Date(t + VIETNAM_OFFSET_MS);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/**
 * The year that puts day/month nearest before the anchor (publication or reference day),
 * allowing an event announced up to a month ahead: published 2019-01-02, `28/12` is 2018-12-28.
 */
function yearNearAnchor(anchor: CalendarDay, month: number, day: number): number {
  const limit = dayNumber(anchor.year, anchor.month, anchor.day) + MAX_DAYS_AHEAD_OF_ANCHOR;
  for (const year of [anchor.year + 1, anchor.year]) {
    if (dayNumber(year, month, day) <= limit) return year;
  }
  return anchor.year - 1;
}

/** The sentence of the paragraph that holds `at`. */
function sentenceAround(text: string, at: number): string {
  let start = 0;
  SENTENCE_END_RE.lastIndex = 0;
  for (let m = SENTENCE_END_RE.exec(text); m !== null; m = SENTENCE_END_RE.exec(text)) {
    const end = m.index + m[0].length;
    if (end > at) return text.slice(start, end);
    start = end;
  }
  return text.slice(start);
}

/** Years the sentence fixes, read from `năm 2022`, a congress's `nhiệm kỳ`, a `năm học`. */
function yearMentions(sentence: string, month: number): number[] {
  const isCongress = CONGRESS_RE.test(sentence);
  const years = new Set<number>();
  for (const m of sentence.matchAll(YEAR_MENTION_RE)) {
    const first = Number(m.groups?.first);
    const second = m.groups?.second === undefined ? null : Number(m.groups.second);
    const head = (m.groups?.head ?? '').toLowerCase().replace(/\s+/gu, ' ');
    const year = yearOfMention(head, first, second, month, isCongress);
    if (year !== null) years.add(year);
  }
  return [...years];
}

function yearOfMention(head: string, first: number, second: number | null, month: number, isCongress: boolean): number | null {
  if (head.startsWith('nhiệm')) return isCongress ? first : null;
  if (SCHOOL_YEAR_WORDS.some((w) => head.startsWith(w)) && second !== null) return month >= 8 ? first : second;
  return second === null ? first : null;
}

/**
 * The event's year from its sentence, when that fixes it. A review of a finished year
 * (`tổng kết năm 2023`) held in January–March falls in the next year; a sentence naming two
 * consecutive years (`tổng kết 2018, triển khai 2019`) is the earlier one in the second half
 * of the year, the later one in the first half. Anything else is not fixed.
 */
function yearFromSentence(sentence: string, month: number): number | null {
  const years = yearMentions(sentence, month);
  const [first, second] = years;
  if (first === undefined) return null;
  if (second === undefined) return YEAR_REVIEW_RE.test(sentence) && month <= 3 ? first + 1 : first;
  if (years.length === 2 && Math.abs(first - second) === 1) {
    const earlier = Math.min(first, second);
    return month >= 7 ? earlier : earlier + 1;
  }
  return null;
}

function resolveYear(date: DateMatch, paragraph: string, anchors: YearAnchors): number | null {
  if (date.year !== null) return date.year;
  if (date.day === null) return null;
  if (anchors.publication) return yearNearAnchor(anchors.publication, date.month, date.day);
  const fromSentence = yearFromSentence(sentenceAround(paragraph, date.start), date.month);
  if (fromSentence !== null) return fromSentence;
  return anchors.reference ? yearNearAnchor(anchors.reference, date.month, date.day) : null;
}

/**
 * The date of the main event the article reports.
 *
 * @param body The article body with its paragraphs.
 * @param ctx  Publication date and reference date (for the year), title and captions (unused).
 * @returns    An ISO date (`2021-06-16`), or null when the lead states no event date or its
 *             year cannot be known.
 */
export function extractEventDate(body: BodyView, ctx: EntityContext): string | null {
  const anchors: YearAnchors = {
    publication: calendarDayOfIso(ctx.publishedAt),
    reference: ctx.referenceDate ? vietnamCalendarDay(ctx.referenceDate) : null,
  };
  const historical = anniversaryDays(body.text);
  const paragraphs = body.paragraphs.length > 0 ? body.paragraphs : splitParagraphs(body.text);
  const lead = leadParagraphs(paragraphs, ctx.title);
  for (const paragraph of lead) {
    const date = firstEventDate(paragraph.text, historical);
    if (date) return eventDay(date, paragraph.text, anchors);
  }
  // A lead that only cites the basis of the event (`Thực hiện Hướng dẫn số 62/HD-MT ngày
  // 23/2/2013 ...`), or a short line before the prose (the headline repeated as a sentence), is
  // followed by the paragraph that opens with the event's date.
  const shortLead = lead.every((p) => p.text.trim().length < PROSE_MIN_CHARS);
  if (!shortLead && !lead.some((p) => citesDatedDocument(p.text))) return null;
  const from = lead.length > 0 ? paragraphs.indexOf(lead[lead.length - 1] as BodyParagraph) + 1 : 0;
  for (const paragraph of paragraphs.slice(from, from + MAX_OPENING_DATE_PARAGRAPHS)) {
    const date = openingEventDate(paragraph.text, historical);
    if (date) return eventDay(date, paragraph.text, anchors);
  }
  return null;
}

/** Whether a paragraph holds the issue date of a document it cites. */
function citesDatedDocument(text: string): boolean {
  return findDates(text).some((d) => isDocumentDate(text, d.start));
}

/** The ISO day of an event date; the first event date decides, so an unknown year means null. */
function eventDay(date: DateMatch, paragraph: string, anchors: YearAnchors): string | null {
  if (date.day === null) return null;
  const year = resolveYear(date, paragraph, anchors);
  if (year === null || date.day > daysInMonth(year, date.month)) return null;
  return toIsoDate(year, date.month, date.day);
}
