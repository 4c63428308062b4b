/**
 * Abbreviations of Vietnamese public bodies, offices and common terms, as data.
 *
 * Used to recognise where an issuing body's name starts, and by anyone who needs to
 * expand `UBND tỉnh` to `Ủy ban nhân dân tỉnh`. Some abbreviations have more than one
 * expansion (`BTC`: Bộ Tài chính or Ban Tổ chức); they are listed once per expansion and
 * the reader picks by context.
 *
 * Source: the abbreviated names of issuing bodies as Decree 30/2020/NĐ-CP (Appendix I, the
 * symbol of a document: `UBND`, `HĐND`, `SNV`) has them written, and the full names of the bodies
 * in `public-bodies.ts` (with the decrees cited there); the short forms are those the press uses
 * for the same bodies (`MTTQ`, `LĐLĐ`, `TĐKT`), each expanding to one of those names.
 */

/** One abbreviation and what it stands for. */
export interface Abbreviation {
  /** As written in text, case included. */
  readonly abbr: string;
  /** The full form with its usual capitalisation. */
  readonly full: string;
  /**
   * `body`: names an organisation or office on its own (`UBND`, `SNV`), so it can begin an
   * issuer's name; `term`: a field, place word or common term (`TT&TT`, `TP`, `NTM`).
   */
  readonly kind: 'body' | 'term';
}

