import { describe, expect, it } from 'vitest';
import { extractPlaces } from '../../src/entities/places.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import { PROVINCES } from '../../src/vi/admin-units.js';
import { bodyOf } from '../helpers/body.js';

function ctxOf(title: string | null = null, captions: readonly string[] = []): EntityContext {
  return { title, captions, publishedAt: null, referenceDate: null };
}

interface Case {
  readonly name: string;
  readonly text: string;
  readonly title?: string;
  readonly captions?: readonly string[];
  readonly want: readonly string[];
}

const cases: readonly Case[] = [
  {
    name: 'a counted list after the units\' acronym, with a place that opens with a family name',
    text: 'Cụm gồm 4 UBND quận: Ba Đình, Lê Chân, Ngô Quyền và Hoàng Mai.',
    want: ['Ba Đình', 'Lê Chân', 'Ngô Quyền', 'Hoàng Mai'],
  },
  { name: 'a province after tỉnh with a lost capital', text: 'Đoàn công tác đến tỉnh Bà Rịa Vũng tàu.', want: ['Bà Rịa - Vũng Tàu'] },
  { name: 'a region is not a place', text: 'Hội nghị các tỉnh miền Đông Nam bộ và các tỉnh Tây Nam Bộ.', want: [] },
  {
    name: 'a locative ends a university\'s name',
    text: 'Khối thi đua các trường đại học, cao đẳng trên địa bàn tỉnh Quảng Bình họp.',
    want: ['Quảng Bình'],
  },
  { name: 'a province after tỉnh', text: 'Hội nghị diễn ra tại tỉnh Ninh Thuận.', want: ['Ninh Thuận'] },
  {
    name: 'a province name ends at the province, before a capitalised label (phapluatcongdong-like header)',
    text: 'Nơi ban hành: Tỉnh Phú Yên Người ký: Trần Văn A',
    want: ['Phú Yên'],
  },
  {
    name: 'the abbreviations of Hồ Chí Minh City',
    text: 'Đoàn đến TPHCM, rồi TP.HCM, TP. Hồ Chí Minh và Thành phố Hồ Chí Minh.',
    want: ['Hồ Chí Minh'],
  },
  {
    name: 'bare Hồ Chí Minh is the President, not the city',
    text: 'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.',
    want: [],
  },
  {
    name: 'communes and wards, with an abbreviation glued to its dot',
    text: 'Bà Hoa ở xã Thuận Hạnh; ông Bình ở phường An Bình, TP.Dĩ An.',
    want: ['Thuận Hạnh', 'An Bình', 'Dĩ An'],
  },
  {
    name: 'organisations, the Fatherland and the country are not places',
    text: 'Hội Nông dân tỉnh phối hợp với Ủy ban MTTQ Việt Nam tỉnh; bảo vệ Tổ quốc; Bảo hiểm xã hội Việt Nam.',
    want: [],
  },
  {
    name: 'a person after tỉnh is not a place; one after the province name does not hide it',
    text: 'Phó Chủ tịch UBND tỉnh Trần Văn Hòa dự; Bí thư Tỉnh ủy Lâm Đồng Nguyễn Văn Sơn phát biểu; Chủ tịch UBND tỉnh Cao Văn Đức.',
    want: ['Lâm Đồng'],
  },
  {
    name: 'a counted list of communes with their districts in parentheses',
    text: "Công nhận 03 xã gồm: Quảng Khê (Đắk Glong); Nhân Cơ, Đắk Wer (Đắk R'lấp) đạt chuẩn.",
    want: ['Quảng Khê', 'Đắk Glong', 'Nhân Cơ', 'Đắk Wer', "Đắk R'lấp"],
  },
  {
    name: 'a counted list without gồm, ended by the predicate',
    text: 'Riêng 2 huyện Tuy Đức và Krông Nô cần phấn đấu thêm.',
    want: ['Tuy Đức', 'Krông Nô'],
  },
  {
    name: 'a university named after its city names no place',
    text: 'Đại học Quốc gia Hà Nội và Đại học Quốc gia Thành phố Hồ Chí Minh cùng Trường Đại học Đà Lạt tham gia.',
    want: [],
  },
  {
    name: 'an overview of several blocs: districts listed as members are units, provinces still count',
    text: 'Cụm thi đua số 4 gồm huyện Krông Ana, Cư Kuin và Ea Kar của tỉnh Đắk Lắk. Cụm thi đua số 1 gồm TP Cần Thơ, TP Đà Nẵng.',
    want: ['Đắk Lắk', 'Cần Thơ', 'Đà Nẵng'],
  },
  {
    // dongthap-tamnong-cum3-kyket-2021: the article is about the one cluster and its districts.
    name: 'the member districts of the one bloc an article is about are its places',
    text: 'Cụm thi đua số 3 tỉnh Đồng Tháp gồm 4 huyện Tam Nông, Thanh Bình, Tân Hồng và Hồng Ngự đã tổ chức ký kết giao ước thi đua.',
    want: ['Đồng Tháp', 'Tam Nông', 'Thanh Bình', 'Tân Hồng', 'Hồng Ngự'],
  },
  {
    name: 'old-style tone marks resolve to the gazetteer spelling',
    text: 'Đoàn công tác tỉnh Khánh Hoà làm việc với Thanh Hoá.',
    want: ['Khánh Hòa', 'Thanh Hóa'],
  },
  {
    name: 'spelling variants resolve to one name',
    text: "Tỉnh Đăk Nông có huyện Đắk G'Long và huyện Đắk R’lấp.",
    want: ['Đắk Nông', 'Đắk Glong', "Đắk R'lấp"],
  },
  {
    name: 'compounds of an administrative word are not units',
    text: 'Hợp tác xã Nông nghiệp Thành Công nhận bằng khen; xây dựng Nông thôn Mới; ban hành văn bản Hướng dẫn Số Một.',
    want: [],
  },
  {
    name: 'names that contain a gazetteer name but are something else',
    text: 'Kỷ niệm chiến thắng Điện Biên Phủ; bờ Thái Bình Dương; Chánh án Nguyễn Hòa Bình; các tỉnh Tây Nguyên.',
    want: [],
  },
  {
    name: 'the same names with an administrative word are places',
    text: 'Lễ hội ở thành phố Điện Biên Phủ và tỉnh Thái Bình.',
    want: ['Điện Biên Phủ', 'Thái Bình'],
  },
  {
    name: 'a gazetteer name inside a longer commune name',
    text: 'Thông tin từ UBND xã Vinh Hà cho biết; ông Vinh ở TP Vinh.',
    want: ['Vinh Hà', 'Vinh'],
  },
  {
    name: 'title first, then body, then captions; duplicates once',
    text: 'Du khách đến Đà Lạt, Lâm Đồng.',
    title: 'Đà Lạt đón khách',
    captions: ['Thác ở huyện Cư Jút', 'Đà Lạt về đêm'],
    want: ['Đà Lạt', 'Lâm Đồng', 'Cư Jút'],
  },
  {
    name: 'an all-caps title',
    text: 'Nội dung.',
    title: 'HỘI NGHỊ KHỐI THI ĐUA TẠI TỈNH QUẢNG NAM',
    want: ['Quảng Nam'],
  },
  {
    name: 'bare provinces and a hyphenated name',
    text: 'Bình Dương: Hội nghị cùng Bà Rịa-Vũng Tàu và Bến Tre.',
    want: ['Bình Dương', 'Bà Rịa - Vũng Tàu', 'Bến Tre'],
  },
];

