/**
 * Words for reading organisation names, emulation blocs and their member lists.
 *
 * Plain data; the readers live in `src/entities/blocs/`. Every list is matched word by word
 * after lower-casing (see `keyOf` in `src/text/words.ts`), so the spelling here is
 * the lower-case one unless noted. The vocabulary comes from the names of Vietnamese state,
 * Party and mass organisations (Law on Government Organisation 2015, the Fatherland Front's
 * charter) as they appear in emulation articles; see the examples beside each list.
 */

/**
 * Words that begin the name of an organisation or unit (`Sở Nội vụ`, `Hội Nông dân`,
 * `Bộ Chỉ huy quân sự tỉnh`). In a member list a piece that starts with one of these, written
 * with a capital, starts a new member. Longer heads are listed for clarity; matching needs
 * only the words that begin a name, so `Viện` covers `Viện Kiểm sát`.
 */
export const UNIT_HEADS: readonly string[] = [
  // Government and its agencies.
  'ủy ban nhân dân', 'uỷ ban nhân dân', 'ủy ban', 'uỷ ban', 'ubnd', 'hđnd', 'hội đồng nhân dân', 'hội đồng',
  'bộ', 'bộ chỉ huy', 'bộ tư lệnh', 'bộ đội biên phòng', 'tổng cục', 'cục', 'chi cục', 'vụ', 'sở', 'ban',
  'phòng', 'văn phòng', 'thanh tra', 'kho bạc', 'kiểm toán', 'hải quan', 'thi hành án', 'chi nhánh',
  'trung tâm', 'viện', 'viện kiểm sát', 'tòa án', 'toà án', 'công an', 'cảnh sát', 'quân khu',
  'lữ đoàn', 'trung đoàn', 'sư đoàn', 'đồn biên phòng', 'cơ quan', 'đài', 'báo', 'tạp chí',
  'nhà xuất bản', 'thông tấn xã', 'bệnh viện', 'trường', 'đại học', 'học viện', 'cao đẳng',
  'bảo hiểm xã hội', 'bảo hiểm', 'ngân hàng', 'quỹ', 'cảng vụ', 'bưu điện', 'viễn thông',
  'truyền tải điện', 'điện lực', 'công ty', 'tổng công ty', 'tập đoàn', 'hợp tác xã', 'ban quản lý',
  // Party, Front and mass organisations.
  'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ', 'huyện ủy', 'huyện uỷ', 'thị ủy', 'thị uỷ', 'quận ủy',
  'đảng ủy', 'đảng uỷ', 'đảng bộ', 'đảng đoàn', 'ban cán sự', 'mặt trận', 'mặt trận tổ quốc', 'mttq',
  'ub mttq', 'ubmttq', 'hội', 'liên hiệp', 'liên đoàn', 'liên minh', 'tỉnh đoàn', 'thành đoàn',
  'huyện đoàn', 'đoàn thanh niên', 'đoàn đại biểu', 'công đoàn', 'ủy ban mặt trận tổ quốc',
];

/**
 * Capitalised word pairs that begin like a unit head but name an event, a document or a
 * person's status (`Hội nghị`, `Báo cáo`, `Đoàn viên`): never the start of a member.
 */
export const NOT_UNIT_HEADS: readonly string[] = [
  'hội nghị', 'hội thảo', 'hội thi', 'hội chợ', 'hội diễn', 'hội viên', 'hội khỏe', 'ban hành',
  'báo cáo', 'báo chí', 'đoàn kết', 'đoàn viên', 'đảng viên', 'trường hợp', 'vụ việc', 'vụ án',
  'phòng chống', 'phòng ngừa', 'bộ phận', 'sở dĩ', 'sở hữu', 'quỹ đất', 'cơ quan chức năng',
];

/**
 * Unit nouns written in lower case after `các` that distribute over the names that follow:
 * `các sở Nội vụ, Tài chính` lists `Sở Nội vụ` and `Sở Tài chính`.
 */
export const PLURAL_HEADS: readonly string[] = [
  'sở', 'ban', 'bộ', 'cục', 'chi cục', 'vụ', 'phòng', 'hội', 'viện', 'trường', 'trung tâm',
  'huyện ủy', 'đảng ủy', 'liên đoàn', 'ngân hàng', 'công ty',
];

/** The words that name an emulation bloc or cluster. `Khối` and `Cụm` alone are the short forms. */
export const BLOC_WORDS: readonly string[] = ['khối thi đua', 'cụm thi đua', 'khối', 'cụm'];

/**
 * What follows the bloc word in its full form: `Khối thi đua ...`, and `Khối giao ước thi đua
 * ...` (the bloc of units that sign one emulation covenant, a name provincial portals use).
 */
export const BLOC_EMULATION_WORDS: readonly string[] = ['thi đua', 'giao ước thi đua'];

/**
 * Words that open a member list after a bloc's name (`Khối ... gồm 06 đơn vị: ...`,
 * `... có 10 đơn vị thành viên, bao gồm: ...`, `Cụm ... gồm huyện A, huyện B`).
 * `có` only counts with a number after it; `là` only after a count phrase
 * (`gồm 5 đơn vị là ...`).
 */
