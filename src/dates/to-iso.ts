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