describe('extractPlaces', () => {
  it.each(cases)('$name', ({ text, title, captions, want }) => {
    expect(extractPlaces(bodyOf(text), ctxOf(title ?? null, captions ?? []))).toEqual(want);
  });

  it('knows all 63 provinces and centrally-run cities', () => {
    expect(PROVINCES).toHaveLength(63);
    for (const p of PROVINCES) {
      if (p.name === 'Hồ Chí Minh') continue;
      expect(extractPlaces(bodyOf(`Đoàn công tác tỉnh ${p.name} đến thăm.`), ctxOf())).toEqual([p.name]);
    }
  });
});

const hostile: ReadonlyArray<readonly [string, string]> = [
  ['100,000 opening quotes', '“'.repeat(100_000)],
  ['1 MB line without punctuation', 'a'.repeat(1_000_000)],
  ['administrative words repeated', 'tỉnh '.repeat(200_000)],
  ['gồm gồm gồm… after a counted admin word', `04 xã ${'gồm '.repeat(200_000)}`],
  ['long run of capitalised words after tỉnh', `tỉnh ${'Ninh Thuận Đắk Nông '.repeat(50_000)}`],
  ['long run of commas in a counted list', `04 xã gồm: Đức Mạnh${', '.repeat(300_000)}`],
  ['a counted list that never ends', `04 xã gồm: ${'Đức Mạnh (Đắk Mil); '.repeat(30_000)}`],
  ['bloc member list of districts', `Cụm thi đua số 1 gồm: ${'huyện Trảng Bom, '.repeat(60_000)}`],
  ['unclosed parentheses', `04 xã gồm: Đức Mạnh ${'('.repeat(500_000)}`],
];

describe('extractPlaces on hostile input', () => {
  it.each(hostile)('%s finishes', (_name, text) => {
    const got = extractPlaces(bodyOf(text), ctxOf(text.slice(0, 10_000), [text.slice(0, 10_000)]));
    expect(Array.isArray(got)).toBe(true);
  });
});
