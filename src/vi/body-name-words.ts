/**
 * Words for reading the name of a public body in running text (the issuer of a document, the
 * conferrer of an award, the agent of a clause): the verbs, prepositions and time words that
 * end a name, and the complements that do not. Plain data; the reader is
 * `src/entities/documents/phrases.ts`. Source: Vietnamese grammar (Từ điển tiếng Việt, Hoàng
 * Phê chủ biên, for the function words) and the verbs of issuing and regulating of Decree
 * 30/2020/NĐ-CP (`ban hành`, `quy định`, `hướng dẫn`, `phê duyệt`, `sửa đổi, bổ sung`).
 */

/**
 * Words and pairs of words that end a body's name when they follow it: verbs of issuing
 * and regulating, prepositions, time words. Lower case.
 */
export const BODY_NAME_STOPS: readonly string[] = [
  'về', 'về việc', 'quy định', 'qui định', 'hướng dẫn', 'ban hành', 'phê duyệt', 'tặng', 'trao', 'trao tặng',
  // Not `thưởng` alone: it is the second syllable of `Thi đua - Khen thưởng` in body names.
  'khen thưởng', 'tặng thưởng', 'phát động', 'thực hiện', 'triển khai', 'sửa đổi', 'bổ sung', 'điều chỉnh',
  'kéo dài', 'theo', 'tại', 'cho', 'đối với', 'nhằm', 'để', 'trong', 'với', 'đã', 'đang', 'sẽ', 'vừa',
  'mới', 'mới đây', 'là', 'thì', 'được', 'bị', 'có', 'ngày', 'năm', 'tháng', 'giai đoạn', 'nhiệm kỳ',
  'từ', 'đến', 'do', 'khi', 'nên', 'mà', 'nhưng', 'hoặc', 'trên', 'gồm', 'như', 'cần', 'phải', 'sau',
  'trước', 'ký', 'công nhận', 'thành lập', 'giao', 'yêu cầu', 'đề nghị', 'trình', 'này', 'đó', 'vì',
  'bởi', 'qua', 'đạt', 'nhận', 'xét', 'đón', 'kèm', 'tổ chức', 'phối hợp', 'chỉ đạo', 'nêu', 'xác định',
  'đề ra', 'ghi', 'áp dụng', 'tiếp tục', 'đẩy mạnh', 'tăng cường', 'hỗ trợ', 'gửi', 'số',
  'sáng', 'chiều', 'tối', 'hôm', 'vào', 'rằng', 'cũng', 'đều', 'nhất trí', 'thống nhất', 'thông qua',
  'tham mưu', 'giải quyết', 'xử lý', 'xem xét', 'quyết định', 'phê chuẩn', 'công bố', 'thông báo',
  'khoảng', 'hơn', 'gần', 'dưới', 'tới', 'ngay', 'nay',
];

/**
 * Capitalised words that still end a body's name: verbs of regulating written with a
 * capital as the start of a title (`của Chính phủ Quy định chế độ tự chủ`).
 */
export const CAPITALISED_BODY_NAME_STOPS: readonly string[] = ['Quy định', 'Qui định', 'Hướng dẫn', 'Ban hành', 'Về việc', 'V/v'];

/** The stop words that, right after a generic head (`Ban`, `Hội đồng`, `Ủy ban`, `Tổ`), are its complement (`Ban tổ chức`, `Hội đồng khen thưởng`), not a verb. */
export const HEAD_COMPLEMENTS: readonly string[] = ['tổ chức', 'chỉ đạo', 'khen thưởng', 'phối hợp', 'xét'];

/** Lower-case words after which a comma does not end a body's name (`các bộ, ngành`). */
export const COMMA_CONTINUATIONS: readonly string[] = ['ngành', 'đoàn thể', 'địa phương', 'cơ quan', 'đơn vị'];

/**
 * Lower-case words that come between an agent and what it does (`đề nghị Chủ tịch UBND
 * tỉnh tặng`, `Tại đại hội UBND tỉnh ... tặng`): the agent begins after the last of them.
 */
export const AGENT_STOPS: readonly string[] = [
  'đề nghị', 'trình', 'tại', 'theo', 'thống nhất', 'thông qua', 'là', 'được', 'cho', 'với', 'để', 'khi',
  'sau', 'trước', 'đồng thời', 'nhất trí', 'quyết định', 'đề xuất', 'kiến nghị', 'qua', 'và', 'của',
  'hôm qua', 'hôm nay', 'vừa qua', 'mới đây', 'dịp', 'nhân dịp', 'này', 'đó', 'trong', 'về', 'đã', 'vừa',
];
