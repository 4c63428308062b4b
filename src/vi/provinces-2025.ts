/**
 * The 34 provinces and centrally-run cities formed by the 2025 rearrangement, with the
 * provinces of the earlier 63 that formed each, and spellings of province names met in news.
 *
 * Sources:
 * - Nghị quyết 202/2025/QH15 (12/6/2025) of the National Assembly on the rearrangement of
 *   provincial-level administrative units, in force when passed; the provinces' new
 *   governments took office on 01/7/2025 with the two-tier local government (Luật Tổ chức
 *   chính quyền địa phương 72/2025/QH15). The merged province takes the name of one of the
 *   old ones; `seatFrom` is the old province where the new one has its political and
 *   administrative centre.
 * - Huế: Nghị quyết 175/2024/QH15 (30/11/2024) made Thừa Thiên Huế the centrally-run city of
 *   Huế from 01/01/2025; 202/2025 left it unchanged.
 * - The 63 earlier provinces are `PROVINCES` in `admin-units.ts` (GSO catalogue).
 */
import { nameKey } from './name-key.js';

/** One province or centrally-run city after 01/7/2025. */
export interface Province2025 {
  /** The name without `tỉnh` / `thành phố`. NFC. */
  readonly name: string;
  readonly kind: 'tỉnh' | 'thành phố';
  /** The provinces of the 63 (names as `PROVINCES` writes them) that formed it; one if unchanged. */
  readonly formedFrom: readonly string[];
  /** The old province in which its centre lies. */
  readonly seatFrom: string;
  readonly source: string;
  readonly unsure?: string;
}

const NQ202 = 'Nghị quyết 202/2025/QH15 (12/6/2025), Điều 1';
const SEAT_UNSURE = 'seat recorded from the resolution as reported, not checked against its text';

function province(
  name: string,
  kind: Province2025['kind'],
  formedFrom: readonly string[],
  seatFrom: string,
  extra: { source?: string; unsure?: string } = {},
): Province2025 {
  return { name, kind, formedFrom, seatFrom, source: extra.source ?? NQ202, ...(extra.unsure ? { unsure: extra.unsure } : {}) };
}

export const PROVINCES_2025: ReadonlyArray<Province2025> = [
  // Unchanged (11).
  province('Hà Nội', 'thành phố', ['Hà Nội'], 'Hà Nội'),
  province('Huế', 'thành phố', ['Thừa Thiên Huế'], 'Thừa Thiên Huế', { source: `Nghị quyết 175/2024/QH15 (30/11/2024); ${NQ202}` }),
  province('Lai Châu', 'tỉnh', ['Lai Châu'], 'Lai Châu'),
  province('Điện Biên', 'tỉnh', ['Điện Biên'], 'Điện Biên'),
  province('Sơn La', 'tỉnh', ['Sơn La'], 'Sơn La'),
  province('Lạng Sơn', 'tỉnh', ['Lạng Sơn'], 'Lạng Sơn'),
  province('Quảng Ninh', 'tỉnh', ['Quảng Ninh'], 'Quảng Ninh'),
  province('Thanh Hóa', 'tỉnh', ['Thanh Hóa'], 'Thanh Hóa'),
  province('Nghệ An', 'tỉnh', ['Nghệ An'], 'Nghệ An'),
  province('Hà Tĩnh', 'tỉnh', ['Hà Tĩnh'], 'Hà Tĩnh'),
  province('Cao Bằng', 'tỉnh', ['Cao Bằng'], 'Cao Bằng'),
  // Merged (23).
  province('Tuyên Quang', 'tỉnh', ['Tuyên Quang', 'Hà Giang'], 'Tuyên Quang'),
  province('Lào Cai', 'tỉnh', ['Lào Cai', 'Yên Bái'], 'Yên Bái'),
  province('Thái Nguyên', 'tỉnh', ['Thái Nguyên', 'Bắc Kạn'], 'Thái Nguyên'),
  province('Phú Thọ', 'tỉnh', ['Phú Thọ', 'Vĩnh Phúc', 'Hòa Bình'], 'Phú Thọ'),
  province('Bắc Ninh', 'tỉnh', ['Bắc Ninh', 'Bắc Giang'], 'Bắc Giang'),
  province('Hưng Yên', 'tỉnh', ['Hưng Yên', 'Thái Bình'], 'Hưng Yên'),
  province('Hải Phòng', 'thành phố', ['Hải Phòng', 'Hải Dương'], 'Hải Phòng'),
  province('Ninh Bình', 'tỉnh', ['Ninh Bình', 'Hà Nam', 'Nam Định'], 'Ninh Bình'),
  province('Quảng Trị', 'tỉnh', ['Quảng Trị', 'Quảng Bình'], 'Quảng Bình'),
  province('Đà Nẵng', 'thành phố', ['Đà Nẵng', 'Quảng Nam'], 'Đà Nẵng', { unsure: SEAT_UNSURE }),
  province('Quảng Ngãi', 'tỉnh', ['Quảng Ngãi', 'Kon Tum'], 'Quảng Ngãi', { unsure: SEAT_UNSURE }),
  province('Gia Lai', 'tỉnh', ['Gia Lai', 'Bình Định'], 'Bình Định', { unsure: SEAT_UNSURE }),
  province('Khánh Hòa', 'tỉnh', ['Khánh Hòa', 'Ninh Thuận'], 'Khánh Hòa', { unsure: SEAT_UNSURE }),
  province('Lâm Đồng', 'tỉnh', ['Lâm Đồng', 'Đắk Nông', 'Bình Thuận'], 'Lâm Đồng', { unsure: SEAT_UNSURE }),
  province('Đắk Lắk', 'tỉnh', ['Đắk Lắk', 'Phú Yên'], 'Đắk Lắk', { unsure: SEAT_UNSURE }),
  province('Hồ Chí Minh', 'thành phố', ['Hồ Chí Minh', 'Bình Dương', 'Bà Rịa - Vũng Tàu'], 'Hồ Chí Minh', { unsure: SEAT_UNSURE }),
  province('Đồng Nai', 'tỉnh', ['Đồng Nai', 'Bình Phước'], 'Đồng Nai', { unsure: SEAT_UNSURE }),
  province('Tây Ninh', 'tỉnh', ['Tây Ninh', 'Long An'], 'Long An', { unsure: SEAT_UNSURE }),
  province('Cần Thơ', 'thành phố', ['Cần Thơ', 'Sóc Trăng', 'Hậu Giang'], 'Cần Thơ', { unsure: SEAT_UNSURE }),
  province('Vĩnh Long', 'tỉnh', ['Vĩnh Long', 'Bến Tre', 'Trà Vinh'], 'Vĩnh Long', { unsure: SEAT_UNSURE }),
  province('Đồng Tháp', 'tỉnh', ['Đồng Tháp', 'Tiền Giang'], 'Tiền Giang', { unsure: SEAT_UNSURE }),
  province('Cà Mau', 'tỉnh', ['Cà Mau', 'Bạc Liêu'], 'Cà Mau', { unsure: SEAT_UNSURE }),
  province('An Giang', 'tỉnh', ['An Giang', 'Kiên Giang'], 'Kiên Giang', { unsure: SEAT_UNSURE }),
];

