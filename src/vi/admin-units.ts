/**
 * Vietnamese administrative units: the words that name a unit's level and a gazetteer
 * of the places news most often names without such a word.
 *
 * Plain data only; the matchers that read it live in `src/entities/places.ts`.
 *
 * Sources (general knowledge, checked against the public lists):
 * - The 63 provinces and centrally-run cities (58 tỉnh + 5 thành phố trực thuộc trung ương)
 *   as listed by the General Statistics Office's administrative-unit catalogue
 *   (Danh mục đơn vị hành chính Việt Nam) before the 2025 mergers.
 * - Provincial capitals and other province-level-known cities and towns from the same
 *   catalogue (the `capital`/`towns` fields below).
 * - The districts of Đắk Nông (Decree 142/2019/NĐ-CP made Gia Nghĩa a city) because the
 *   agency portals in our corpus come from that province.
 */

/** The level of an administrative unit. */
export type AdminLevel = 'province' | 'city' | 'district' | 'commune' | 'village';

/** A word (or abbreviation) that names the level of the unit whose name follows it. */
export interface AdminUnitWord {
  /** As written in running text, lower case for words (`thị xã`), as is for abbreviations (`TP`). */
  readonly written: string;
  readonly level: AdminLevel;
  /** Abbreviations are matched case-sensitively and may be followed by a dot (`TP.`, `Tp.`). */
  readonly abbreviation: boolean;
  /**
   * Whether the capitalised form (`Huyện Đắk Song` at the start of a sentence or a title) counts.
   * Village words do not: `Buôn` starts `Buôn Ma Thuột`, `Bản` starts many ordinary sentences.
   */
  readonly capitalisable: boolean;
}

/**
 * The administrative-unit words, longest first where one is a prefix of another.
 * Levels follow the Law on Local Government (2015): tỉnh / thành phố trực thuộc trung ương;
 * huyện, quận, thị xã, thành phố thuộc tỉnh; xã, phường, thị trấn; and the residential
 * groupings below the commune (thôn, bon, buôn, ấp, bản, tổ dân phố), which are not formal
 * units but are how articles name villages.
 */
export const ADMIN_UNIT_WORDS: readonly AdminUnitWord[] = [
  { written: 'tỉnh', level: 'province', abbreviation: false, capitalisable: true },
  { written: 'thành phố', level: 'city', abbreviation: false, capitalisable: true },
  { written: 'TP', level: 'city', abbreviation: true, capitalisable: false },
  { written: 'Tp', level: 'city', abbreviation: true, capitalisable: false },
  { written: 'huyện', level: 'district', abbreviation: false, capitalisable: true },
  { written: 'quận', level: 'district', abbreviation: false, capitalisable: true },
  { written: 'thị xã', level: 'district', abbreviation: false, capitalisable: true },
  { written: 'TX', level: 'district', abbreviation: true, capitalisable: false },
  { written: 'thị trấn', level: 'commune', abbreviation: false, capitalisable: true },
  { written: 'TT', level: 'commune', abbreviation: true, capitalisable: false },
  { written: 'xã', level: 'commune', abbreviation: false, capitalisable: true },
  { written: 'phường', level: 'commune', abbreviation: false, capitalisable: true },
  { written: 'tổ dân phố', level: 'village', abbreviation: false, capitalisable: false },
  { written: 'thôn', level: 'village', abbreviation: false, capitalisable: false },
  { written: 'bon', level: 'village', abbreviation: false, capitalisable: false },
  { written: 'buôn', level: 'village', abbreviation: false, capitalisable: false },
  { written: 'ấp', level: 'village', abbreviation: false, capitalisable: false },
  { written: 'bản', level: 'village', abbreviation: false, capitalisable: false },
];

/**
 * Words that, right before an administrative word, make a compound that is not a unit:
 * `hợp tác xã` (cooperative), `Thông tấn xã` (news agency), `nông thôn` (countryside),
 * `văn bản`, `kịch bản`, `phiên bản`, `xuất bản`, `bán buôn` (wholesale). Lower case.
 */
export const ADMIN_WORD_COMPOUNDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['xã', ['hợp tác', 'thông tấn']],
  ['thôn', ['nông']],
  ['bản', ['văn', 'kịch', 'phiên', 'cơ', 'căn', 'tư', 'xuất', 'ấn', 'nguyên', 'nhật', 'bài']],
  ['buôn', ['bán']],
  ['ấp', ['ôm']],
]);

