import { describe, expect, it } from 'vitest';
import { blocCountWarnings, extractBlocs } from '../../src/entities/blocs.js';
import { memberListSpans } from '../../src/entities/blocs/reading.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import { bodyOf } from '../helpers/body.js';


function ctxOf(title: string | null = null): EntityContext {
  return { title, captions: [], publishedAt: null, referenceDate: null };
}

interface Case {
  readonly name: string;
  readonly paragraphs: readonly string[];
  readonly title?: string;
  /** Expected blocs: name, declared count, members. */
  readonly want: ReadonlyArray<readonly [string, number | null, readonly string[]]>;
}

const cases: readonly Case[] = [
  {
    name: 'a capitalised plural head before a colon distributes over the names',
    paragraphs: ['Khối thi đua số 4 gồm các Sở: Xây dựng, Giao thông vận tải, Công Thương và Ban Quản lý khu kinh tế tỉnh đã ký kết giao ước.'],
    want: [['Khối thi đua số 4', null, ['Xây dựng', 'Giao thông vận tải', 'Công Thương', 'Ban Quản lý khu kinh tế tỉnh']]],
  },
  {
    name: 'a long owner between the bloc\'s name and gồm',
    paragraphs: ['Cụm thi đua số 2 Ban Tổ chức Thành ủy Cần Thơ gồm: Sở Nội vụ, Cục Thuế và Kho bạc Nhà nước thành phố đã tổ chức hội nghị.'],
    want: [['Cụm thi đua số 2', null, ['Sở Nội vụ', 'Cục Thuế', 'Kho bạc Nhà nước thành phố']]],
  },
  {
    name: 'one head over several known fields, a comma inside a field kept, the count agreeing',
    paragraphs: [
      'Khối thi đua Văn hóa - Xã hội gồm 6 đơn vị: Sở Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch, Lao động - Thương binh và Xã hội, Báo tỉnh và Hội Chữ thập đỏ.',
    ],
    want: [['Khối thi đua Văn hóa - Xã hội', 6, ['Sở Giáo dục và Đào tạo', 'Y tế', 'Văn hóa, Thể thao và Du lịch', 'Lao động - Thương binh và Xã hội', 'Báo tỉnh', 'Hội Chữ thập đỏ']]],
  },
  {
    name: 'a counted list in sub-groups, each piece a member as written',
    paragraphs: [
      'Khối thi đua các doanh nghiệp tỉnh gồm 5 đơn vị, trong đó có 2 công ty cà phê là Cà phê Ea Pốk và Cà phê 715; 3 đơn vị thuộc Quân khu là Công ty 74, 75 cùng với Công ty Đồng Xanh.',
    ],
    want: [['Khối thi đua các doanh nghiệp tỉnh', 5, ['Cà phê Ea Pốk', 'Cà phê 715', 'Công ty 74', '75', 'Công ty Đồng Xanh']]],
  },
  {
    name: 'a covenant bloc and the units whose leaders attend its meeting',
    paragraphs: [
      'Sáng 5/3, Khối giao ước thi đua các sở, ngành nội chính tổ chức hội nghị. Tham dự hội nghị có các đồng chí lãnh đạo Sở Tư pháp, Thanh tra tỉnh; Công an tỉnh, Tòa án nhân dân tỉnh.',
    ],
    want: [['Khối giao ước thi đua các sở, ngành nội chính', null, ['Sở Tư pháp', 'Thanh tra tỉnh', 'Công an tỉnh', 'Tòa án nhân dân tỉnh']]],
  },
  {
    name: 'two attending units are guests, not the members',
    paragraphs: ['Khối thi đua Nội chính tổ chức hội nghị. Dự hội nghị có lãnh đạo Ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ.'],
    want: [['Khối thi đua Nội chính', null, []]],
  },
  {
    // Mirrors corpus/text/pages-corpus-excerpts/hoabinh-cum-thi-dua-trung-du-mien-nui-2024.txt.
    name: 'a region named across `và` and lower-case words (`Trung du và miền núi phía Bắc`)',
    paragraphs: ['Ngày 12/5, Cụm thi đua các tỉnh Trung du và miền núi phía Bắc tổ chức hội nghị ký kết giao ước thi đua.'],
    want: [['Cụm thi đua các tỉnh Trung du và miền núi phía Bắc', null, []]],
  },
  {
    name: 'a `và` followed by a verb phrase ends the name',
    paragraphs: ['Cụm thi đua các tỉnh Tây Nguyên và ký kết giao ước thi đua năm 2021 với các đơn vị.'],
    want: [['Cụm thi đua các tỉnh Tây Nguyên', null, []]],
  },
  {
    name: 'count phrase with a colon, trailing parenthetical dropped',
    paragraphs: [
      'Khối thi đua Văn hóa - Xã hội tỉnh, gồm 05 đơn vị: Sở Y tế, Sở Giáo dục và Đào tạo, Hội Chữ thập đỏ, Tỉnh đoàn và Liên đoàn Lao động (Khối thi đua).',
    ],
    want: [['Khối thi đua Văn hóa - Xã hội tỉnh', 5, ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'Hội Chữ thập đỏ', 'Tỉnh đoàn', 'Liên đoàn Lao động']]],
  },
  {
    name: 'count before the bloc word, guests after the list left out',
    paragraphs: [
      'Chiều 3/3 đã diễn ra hội nghị của Khối thi đua Pháp chế. Tham dự có đại diện 04 đơn vị trong Khối: Sở Tư pháp, Công an tỉnh, Thanh tra tỉnh, Tòa án nhân dân tỉnh và đại diện Sở Nội vụ.',
    ],
    want: [['Khối thi đua Pháp chế', 4, ['Sở Tư pháp', 'Công an tỉnh', 'Thanh tra tỉnh', 'Tòa án nhân dân tỉnh']]],
  },
  {
    name: 'two clusters of districts; a shared administrative word is dropped',
    paragraphs: [
      'Cụm thi đua số 3 gồm 4 đơn vị là huyện Krông Bông, Cư Jút và 2 thị xã An Khê, Buôn Hồ; Cụm thi đua số 4 gồm 3 đơn vị: Đắk Mil, Đắk Song và Tuy Đức.',
    ],
    want: [
      ['Cụm thi đua số 3', 4, ['Krông Bông', 'Cư Jút', 'An Khê', 'Buôn Hồ']],
      ['Cụm thi đua số 4', 3, ['Đắk Mil', 'Đắk Song', 'Tuy Đức']],
    ],
  },
  {
    name: 'every member with its own administrative word is kept as written; the list ends at the verb',
    paragraphs: ['Sáng 2/8, Cụm thi đua số 5 gồm TP Huế, TP Vinh và TP Đà Lạt tổ chức hội nghị giao ban.'],
    want: [['Cụm thi đua số 5', null, ['TP Huế', 'TP Vinh', 'TP Đà Lạt']]],
  },
  {
    name: 'a comma inside the bloc name and inside a member name',
    paragraphs: [
      'Khối thi đua các sở, ngành Kinh tế - Kỹ thuật gồm 05 đơn vị: Sở Tài nguyên và Môi trường, Sở Văn hóa, Thể thao và Du lịch, Sở Công Thương, Sở Lao động- Thương binh và Xã hội, Đại học Tây Nguyên.',
    ],
    want: [[
      'Khối thi đua các sở, ngành Kinh tế - Kỹ thuật',
      5,
      ['Sở Tài nguyên và Môi trường', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Công Thương', 'Sở Lao động- Thương binh và Xã hội', 'Đại học Tây Nguyên'],
    ]],
  },
  {
    name: 'names under a plural head are kept as written; the declared count rejoins an office named with và',
    paragraphs: [
      'Năm 2023, Khối thi đua các cơ quan tổng hợp có 8 đơn vị thành viên, bao gồm: các sở Tài chính, Nội vụ, Kế hoạch và Đầu tư, Tư pháp; Ban Dân tộc tỉnh, Văn phòng Đoàn ĐBQH và HĐND tỉnh, Văn phòng UBND tỉnh và Thanh tra tỉnh.',
    ],
    want: [[
      'Khối thi đua các cơ quan tổng hợp',
      8,
      ['Tài chính', 'Nội vụ', 'Kế hoạch và Đầu tư', 'Tư pháp', 'Ban Dân tộc tỉnh', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', 'Văn phòng UBND tỉnh', 'Thanh tra tỉnh'],
    ]],
  },
  {
    // bnctu-camau-khoi7-tongket-2019: `Ban Tổ chức` holds a verb written with a capital; a comma
    // inside `Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy`, whose last words name its owner.
    name: 'a capitalised stop word belongs to the name; a lower-case piece ending with its owner joins the member',
    paragraphs: ['Dự hội nghị có các thành viên trong khối thi đua VII gồm: Ủy ban Kiểm tra Tỉnh ủy, Ban Tổ chức Tỉnh ủy, Văn phòng Tỉnh ủy, Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy, Đảng ủy Dân Chính Đảng. Chủ trì Hội nghị có đồng chí Hồ Xuân Việt.'],
    want: [['khối thi đua VII', null, ['Ủy ban Kiểm tra Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy', 'Văn phòng Tỉnh ủy', 'Ban Bảo vệ, chăm sóc sức khỏe cán bộ Tỉnh ủy', 'Đảng ủy Dân Chính Đảng']]],
  },
  {
    // thaibinh-khoi-kinhte-kyket-2018: `dự` (attend) and `trình` (submit) are syllables of nouns here.
    name: 'long unit names keep the nouns that hold a stop word',
    paragraphs: ['Khối thi đua các sở, ngành kinh tế gồm: Sở Xây dựng, Ban Quản lý dự án đầu tư xây dựng các công trình giao thông và Ban Quản lý khu kinh tế tỉnh.'],
    want: [['Khối thi đua các sở, ngành kinh tế', null, ['Sở Xây dựng', 'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông', 'Ban Quản lý khu kinh tế tỉnh']]],
  },
  {
    // dongthap-tamnong-cum3-kyket-2021
    name: 'a count before the administrative word of a list of places; the list ends at the verb',
    paragraphs: ['Ngày 08/01/2021, Cụm thi đua số 3 tỉnh Đồng Tháp gồm 4 huyện Tam Nông, Thanh Bình, Tân Hồng và Hồng Ngự đã tổ chức ký kết giao ước thi đua.'],
    want: [['Cụm thi đua số 3', 4, ['Tam Nông', 'Thanh Bình', 'Tân Hồng', 'Hồng Ngự']]],
  },
  {
    // gialai-mttq-cum1-kyket-2013
    name: 'a list in brackets after the bloc name',
    paragraphs: ['Đại diện các đơn vị trong cụm thi đua số 01 (thành phố Pleiku, huyện Đức Cơ, huyện Chư Păh và huyện Chư Prông). Tại Hội nghị các đơn vị đã thảo luận.'],
    want: [['cụm thi đua số 01', null, ['thành phố Pleiku', 'huyện Đức Cơ', 'huyện Chư Păh', 'huyện Chư Prông']]],
  },
  {
    name: 'one name in brackets is not a list',
    paragraphs: ['Khối thi đua số 5 (Sở Y tế) tổ chức hội nghị.'],
    want: [['Khối thi đua số 5', null, []]],
  },
  {
    name: 'a singular head followed by bare proper names; a qualifier between name and gồm',
    paragraphs: ['Vừa qua, Cụm thi đua số 2 Tỉnh ủy gồm 4 đơn vị: Huyện ủy Lắk, Krông Ana, Cư Kuin và Thị ủy Buôn Hồ đã tổ chức giao ban.'],
    want: [['Cụm thi đua số 2', 4, ['Huyện ủy Lắk', 'Krông Ana', 'Cư Kuin', 'Thị ủy Buôn Hồ']]],
  },
  {
    name: 'an owner and a year between the name and gồm',
    paragraphs: ['Năm 2022, Khối thi đua số 3 của tỉnh năm 2022 gồm 3 đơn vị: Sở Y tế, Bệnh viện Đa khoa tỉnh và Đài Phát thanh và Truyền hình tỉnh.'],
    want: [['Khối thi đua số 3', 3, ['Sở Y tế', 'Bệnh viện Đa khoa tỉnh', 'Đài Phát thanh và Truyền hình tỉnh']]],
  },
  {
    name: 'a stand-alone "các đơn vị:" in the next sentence of the paragraph',
    paragraphs: [
      'Ngày 5/3, Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Bình Định tổ chức hội nghị. Dự hội nghị có lãnh đạo các đơn vị: Cục Thuế tỉnh, Kho bạc Nhà nước tỉnh, Bảo hiểm xã hội tỉnh và Cục Hải quan tỉnh.',
    ],
    want: [[
      'Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Bình Định',
      null,
      ['Cục Thuế tỉnh', 'Kho bạc Nhà nước tỉnh', 'Bảo hiểm xã hội tỉnh', 'Cục Hải quan tỉnh'],
    ]],
  },
  {
    name: 'an anaphoric "Khối" with its count refers to the bloc named before',
    paragraphs: [
      'Khối thi đua Doanh nghiệp tỉnh vừa tổ chức tổng kết.',
      'Khối có 3 đơn vị thành viên, gồm: Công ty Điện lực, Ngân hàng Nông nghiệp tỉnh và Bưu điện tỉnh.',
    ],
    want: [['Khối thi đua Doanh nghiệp tỉnh', 3, ['Công ty Điện lực', 'Ngân hàng Nông nghiệp tỉnh', 'Bưu điện tỉnh']]],
  },
  {
    name: 'a numbered bloc named without members',
    paragraphs: ['Sáng 12/7, Khối thi đua 5 (do Hội Nhà báo làm Trưởng khối) tổ chức sơ kết 6 tháng đầu năm.'],
    want: [['Khối thi đua 5', null, []]],
  },
  {
    name: 'generic mentions make no bloc',
    paragraphs: [
      'Toàn tỉnh có 3 cụm và 12 khối thi đua gồm 120 đơn vị, địa phương. Các cụm, khối thi đua đã ký kết giao ước; cờ thi đua được trao cho các đơn vị dẫn đầu cụm, khối thi đua.',
    ],
    want: [],
  },
  {
    name: 'mentions of one bloc are merged (long, short and trailing-year forms)',
    paragraphs: [
      'Hội nghị ký kết giao ước của Khối thi đua Nội chính diễn ra tại Sở Tư pháp.',
      'Đồng chí Phó Trưởng Khối Thi đua Nội chính năm 2020 chủ trì; thang điểm của Khối Nội chính năm 2020 được thông qua.',
    ],
    want: [['Khối thi đua Nội chính', null, []]],
  },
  {
    name: 'the short form alone, never confirmed, is not a bloc',
    paragraphs: ['Khối Nội chính năm 2020 đã ký giao ước.'],
    want: [],
  },
  {
    name: 'guests named without a list introducer are not members',
    paragraphs: ['Khối thi đua Khoa giáo tổ chức hội nghị. Tham dự có đại diện Ban Thi đua - Khen thưởng tỉnh, Sở Nội vụ.'],
    want: [['Khối thi đua Khoa giáo', null, []]],
  },
  {
    name: 'a bloc named only in the title',
    paragraphs: ['Các đơn vị trong khối đã hoàn thành nhiệm vụ.'],
    title: 'Hội nghị tổng kết Khối thi đua các Hội đặc thù năm 2021',
    want: [['Khối thi đua các Hội đặc thù', null, []]],
  },
  {
    name: 'an all-caps title merges with the body mention',
    paragraphs: ['Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Phú Yên tổ chức hội nghị.'],
    title: 'KHỐI THI ĐUA CÁC CƠ QUAN TRUNG ƯƠNG TRÊN ĐỊA BÀN TỈNH PHÚ YÊN TỔ CHỨC HỘI NGHỊ',
    want: [['Khối thi đua các cơ quan Trung ương trên địa bàn tỉnh Phú Yên', null, []]],
  },
];

describe('extractBlocs', () => {
  it.each(cases)('$name', ({ paragraphs, title, want }) => {
    const got = extractBlocs(bodyOf(...paragraphs), ctxOf(title ?? null));
    expect(got.map((b) => [b.name, b.declaredCount, b.members])).toEqual(want);
  });

  it('gives spans that point at the words read, and null for the title', () => {
    const body = bodyOf('Mở đầu.', 'Khối thi đua Mặt trận tỉnh, gồm 02 đơn vị: Hội Nông dân và Tỉnh đoàn.');
    const [bloc] = extractBlocs(body, ctxOf());
    expect(bloc?.span).not.toBeNull();
    const [a, b] = bloc?.span ?? [0, 0];
    expect(body.text.slice(a, b)).toBe('Khối thi đua Mặt trận tỉnh, gồm 02 đơn vị: Hội Nông dân và Tỉnh đoàn');
    const [titleOnly] = extractBlocs(bodyOf('Không có gì.'), ctxOf('Cụm thi đua số 7 họp'));
    expect(titleOnly?.span).toBeNull();
  });

  it('finds the member-list spans the place extractor skips', () => {
    const text = 'Cụm thi đua số 1 gồm huyện Krông Nô, Cư Jút. Xong.';
    const spans = memberListSpans(bodyOf(text).blocs);
    expect(spans.map(([a, b]) => text.slice(a, b))).toEqual(['huyện Krông Nô, Cư Jút']);
  });
});

describe('blocCountWarnings', () => {
  it.each([
    { declared: 9, members: ['A', 'B'], want: ['bloc "X" declares 9 members but lists 2'] },
    { declared: 2, members: ['A', 'B'], want: [] },
    { declared: null, members: ['A'], want: [] },
    { declared: 4, members: [], want: [] },
  ])('declared $declared, listed $members.length', ({ declared, members, want }) => {
    expect(blocCountWarnings([{ name: 'X', declaredCount: declared, members, span: null }])).toEqual(want);
  });

  it('flags a list shorter than its declared count, keeping both as written', () => {
    const blocs = extractBlocs(bodyOf('Khối thi đua Tổng hợp gồm 09 đơn vị: Sở Nội vụ, Sở Tài chính.'), ctxOf());
    expect(blocs[0]?.declaredCount).toBe(9);
    expect(blocs[0]?.members).toHaveLength(2);
    expect(blocCountWarnings(blocs)).toEqual(['bloc "Khối thi đua Tổng hợp" declares 9 members but lists 2']);
  });
});

/** Inputs built to make a careless regex backtrack; each must simply finish. */
const hostile: ReadonlyArray<readonly [string, string]> = [
  ['100,000 opening quotes', '“'.repeat(100_000)],
  ['1 MB line without punctuation', 'a'.repeat(1_000_000)],
  ['1 MB of one long word after a bloc', `Khối thi đua ${'Đ'.repeat(1_000_000)}`],
  ['gồm gồm gồm…', `Khối thi đua A ${'gồm '.repeat(200_000)}`],
  ['long run of commas', `Khối thi đua A gồm: Sở B${', '.repeat(300_000)}`],
  ['long run of capitalised words', `Khối thi đua A gồm: ${'Sở Hội Bộ Cục '.repeat(60_000)}`],
  ['long run of members', `Khối thi đua A gồm: ${'Sở Nội vụ, '.repeat(80_000)}`],
  ['many bloc words', 'Khối thi đua '.repeat(80_000)],
  ['many lists', 'Khối thi đua Nội chính gồm 2 đơn vị: Sở A, Sở B. '.repeat(20_000)],
  ['many anaphoric lists', `Khối thi đua A. ${'Khối có 2 đơn vị: Sở A, Sở B. '.repeat(30_000)}`],
  ['many stand-alone lists', `Khối thi đua A. ${'các đơn vị: Sở A, Sở B. '.repeat(40_000)}`],
  ['many distinct blocs', Array.from({ length: 20_000 }, (_, i) => `Khối thi đua Số${i} tổ chức.`).join(' ')],
  ['unclosed parentheses', `Khối thi đua A gồm: Sở B ${'('.repeat(500_000)}`],
];

describe('extractBlocs on hostile input', () => {
  it.each(hostile)('%s finishes', (_name, text) => {
    const got = extractBlocs(bodyOf(text), ctxOf(text.slice(0, 10_000)));
    expect(Array.isArray(got)).toBe(true);
  });
});
