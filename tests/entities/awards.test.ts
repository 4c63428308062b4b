import { describe, expect, it } from 'vitest';
import { extractAwards } from '../../src/entities/awards.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import type { Award } from '../../src/schema/record.js';
import { AWARD_FORMS } from '../../src/vi/award-forms.js';
import { bodyOf } from '../helpers/body.js';

const ctx: EntityContext = { title: null, captions: [], publishedAt: null, referenceDate: null };


const run = (...paragraphs: string[]): Award[] => extractAwards(bodyOf(...paragraphs), ctx);

describe('extractAwards: one form', () => {
  it.each<[string, string, Partial<Award>]>([
    ['a flag with a listed count', 'Năm nay có Cờ thi đua của UBND tỉnh: 37 tập thể; còn lại là giấy tờ.', { type: 'Cờ thi đua', conferredBy: 'UBND tỉnh', count: 37, raw: 'Cờ thi đua của UBND tỉnh: 37 tập thể' }],
    ['a certificate for a stated number', 'Dịp này, Chủ tịch UBND tỉnh tặng bằng khen cho 12 tập thể có thành tích xuất sắc.', { type: 'Bằng khen', conferredBy: 'Chủ tịch UBND tỉnh', count: 12 }],
    ['a certificate for collectives and individuals', 'UBND huyện tặng giấy khen cho 9 tập thể và 31 cá nhân.', { type: 'Giấy khen', conferredBy: 'UBND huyện', count: null }],
    ['a certificate of the Prime Minister', 'Bà Lan được nhận bằng khen của Thủ tướng Chính phủ.', { type: 'Bằng khen', conferredBy: 'Thủ tướng Chính phủ' }],
    ['an order with its class', 'Có 01 cá nhân được tặng thưởng Huân chương Lao động hạng Ba.', { type: 'Huân chương Lao động hạng Ba', count: 1 }],
    ['an order with a Roman class', 'Huyện vinh dự đón nhận Huân chương lao động hạng II.', { type: 'Huân chương lao động hạng II' }],
    ['the national emulation title', 'Năm 2020, 02 cá nhân đạt danh hiệu Chiến sỹ thi đua toàn quốc.', { type: 'Chiến sỹ thi đua toàn quốc', count: 2 }],
    ['a provincial emulation title', 'Hội đồng xét Chiến sĩ thi đua cấp tỉnh: 44 cá nhân.', { type: 'Chiến sĩ thi đua cấp tỉnh', count: 44 }],
    ['a collective title', 'Có danh hiệu Tập thể Lao động xuất sắc: 95 tập thể.', { type: 'Tập thể Lao động xuất sắc', count: 95 }],
    [
      'a proposal in quotes for a named unit',
      'Khối thống nhất đề nghị Chủ tịch UBND tỉnh tặng danh hiệu “Cờ thi đua” cho tập thể Văn phòng Sở Tư pháp và bầu Khối trưởng năm sau.',
      { type: 'Cờ thi đua', conferredBy: 'Chủ tịch UBND tỉnh', recipients: ['Văn phòng Sở Tư pháp'], count: null },
    ],
    [
      'a ministry flag completed from the proposing clause',
      'Cụm thống nhất trình Bộ Y tế khen thưởng Cờ thi đua Bộ cho 2 tập thể dẫn đầu là Sở Y tế An Giang và Sở Y tế Kiên Giang; còn lại được biểu dương.',
      { type: 'Cờ thi đua', conferredBy: 'Bộ Y tế', count: 2, recipients: ['Sở Y tế An Giang', 'Sở Y tế Kiên Giang'] },
    ],
    ['a recipient named after cho', 'Bằng khen của Bộ trưởng Bộ Công Thương cho Sở Công Thương Đồng Tháp do có thành tích xuất sắc.', { conferredBy: 'Bộ trưởng Bộ Công Thương', recipients: ['Sở Công Thương Đồng Tháp'] }],
    ['a receiving subject', 'Hội Khuyến học nhận Cờ thi đua Chính phủ.', { type: 'Cờ thi đua', conferredBy: 'Chính phủ', recipients: ['Hội Khuyến học'] }],
    ['a ministry with và in its name', 'Có 01 tập thể được nhận Cờ thi đua của Bộ Giáo dục và Đào tạo; 3 cá nhân khác.', { conferredBy: 'Bộ Giáo dục và Đào tạo', count: 1 }],
    ['an honorary title being conferred', 'Thầy Nam được phong tặng danh hiệu Nhà giáo Ưu tú năm 2023.', { type: 'Nhà giáo Ưu tú' }],
    ['a bare flag with its conferrer', 'Khối đề nghị 02 đơn vị nhận cờ của Thủ tướng Chính phủ.', { type: 'Cờ thi đua', conferredBy: 'Thủ tướng Chính phủ' }],
    ['a quoted prize, its edition left out', 'UBND tỉnh tặng bằng chứng nhận “Giải thưởng Doanh nhân tiêu biểu tỉnh lần thứ hai, năm 2020” cho 20 cá nhân.', { type: 'Giải thưởng Doanh nhân tiêu biểu tỉnh', count: 20 }],
    ['a named commemorative medal', 'Ban tặng Kỷ niệm chương “Vì sự nghiệp Thi đua - Khen thưởng” cho 5 cá nhân.', { type: 'Kỷ niệm chương Vì sự nghiệp Thi đua - Khen thưởng', count: 5 }],
  ])('%s', (_name, text, expected) => {
    const awards = run(text);
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject(expected);
  });

  it('gives the span of the words it was read from', () => {
    const b = bodyOf('Mở đầu.', 'Nhân dịp này, Sở Nội vụ đã tặng Giấy khen cho 3 tập thể.');
    const [award] = extractAwards(b, ctx);
    const [s, e] = award?.span ?? [0, 0];
    expect(b.text.slice(s, e)).toBe('Sở Nội vụ đã tặng Giấy khen cho 3 tập thể');
    expect(award?.raw).toBe(b.text.slice(s, e));
  });
});

