/**
 * A timetable: a page whose main region is a table of time slots (an agency's weekly work
 * schedule, a programme of a meeting), with no article prose around it. Told by the table's
 * shape, not by its headline: cells that hold only a time of day (`08:00`, `14h30`, `8 giờ`),
 * cells that hold only the day they fall on (`Thứ 3`, `(07/5/2019)`, `Thứ 5 ngày 09/5/2019`).
 * An article that prints a schedule keeps its prose outside the table, and is still an article.
 */
import { isDateline } from '../dates/parse-dateline.js';
import { isProse } from '../document/lines/read-lines.js';
import type { Block } from '../document/types.js';
import { HOUR_WORDS, WEEKDAYS } from '../vi/date-words.js';

/** Rows of a timetable: a few times of day, on at least two days (a single row is a notice's table). */
const MIN_TIME_CELLS = 3;
const MIN_DAY_CELLS = 2;

const hourWords = HOUR_WORDS.join('|');
/** A time of day alone: `08:00`, `8h`, `14h:30`, `8 giờ 30`, `(7h30)`. */
const TIME_CELL_RE = new RegExp(`^\\(?\\d{1,2}\\s{0,2}(?::|${hourWords})(?:\\s{0,2}(?::\\s{0,2})?\\d{2})?\\s{0,2}(?:phút|')?\\)?$`, 'iu');
const weekdayForms: ReadonlySet<string> = new Set(WEEKDAYS.flatMap((w) => w.forms));
/** Brackets and punctuation around a weekday in its cell: `(Thứ 3)`, `Thứ 3:`. */
const CELL_PUNCTUATION_RE = /[().,:]/gu;

/** The block is (in) a table cell: its element, or one of the innermost elements around it. */
function isInCell(b: Block): boolean {
  if (b.tag === 'td' || b.tag === 'th') return true;
  for (const label of b.hints.path.split(' ')) if (label === 'td' || label === 'th' || /^t[dh][.#]/.test(label)) return true;
  return false;
}

function isDayCell(text: string): boolean {
  return weekdayForms.has(text.replace(CELL_PUNCTUATION_RE, ' ').trim().toLocaleLowerCase('vi')) || isDateline(text);
}

/** A time of day in its cell is short: `(08h30)`, `8 giờ 30 phút`. */
const MAX_TIME_CELL_CHARS = 16;

function isTimeCell(b: Block): boolean {
  return b.inMain && b.text.length <= MAX_TIME_CELL_CHARS && TIME_CELL_RE.test(b.text) && isInCell(b);
}

/** Whether the page's main region is a timetable (see above). */
export function isTimetable(blocks: readonly Block[]): boolean {
  // Most pages have no time cell: one look at each block's length settles them.
  let times = 0;
  for (const b of blocks) if (isTimeCell(b)) times++;
  if (times < MIN_TIME_CELLS) return false;
  let days = 0;
  for (const b of blocks) {
    if (!b.inMain || b.image || b.text === '') continue;
    if (!isInCell(b)) {
      if (isProse(b.text)) return false;
    } else if (isDayCell(b.text)) days++;
  }
  return days >= MIN_DAY_CELLS;
}
