import { describe, expect, it } from 'vitest';
import { extractEventDate } from '../../src/extract/event-date.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';


function ctxOf(publishedAt: string | null, referenceDate: Date | null = null): EntityContext {
  return { title: null, captions: [], publishedAt, referenceDate };
}

describe('extractEventDate: the lead date', () => {
  it.each<[string, string, string | null, string | null]>([
    ['full date opening the lead', 'Ngày 16/6/2021, Khối thi đua Mặt trận và Đoàn thể tỉnh tổ chức Hội nghị sơ kết.', null, '2021-06-16'],
    ['time of day and dashes, year from publication', '(CT) - Chiều 30-3, Cụm Thi đua số 1 tổ chức hội nghị tổng kết.', '2023-03-30T20:45:00+07:00', '2023-03-30'],
    ['dotted day and month', 'Sáng ngày 2.8, Cụm thi đua số 2 tổ chức hội nghị sơ kết công tác thi đua.', '2019-08-05', '2019-08-02'],
    ['time of day with ngày and year', 'Chiều ngày 19/01/2024, Khối thi đua phòng, ban tổ chức họp tổng kết.', null, '2024-01-19'],
    ['date after a leading clause', 'Thực hiện Kế hoạch hoạt động của Khối năm 2017; ngày 21 tháng 7 năm 2017, tại Sa Pa, Khối tổ chức Hội nghị.', null, '2017-07-21'],
    ['date glued to the previous sentence', 'Bằng khen: 202 tập thể và 441 cá nhân.Ngày 21/3/2019, Hội đồng họp.', null, '2019-03-21'],
    ['subject before the date', 'Ngoại trưởng Nga Sergei Lavrov ngày 16/8 có cuộc điện đàm với Ngoại trưởng Trung Quốc.', '2017-08-17', '2017-08-16'],
    ['today in parentheses', 'Sáng nay (2/8), đoàn công tác của tỉnh đến thăm huyện.', '2019-08-02', '2019-08-02'],
    ['yesterday with a publication date', '(QNO) - Hôm qua 12.5, UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND.', '2014-05-13', '2014-05-12'],
    ['a document date, then the event', 'Thực hiện kế hoạch số 06 KH – ĐKT ngày 25/3/2019 của Ban chỉ đạo. Sáng ngày 26/3/2019, Đoàn kiểm tra làm việc.', null, '2019-03-26'],
    ['an anniversary, then the event', 'Nhân kỷ niệm 72 năm ngày thương binh liệt sỹ 27/7/1947- 27/7/2019, ngày 22/7 bà Nguyễn Thị Hoa đến thăm.', '2019-07-27', '2019-07-22'],
    ['before publication across new year', 'Ngày 28/12, UBND tỉnh tổ chức hội nghị.', '2019-01-03', '2018-12-28'],
    ['announced shortly after publication across new year', 'Ngày 2/1, Bệnh viện sẽ chính thức khai trương.', '2019-12-30', '2020-01-02'],
  ])('%s', (_name, lead, publishedAt, expected) => {
    expect(extractEventDate(bodyOf(...[lead, 'Đoạn thứ hai không có ngày.']), ctxOf(publishedAt))).toBe(expected);
  });
});

describe('extractEventDate: year from the event sentence when there is no publication date', () => {
  it.each<[string, string, string | null]>([
    ['a year-end review in December', 'Ngày 12/12, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức hội nghị xét thưởng thành tích tổng kết năm 2022.', '2022-12-12'],
    ['a year-end review in January belongs to the next year', 'Chiều ngày 19/01, Khối thi đua tổ chức họp tổng kết phong trào thi đua năm 2023.', '2024-01-19'],
    ['two consecutive years in January', 'Chiều 11-1, Ủy ban tổ chức tổng kết công tác năm 2018 và triển khai nhiệm vụ năm 2019.', '2019-01-11'],
    ['first half of a year', 'Sáng 10/7, huyện sơ kết 6 tháng đầu năm 2019.', '2019-07-10'],
    ['a congress opens its term', 'Sáng 20/10, Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kỳ 2023-2028 khai mạc.', '2023-10-20'],
    ['a session inside a term says nothing', 'Sáng ngày 11/12 Kỳ họp đã bầu Phó Trưởng Ban HĐND tỉnh khóa III, nhiệm kỳ 2016-2021.', null],
    ['a school year', 'Sáng 5/9, trường tổ chức khai giảng năm học 2019-2020.', '2019-09-05'],
    ['a bare period says nothing', 'Sáng 5/9, tỉnh triển khai kế hoạch 5 năm 2021-2025.', null],
    ['no year anywhere', '(QNO) - Hôm qua 12.5, UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND.', null],
    ['the year of another sentence does not count', 'Sáng 5/9, tỉnh họp. Năm 2019 là năm bản lề.', null],
  ])('%s', (_name, lead, expected) => {
    expect(extractEventDate(bodyOf(...[lead]), ctxOf(null))).toBe(expected);
  });

  it('uses the reference date last', () => {
    const reference = new Date(Date.UTC(2020, 5, 1, 20, 0)); // 2 June 2020, 03:00 in Vietnam
    expect(extractEventDate(bodyOf(...['Chiều 15/4, đoàn công tác làm việc tại huyện.']), ctxOf(null, reference))).toBe('2020-04-15');
  });
});

