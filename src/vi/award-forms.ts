/**
 * Vietnamese forms of commendation (hình thức khen thưởng) and emulation titles (danh hiệu
 * thi đua), as data.
 *
 * Sources: Luật Thi đua, khen thưởng 2022 (orders, medals, honorary titles, Cờ thi đua,
 * Bằng khen, Giấy khen, the emulation titles) and the older orders still cited in
 * retrospectives (Huân chương Kháng chiến, Chiến thắng, ...). The award extractor builds
 * its regular expressions from these tables once, at module load; matching runs on a
 * lower-cased copy of the text, so every spelling here is lower case.
 */

/** How a form is written and what may follow its base name. */
export type AwardShape =
  /** Cờ thi đua, Bằng khen, Giấy khen: the conferrer follows (`của UBND tỉnh`, `Bộ`). */
  | 'certificate'
  /** Huân chương: a name from {@link ORDER_NAMES} and maybe a class (`hạng Ba`, `hạng III`). */
  | 'order'
  /** Huy chương, Kỷ niệm chương: a name from {@link MEDAL_NAMES} or in quotes. */
  | 'medal'
  /** Chiến sĩ thi đua: a level from {@link EMULATION_LEVELS} may follow. */
  | 'leveled'
  /** A title written in full (`Tập thể Lao động xuất sắc`, `Anh hùng Lao động`). */
  | 'title';

/** One form of commendation. */
export interface AwardForm {
  /** Canonical name, capitalised as the law writes it. */
  readonly name: string;
  /** Lower-case spellings to recognise (sĩ/sỹ, uỷ/ủy, ...). */
  readonly variants: readonly string[];
  readonly shape: AwardShape;
  /**
   * Whether a bare mention is not enough. Honorary titles double as forms of address
   * (`Nhà giáo Ưu tú Nguyễn Văn A phát biểu`), so they count only next to a word of
   * conferring or proposing (`tặng`, `phong tặng`, `danh hiệu`, `đề nghị`, ...).
   */
  readonly needsContext: boolean;
}

export const AWARD_FORMS: ReadonlyArray<AwardForm> = [
  // Certificates and flags: the conferrer is written after them, not part of the type.
  { name: 'Cờ thi đua', variants: ['cờ thi đua'], shape: 'certificate', needsContext: false },
  { name: 'Bằng khen', variants: ['bằng khen'], shape: 'certificate', needsContext: false },
  { name: 'Giấy khen', variants: ['giấy khen'], shape: 'certificate', needsContext: false },
  // Orders and medals.
  { name: 'Huân chương', variants: ['huân chương'], shape: 'order', needsContext: false },
  { name: 'Huy chương', variants: ['huy chương'], shape: 'medal', needsContext: false },
  { name: 'Kỷ niệm chương', variants: ['kỷ niệm chương', 'kỉ niệm chương'], shape: 'medal', needsContext: false },
  // Emulation titles.
  { name: 'Chiến sĩ thi đua', variants: ['chiến sĩ thi đua', 'chiến sỹ thi đua'], shape: 'leveled', needsContext: false },
  { name: 'Tập thể Lao động xuất sắc', variants: ['tập thể lao động xuất sắc'], shape: 'title', needsContext: false },
  { name: 'Tập thể Lao động tiên tiến', variants: ['tập thể lao động tiên tiến'], shape: 'title', needsContext: false },
  { name: 'Đơn vị Quyết thắng', variants: ['đơn vị quyết thắng'], shape: 'title', needsContext: true },
  { name: 'Đơn vị Tiên tiến', variants: ['đơn vị tiên tiến'], shape: 'title', needsContext: true },
  { name: 'Lao động tiên tiến', variants: ['lao động tiên tiến'], shape: 'title', needsContext: true },
  { name: 'Chiến sĩ tiên tiến', variants: ['chiến sĩ tiên tiến', 'chiến sỹ tiên tiến'], shape: 'title', needsContext: true },
  // Honorary titles of the State.
  { name: 'Bà mẹ Việt Nam anh hùng', variants: ['bà mẹ việt nam anh hùng'], shape: 'title', needsContext: true },
  {
    name: 'Anh hùng Lực lượng vũ trang nhân dân',
    variants: ['anh hùng lực lượng vũ trang nhân dân', 'anh hùng llvtnd', 'anh hùng lực lượng vũ trang'],
    shape: 'title',
    needsContext: true,
  },
  { name: 'Anh hùng Lao động', variants: ['anh hùng lao động'], shape: 'title', needsContext: true },
  { name: 'Nhà giáo Nhân dân', variants: ['nhà giáo nhân dân'], shape: 'title', needsContext: true },
  { name: 'Nhà giáo Ưu tú', variants: ['nhà giáo ưu tú'], shape: 'title', needsContext: true },
  { name: 'Thầy thuốc Nhân dân', variants: ['thầy thuốc nhân dân'], shape: 'title', needsContext: true },
  { name: 'Thầy thuốc Ưu tú', variants: ['thầy thuốc ưu tú'], shape: 'title', needsContext: true },
  { name: 'Nghệ sĩ Nhân dân', variants: ['nghệ sĩ nhân dân', 'nghệ sỹ nhân dân'], shape: 'title', needsContext: true },
  { name: 'Nghệ sĩ Ưu tú', variants: ['nghệ sĩ ưu tú', 'nghệ sỹ ưu tú'], shape: 'title', needsContext: true },
  { name: 'Nghệ nhân Nhân dân', variants: ['nghệ nhân nhân dân'], shape: 'title', needsContext: true },
  { name: 'Nghệ nhân Ưu tú', variants: ['nghệ nhân ưu tú'], shape: 'title', needsContext: true },
  { name: 'Giải thưởng Hồ Chí Minh', variants: ['giải thưởng hồ chí minh'], shape: 'title', needsContext: true },
  { name: 'Giải thưởng Nhà nước', variants: ['giải thưởng nhà nước'], shape: 'title', needsContext: true },
];