/**
 * Spellings of province names met in news that `PROVINCES` in `admin-units.ts` does not list,
 * each with the name it stands for (a name of the 63 or of the 34). Abbreviations are case
 * as written; other tone placements (`Thanh Hoá`) are left to `nameKey`.
 */
export const PROVINCE_SPELLINGS: ReadonlyArray<{ readonly written: string; readonly name: string }> = [
  { written: 'TP HCM', name: 'Hồ Chí Minh' },
  { written: 'TP. HCM', name: 'Hồ Chí Minh' },
  { written: 'TP. Hồ Chí Minh', name: 'Hồ Chí Minh' },
  { written: 'TP Hồ Chí Minh', name: 'Hồ Chí Minh' },
  { written: 'Thành phố Hồ Chí Minh', name: 'Hồ Chí Minh' },
  { written: 'HCMC', name: 'Hồ Chí Minh' },
  { written: 'Sài Gòn', name: 'Hồ Chí Minh' },
  { written: 'TP Huế', name: 'Huế' },
  { written: 'TP. Huế', name: 'Huế' },
  { written: 'Thành phố Huế', name: 'Huế' },
  { written: 'TP Hà Nội', name: 'Hà Nội' },
  { written: 'TP. Hà Nội', name: 'Hà Nội' },
  { written: 'Thủ đô Hà Nội', name: 'Hà Nội' },
  { written: 'TP Đà Nẵng', name: 'Đà Nẵng' },
  { written: 'TP. Đà Nẵng', name: 'Đà Nẵng' },
  { written: 'TP Hải Phòng', name: 'Hải Phòng' },
  { written: 'TP. Hải Phòng', name: 'Hải Phòng' },
  { written: 'TP Cần Thơ', name: 'Cần Thơ' },
  { written: 'TP. Cần Thơ', name: 'Cần Thơ' },
  { written: 'Bà Rịa Vũng Tàu', name: 'Bà Rịa - Vũng Tàu' },
];

const BY_KEY: ReadonlyMap<string, Province2025> = new Map(PROVINCES_2025.map((p) => [nameKey(p.name), p] as const));
const SUCCESSOR_BY_OLD: ReadonlyMap<string, Province2025> = new Map(
  PROVINCES_2025.flatMap((p) => p.formedFrom.map((old) => [nameKey(old), p] as const)),
);

/** The province of the 34 a province of the 63 became part of (`Hà Giang` → Tuyên Quang). */
export function successorProvince(oldName: string): Province2025 | undefined {
  return SUCCESSOR_BY_OLD.get(nameKey(oldName));
}

/** The province of the 34 with this name, in any case or tone placement. */
export function findProvince2025(name: string): Province2025 | undefined {
  return BY_KEY.get(nameKey(name));
}

/** Whether a name is a province of the 34 or of the 63 (`Hà Giang`, `Huế`). */
export function isProvinceName(name: string): boolean {
  const key = nameKey(name);
  return BY_KEY.has(key) || SUCCESSOR_BY_OLD.has(key);
}

/** The province name a listed spelling stands for (`TP. HCM` → Hồ Chí Minh), else undefined. */
export function provinceOfSpelling(written: string): string | undefined {
  const key = nameKey(written);
  return PROVINCE_SPELLINGS.find((s) => nameKey(s.written) === key)?.name;
}
