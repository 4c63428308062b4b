/**
 * One comparison key for the names in the `src/vi/` tables, so that a lookup does not depend
 * on how a page typed the name: Unicode form (NFC), case, tone placement (`Thanh Hoá` /
 * `Thanh Hóa`, `Uỷ ban` / `Ủy ban`), the dash between two fields (`Lao động-Thương binh`,
 * `Lao động – Thương binh`, `Lao động - Thương binh`) and runs of spaces.
 */
import { toFirstVowelTone } from './tone-placement.js';

const SPACE_RE = /\s+/g;
/** Hyphen, en dash, em dash or minus sign with at most one space each side (spaces are collapsed first). */
const DASH_RE = / ?[-\u2010-\u2015\u2212] ?/g;

/**
 * The key a table name is looked up by.
 *
 * @example nameKey('Sở Lao động-Thương binh và Xã Hội') === nameKey('sở lao động - thương binh và xã hội')
 */
export function nameKey(name: string): string {
  return toFirstVowelTone(name.normalize('NFC')).toLowerCase().replace(SPACE_RE, ' ').replace(DASH_RE, ' - ').trim();
}
