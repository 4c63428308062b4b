/**
 * Splits a unit's name from the locality written after it: `Sở Nội vụ tỉnh Đắk Nông` →
 * `Sở Nội vụ` + `tỉnh Đắk Nông`, `Ủy ban MTTQ Việt Nam TPHCM` → `Ủy ban MTTQ Việt Nam` +
 * `TPHCM`, `Bộ Chỉ huy Quân sự tỉnh` → `Bộ Chỉ huy Quân sự` + `tỉnh`. The tables of
 * `public-bodies.ts` name units without their locality (a body's name is the same in every
 * province); this is the grammar that joins the two, read from the administrative-unit words
 * of the Law on Local Government (`ADMIN_UNIT_WORDS`) and the province names and spellings of
 * `admin-units.ts` and `provinces-2025.ts`.
 */
import { ADMIN_UNIT_WORDS, PROVINCES } from './admin-units.js';
import { nameKey } from './name-key.js';
import { PROVINCE_SPELLINGS, isProvinceName } from './provinces-2025.js';
import { ENTERPRISE_SHORT_HEADS, findPublicBody, findUnitHeadNoun } from './public-bodies.js';

/** A unit name and the locality that followed it, if any. */
export interface UnitAndLocality {
  readonly unit: string;
  readonly locality?: string;
}

/** Administrative words that may open a locality, as word lists, longest first. */
const LOCALITY_WORDS: readonly (readonly string[])[] = ADMIN_UNIT_WORDS.filter((w) => w.level !== 'village')
  .map((w) => (w.abbreviation ? w.written : w.written.toLowerCase()).split(' '))
  .sort((a, b) => b.length - a.length);

/** Province spellings that stand alone at the end of a unit's name (`TPHCM`, `TP.HCM`, `Đắk Nông`). */
const PROVINCE_KEYS: ReadonlySet<string> = new Set(
  [
    ...PROVINCES.flatMap((p) => [p.name, ...(p.variants ?? [])]),
    ...PROVINCE_SPELLINGS.map((s) => s.written),
  ].map(nameKey),
);

function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() || (first >= '0' && first <= '9');
}

/** The index where a locality opened by an administrative word starts, or -1. */
function adminWordAt(words: readonly string[], i: number): number {
  for (const w of LOCALITY_WORDS) {
    const slice = words.slice(i, i + w.length);
    const matches = slice.length === w.length && slice.every((s, k) => s.replace(/\.$/, '').toLowerCase() === w[k]!.toLowerCase());
    // What follows must be a proper name (or nothing): `Tỉnh ủy`, `Huyện đoàn` are heads, not localities.
    if (matches && words.slice(i + w.length).every(startsUpper)) return i;
  }
  return -1;
}

/**
 * Splits the locality off a unit's name at the first administrative word followed only by a
 * proper name, or at the first trailing province name (`Trường Cao đẳng Cộng đồng Đắk Nông`
 * splits too: the caller decides whether the province belongs to the name). A name the body
 * table knows whole (`Công an tỉnh`) is kept whole; so is a name with nothing to split.
 */
export function splitUnitLocality(name: string): UnitAndLocality {
  const text = name.normalize('NFC').trim().replace(/\s+/g, ' ').replace(GLUED_ABBREVIATION, '$1. ');
  const words = text.split(' ');
  // A known body, or a place itself (`TP Hồ Chí Minh`, `huyện Lấp Vò`): nothing to split.
  if (findPublicBody(text) || adminWordAt(words, 0) === 0) return { unit: text };
  for (let i = 1; i < words.length; i++) {
    const tail = words.slice(i).join(' ');
    const split = adminWordAt(words, i) === i || PROVINCE_KEYS.has(nameKey(tail)) || (words.slice(i).every(startsUpper) && isProvinceName(tail));
    if (!split) continue;
    const unit = words.slice(0, i).join(' ');
    // A school, paper or company head alone is not a unit: the place is its name (`Trường Đại học
    // Hà Tĩnh`, `Cao su Kon Tum`); a state head with a place is (`UBND Thành phố Hồ Chí Minh`).
    return isBareHead(unit) ? { unit: text } : { unit, locality: tail };
  }
  return { unit: text };
}

/** `TP.Cao Lãnh`, `TX.Gia Nghĩa`: an abbreviation glued to the name that follows. */
const GLUED_ABBREVIATION = /\b(TP|Tp|TX)\.(?=\p{Lu})/gu;

/** Heads whose units are named by a proper name, often a place (`Trường`, `Báo`, `Công ty`). */
const NAMED_BY_PLACE: ReadonlySet<string> = new Set(['education', 'health', 'press', 'economic', 'generic']);

function isBareHead(unit: string): boolean {
  if (findPublicBody(unit)) return false;
  const head = findUnitHeadNoun(unit);
  if (head) return NAMED_BY_PLACE.has(head.category);
  const key = nameKey(unit);
  return ENTERPRISE_SHORT_HEADS.some((h) => nameKey(h) === key);
}
