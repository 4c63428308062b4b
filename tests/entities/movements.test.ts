import { describe, expect, it } from 'vitest';
import { extractMovements } from '../../src/entities/movements.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';


function ctxOf(title: string | null = null): EntityContext {
  return { title, captions: [], publishedAt: null, referenceDate: null };
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly title?: string;
  /** Expected `kind: name` pairs, in order. */
  readonly want: readonly string[];
}

const cases: readonly Case[] = [
  {
    // thaibinh-khoi-tonghop-kyket-2019: unquoted names separated by semicolons.
    name: 'unquoted examples after a plural movement cue and `như:`',
    text: 'Các đơn vị trong Khối đã triển khai thực hiện nhiều phong trào thiết thực như: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; doanh nghiệp Việt Nam hội nhập và phát triển; cả nước chung sức xây dựng nông thôn mới. Năm 2019, Khối tiếp tục.',
    want: ['movement: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', 'movement: doanh nghiệp Việt Nam hội nhập và phát triển', 'movement: cả nước chung sức xây dựng nông thôn mới'],
  },
  {
    // dongthap-caolanh-cum1-tongket-2020: `thi đua` opening an item is dropped; a model is not a movement.
    name: 'examples: a leading `thi đua` dropped, a `mô hình` left out, `v.v` trimmed',
    text: 'TP đã phát động nhiều phong trào thi đua được Nhân dân đồng thuận như: Mô hình xuống phố về làng; thi đua Dân vận khéo; Cổng trường an toàn giao thông.v.v. TP khác phát động.',
    want: ['movement: Dân vận khéo', 'movement: Cổng trường an toàn giao thông'],
  },
  {
    // daksong-dai-hoi-thi-dua-yeu-nuoc-iv-2020: the examples are of the results, not of the movements.
    name: 'examples after a predicate (`đã góp phần ... như:`) are not movements',
    text: 'Từ các phong trào thi đua đã góp phần vào thành tựu của huyện như: tổng giá trị sản xuất đạt trên 5.000 tỷ đồng; thu nhập bình quân tăng.',
    want: [],
  },
  {
    name: 'examples of people after a singular cue are not movements',
    text: 'Cũng từ cuộc vận động đã xuất hiện nhiều điển hình tiên tiến như: cựu chiến binh Lê Văn Kiểm lập Quỹ Khuyến học; Cựu chiến binh Nông Đức giúp hộ nghèo.',
    want: [],
  },
  {
    // danang-camle-cum-quanhuyen-2020, laodongthudo-cum1-ldld-2025
    name: 'a name quoted right after the bare word `thi đua`',
    text: 'Các quận tiếp tục thực hiện tốt các nội dung thi đua “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”, chương trình Thành phố 4 an.',
    want: ['movement: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh'],
  },
  {
    name: 'a theme or an award before `thi đua` is not a movement',
    text: 'Năm 2019, với chủ đề thi đua “Đồng thuận cao, thi đua giỏi”, UBND tỉnh tặng Cờ thi đua “Đơn vị dẫn đầu” cho Sở.',
    want: [],
  },
  {
    // dongthap-caolanh-cum1-tongket-2020
    name: 'a thematic movement: `chuyên đề` right after the movement cue',
    text: 'Các đơn vị phát động phong trào thi đua chuyên đề: “Tăng cường chỉnh trang quy hoạch, quản lý và phát triển đô thị”.',
    want: ['movement: Tăng cường chỉnh trang quy hoạch, quản lý và phát triển đô thị'],
  },
  {
    // quangnam-hcc-cothidua-bactramy-2023
    name: 'a bloc led in a movement is not a movement',
    text: 'Văn phòng Huyện ủy đã dẫn đầu phong trào thi đua Khối 01 huyện Bắc Trà My năm 2023;',
    want: [],
  },
  {
    name: 'an unnamed drive (`đợt thi đua lập thành tích chào mừng ...`) is not a campaign',
    text: 'TP.Sa Đéc phát động đợt thi đua lập thành tích chào mừng Đại hội Đảng bộ, nhiệm kỳ 2020-2025.',
    want: [],
  },
  {
    name: 'a list after one introducer: each name counts',
    text: 'Các đơn vị hưởng ứng nhiều phong trào thi đua: “Xanh - sạch - đẹp”, “Dân vận khéo”, “Ngày thứ bảy tình nguyện”.',
    want: ['movement: Xanh - sạch - đẹp', 'movement: Dân vận khéo', 'movement: Ngày thứ bảy tình nguyện'],
  },
  {
    name: 'a cuộc vận động in quotes, cue a few words before',
    text: 'Hội nghị bàn cách thực hiện cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” trong năm.',
    want: ['movement: Người Việt Nam ưu tiên dùng hàng Việt Nam'],
  },
  {
    name: 'a theme is not a movement',
    text: 'Năm nay, với chủ đề thi đua: “Đoàn kết, đổi mới, phát triển”, các đơn vị tiếp tục đẩy mạnh phong trào thi đua yêu nước.',
    want: [],
  },
  {
    name: 'a contest, an award title and a document subject are not movements',
    text: 'Đoàn tổ chức cuộc thi “Tìm hiểu lịch sử Đảng bộ tỉnh”. Hai tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”. Thực hiện Chỉ thị số 05-CT/TW về “Đẩy mạnh học tập và làm theo tư tưởng”.',
    want: [],
  },
  {
    name: 'a quotation with no cue is not a movement',
    text: 'Ông nhấn mạnh: “Các đơn vị cần quyết liệt hơn trong thời gian tới”.',
    want: [],
  },
  {
    name: 'an item missing its opening quote inside a list',
    text: 'Các đơn vị tiếp tục thực hiện các phong trào thi đua: “Chung tay vì người nghèo”, Doanh nghiệp hội nhập và phát triển”, “Cải cách hành chính”,....',
    want: ['movement: Chung tay vì người nghèo', 'movement: Doanh nghiệp hội nhập và phát triển', 'movement: Cải cách hành chính'],
  },
  {
    name: 'a name right after the cue with only a closing quote',
    text: 'Kết quả khả quan. Phong trào thi đua Nông dân chung tay xây dựng quê hương, giữ gìn bản sắc”... được nhân rộng.',
    want: ['movement: Nông dân chung tay xây dựng quê hương, giữ gìn bản sắc'],
  },
  {
    name: 'an opening quote never closed before the next name',
    text: 'Hội phát động phong trào “Thanh niên lập nghiệp và “Tuổi trẻ giữ nước” trong đoàn viên.',
    want: ['movement: Thanh niên lập nghiệp', 'movement: Tuổi trẻ giữ nước'],
  },
  {
    name: 'straight quotes, an unclosed theme before, a time qualifier between names',
    text: 'Thực hiện theo Chủ đề "Thi đua đổi mới do Tỉnh phát động và các phong trào thi đua "Toàn dân bảo vệ an ninh Tổ quốc" giai đoạn 2021-2025, "Vì người nghèo - Không để ai bị bỏ lại phía sau",...',
    want: ['movement: Toàn dân bảo vệ an ninh Tổ quốc', 'movement: Vì người nghèo - Không để ai bị bỏ lại phía sau'],
  },
  {
    name: 'doubled single quotes',
    text: 'Hội biểu dương các điển hình trong phong trào thi đua ‘‘Cựu chiến binh gương mẫu’’ giai đoạn 2019-2024.',
    want: ['movement: Cựu chiến binh gương mẫu'],
  },
  {
    name: 'two campaigns, each to the end of its clause',
    text: 'Các đơn vị tập trung vào đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam và đợt thi đua đặc biệt hướng tới Đại hội Đảng bộ tỉnh lần thứ XV. Kết quả tốt.',
    want: [
      'campaign: đợt thi đua cao điểm chào mừng kỷ niệm 50 năm Ngày giải phóng miền Nam',
      'campaign: đợt thi đua đặc biệt hướng tới Đại hội Đảng bộ tỉnh lần thứ XV',
    ],
  },
  {
    name: 'a campaign whose name opens with a quote; the quote is not a movement',
    text: 'Huyện phát động đợt thi đua “100 ngày đêm” chào mừng Đại hội Đảng bộ huyện.',
    want: ['campaign: đợt thi đua 100 ngày đêm chào mừng Đại hội Đảng bộ huyện'],
  },
  {
    name: 'generic campaigns are not named',
    text: 'Sau các đợt thi đua, đơn vị rút kinh nghiệm; đợt thi đua này kéo dài 30 ngày, mỗi đợt thi đua có tổng kết.',
    want: [],
  },
  {
    name: 'an unquoted cuộc vận động opening a clause, up to its predicate',
    text: 'Năm qua đã xây 6 nhà đại đoàn kết; Cuộc vận động toàn dân xây dựng nông thôn mới đã huy động trên 2 tỷ đồng.',
    want: ['movement: toàn dân xây dựng nông thôn mới'],
  },
  {
    name: 'an unquoted capitalised name running to the end of its clause',
    text: 'Các xã tập trung thực hiện phong trào Lâm Đồng chung sức xây dựng nông thôn mới; đồng thời chuẩn bị đại hội.',
    want: ['movement: Lâm Đồng chung sức xây dựng nông thôn mới'],
  },
  {
    name: 'generic unquoted phrases are not names',
    text: 'Nhờ đó, phong trào thi đua yêu nước trên toàn huyện đã đạt kết quả. Phong trào thi đua yêu nước đã lan tỏa. Phong trào Dù là tên gọi do báo chí đặt, đã lan rộng.',
    want: [],
  },
  {
    name: 'the same movement twice is one item',
    text: 'Hưởng ứng phong trào “Tuổi trẻ sáng tạo”. Năm sau tiếp tục phong trào “Tuổi trẻ sáng tạo”.',
    want: ['movement: Tuổi trẻ sáng tạo'],
  },
  {
    name: 'a movement named only in the title',
    text: 'Nội dung hội nghị.',
    title: 'Phát động phong trào thi đua “Phụ nữ khởi nghiệp”',
    want: ['movement: Phụ nữ khởi nghiệp'],
  },
];