describe('extractEventDate: dates that are not the event date', () => {
  it.each<[string, string, string | null]>([
    ['a document issue date', 'Thực hiện Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh, Khối thi đua đã triển khai.', '2021-06-18'],
    ['a document named by type', 'Khiếu nại đối với Biên bản ngày 26/3/2019 của UBND thị trấn Kiến Đức.', '2019-07-26'],
    ['a document number without số', 'Nghị định 58/2019/NĐ-CP ngày 1/7/2019 quy định mức trợ cấp.', '2019-08-01'],
    ['issued on and in force from', 'Nghị định được ban hành ngày 13/03/2019, có hiệu lực từ ngày 01/05/2019.', '2019-08-01'],
    ['a period', 'Thời gian tổ chức đợt thi đua trong vòng 30 ngày, từ ngày 7-4 đến ngày 7-5-2019.', '2019-07-26'],
    ['a deadline', 'Các đơn vị gửi báo cáo trước ngày 15/12/2019.', '2019-08-01'],
    ['until the end of a day', 'Hội chợ diễn ra đến hết ngày 02/11/2017.', '2017-10-01'],
    ['an anniversary in parentheses', 'Nhân kỷ niệm 72 năm Ngày Thương binh - Liệt sĩ (27/7/1947 – 27/7/2019), Đoàn công tác đến thăm.', '2019-07-27'],
    ['a holiday', 'Dịp nghỉ Giỗ Tổ Hùng Vương, Lễ 30-4 và 1-5 năm nay kéo dài năm ngày.', '2023-05-01T18:03:00+07:00'],
    ['a named day', 'Huyện hưởng ứng Ngày Môi trường thế giới 5/6 năm 2019.', '2019-06-10'],
    ['a quotation', 'Chủ đề “Ngày 5/6 vì môi trường xanh” được chọn cho năm nay.', '2019-06-10'],
    ['a side event', 'Trước đó, sáng ngày 10/12, phiên họp chất vấn diễn ra dân chủ.', '2020-12-12'],
    ['a fraction', 'Đến nay các xã đã đạt 11/12 tiêu chí nông thôn mới.', '2019-08-01'],
    ['a week of a month', 'Kết quả xử lý đơn thư tuần 1 tháng 5 năm 2019 như sau.', '2019-08-01'],
    ['a month only', 'Đề án được tổ chức thực hiện vào tháng 1/2018 tại các xã.', '2019-08-01'],
    ['no date at all', 'Theo quyết định mới đây, toàn tỉnh hiện có 2 cụm và 16 khối thi đua.', '2024-03-01'],
    ['29 February of a common year', 'Ngày 29/2, UBND tỉnh tổ chức hội nghị.', '2019-03-05'],
  ])('%s', (_name, lead, publishedAt) => {
    expect(extractEventDate(bodyOf(...[lead]), ctxOf(publishedAt))).toBeNull();
  });
});

describe('extractEventDate: which paragraphs form the lead', () => {
  it.each<[string, string[], string | null]>([
    ['a sub-heading before the lead', ['Cơ hội mới cho ngành du lịch', 'Sáng 17/4, tại Trung tâm Hội nghị tỉnh đã diễn ra Lễ khai mạc hội thi thể thao các dân tộc thiểu số.'], '2019-04-17'],
    ['a date only in the second prose paragraph', ['Kỳ họp thứ 8, HĐND tỉnh Đắk Nông khóa III vừa qua đã thông qua nhiều nghị quyết quan trọng trong các lĩnh vực.', 'Sáng 17/4, tại Trung tâm Hội nghị tỉnh đã diễn ra hội thi.'], null],
    ['an empty body', [], null],
    ['empty paragraphs are skipped', ['', 'Ngày 16/6/2021, Khối thi đua tổ chức Hội nghị.'], '2021-06-16'],
  ])('%s', (_name, paragraphs, expected) => {
    expect(extractEventDate(bodyOf(...paragraphs), ctxOf('2019-08-05'))).toBe(expected);
  });

  it('splits body.text when no paragraphs are given', () => {
    const body: BodyView = { text: 'Cơ hội mới\n\nNgày 16/6/2021, Khối thi đua tổ chức Hội nghị.', paragraphs: [] };
    expect(extractEventDate(body, ctxOf(null))).toBe('2021-06-16');
  });
});