describe('extractAwards: several forms', () => {
  it('shares what follows between forms joined by và', () => {
    const awards = run('Tại đại hội UBND tỉnh Đắk Lắk đã trao tặng cờ thi đua và bằng khen cho 7 tập thể đạt danh hiệu lao động xuất sắc.');
    expect(awards.map((a) => [a.type, a.conferredBy, a.count])).toEqual([
      ['Cờ thi đua', 'UBND tỉnh Đắk Lắk', 7],
      ['Bằng khen', 'UBND tỉnh Đắk Lắk', 7],
    ]);
  });

  it('reports a form once, whatever its qualifiers', () => {
    const awards = run('Bằng khen toàn diện và Bằng khen phong trào: 120 tập thể và 300 cá nhân.');
    expect(awards).toHaveLength(1);
    expect(awards[0]).toMatchObject({ type: 'Bằng khen', count: null });
  });

  it('reads a list of forms with their counts', () => {
    const awards = run(
      'Kết quả có 01 cá nhân được tặng thưởng Huân chương Lao động hạng III; 01 cá nhân được nhận Huân chương Kháng chiến hạng Nhì; 02 tập thể được nhận Cờ thi đua của Chính phủ.',
    );
    expect(awards.map((a) => [a.type, a.count])).toEqual([
      ['Huân chương Lao động hạng III', 1],
      ['Huân chương Kháng chiến hạng Nhì', 1],
      ['Cờ thi đua', 2],
    ]);
  });

  it('drops the qualifier of an excellent flag', () => {
    const [award] = run('Hội đồng thông qua đề nghị khen thưởng cờ thi đua xuất sắc của UBND tỉnh cho 48 đơn vị dẫn đầu các cụm.');
    expect(award).toMatchObject({ type: 'Cờ thi đua', conferredBy: 'UBND tỉnh', count: 48 });
  });

  it('keeps two conferrers of one form apart', () => {
    const awards = run('02 tập thể nhận Cờ thi đua của Chính phủ; 05 tập thể nhận Cờ thi đua của UBND tỉnh.');
    expect(awards.map((a) => a.conferredBy)).toEqual(['Chính phủ', 'UBND tỉnh']);
  });

  it('reads proposed State titles in quotes', () => {
    const awards = run('Hội đồng xem xét việc xét tặng danh hiệu “Anh hùng Lực lượng vũ trang nhân dân,” “Anh hùng Lao động” cho các tập thể, cá nhân.');
    expect(awards.map((a) => a.type)).toEqual(['Anh hùng Lực lượng vũ trang nhân dân', 'Anh hùng Lao động']);
  });
});