describe('extractMovements', () => {
  it.each(cases)('$name', ({ text, title, want }) => {
    const got = extractMovements(bodyOf(text), ctxOf(title ?? null));
    expect(got.map((m) => `${m.kind}: ${m.name}`)).toEqual(want);
  });

  it('points spans at the name without its quotes', () => {
    const body = bodyOf('Mở đầu.', 'Hưởng ứng phong trào thi đua “Dân vận khéo” và đợt thi đua cao điểm 100 ngày đêm.');
    const got = extractMovements(body, ctxOf());
    expect(got.map((m) => (m.span === null ? null : body.text.slice(m.span[0], m.span[1])))).toEqual([
      'Dân vận khéo',
      'đợt thi đua cao điểm 100 ngày đêm',
    ]);
    const [fromTitle] = extractMovements(bodyOf('x'), ctxOf('Phong trào thi đua “Học tập suốt đời”'));
    expect(fromTitle?.span).toBeNull();
  });
});

const hostile: ReadonlyArray<readonly [string, string]> = [
  ['100,000 opening quotes', '“'.repeat(100_000)],
  ['100,000 closing quotes', '”'.repeat(100_000)],
  ['100,000 straight quotes', '"'.repeat(100_000)],
  ['a cue before each of 50,000 opening quotes', 'phong trào “'.repeat(50_000)],
  ['50,000 short quoted names', 'phong trào “Abc def” '.repeat(50_000)],
  ['1 MB line without punctuation', 'a'.repeat(1_000_000)],
  ['1 MB quoted text', `phong trào “${'a '.repeat(500_000)}”`],
  ['campaign cue repeated', 'đợt thi đua '.repeat(100_000)],
  ['capitalised cue repeated', 'Cuộc vận động '.repeat(70_000)],
  ['long run of commas inside quotes', `phong trào “${', '.repeat(300_000)}”`],
  ['long run of capitalised words after a cue', `phong trào ${'Abc '.repeat(250_000)}`],
  ['spaces after a cue', `phong trào${' '.repeat(500_000)}x`],
];

describe('extractMovements on hostile input', () => {
  it.each(hostile)('%s finishes', (_name, text) => {
    const got = extractMovements(bodyOf(text), ctxOf(text.slice(0, 10_000)));
    expect(Array.isArray(got)).toBe(true);
  });
});