export const LIST_INTRODUCERS: readonly string[] = ['bao gồm', 'gồm có', 'gồm', 'có'];

/** Words that close a count phrase and open the list itself (`gồm 5 đơn vị là ...`). */
export const LIST_OPENER_WORDS: readonly string[] = ['là'];

/**
 * Nouns a declared count counts (`09 đơn vị`, `5 sở`, `10 đơn vị thành viên`) and that a
 * stand-alone list introducer names (`các đơn vị: ...`).
 */
export const COUNT_NOUNS: readonly string[] = [
  'đơn vị', 'đơn vị thành viên', 'thành viên', 'cơ quan', 'tổ chức', 'sở', 'ban', 'ngành', 'bộ',
  'hội', 'huyện', 'thị xã', 'thành phố', 'xã', 'phường', 'tỉnh', 'địa phương', 'doanh nghiệp',
  'trường', 'đoàn thể', 'huyện ủy', 'đảng ủy',
];

/** Words left out of a bloc's comparison key: they vary between mentions of one bloc. */
export const BLOC_KEY_FILLERS: readonly string[] = ['các', 'những', 'và'];

/** Words a bloc's name must not end on (`... trên địa bàn`, `... và`). */
export const BLOC_NAME_DANGLING: readonly string[] = ['và', 'các', 'những', 'trên', 'trực', 'thuộc', 'địa', 'bàn'];

/** Prepositions that make a lower-case bare `khối`/`cụm` refer to a bloc already named (`trong khối`). */
export const BLOC_ANAPHORA_LINKS: readonly string[] = ['trong', 'của', 'thuộc', 'toàn'];

/**
 * Lower-case words the owner between a bloc's name and its `gồm` may hold: an owner or a time
 * (`Khối thi đua số 3 của tỉnh năm 2022 gồm ...`).
 */
export const BLOC_QUALIFIER_WORDS: readonly string[] = ['của', 'tỉnh', 'huyện', 'thành', 'phố', 'thị', 'xã', 'quận', 'năm', 'hiện', 'nay'];

/**
 * The attendance clause of a bloc's meeting that names the units whose leaders came
 * (`Dự hội nghị có các đồng chí lãnh đạo Văn phòng UBND tỉnh, Sở Nội vụ, ...`,
 * `Tham dự Hội nghị có lãnh đạo các đơn vị: ...`): in the order they are read, the verb of
 * attending, the event (at most {@link MAX_ATTENDED_EVENT_WORDS} words), `có`, who attended,
 * then the leaders' word. The units that follow are the bloc's members when the article gives
 * no other list.
 */
export const ATTENDANCE_VERBS: readonly string[] = ['tham dự', 'dự'];
export const ATTENDANCE_EVENTS: readonly string[] = ['hội nghị', 'buổi lễ', 'lễ', 'buổi', 'cuộc họp', 'phiên họp', 'hội thảo'];
export const ATTENDEE_TITLES: readonly string[] = ['các đồng chí', 'đồng chí', 'đại diện', 'các vị'];
export const LEADER_WORDS: readonly string[] = ['lãnh đạo'];
export const MAX_ATTENDED_EVENT_WORDS = 4;

/** Prepositions between a count phrase and the bloc word (`09 đơn vị trong Khối: ...`). */
export const COUNT_TO_BLOC_LINKS: readonly string[] = ['trong', 'thuộc', 'của'];

/** Number words, for counts written in letters (`gồm sáu đơn vị`). `năm` is left out: it is far more often "year". */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10],
]);

/**
 * Words that mark a bloc word as generic rather than a name when they come right before it:
 * `các khối thi đua`, `16 khối thi đua`, `mỗi cụm`.
 */
export const PLURAL_MARKERS: readonly string[] = [
  'các', 'những', 'mỗi', 'từng', 'giữa', 'nhiều', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười',
];

/**
 * Category nouns that may start or continue a bloc's descriptive name
 * (`Khối thi đua các cơ quan Trung ương ...`, `Khối thi đua phòng, ban, đơn vị trực thuộc Sở`).
 */
export const BLOC_CATEGORY_NOUNS: readonly string[] = [
  'cơ quan', 'đơn vị', 'sở', 'ban', 'ngành', 'bộ', 'phòng', 'hội', 'đoàn thể', 'doanh nghiệp', 'trường',
  'tổ chức', 'huyện', 'thành phố', 'thị xã', 'xã', 'phường', 'quận', 'tỉnh', 'địa phương', 'công ty',
  'ngân hàng', 'tập đoàn', 'hợp tác xã', 'viện', 'trung tâm', 'cục', 'chi cục', 'vụ', 'văn phòng',
  'lực lượng', 'cơ sở', 'trường học', 'bệnh viện', 'báo', 'đài', 'mặt trận', 'đảng', 'đảng ủy',
];