export const ABBREVIATIONS: ReadonlyArray<Abbreviation> = [
  // State bodies.
  { abbr: 'UBND', full: 'Ủy ban nhân dân', kind: 'body' },
  { abbr: 'UB', full: 'Ủy ban', kind: 'body' },
  { abbr: 'HĐND', full: 'Hội đồng nhân dân', kind: 'body' },
  { abbr: 'QH', full: 'Quốc hội', kind: 'body' },
  { abbr: 'UBTVQH', full: 'Ủy ban Thường vụ Quốc hội', kind: 'body' },
  { abbr: 'ĐBQH', full: 'Đại biểu Quốc hội', kind: 'term' },
  { abbr: 'CP', full: 'Chính phủ', kind: 'body' },
  { abbr: 'TTg', full: 'Thủ tướng Chính phủ', kind: 'body' },
  { abbr: 'VPCP', full: 'Văn phòng Chính phủ', kind: 'body' },
  { abbr: 'TAND', full: 'Tòa án nhân dân', kind: 'body' },
  { abbr: 'VKSND', full: 'Viện Kiểm sát nhân dân', kind: 'body' },
  { abbr: 'KBNN', full: 'Kho bạc Nhà nước', kind: 'body' },
  { abbr: 'BHXH', full: 'Bảo hiểm xã hội', kind: 'body' },
  { abbr: 'CA', full: 'Công an', kind: 'body' },
  { abbr: 'BCHQS', full: 'Bộ Chỉ huy Quân sự', kind: 'body' },
  { abbr: 'BĐBP', full: 'Bộ đội Biên phòng', kind: 'body' },
  { abbr: 'VP', full: 'Văn phòng', kind: 'body' },
  { abbr: 'TP', full: 'Thành phố', kind: 'term' },
  { abbr: 'TX', full: 'Thị xã', kind: 'term' },
  // Ministries and departments.
  { abbr: 'BNV', full: 'Bộ Nội vụ', kind: 'body' },
  { abbr: 'SNV', full: 'Sở Nội vụ', kind: 'body' },
  { abbr: 'BTC', full: 'Bộ Tài chính', kind: 'body' },
  { abbr: 'BTC', full: 'Ban Tổ chức', kind: 'body' },
  { abbr: 'BGDĐT', full: 'Bộ Giáo dục và Đào tạo', kind: 'body' },
  { abbr: 'GD&ĐT', full: 'Giáo dục và Đào tạo', kind: 'term' },
  { abbr: 'GDĐT', full: 'Giáo dục và Đào tạo', kind: 'term' },
  { abbr: 'SGDĐT', full: 'Sở Giáo dục và Đào tạo', kind: 'body' },
  { abbr: 'TT&TT', full: 'Thông tin và Truyền thông', kind: 'term' },
  { abbr: 'BTTTT', full: 'Bộ Thông tin và Truyền thông', kind: 'body' },
  { abbr: 'LĐTBXH', full: 'Lao động - Thương binh và Xã hội', kind: 'term' },
  { abbr: 'LĐ-TB&XH', full: 'Lao động - Thương binh và Xã hội', kind: 'term' },
  { abbr: 'NN&PTNT', full: 'Nông nghiệp và Phát triển nông thôn', kind: 'term' },
  { abbr: 'TN&MT', full: 'Tài nguyên và Môi trường', kind: 'term' },
  { abbr: 'TNMT', full: 'Tài nguyên và Môi trường', kind: 'term' },
  { abbr: 'KH&ĐT', full: 'Kế hoạch và Đầu tư', kind: 'term' },
  { abbr: 'KH&CN', full: 'Khoa học và Công nghệ', kind: 'term' },
  { abbr: 'VHTTDL', full: 'Văn hóa, Thể thao và Du lịch', kind: 'term' },
  { abbr: 'VH-TT&DL', full: 'Văn hóa, Thể thao và Du lịch', kind: 'term' },
  { abbr: 'GTVT', full: 'Giao thông vận tải', kind: 'term' },
  { abbr: 'BYT', full: 'Bộ Y tế', kind: 'body' },
  { abbr: 'BQP', full: 'Bộ Quốc phòng', kind: 'body' },
  { abbr: 'BCA', full: 'Bộ Công an', kind: 'body' },
  { abbr: 'KGVX', full: 'Khoa giáo - Văn xã', kind: 'term' },
  // Emulation and commendation.
  { abbr: 'TĐKT', full: 'Thi đua - Khen thưởng', kind: 'term' },
  { abbr: 'HĐTĐKT', full: 'Hội đồng Thi đua - Khen thưởng', kind: 'body' },
  { abbr: 'BTĐKT', full: 'Ban Thi đua - Khen thưởng', kind: 'body' },
  { abbr: 'TĐ-KT', full: 'Thi đua - Khen thưởng', kind: 'term' },
  { abbr: 'CSTĐ', full: 'Chiến sĩ thi đua', kind: 'term' },
  { abbr: 'LĐTT', full: 'Lao động tiên tiến', kind: 'term' },
  { abbr: 'TTLĐXS', full: 'Tập thể Lao động xuất sắc', kind: 'term' },
  // Party bodies.
  { abbr: 'TW', full: 'Trung ương', kind: 'term' },
  { abbr: 'TƯ', full: 'Trung ương', kind: 'term' },
  { abbr: 'BCH', full: 'Ban Chấp hành', kind: 'body' },
  { abbr: 'BCHTW', full: 'Ban Chấp hành Trung ương', kind: 'body' },
  { abbr: 'BTV', full: 'Ban Thường vụ', kind: 'body' },
  { abbr: 'BCT', full: 'Bộ Chính trị', kind: 'body' },
  { abbr: 'BBT', full: 'Ban Bí thư', kind: 'body' },
  { abbr: 'TU', full: 'Tỉnh ủy', kind: 'body' },
  { abbr: 'HU', full: 'Huyện ủy', kind: 'body' },
  { abbr: 'ĐU', full: 'Đảng ủy', kind: 'body' },
  { abbr: 'BTGTW', full: 'Ban Tuyên giáo Trung ương', kind: 'body' },
  { abbr: 'BTCTW', full: 'Ban Tổ chức Trung ương', kind: 'body' },
  { abbr: 'BDVTW', full: 'Ban Dân vận Trung ương', kind: 'body' },
  { abbr: 'VPTW', full: 'Văn phòng Trung ương Đảng', kind: 'body' },
  { abbr: 'UBKT', full: 'Ủy ban Kiểm tra', kind: 'body' },
  { abbr: 'BCĐ', full: 'Ban Chỉ đạo', kind: 'body' },
  { abbr: 'TUV', full: 'Tỉnh ủy viên', kind: 'term' },
  // Front and mass organisations.
  { abbr: 'MTTQ', full: 'Mặt trận Tổ quốc', kind: 'body' },
  { abbr: 'UBMTTQ', full: 'Ủy ban Mặt trận Tổ quốc', kind: 'body' },
  { abbr: 'LĐLĐ', full: 'Liên đoàn Lao động', kind: 'body' },
  { abbr: 'TLĐLĐVN', full: 'Tổng Liên đoàn Lao động Việt Nam', kind: 'body' },
  { abbr: 'HLHPN', full: 'Hội Liên hiệp Phụ nữ', kind: 'body' },
  { abbr: 'LHPN', full: 'Liên hiệp Phụ nữ', kind: 'body' },
  { abbr: 'HND', full: 'Hội Nông dân', kind: 'body' },
  { abbr: 'CCB', full: 'Cựu chiến binh', kind: 'term' },
  { abbr: 'ĐTN', full: 'Đoàn Thanh niên', kind: 'body' },
  { abbr: 'TNCS', full: 'Thanh niên Cộng sản', kind: 'term' },
  { abbr: 'LHTN', full: 'Liên hiệp Thanh niên', kind: 'body' },
  { abbr: 'HTX', full: 'Hợp tác xã', kind: 'term' },
  // Common terms.
  { abbr: 'NTM', full: 'Nông thôn mới', kind: 'term' },
  { abbr: 'KT-XH', full: 'Kinh tế - xã hội', kind: 'term' },
  { abbr: 'QP-AN', full: 'Quốc phòng - an ninh', kind: 'term' },
  { abbr: 'CCHC', full: 'Cải cách hành chính', kind: 'term' },
];

