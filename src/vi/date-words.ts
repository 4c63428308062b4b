/**
 * Vietnamese date vocabulary, as data.
 *
 * Source: Vietnamese usage as the dictionaries record it (Từ điển tiếng Việt, Hoàng Phê ed.) for
 * weekdays, day parts and date words, and the date lines of Vietnamese news CMSs for the labels
 * (`Ngày đăng`, `Cập nhật`, `Đăng lúc`, `Được đăng`) and the English ones some print (`Posted`, `Updated`).
 *
 * Every list is written in lower case, NFC. The date finder matches them case-insensitively,
 * so `Thứ Hai`, `THỨ HAI` and `thứ hai` are one entry. Forms without diacritics are listed
 * only where a page may really print them (`Thu hai` in some CMS date lines); a bare word
 * like `sang` (to go over) is left out on purpose because it is an ordinary verb.
 */

/** A day of the week and the ways pages write it. `isoDay` is 1 = Monday … 7 = Sunday. */
export interface WeekdayName {
  readonly isoDay: number;
  readonly forms: readonly string[];
}

/**
 * Weekday names. Vietnamese counts weekdays from Sunday as day one, so Monday is `thứ hai`
 * (“second day”) and Saturday `thứ bảy`; Sunday is `chủ nhật`, abbreviated `CN`.
 * Digits (`thứ 2`) appear in compact date lines.
 */
export const WEEKDAYS: readonly WeekdayName[] = [
  { isoDay: 1, forms: ['thứ hai', 'thứ 2', 'thu hai', 'thu 2'] },
  { isoDay: 2, forms: ['thứ ba', 'thứ 3', 'thu ba', 'thu 3'] },
  // `thứ tư` is the usual word; `thứ bốn` is never used for Wednesday.
  { isoDay: 3, forms: ['thứ tư', 'thứ 4', 'thu tu', 'thu 4'] },
  { isoDay: 4, forms: ['thứ năm', 'thứ 5', 'thu nam', 'thu 5'] },
  { isoDay: 5, forms: ['thứ sáu', 'thứ 6', 'thu sau', 'thu 6'] },
  // `thứ bẩy` is a common northern spelling of `thứ bảy`.
  { isoDay: 6, forms: ['thứ bảy', 'thứ bẩy', 'thứ 7', 'thu bay', 'thu 7'] },
  { isoDay: 7, forms: ['chủ nhật', 'chủ nhựt', 'chu nhat', 'cn'] },
];

/** The part of the day a phrase names; it turns `3 giờ chiều` into 15:00. */
export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/** A time-of-day word (`Sáng 16/6`, `Chiều ngày 19/01/2024`). */
export interface TimeOfDayWord {
  readonly word: string;
  readonly part: DayPart;
}

/**
 * Time-of-day words that open a news lead. Longer phrases come first in spirit, but the
 * finder sorts by length anyway so that `rạng sáng` wins over `sáng`.
 */
export const TIME_OF_DAY_WORDS: readonly TimeOfDayWord[] = [
  { word: 'sáng', part: 'morning' },
  { word: 'sáng sớm', part: 'morning' },
  { word: 'rạng sáng', part: 'night' },
  { word: 'trưa', part: 'noon' },
  { word: 'chiều', part: 'afternoon' },
  { word: 'chiều tối', part: 'evening' },
  { word: 'tối', part: 'evening' },
  { word: 'đêm', part: 'night' },
  { word: 'khuya', part: 'night' },
];

/**
 * `AM` / `PM` after a clock time (`03:04 AM (GMT+7)`), as CMSs with English date formats print
 * them: the morning and the afternoon halves of a twelve-hour clock.
 */
export const MERIDIEM_WORDS: readonly TimeOfDayWord[] = [
  { word: 'am', part: 'morning' },
  { word: 'a.m.', part: 'morning' },
  { word: 'pm', part: 'afternoon' },
  { word: 'p.m.', part: 'afternoon' },
];

/**
 * Words that announce a day: `ngày 16/6`, `hôm 12.5`, `mùng 2/9` (`mồng` is the northern form,
 * used for the first ten days of a month).
 */
export const DAY_WORDS: readonly string[] = ['ngày', 'hôm', 'mùng', 'mồng'];

/**
 * Relative markers that follow `hôm` or a time-of-day word: `hôm qua 12.5` (yesterday),
 * `sáng nay (2/8)` (this morning), `hôm kia` (the day before yesterday), `mai` (tomorrow).
 */
export const RELATIVE_DAY_MARKERS: readonly string[] = ['nay', 'qua', 'kia', 'mai'];

/**
 * Words after which a number counts or numbers something and is not a day, so `3/4` or
 * `1 tháng 5` right after them is no date: `tuần 1 tháng 5 năm 2019` (week 1 of May),
 * `quý 1`, `đợt 2`, addresses such as `hẻm 12/3`, `ngõ 5/6`, `số 12/5 đường …`.
 * They only matter when no date word (`ngày`, `sáng`…) stands between them and the digits.
 */