/**
 * Lower-case words that continue a bloc's name after its capitalised part without ending it
 * (`Mặt trận và Đoàn thể tỉnh`, `Trung ương trên địa bàn tỉnh Ninh Thuận`,
 * `đơn vị trực thuộc Sở Nội vụ tỉnh`).
 */
export const BLOC_NAME_CONTINUATIONS: readonly string[] = [
  'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'trên', 'địa', 'bàn', 'trực', 'thuộc', 'các',
  'cơ', 'quan', 'đơn', 'vị', 'ngành', 'sở', 'ban', 'hội', 'đoàn', 'thể', 'trung', 'ương', 'nhà',
  'nước', 'cấp', 'khối', 'phía', 'và',
];

/**
 * Words that end a bloc's name or a member's name: verbs and time phrases that begin the
 * predicate (`Khối thi đua 8 tổ chức ...`, `Thị ủy Buôn Hồ đã tổ chức ...`,
 * `Khối Nội chính năm 2018`). Two-word entries are matched on two words.
 */
export const NAME_STOP_WORDS: readonly string[] = [
  'tổ chức', 'đã', 'đang', 'sẽ', 'vừa', 'có', 'gồm', 'bao gồm', 'là', 'được', 'bị', 'do', 'với',
  'tại', 'trong', 'của', 'năm', 'giai đoạn', 'nhiệm kỳ', 'lần', 'đợt', 'quý', 'tháng', 'tiến hành',
  'triển khai', 'thực hiện', 'ký kết', 'ký', 'sơ kết', 'tổng kết', 'họp', 'tiếp tục', 'thống nhất',
  'chủ trì', 'đồng chủ trì', 'phát động', 'hưởng ứng', 'đạt', 'nhận', 'trao', 'tặng', 'đề nghị',
  'bình xét', 'bầu', 'giao ban', 'làm', 'cần', 'phải', 'nhằm', 'để', 'cùng', 'cũng', 'góp phần',
  'báo cáo', 'thảo luận', 'dẫn đầu', 'gặp mặt', 'chia sẻ', 'đăng cai', 'theo', 'cho', 'về', 'sau',
  'trước', 'khi', 'đến', 'tham dự', 'dự', 'đánh giá', 'xét', 'ban hành', 'chuẩn bị', 'trình',
  'phấn đấu', 'quyết tâm', 'nhất trí', 'thông qua', 'ra', 'vào', 'hiện', 'nay', 'từ', 'mà', 'thì',
  'nên', 'nhưng', 'song', 'hoặc', 'hay', 'như', 'rất', 'luôn', 'đều', 'vẫn', 'bắt tay', 'diễn ra',
  'kết thúc', 'khai mạc', 'bế mạc', 'trao đổi', 'trưởng', 'phó',
];

/**
 * Nouns that hold one of the {@link NAME_STOP_WORDS} as a syllable and belong inside a unit's
 * name (`Ban Quản lý dự án đầu tư xây dựng các công trình giao thông`, `Liên hiệp các tổ chức
 * hữu nghị`): there the syllable is part of the noun, not a verb. Common compounds of the
 * Vietnamese lexicon as they appear in the names of project boards, schools and unions
 * (Decree 15/2021 on project management boards).
 */
export const NOUNS_HOLDING_STOP_WORDS: readonly string[] = [
  'dự án', 'dự toán', 'dự trữ', 'dự báo', 'tổ chức hữu nghị', 'tổ chức chính trị', 'tổ chức xã hội',
  'công trình', 'chương trình', 'quy trình', 'giáo trình', 'lộ trình', 'tiến trình', 'hành trình',
];

/**
 * Lower-case words that, opening a piece of a member list, show the list is over: the
 * guests and hosts that follow the members (`... và đại diện Ban Thi đua khen thưởng tỉnh`).
 */
export const GUEST_MARKERS: readonly string[] = [
  'đại diện', 'lãnh đạo', 'cùng', 'cùng với', 'đồng chí', 'các đồng chí', 'ông', 'bà', 'khách mời',
  'trong đó', 'ngoài ra', 'với', 'có', 'tham dự', 'dự', 'các đơn vị', 'các cơ quan',
];

/**
 * Words that join the last members of a list like `và` (`..., 731 và Đăk Uy cùng với Công ty
 * Hưng Việt`).
 */
export const LIST_JOINERS: readonly string[] = ['cùng với'];

/**
 * The word that, inside a sub-group of a counted list, opens the sub-group's names
 * (`11 đơn vị, trong đó có 3 công ty cao su là A, B và C; 2 đơn vị thuộc Binh đoàn 15 là D và E`).
 */
export const SUBGROUP_OPENER = 'là';

/**
 * Abbreviations after which a dot does not end the sentence (`TP. Gia Nghĩa`, `ThS. Nguyễn`).
 * Matched as written.
 */
export const DOTTED_ABBREVIATIONS: readonly string[] = ['TP', 'Tp', 'TX', 'TT', 'Th', 'ThS', 'TS', 'PGS', 'GS', 'BS', 'Q', 'P'];