describe('extractEventDate: runs of days, historical days, leads without the date', () => {
  it.each<[string, string[], string | null]>([
    ['a run of two days starts on the first', ['Ngày 01-02/4/2019, tại Hà Nội, Ban Chấp hành Trung ương Hội khai mạc Hội nghị lần thứ 2.'], '2019-04-01'],
    ['từ ngày … đến ngày …: a congress of two days', ['Từ ngày 28 đến ngày 29/7/2020, tại thành phố Vinh, UBND tỉnh tổ chức Đại hội Thi đua yêu nước.'], '2020-07-28'],
    ['a month-long run is a period', ['Từ ngày 1 đến ngày 30/6/2020, các đơn vị tổ chức tháng hành động.'], null],
    ['a founding day the article later marks as an anniversary', ['Ngày 28.7.1929, tại Hà Nội, Công hội Đỏ Bắc Kỳ được thành lập.', 'Tại lễ kỷ niệm 90 năm Ngày thành lập Công đoàn Việt Nam (28.7.1929 - 28.7.2019), Thủ tướng trao Huân chương.'], null],
    ['a lead citing the basis, then the paragraph that opens with the date', ['Thực hiện Hướng dẫn số 62/HD-MT ngày 23/2/2013 của Ban Thường trực Ủy ban MTTQ Việt Nam về công tác thi đua năm 2013.', 'Sáng ngày 25/02/2013, tại thành phố Pleiku, Cụm thi đua số 01 tổ chức hội nghị ký kết giao ước thi đua.'], '2013-02-25'],
    ['a server message in ASCII is not the lead', ['Cannot retrieve the URL specified in the Content Link property. For more assistance, contact your site administrator.', 'Chiều 08/01/2019, Khối Thi đua các sở, ngành Tổng hợp tổ chức Hội nghị tổng kết.'], '2019-01-08'],
    ['a short headline sentence, then the paragraph that opens with the date', ['Hội Nông dân tỉnh An Giang nhận Cờ thi đua.', 'Ngày 5/4/2019, tại Hà Nội, Trung ương Hội trao Cờ thi đua cho các tỉnh.'], '2019-04-05'],
    ['after a short headline, a date inside the next paragraph is not taken', ['Hội Nông dân tỉnh An Giang nhận Cờ thi đua.', 'Tại hội nghị ngày 5/4/2019, Trung ương Hội trao Cờ thi đua.'], null],
  ])('%s', (_name, paragraphs, expected) => {
    expect(extractEventDate(bodyOf(...paragraphs), ctxOf(null))).toBe(expected);
  });
});

describe('extractEventDate: hostile inputs finish with sane results', () => {
  it.each<[string, () => string[], string | null]>([
    ['100,000 × "ngày "', () => ['ngày '.repeat(100_000)], null],
    ['100,000 × "1/1/"', () => ['1/1/'.repeat(100_000)], null],
    ['1 MB of digits and dots', () => ['1234567890.'.repeat(100_000)], null],
    ['thousands of weekdays', () => ['Thứ hai, '.repeat(20_000)], null],
    ['open brackets before a date', () => [`${'('.repeat(100_000)}Ngày 5/6/2019, đoàn làm việc.`], null],
    ['closed brackets before a date', () => [`${'()'.repeat(100_000)}Ngày 5/6/2019, đoàn làm việc.`], '2019-06-05'],
    // 75,000 words of excluded dates: the event stays within the readers' cap (MAX_READ_WORDS).
    ['many excluded dates then an event', () => [`${'từ ngày 1/1/2020 '.repeat(15_000)}. Ngày 5/6/2019, đoàn làm việc.`], '2019-06-05'],
    ['a huge sentence of years', () => [`Ngày 5/6, ${'năm 2019 '.repeat(100_000)}`], '2019-06-05'],
    ['a huge sentence of mixed years', () => [`Ngày 5/6, ${'năm 2019 năm 2021 '.repeat(50_000)}`], null],
    ['many document numbers', () => [`${'số 12/KH-UBND '.repeat(50_000)}ngày 5/6/2019`], null],
    ['thousands of paragraphs', () => Array.from({ length: 20_000 }, () => 'Cơ hội'), null],
  ])('%s', (_name, make, expected) => {
    expect(extractEventDate(bodyOf(...make()), ctxOf(null))).toBe(expected);
  });

  it('an unclosed quote before 50,000 dates (the quote is only remembered for a bounded stretch)', () => {
    const result = extractEventDate(bodyOf(...[`“${'ngày 1/1/2020 '.repeat(50_000)}`]), ctxOf(null));
    expect(result === null || result === '2020-01-01').toBe(true);
  });
});