export const COUNT_HEADS: readonly string[] = [
  'tuần',
  'quý',
  'đợt',
  'lần',
  'kỳ',
  'khóa',
  'khoá',
  'số',
  'phần',
  'chương',
  'điều',
  'khoản',
  'mục',
  'tập',
  'tổ',
  'thôn',
  'xóm',
  'ấp',
  'lô',
  'phòng',
  'tầng',
  'km',
  'hẻm',
  'ngõ',
  'ngách',
  'kiệt',
];

/** `tháng 02`, `tháng 4/2019`: the month word. */
export const MONTH_WORD = 'tháng';

/** `năm 2020`: the year word. */
export const YEAR_WORD = 'năm';

/** Words between a date and its clock time: `05/08/2019 lúc 10:20`, `12/03/2020 at 10:00`. */
export const CLOCK_LEADS: readonly string[] = ['lúc', 'vào lúc', 'at'];

/** `10 giờ 30`, `10h30`: hour words written between digits. */
export const HOUR_WORDS: readonly string[] = ['giờ', 'h'];

/**
 * Labels printed around a publication date line: `Ngày đăng: 01/05/2023`, `Cập nhật lúc: …`,
 * `Đăng lúc …`, `(GMT+7)`. A line made only of these, dates, weekdays and separators is a
 * date line.
 */
export const DATELINE_LABELS: readonly string[] = [
  'ngày đăng',
  'được đăng',
  'đăng ngày',
  'đăng lúc',
  'đăng',
  'ngày cập nhật',
  'cập nhật lần cuối',
  'cập nhật lúc',
  'cập nhật ngày',
  'cập nhật',
  'ngày xuất bản',
  'xuất bản',
  'thời gian đăng',
  'thời gian',
  'ngày',
  'lúc',
  'giờ',
  'gmt',
  'utc',
  'ict',
  'ngay dang',
  'cap nhat',
  'posted',
  'posted on',
  'updated',
  'last updated',
  'published',
  'on',
  'at',
];

/**
 * Words that make a date the bound of a period or a deadline rather than the day something
 * happened: `từ ngày 7-4 đến ngày 7-5-2019`, `trước ngày 15/12`, `đến hết ngày 02/11/2017`,
 * `hạn chót 30/6`, `chậm nhất ngày 5/8`.
 */
export const PERIOD_MARKERS: readonly string[] = [
  'từ',
  'kể từ',
  'đến',
  'đến hết',
  'tới',
  'cho đến',
  'cho tới',
  'trước',
  'sau',
  'hết',
  'hạn',
  'hạn chót',
  'thời hạn',
  'chậm nhất',
  'muộn nhất',
  'hiệu lực',
];

/**
 * Words that make a date the anniversary or holiday a text refers to, not the day of the
 * event: `Nhân kỷ niệm 72 năm ngày Thương binh - Liệt sĩ 27/7`, `chào mừng ngày 2/9`,
 * `dịp nghỉ lễ 30-4`. (`mừng` alone is left out: `vui mừng` is not a commemoration.)
 */
export const COMMEMORATION_MARKERS: readonly string[] = [
  'kỷ niệm',
  'kỉ niệm',
  'nhân dịp',
  'dịp',
  'chào mừng',
  'hướng tới',
  'hướng về',
];

/**
 * Heads of holiday names: `Lễ 30-4`, `Tết Nguyên đán`, `giỗ Tổ`, `Ngày Thương binh - Liệt sĩ`.
 * A date right after them, or after them and a capitalised name, is the holiday's date.
 * (`lễ` alone is not enough further back: `Tại lễ khai mạc sáng 17/4` is an event.)
 */
export const HOLIDAY_HEADS: readonly string[] = ['lễ', 'tết', 'giỗ', 'ngày'];

/**
 * Openers that tie a date to an earlier or later side event: `Trước đó, sáng ngày 10/12, …`.
 * The lead's main event is the date without them.
 */
export const SIDE_EVENT_MARKERS: readonly string[] = ['trước đó', 'sau đó', 'trước đây', 'hôm trước', 'tiếp đó'];

/**
 * Words naming a look back at a finished year: a meeting that `tổng kết năm 2018` (reviews
 * 2018) or awards its `thành tích` is held at the end of 2018 or early in 2019.
 */
export const YEAR_REVIEW_WORDS: readonly string[] = [
  'tổng kết',
  'khen thưởng',
  'xét thưởng',
  'xét khen',
  'thành tích',
  'nhìn lại',
];

/** `nhiệm kỳ 2016-2021`: a term of office; a congress (`đại hội`) opens it in its first year. */
export const TERM_WORD = 'nhiệm kỳ';

/** `đại hội`: a congress, held at the start of the term it elects. */
export const CONGRESS_WORD = 'đại hội';

/** `năm học 2019-2020`, `niên khóa …`: a school year, August to July. */
export const SCHOOL_YEAR_WORDS: readonly string[] = ['năm học', 'niên khóa', 'niên khoá'];