/**
 * A flag conferred without its full name (`đề nghị nhận cờ của Thủ tướng Chính phủ`, `tặng cờ
 * “Đơn vị dẫn đầu ...”`): the only flag the Law on Emulation and Commendation 2022 confers
 * (Chương II, Cờ thi đua) is the emulation flag, so a `cờ` given with its conferrer or its
 * quoted title is one.
 */
export const BARE_FLAG_WORD = 'cờ';
export const BARE_FLAG_FORM: AwardForm = { name: 'Cờ thi đua', variants: [], shape: 'certificate', needsContext: false };

/**
 * Prizes named in quotes (`tặng bằng chứng nhận “Giải thưởng CNVC, LĐ tiêu biểu tỉnh Quảng
 * Trị lần thứ nhất, năm 2014”`): a prize (giải thưởng, Luật Thi đua, khen thưởng 2022,
 * Chương III) of a ministry, a province or an organisation. Lower case; the type is the name
 * up to the edition words ({@link PRIZE_EDITION_WORDS}).
 */
export const PRIZE_WORD = 'giải thưởng';
export const PRIZE_EDITION_WORDS: readonly string[] = ['lần thứ', 'lần', 'năm', 'mùa'];
export const PRIZE_FORM: AwardForm = { name: 'Giải thưởng', variants: [], shape: 'title', needsContext: true };

/**
 * Names of orders (Huân chương ...), lower case, longest first where one is a prefix of
 * another (`chiến sĩ giải phóng` before `chiến sĩ`).
 */
export const ORDER_NAMES: readonly string[] = [
  'sao vàng', 'hồ chí minh', 'độc lập', 'quân công', 'lao động', 'chiến công', 'bảo vệ tổ quốc',
  'dũng cảm', 'hữu nghị', 'đại đoàn kết dân tộc', 'kháng chiến chống mỹ', 'kháng chiến chống pháp',
  'kháng chiến', 'chiến thắng', 'chiến sĩ vẻ vang', 'chiến sỹ vẻ vang', 'chiến sĩ giải phóng',
  'chiến sỹ giải phóng', 'giải phóng', 'quân giải phóng',
];

/** Words that end a medal's capitalised name (`Kỷ niệm chương CCB Việt Nam của ...`), as written. */
export const MEDAL_NAME_END_WORDS: readonly string[] = ['của'];

/** Names of medals (Huy chương ...), lower case. */
export const MEDAL_NAMES: readonly string[] = [
  'quân kỳ quyết thắng', 'vì an ninh tổ quốc', 'chiến sĩ vẻ vang', 'chiến sỹ vẻ vang', 'hữu nghị',
  'kháng chiến', 'chiến sĩ giải phóng', 'chiến sỹ giải phóng', 'thanh niên xung phong vẻ vang',
];

/** Classes of orders and medals as written (`hạng Nhất`, `hạng I`, `hạng 1`), lower case. */
export const CLASS_WORDS: readonly string[] = ['nhất', 'nhì', 'ba', 'iii', 'ii', 'i', '1', '2', '3'];

/** Levels of the Chiến sĩ thi đua title, lower case, longest first. */
export const EMULATION_LEVELS: readonly string[] = [
  'toàn quốc', 'cấp toàn quốc', 'cấp bộ, ngành, tỉnh', 'cấp bộ, ngành', 'cấp bộ', 'cấp ngành',
  'cấp tỉnh', 'cấp thành phố', 'cấp huyện', 'cấp cơ sở', 'cơ sở', 'công an nhân dân',
];

/**
 * Words after `Cờ thi đua` / `Bằng khen` that qualify the form without changing it
 * (`Cờ thi đua xuất sắc`, `Bằng khen toàn diện`); the type is written without them.
 */
export const CERTIFICATE_QUALIFIERS: readonly string[] = [
  'xuất sắc', 'toàn diện', 'phong trào', 'chuyên đề', 'đột xuất', 'luân lưu',
];

/** Nouns counting recipients (`cho 12 tập thể`, `: 60 cá nhân`), lower case. */
export const RECIPIENT_UNITS: readonly string[] = [
  'tập thể', 'cá nhân', 'đơn vị', 'địa phương', 'cơ quan', 'doanh nghiệp', 'hộ gia đình', 'gia đình',
  'hộ', 'xã', 'phường', 'huyện', 'trường', 'người', 'đồng chí', 'lượt', 'chi bộ', 'đảng bộ', 'tổ chức',
];
