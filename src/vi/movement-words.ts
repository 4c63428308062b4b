/**
 * Words for reading emulation movements (`phong trào`, `cuộc vận động`) and campaigns (`đợt thi
 * đua`). Plain data; the reader is `src/entities/movements.ts`. The cue words are those of the
 * Law on Emulation and Commendation 2022 (Article 6: movements and campaigns) as articles use
 * them; the stop lists are the Vietnamese function words (time, place, owner, aspect) that close
 * a noun phrase. Lower case, matched word by word.
 */

/** Cues that make a following quoted name a movement. */
export const MOVEMENT_CUES: readonly string[] = ['phong trào', 'cuộc vận động'];
/** The cue of a campaign: a quote after it belongs to the campaign's name. */
export const CAMPAIGN_CUES: readonly string[] = ['đợt thi đua'];
/**
 * Cues that make a following quoted name something else: a theme, a contest, a title, a
 * document's subject, a fund, a quotation.
 */
export const OTHER_CUES: readonly string[] = [
  'chủ đề', 'khẩu hiệu', 'cuộc thi', 'hội thi', 'giải', 'danh hiệu', 'chương trình', 'đề án', 'dự án',
  'chỉ thị', 'nghị quyết', 'kế hoạch', 'quyết định', 'thông điệp', 'tiêu chí', 'mô hình', 'câu lạc bộ',
  'hội nghị', 'hội thảo', 'diễn đàn', 'chuyên đề', 'tác phẩm', 'cuốn sách', 'ngày hội', 'tuần lễ',
  'lễ', 'cờ', 'bằng khen', 'huân chương', 'giấy khen', 'công trình', 'tên gọi', 'gọi là', 'nội dung',
  'phát biểu', 'nhấn mạnh', 'cho rằng', 'khẳng định', 'cho biết', 'biểu ngữ', 'bài viết', 'hội diễn',
  'liên hoan', 'triển lãm', 'hội chợ', 'quỹ', 'về',
];

/** Words that end an unquoted name after a capitalised start: qualifiers of time, place, owner. */
export const UNQUOTED_NAME_ENDS: readonly string[] = ['giai đoạn', 'năm', 'trên địa bàn', 'trong', 'của', 'do', 'tại', 'nhằm', 'ở'];

/** Predicates that close a clause opened by `Cuộc vận động ...` (`... đã có trên 80% hộ ...`). */
export const CLAUSE_PREDICATES: readonly string[] = [
  'đã', 'đang', 'được', 'đạt', 'có', 'là', 'tiếp tục', 'ngày càng', 'mang lại', 'diễn ra', 'góp phần',
  'thu hút', 'đi vào', 'trở thành', 'tạo', 'luôn',
];

/** Verbs and aspect words that cannot stand inside an unquoted name. */
export const COPULAS: readonly string[] = ['là', 'đã', 'đang', 'được', 'sẽ', 'vừa', 'bị'];

/** First words that show an unquoted phrase is a description, not a name (`phong trào thi đua trên toàn huyện`). */
export const GENERIC_NAME_STARTS: readonly string[] = [
  'yêu nước', 'thi đua', 'của', 'trong', 'trên', 'tại', 'này', 'đó', 'năm', 'giai đoạn', 'các', 'những',
  'do', 'được', 'đã', 'với', 'và', 'ở', 'cấp', 'nói chung', 'nói riêng', 'hướng về', 'ngày càng',
];

/** First words after `đợt thi đua` that show no name follows (`đợt thi đua này`, `đợt thi đua năm 2020`). */
export const CAMPAIGN_GENERIC_STARTS: readonly string[] = [
  'này', 'đó', 'ấy', 'trên', 'năm', 'của', 'do', 'được', 'đã', 'và', 'với', 'trong', 'tại', 'lần', 'thứ',
  'nói', 'vừa', 'sắp', 'tới', 'nhằm', 'theo', 'là', 'có', 'sẽ', 'đang', 'cho', 'từ', 'đợt', 'thi đua',
  // A purpose right after the head is an unnamed drive (`đợt thi đua lập thành tích chào mừng
  // Đại hội`); a named one qualifies the head first (`đợt thi đua cao điểm ...`, `đặc biệt`).
  'lập thành tích', 'chào mừng',
];

/** Words that refer back (`đợt thi đua ... này`): trimmed from the end of a campaign's name. */
export const DEMONSTRATIVES: readonly string[] = ['này', 'đó', 'ấy', 'trên', 'nói'];

/** Words before `đợt thi đua` that make it plural or counted (`các đợt thi đua`, `hai đợt thi đua`). */
export const PLURAL_BEFORE_CAMPAIGN: readonly string[] = ['các', 'những', 'mỗi', 'từng', 'nhiều', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'số'];

/**
 * Cues before `thi đua` that make the quoted name after it something else than a movement:
 * a theme, a slogan, a title, an award (`chủ đề thi đua “...”`, `Cờ thi đua “...”`), or a campaign's
 * head (`đợt thi đua “100 ngày đêm” ...`: the quote opens the campaign's name).
 */
export const NOT_MOVEMENT_BEFORE_EMULATION: readonly string[] = ['đợt', 'chủ đề', 'khẩu hiệu', 'danh hiệu', 'cờ', 'giải', 'bằng khen', 'giấy khen'];

/** The words that introduce examples (`nhiều phong trào thiết thực như: A; B; C`). */
export const EXAMPLE_INTRODUCERS: readonly string[] = ['như', 'gồm', 'bao gồm', 'là'];

/** Words that make the noun after them plural (`nhiều phong trào`, `các cuộc vận động`). */
export const PLURAL_MARKERS: readonly string[] = ['nhiều', 'các', 'những'];

/** Tense and aspect markers that open a clause's predicate (`đã góp phần`, `đang triển khai`). */
export const TENSE_MARKERS: readonly string[] = ['đã', 'đang', 'sẽ', 'vừa'];
