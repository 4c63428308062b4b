/**
 * Words around author names in Vietnamese bylines.
 */

/** Openings that introduce the author: `Tin, ảnh: Lệ Sương`, `Bài và ảnh: ...`, `Theo ...`. */
export const BYLINE_LEADS: readonly string[] = [
  'tin, ảnh:',
  'tin và ảnh:',
  'tin - ảnh:',
  'tin ảnh:',
  'bài, ảnh:',
  'bài và ảnh:',
  'bài - ảnh:',
  'bài:',
  'tin:',
  'ảnh:',
  'tác giả:',
  'người viết:',
  'phóng viên:',
  'ctv:',
  'nhóm pv',
];

/**
 * Short author signatures that are not names: `PV` (phóng viên), `CTV` (cộng tác viên),
 * `BBT` (ban biên tập), `TTXVN`, `VNA`.
 */
export const SIGNATURE_ABBREVIATIONS: readonly string[] = ['PV', 'CTV', 'BBT', 'TTXVN', 'VNA', 'TTX', 'BTV', 'PV-CTV'];

/**
 * Heads of an author's unit as written after the name (`Trương Văn Phong, Ban TĐKT`,
 * `Trí Song (Đài TT)`): a unit starts with one of these words.
 */
export const UNIT_HEADS: readonly string[] = [
  'Ban', 'Phòng', 'Sở', 'Đài', 'Trung tâm', 'TT', 'Văn phòng', 'VP', 'Hội', 'Báo', 'Tạp chí', 'UBND', 'Huyện',
  'Tỉnh', 'Thành', 'Đoàn', 'Công an', 'CA', 'Phòng VH', 'Chi cục', 'Cục', 'Bộ', 'Trường', 'Bệnh viện', 'Ủy ban', 'Uỷ ban',
  'Liên đoàn', 'LĐLĐ', 'MTTQ', 'Mặt trận', 'Huyện đoàn', 'Tỉnh đoàn', 'Thanh tra', 'Kho bạc', 'BCH', 'Ban Chỉ huy',
];
