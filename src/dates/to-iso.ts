/**
 * ISO 8601 strings from calendar fields. Pure formatting: no `Date`, no time zone, so the day
 * printed is always the day the page wrote.
 */

/** Vietnam's offset. Pages give their own (Vietnam) wall-clock time; it is kept, never converted. */
export const VIETNAM_OFFSET = '+07:00';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function assertInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`Expected ${name} to be an integer in [${min}, ${max}], got ${value}`);
  }
}

/**
 * Formats a calendar date.
 *
 * @param year  Four-digit year.
 * @param month 1–12.
 * @param day   1–31 (the caller has checked the month's length).
 * @returns     `2021-06-18`.
 * @throws {RangeError} When a field is not an integer in range (a programming error).
 */
export function toIsoDate(year: number, month: number, day: number): string {
  assertInteger('year', year, 1, 9999);
  assertInteger('month', month, 1, 12);
  assertInteger('day', day, 1, 31);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Formats a date-time in Vietnam time.
 *
 * @param year   Four-digit year.
 * @param month  1–12.
 * @param day    1–31.
 * @param hour   0–23.
 * @param minute 0–59.
 * @returns      `2021-06-18T08:30:00+07:00`.
 * @throws {RangeError} When a field is not an integer in range.
 */
export function toIsoDateTime(year: number, month: number, day: number, hour: number, minute: number): string {
  assertInteger('hour', hour, 0, 23);
  assertInteger('minute', minute, 0, 59);
  return `${toIsoDate(year, month, day)}T${pad2(hour)}:${pad2(minute)}:00${VIETNAM_OFFSET}`;
}

/**
 * An ISO-like time as a page's metadata writes it (`2024-05-03T08:30:00.000Z`, `2024-05-03 08:30:00+0200`,
 * `2024-05-03`). Separators `-`, `/` and `.` between the date's fields; seconds and fractions ignored.
 */
const STATED_ISO_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ]{1,2}(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d{1,9})?)?\s?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function minutesOf(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/**
 * Reads a time that the page's metadata states, keeping the page's own wall clock and offset.
 *
 * - With an offset other than UTC: kept as written (`+02:00`).
 * - In UTC (`Z`, `+00:00`) on a page that states its zone elsewhere (`zone`): converted to that zone,
 *   so the day is the page's day (`2024-08-27T23:27Z` on a `+02:00` page is the 28th).
 * - Without an offset: in `zone` when the page states one; else only the date is certain.
 *
 * @param value the metadata's text
 * @param zone  the page's offset (`+07:00` for a Vietnamese page without one), or null when unknown
 * @returns     an ISO date or date-time, or null when `value` is not ISO-like or not a real date
 */
export function isoFromStated(value: string, zone: string | null): string | null {
  const m = STATED_ISO_RE.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (m[4] === undefined) return toIsoDate(year, month, day);
  const [hour, minute] = [Number(m[4]), Number(m[5])];
  if (hour > 23 || minute > 59) return null;
  const written = m[6]?.toUpperCase();
  const utc = written === 'Z' || (written !== undefined && minutesOf(written) === 0);
  if (written !== undefined && !(utc && zone !== null)) {
    return `${toIsoDate(year, month, day)}T${pad2(hour)}:${pad2(minute)}:00${utc ? 'Z' : formatOffset(minutesOf(written))}`;
  }
  if (zone === null) return toIsoDate(year, month, day);
  if (!utc) return `${toIsoDate(year, month, day)}T${pad2(hour)}:${pad2(minute)}:00${formatOffset(minutesOf(zone))}`;
  // UTC on a page in another zone: the same instant on the page's wall clock (Date.UTC is zone-free).
  const shifted = new Date(Date.UTC(year, month - 1, day, hour, minute) + minutesOf(zone) * 60_000);
  return `${toIsoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate())}T${pad2(shifted.getUTCHours())}:${pad2(shifted.getUTCMinutes())}:00${formatOffset(minutesOf(zone))}`;
}