describe('extractAwards: not awards', () => {
  it.each<[string, string]>([
    ['a movement', 'Các đơn vị hưởng ứng phong trào thi đua “Cả nước chung sức xây dựng nông thôn mới”.'],
    ['emulation as a topic', 'Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm.'],
    ['the emulation council', 'Hội đồng Thi đua - Khen thưởng tỉnh họp phiên thứ nhất; Ban Thi đua - Khen thưởng tham dự.'],
    ['a form of address', 'Nhà giáo Ưu tú Nguyễn Văn An phát biểu tại hội nghị.'],
    ['a bare excellence rating', 'Trường đạt danh hiệu lao động xuất sắc.'],
    ['commendation with no form', 'UB MTTQ huyện đã khen thưởng cho 5 tập thể và 8 cá nhân.'],
    ['an event named after a title', 'Tỉnh tổ chức Hội nghị Chiến sĩ thi đua lần thứ nhất.'],
    ['sports medals', 'Ban tổ chức trao 11 bộ huy chương vàng, bạc, đồng cho các vận động viên.'],
  ])('ignores %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extractAwards: hostile input finishes', () => {
  const cases: [string, string][] = [
    ['100,000 repetitions of "số 1/"', 'số 1/'.repeat(100_000)],
    ['1 MB of digits', '1'.repeat(1_000_000)],
    ['thousands of quote marks', '“'.repeat(300_000) + '"'.repeat(300_000)],
    ['a 1 MB single word', 'a'.repeat(1_000_000)],
    ['conferrers without end', 'Bằng khen của '.repeat(60_000)],
    ['a group without end', 'cờ thi đua và '.repeat(70_000)],
    ['counts without end', 'Bằng khen cho 1 tập thể và '.repeat(40_000)],
    ['orders without end', 'Huân chương Lao động hạng '.repeat(40_000)],
    ['verbs without end', 'UBND tỉnh tặng '.repeat(60_000)],
    ['1 MB of spaces', `Bằng khen${' '.repeat(1_000_000)}cho`],
    ['titles in quotes without end', 'danh hiệu “Anh hùng Lao động” '.repeat(30_000)],
    ['digits and units without end', '12 tập thể '.repeat(80_000)],
    ['bracketed abbreviations without end', `Bằng khen của UBND ${'(AB) '.repeat(200_000)}`],
    ['60,000 named recipients', `Bằng khen cho ${Array.from({ length: 60_000 }, (_, i) => `Sở A${i}`).join(', ')}`],
    ['30,000 awards of one form', Array.from({ length: 30_000 }, (_, i) => `Bằng khen cho Sở B${i}`).join('; ')],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(Array.isArray(run(text))).toBe(true);
  });
});

describe('award table', () => {
  it('writes every variant in lower case', () => {
    for (const f of AWARD_FORMS) for (const v of f.variants) expect(v).toBe(v.toLowerCase());
  });
});

describe('extractAwards: the headline', () => {
  // hatinh-snv-70nam-bnv-2015: the body only alludes to the order the headline names.
  const title = 'Lễ kỷ niệm 70 năm ngày thành lập Bộ Nội vụ và đón nhận Huân chương Hồ Chí Minh';
  const withTitle: EntityContext = { ...ctx, title };

  it('names a form the body does not, with no span', () => {
    const got = extractAwards(bodyOf('Sáng 28/8, Bộ Nội vụ tổ chức lễ kỷ niệm.', 'Đây là phần thưởng cao quý.'), withTitle);
    expect(got.map((a) => [a.type, a.span])).toEqual([['Huân chương Hồ Chí Minh', null]]);
  });

  it('restating a form the body names adds nothing', () => {
    const got = extractAwards(bodyOf('Chủ tịch nước trao tặng Huân chương Hồ Chí Minh cho Bộ Nội vụ.'), withTitle);
    expect(got.map((a) => a.type)).toEqual(['Huân chương Hồ Chí Minh']);
    expect(got[0]?.span).not.toBeNull();
  });
});
