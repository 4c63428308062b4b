/**
 * The page's own time zone, as its metadata states it: a page that writes `+02:00` in one date
 * and `Z` in another is in UTC+2, and its `Z` times are read in that zone.
 */

/** A trailing UTC offset: `+02:00`, `+0200`, `-05:00`. */
const OFFSET_RE = /([+-])(\d{2}):?(\d{2})$/;
/** A date-time, so that a bare `2024-05-03` is not read as an offset `-05…`. */
const HAS_TIME_RE = /\d{1,2}:\d{2}/;

/** The first offset other than UTC that one of `values` ends with (`+02:00`), else null. */
export function statedOffset(values: readonly (string | null | undefined)[]): string | null {
  for (const value of values) {
    if (!value || !HAS_TIME_RE.test(value)) continue;
    const m = OFFSET_RE.exec(value.trim());
    if (!m || (m[2] === '00' && m[3] === '00')) continue;
    return `${m[1]}${m[2]}:${m[3]}`;
  }
  return null;
}