/** One place of the gazetteer. */
export interface GazetteerEntry {
  /** The name the record uses (`Hồ Chí Minh`, `Bà Rịa - Vũng Tàu`). */
  readonly name: string;
  readonly level: AdminLevel;
  /** Other spellings that may stand alone in text (`Đăk Nông`, `TPHCM`). */
  readonly variants?: readonly string[];
  /**
   * Spellings that only count right after an administrative word (`TP Hồ Chí Minh`,
   * `TP.HCM`): bare, `Hồ Chí Minh` is far more often the President (`tư tưởng Hồ Chí Minh`),
   * `Vinh` a given name, `Điện Biên Phủ` the 1954 battle.
   */
  readonly prefixOnly?: readonly string[];
}

/**
 * The 63 provinces and centrally-run cities (GSO catalogue, before the 2025 mergers).
 * Old-style tone placement (`Hoà`, `Thanh Hoá`) is handled by the matcher, not listed here.
 */
export const PROVINCES: readonly GazetteerEntry[] = [
  // The five centrally-run cities.
  { name: 'Hà Nội', level: 'province' },
  {
    name: 'Hồ Chí Minh',
    level: 'province',
    variants: ['TPHCM', 'TP.HCM', 'Tp.HCM', 'TP.Hồ Chí Minh', 'Tp.Hồ Chí Minh'],
    prefixOnly: ['Hồ Chí Minh', 'HCM', 'Hồ Chí Minh City'],
  },
  { name: 'Hải Phòng', level: 'province' },
  { name: 'Đà Nẵng', level: 'province' },
  { name: 'Cần Thơ', level: 'province' },
  // The 58 provinces, alphabetical.
  { name: 'An Giang', level: 'province' },
  { name: 'Bà Rịa - Vũng Tàu', level: 'province', variants: ['Bà Rịa-Vũng Tàu', 'Bà Rịa – Vũng Tàu', 'BR-VT', 'BRVT'] },
  { name: 'Bắc Giang', level: 'province' },
  { name: 'Bắc Kạn', level: 'province', variants: ['Bắc Cạn'] },
  { name: 'Bạc Liêu', level: 'province' },
  { name: 'Bắc Ninh', level: 'province' },
  { name: 'Bến Tre', level: 'province' },
  { name: 'Bình Định', level: 'province' },
  { name: 'Bình Dương', level: 'province' },
  { name: 'Bình Phước', level: 'province' },
  { name: 'Bình Thuận', level: 'province' },
  { name: 'Cà Mau', level: 'province' },
  { name: 'Cao Bằng', level: 'province' },
  { name: 'Đắk Lắk', level: 'province', variants: ['Đắc Lắc', 'Đăk Lăk', 'Đắk Lăk', 'Đăk Lắk', 'Đak Lak', 'Dak Lak', 'Daklak'] },
  { name: 'Đắk Nông', level: 'province', variants: ['Đăk Nông', 'Đắc Nông', 'Đak Nông', 'Dak Nong', 'Đắk Nong', 'Daknong'] },
  { name: 'Điện Biên', level: 'province' },
  { name: 'Đồng Nai', level: 'province' },
  { name: 'Đồng Tháp', level: 'province' },
  { name: 'Gia Lai', level: 'province' },
  { name: 'Hà Giang', level: 'province' },
  { name: 'Hà Nam', level: 'province' },
  { name: 'Hà Tĩnh', level: 'province' },
  { name: 'Hải Dương', level: 'province' },
  { name: 'Hậu Giang', level: 'province' },
  { name: 'Hòa Bình', level: 'province' },
  { name: 'Hưng Yên', level: 'province' },
  { name: 'Khánh Hòa', level: 'province' },
  { name: 'Kiên Giang', level: 'province' },
  { name: 'Kon Tum', level: 'province', variants: ['Kontum'] },
  { name: 'Lai Châu', level: 'province' },
  { name: 'Lâm Đồng', level: 'province' },
  { name: 'Lạng Sơn', level: 'province' },
  { name: 'Lào Cai', level: 'province' },
  { name: 'Long An', level: 'province' },
  { name: 'Nam Định', level: 'province' },
  { name: 'Nghệ An', level: 'province' },
  { name: 'Ninh Bình', level: 'province' },
  { name: 'Ninh Thuận', level: 'province' },
  { name: 'Phú Thọ', level: 'province' },
  { name: 'Phú Yên', level: 'province' },
  { name: 'Quảng Bình', level: 'province' },
  { name: 'Quảng Nam', level: 'province' },
  { name: 'Quảng Ngãi', level: 'province' },
  { name: 'Quảng Ninh', level: 'province' },
  { name: 'Quảng Trị', level: 'province' },
  { name: 'Sóc Trăng', level: 'province' },
  { name: 'Sơn La', level: 'province' },
  { name: 'Tây Ninh', level: 'province' },
  { name: 'Thái Bình', level: 'province' },
  { name: 'Thái Nguyên', level: 'province' },
  { name: 'Thanh Hóa', level: 'province' },
  { name: 'Thừa Thiên Huế', level: 'province', variants: ['Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'TT-Huế', 'TT Huế'] },
  { name: 'Tiền Giang', level: 'province' },
  { name: 'Trà Vinh', level: 'province' },
  { name: 'Tuyên Quang', level: 'province' },
  { name: 'Vĩnh Long', level: 'province' },
  { name: 'Vĩnh Phúc', level: 'province' },
  { name: 'Yên Bái', level: 'province' },
];

/**
 * Cities and towns that news names bare: provincial capitals whose name differs from their
 * province (same-named capitals resolve to the province entry), other well-known cities and
 * tourist towns (GSO catalogue; Sa Pa became a town in 2019).
 */
export const TOWNS: readonly GazetteerEntry[] = [
  { name: 'Long Xuyên', level: 'city' }, // An Giang
  { name: 'Châu Đốc', level: 'city' }, // An Giang
  { name: 'Vũng Tàu', level: 'city' }, // Bà Rịa - Vũng Tàu
  { name: 'Bà Rịa', level: 'city' }, // Bà Rịa - Vũng Tàu
  { name: 'Quy Nhơn', level: 'city', variants: ['Qui Nhơn'] }, // Bình Định
  { name: 'Thủ Dầu Một', level: 'city' }, // Bình Dương
  { name: 'Dĩ An', level: 'city' }, // Bình Dương
  { name: 'Thuận An', level: 'city' }, // Bình Dương
  { name: 'Đồng Xoài', level: 'city' }, // Bình Phước
  { name: 'Phan Thiết', level: 'city' }, // Bình Thuận
  { name: 'Buôn Ma Thuột', level: 'city', variants: ['Ban Mê Thuột', 'Buôn Mê Thuột'] }, // Đắk Lắk
  { name: 'Điện Biên Phủ', level: 'city', prefixOnly: ['Điện Biên Phủ'] }, // Điện Biên; bare = the battle
  { name: 'Biên Hòa', level: 'city' }, // Đồng Nai
  { name: 'Long Khánh', level: 'city' }, // Đồng Nai
  { name: 'Cao Lãnh', level: 'city' }, // Đồng Tháp
  { name: 'Sa Đéc', level: 'city' }, // Đồng Tháp
  { name: 'Pleiku', level: 'city', variants: ['Plei Ku'] }, // Gia Lai
  { name: 'Phủ Lý', level: 'city' }, // Hà Nam
  { name: 'Vị Thanh', level: 'city' }, // Hậu Giang
  { name: 'Nha Trang', level: 'city' }, // Khánh Hòa
  { name: 'Cam Ranh', level: 'city' }, // Khánh Hòa
  { name: 'Rạch Giá', level: 'city' }, // Kiên Giang
  { name: 'Phú Quốc', level: 'city' }, // Kiên Giang
  { name: 'Hà Tiên', level: 'city' }, // Kiên Giang
  { name: 'Đà Lạt', level: 'city' }, // Lâm Đồng
  { name: 'Bảo Lộc', level: 'city' }, // Lâm Đồng
  { name: 'Sa Pa', level: 'district', variants: ['Sapa'] }, // Lào Cai
  { name: 'Tân An', level: 'city' }, // Long An
  { name: 'Vinh', level: 'city', prefixOnly: ['Vinh'] }, // Nghệ An; bare it is usually a given name
  { name: 'Cửa Lò', level: 'district' }, // Nghệ An
  { name: 'Tam Điệp', level: 'city' }, // Ninh Bình
  { name: 'Phan Rang - Tháp Chàm', level: 'city', variants: ['Phan Rang-Tháp Chàm', 'Phan Rang – Tháp Chàm'] }, // Ninh Thuận
  { name: 'Việt Trì', level: 'city' }, // Phú Thọ
  { name: 'Tuy Hòa', level: 'city' }, // Phú Yên
  { name: 'Đồng Hới', level: 'city' }, // Quảng Bình
  { name: 'Tam Kỳ', level: 'city' }, // Quảng Nam
  { name: 'Hội An', level: 'city' }, // Quảng Nam
  { name: 'Hạ Long', level: 'city' }, // Quảng Ninh
  { name: 'Móng Cái', level: 'city' }, // Quảng Ninh
  { name: 'Cẩm Phả', level: 'city' }, // Quảng Ninh
  { name: 'Uông Bí', level: 'city' }, // Quảng Ninh
  { name: 'Đông Hà', level: 'city' }, // Quảng Trị
  { name: 'Sầm Sơn', level: 'city' }, // Thanh Hóa
  { name: 'Huế', level: 'city' }, // Thừa Thiên Huế
  { name: 'Mỹ Tho', level: 'city' }, // Tiền Giang
  { name: 'Vĩnh Yên', level: 'city' }, // Vĩnh Phúc
  { name: 'Thủ Đức', level: 'city' }, // Hồ Chí Minh
  { name: 'Côn Đảo', level: 'district' }, // Bà Rịa - Vũng Tàu
  { name: 'Lý Sơn', level: 'district' }, // Quảng Ngãi
  // The districts of Đắk Nông (and the provincial capital, a city since 2020).
  { name: 'Gia Nghĩa', level: 'city' },
  { name: 'Cư Jút', level: 'district', variants: ['Cư Jut', 'Cujut'] },
  { name: 'Đắk Mil', level: 'district', variants: ['Đăk Mil', 'Đắc Mil', 'Dak Mil'] },
  { name: 'Krông Nô', level: 'district', variants: ['Krông Nô', 'Krong No'] },
  { name: 'Đắk Song', level: 'district', variants: ['Đăk Song', 'Đắc Song', 'Đak Song', 'Dak Song'] },
  {
    name: "Đắk R'lấp",
    level: 'district',
    variants: ["Đăk R'lấp", "Đắk R'Lấp", "Đăk R'Lấp", 'Đắk Rlấp', "Dak R'lap", "Đắc R'lấp"],
  },
  { name: 'Đắk Glong', level: 'district', variants: ["Đắk G'long", "Đắk G'Long", 'Đăk Glong', "Đăk G'long", "Đăk G'Long", 'Dak Glong'] },
  { name: 'Tuy Đức', level: 'district' },
];

/**
 * Multi-word proper names that contain a gazetteer name but are not that place: the matcher
 * skips them whole (`Thái Bình Dương` is the Pacific, not `Thái Bình` followed by a surname).
 */
/**
 * Common family names (the most frequent ones, GSO census order) and the two commonest
 * middle names. After `tỉnh`/`xã` they begin a person's name, not a place's; before a
 * gazetteer name they show it is part of one (`Nguyễn Hòa Bình`).
 */
export const PERSON_NAME_WORDS: readonly string[] = [
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'phan', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô',
  'dương', 'lý', 'đinh', 'đoàn', 'trương', 'đào', 'cao', 'lương', 'tạ', 'tô', 'trịnh', 'lưu', 'quách',
  'kiều', 'triệu', 'lại', 'hứa', 'phùng', 'mạc', 'thân', 'lò', 'vương', 'tôn', 'ma', 'văn', 'thị',
];

/**
 * Words that begin an organisation, a title or a document, not a place, after an
 * administrative word (besides the unit heads of `unit-patterns.ts`).
 */
export const NOT_PLACE_NAME_STARTS: readonly string[] = [
  'khối', 'cụm', 'kế hoạch', 'nghị quyết', 'quyết định', 'chủ tịch', 'phó', 'bí thư', 'trưởng',
  'giám đốc', 'đồng chí', 'nhà', 'cổng', 'thường trực', 'trung ương', 'đại hội', 'tổ', 'ủy', 'uỷ', 'ntm',
];

/** Words that count a plural administrative word (`04 xã`, `các huyện`, `hai xã`). */
export const PLACE_LIST_COUNTERS: readonly string[] = ['các', 'những', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/**
 * The word after a compass name that makes it one of the country's three regions (`Đông Nam
 * bộ`, `Bắc Bộ`, `Tây Nam Bộ`): a region is not an administrative place.
 */
export const REGION_SUFFIXES: readonly string[] = ['bộ'];

/**
 * Prepositions of place (`trên địa bàn tỉnh Hà Tĩnh`, `tại tỉnh ...`): a name they lead to is
 * the place itself, not the end of an institution's name written before them.
 */
export const LOCATIVE_PREPOSITIONS: readonly string[] = ['trên', 'tại', 'ở', 'thuộc', 'của', 'và'];

export const NOT_PLACES: readonly string[] = [
  'Thái Bình Dương',
  'Việt Nam',
  'Hồ Gươm',
  'Hồ Tây',
  // Regions: not administrative units.
  'Tây Nguyên',
  'Tây Bắc',
  'Đông Bắc',
  'Bắc Bộ',
  'Trung Bộ',
  'Nam Bộ',
  'Đông Nam Bộ',
  'Tây Nam Bộ',
  'Bắc Trung Bộ',
  'Nam Trung Bộ',
  'Duyên hải Nam Trung Bộ',
  'Đồng bằng sông Cửu Long',
  'Đồng bằng sông Hồng',
];