/**
 * Words that begin the name of an issuing or conferring body or of the office holder who
 * signs for it (`UBND tỉnh`, `Chủ tịch UBND tỉnh`, `Bộ trưởng Bộ TT&TT`, `Ban Thường vụ
 * Tỉnh ủy`). Case matters: these are proper names, so `đại hội` in running text is not a
 * head while `Đại hội` is. Abbreviations of bodies from {@link ABBREVIATIONS} are heads too.
 */
export const ISSUER_HEADS: readonly string[] = [
  // Offices.
  'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch', 'Phó Chủ tịch', 'Quyền Chủ tịch', 'Bộ trưởng',
  'Thứ trưởng', 'Quyền Bộ trưởng', 'Giám đốc', 'Phó Giám đốc', 'Quyền Giám đốc', 'Tổng Giám đốc',
  'Bí thư', 'Phó Bí thư', 'Trưởng ban', 'Trưởng Ban', 'Phó Trưởng ban', 'Phó Trưởng Ban',
  'Chánh Văn phòng', 'Chánh Thanh tra', 'Thủ trưởng', 'Cục trưởng', 'Vụ trưởng', 'Viện trưởng',
  'Chánh án', 'Tư lệnh', 'Chỉ huy trưởng', 'Lãnh đạo', 'Thường trực', 'Hiệu trưởng', 'Tổng cục trưởng',
  // Bodies.
  'Chính phủ', 'Chính Phủ', 'Quốc hội', 'Ủy ban', 'Uỷ ban', 'Hội đồng', 'Bộ', 'Sở', 'Ban', 'Cục',
  'Tổng cục', 'Chi cục', 'Vụ', 'Viện', 'Văn phòng', 'Thanh tra', 'Tòa án', 'Toà án', 'Kho bạc',
  'Công an', 'Bộ Chỉ huy', 'Bộ Tư lệnh', 'Quân khu', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ',
  'Huyện ủy', 'Huyện uỷ', 'Thị ủy', 'Thị uỷ', 'Quận ủy', 'Đảng ủy', 'Đảng uỷ', 'Đảng bộ', 'Đảng đoàn',
  'Ban cán sự', 'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành', 'Ban Thường vụ', 'Trung ương',
  'Đại hội', 'Hội nghị', 'Kỳ họp', 'Mặt trận', 'Liên đoàn', 'Tổng Liên đoàn', 'Hội', 'Liên hiệp',
  'Đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Huyện đoàn', 'Khối', 'Cụm', 'Phòng', 'Trung tâm', 'Học viện',
  'Đại học', 'Trường', 'Bệnh viện', 'Ngân hàng', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Liên minh',
  'Bảo hiểm', 'Nhà nước',
];

/** The abbreviations that name bodies (not common terms), usable as {@link ISSUER_HEADS}. */
export const BODY_ABBREVIATIONS: readonly string[] = ABBREVIATIONS.filter((a) => a.kind === 'body').map((a) => a.abbr);
