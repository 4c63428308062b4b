/**
 * Words around author names in Vietnamese bylines.
 *
 * Source: the signature conventions of the Vietnamese press as the papers print them (the
 * leads `Tin, ảnh:`, `Bài và ảnh:`, `Theo …`; the collective signatures of the newsroom and the
 * national agency, TTXVN) and the unit names of the state bodies that sign portal articles.
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
export const SIGNATURE_ABBREVIATIONS: readonly string[] = [
  'PV',
  'CTV',
  'BBT',
  'TTXVN',
  'VNA',
  'TTX',
  'BTV',
  'PV-CTV',
  'Nhóm PV',
  'Nhóm phóng viên',
  'Nhóm Phóng viên',
  'Nhóm CTV',
];

/**
 * The lead of a republished article's byline: `Theo Sầm Hoa (Vietnamnet/Reuters)`. Followed by
 * a person's name it is a byline; followed by a paper or a body (`Theo VOV`, `Theo Cổng thông
 * tin …`) it is a source line.
 */
export const ATTRIBUTION_LEADS: readonly string[] = ['theo'];

/** How a photo credit joins an author's line: `Bài: Đinh Tuyên, ảnh Ngọc Dũng`, `Tin: Minh Hà - Ảnh: Lê Hiền`. */
export const PHOTO_CREDIT_WORDS: readonly string[] = ['ảnh', 'ảnh:', 'photo:'];

/**
 * Words of capitals that close an article but are not a signature: `HẾT` (the end), `TOP`.
 * A short word of capitals alone on the last line is otherwise the author's initials (`TVB`).
 */
export const END_MARKS: readonly string[] = ['HẾT', 'END', 'TOP', 'VIDEO', 'ẢNH', 'TIN'];

/**
 * Heads of an author's unit as written after the name (`Trương Văn Phong, Ban TĐKT`,
 * `Trí Song (Đài TT)`): a unit starts with one of these words.
 */
export const UNIT_HEADS: readonly string[] = [
  'Ban', 'Phòng', 'Sở', 'Đài', 'Trung tâm', 'TT', 'Văn phòng', 'VP', 'Hội', 'Báo', 'Tạp chí', 'UBND', 'Huyện',
  'Tỉnh', 'Thành', 'Đoàn', 'Công an', 'CA', 'Phòng VH', 'Chi cục', 'Cục', 'Bộ', 'Trường', 'Bệnh viện', 'Ủy ban', 'Uỷ ban',
  'Liên đoàn', 'LĐLĐ', 'MTTQ', 'Mặt trận', 'Huyện đoàn', 'Tỉnh đoàn', 'Thanh tra', 'Kho bạc', 'BCH', 'Ban Chỉ huy',
];
