import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/entities/documents.js';
import type { BodyView, EntityContext } from '../../src/context.js';
import type { DocumentRef } from '../../src/schema/record.js';
import { DOCUMENT_TYPES, documentTypeByAbbr } from '../../src/vi/document-types.js';
import { ABBREVIATIONS } from '../../src/vi/abbreviations.js';
import { bodyOf } from '../helpers/body.js';

const ctx: EntityContext = { title: null, captions: [], publishedAt: null, referenceDate: null };


const run = (...paragraphs: string[]): DocumentRef[] => extractDocuments(bodyOf(...paragraphs), ctx);

describe('extractDocuments: numbered references', () => {
  it.each<[string, string, Partial<DocumentRef>]>([
    [
      'plan with date, issuer and subject',
      'Triển khai Kế hoạch số 215/KH-UBND ngày 03/02/2022 của UBND huyện về tổ chức phong trào thi đua năm 2022; các xã đã đăng ký.',
      {
        type: 'Kế hoạch', number: '215', symbol: 'KH-UBND', year: null, issuedOn: '2022-02-03', issuer: 'UBND huyện',
        subject: 'tổ chức phong trào thi đua năm 2022', raw: 'Kế hoạch số 215/KH-UBND ngày 03/02/2022 của UBND huyện',
      },
    ],
    [
      'decree with the year inside the number and a worded date',
      'Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành Luật.',
      { type: 'Nghị định', number: '91', symbol: 'NĐ-CP', year: 2017, issuedOn: '2017-07-31', issuer: 'Chính phủ', subject: null },
    ],
    [
      'Party directive without số, dotted date, quoted subject',
      'Năm năm thực hiện Chỉ thị 05-CT/TW ngày 15.5.2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng”.',
      {
        type: 'Chỉ thị', number: '05', symbol: 'CT/TW', issuedOn: '2016-05-15', issuer: 'Bộ Chính trị',
        subject: 'Đẩy mạnh học tập và làm theo tư tưởng',
      },
    ],
    ['Party conclusion', 'Theo Kết luận số 14-KL/TW của Bộ Chính trị, cán bộ cần dám nghĩ, dám làm.', { type: 'Kết luận', number: '14', symbol: 'KL/TW', issuer: 'Bộ Chính trị' }],
    ['Party circular', 'Thực hiện Thông tri số 02-TT/TU của Ban Thường vụ Tỉnh ủy, các chi bộ họp.', { type: 'Thông tri', number: '02', symbol: 'TT/TU' }],
    ['Party guidance', 'Căn cứ Hướng dẫn số 21-HD/BTGTW, Ban Tuyên giáo tổ chức học tập.', { type: 'Hướng dẫn', number: '21', symbol: 'HD/BTGTW' }],
    ['council resolution', 'HĐND tỉnh thông qua Nghị quyết số 31/NQ-HĐND về giá đất.', { type: 'Nghị quyết', number: '31', symbol: 'NQ-HĐND', subject: 'giá đất' }],
    ['decision without số', 'Tại Quyết định 1436/QĐ-UBND, tỉnh khen thưởng 20 tập thể.', { type: 'Quyết định', number: '1436', symbol: 'QĐ-UBND' }],
    [
      'a letter introduced as văn bản',
      'UBND tỉnh có văn bản số 238/UBND-KGVX ngày 5/2/2021 về việc tổ chức lễ phát động.',
      { type: 'Công văn', number: '238', symbol: 'UBND-KGVX', issuedOn: '2021-02-05', subject: 'tổ chức lễ phát động' },
    ],
    ['a letter named as such', 'Xét Công văn số 1486/SNV-TĐKT ngày 14 tháng 7 năm 2015 của Sở Nội vụ,', { type: 'Công văn', number: '1486', symbol: 'SNV-TĐKT', issuer: 'Sở Nội vụ', issuedOn: '2015-07-14' }],
    ['a bare symbol typed by its abbreviation', 'Các đơn vị thực hiện theo 12/KH-BCĐ đã ban hành.', { type: 'Kế hoạch', number: '12', symbol: 'KH-BCĐ' }],
    ['a symbol typed with a space after the hyphen', 'Căn cứ Nghị định số 65/2014/NĐ- CP ngày 01/7/2014 của Chính phủ;', { number: '65', symbol: 'NĐ-CP', year: 2014, issuedOn: '2014-07-01' }],
    ['a law numbered by the National Assembly term', 'Luật Thi đua, khen thưởng số 06/2022/QH15 có hiệu lực từ năm 2024.', { type: 'Luật', number: '06', symbol: 'QH15', year: 2022 }],
    ['a resolution numbered without a symbol', 'Kéo dài Nghị quyết số 43 ngày 18/12/2014 của HĐND tỉnh về hỗ trợ lãi suất;', { type: 'Nghị quyết', number: '43', symbol: null, issuedOn: '2014-12-18', issuer: 'HĐND tỉnh' }],
    ['a circular cited by bare number', 'Các trung tâm đủ điều kiện theo quy định tại Thông tư 17 được tổ chức thi.', { type: 'Thông tư', number: '17', symbol: null }],
    ['a code is not read as a law', 'Theo Bộ luật Lao động số 45/2019/QH14, người lao động được nghỉ.', { type: 'Bộ luật', number: '45', symbol: 'QH14', year: 2019 }],
    ['the type nearest the number wins', 'mức phụ cấp quy định tại Quyết định số 72/2007/QĐ-TTg của Thủ tướng Chính phủ', { type: 'Quyết định', number: '72', issuer: 'Thủ tướng Chính phủ' }],
    [
      'issuer and date read before the reference',
      'Ngày 18/3/2021, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 42/KH-UBND tổ chức phong trào thi đua.',
      { type: 'Kế hoạch', number: '42', issuer: 'Ủy ban nhân dân tỉnh', issuedOn: '2021-03-18' },
    ],
    ['issuer who signed before the reference', 'Chủ tịch UBND tỉnh Trần Văn B vừa ký, ban hành Kế hoạch số 416/KH-UBND thực hiện phong trào.', { issuer: 'Chủ tịch UBND tỉnh Trần Văn B' }],
    ['headline capitals', 'THỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA', { type: 'Chỉ thị', number: '19', symbol: 'CT-TTG', issuedOn: '2021-07-16', issuer: 'THỦ TƯỚNG CHÍNH PHỦ' }],
    ['a generic head with its complement', 'Căn cứ Hướng dẫn số 05-HD/BTCHU của Ban tổ chức Huyện ủy về công tác đảng viên.', { issuer: 'Ban tổ chức Huyện ủy' }],
    ['a body name with a spaced dash', 'Theo Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng Trung ương, các bộ triển khai.', { issuer: 'Hội đồng Thi đua - Khen thưởng Trung ương' }],
  ])('%s', (_name, text, expected) => {
    const docs = run(text);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject(expected);
  });

  it('gives the span of the reference in body.text', () => {
    const b = bodyOf('Mở đầu.', 'Thực hiện Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh về phát động thi đua.');
    const [doc] = extractDocuments(b, ctx);
    expect(doc?.span).not.toBeNull();
    const [s, e] = doc?.span ?? [0, 0];
    expect(b.text.slice(s, e)).toBe('Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh');
    expect(doc?.raw).toBe(b.text.slice(s, e));
  });

  it('ends the subject before the next basis', () => {
    const [doc] = run('Thực hiện Kế hoạch số 4614/KH-UBND ngày 22/12/2020 của UBND tỉnh về phát động thi đua năm 2021 và kế hoạch 5 năm (2021-2025) theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV; Khối đã triển khai.');
    expect(doc?.subject).toBe('phát động thi đua năm 2021 và kế hoạch 5 năm (2021-2025)');
  });

  it('ends an issuer before the verb that follows it', () => {
    const [doc] = run('Theo Quyết định số 107/QĐ-TTr ngày 29/11/2018 của Chánh Thanh tra tỉnh tham mưu Chủ tịch UBND tỉnh giải quyết đơn.');
    expect(doc?.issuer).toBe('Chánh Thanh tra tỉnh');
  });

  it('completes a first mention from a later one', () => {
    const docs = run('Theo Kế hoạch số 12/KH-UBND, các sở triển khai.', 'Kế hoạch số 12/KH-UBND ngày 3/1/2023 của UBND tỉnh về chuyển đổi số; các sở đã họp.');
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject({ issuer: 'UBND tỉnh', issuedOn: '2023-01-03', subject: 'chuyển đổi số', span: [5, 27] });
  });

  it('keeps the full form of a document cited also by number alone', () => {
    const docs = run('Thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị, ... Sau 3 năm thực hiện Chỉ thị 05 của Bộ Chính trị, huyện đạt nhiều kết quả.');
    expect(docs.map((d) => `${d.type}|${d.number}|${d.symbol}`)).toEqual(['Chỉ thị|05|CT/TW']);
  });

  it('reads every reference of a list, once each', () => {
    const docs = run(
      'Căn cứ Nghị định 42/2010/NĐ-CP ngày 15/4/2010 của Chính phủ; Nghị định số 65/2014/NĐ-CP ngày 01/7/2014 của Chính phủ;',
      'Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ (sau đây gọi tắt là số 19/CT-TTg) và Kế hoạch số 16/KH-HĐTĐKT.',
      'Quán triệt Chỉ thị số 19/CT-TTg đến cán bộ.',
    );
    expect(docs.map((d) => `${d.type}|${d.number}|${d.symbol}`)).toEqual([
      'Nghị định|42|NĐ-CP',
      'Nghị định|65|NĐ-CP',
      'Chỉ thị|19|CT-TTg',
      'Kế hoạch|16|KH-HĐTĐKT',
    ]);
  });
});

describe('extractDocuments: documents without a number', () => {
  it.each<[string, string, Partial<DocumentRef>]>([
    ['a congress resolution cited as the basis', 'Phát động thi đua theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVI; các đơn vị hưởng ứng.', { type: 'Nghị quyết', number: null, symbol: null, issuer: 'Đại hội đại biểu Đảng bộ tỉnh Gia Lai lần thứ XVI' }],
    ['a congress resolution with its term', 'Đặc biệt, Nghị quyết Đại hội Đảng bộ huyện lần thứ IX, nhiệm kỳ 2020-2025 cần được cụ thể hóa.', { issuer: 'Đại hội Đảng bộ huyện lần thứ IX', raw: 'Nghị quyết Đại hội Đảng bộ huyện lần thứ IX, nhiệm kỳ 2020-2025' }],
    ['a plan of a named body', 'Thực hiện Kế hoạch công tác của Cụm thi đua các tỉnh Tây Nguyên năm 2023; ngày 5/4, Cụm họp.', { type: 'Kế hoạch', issuer: 'Cụm thi đua các tỉnh Tây Nguyên' }],
    ['a comma inside the body name', 'Thực hiện Kế hoạch hoạt động của Khối thi đua các bộ, ngành Nội chính năm 2019, Khối tổ chức hội nghị.', { issuer: 'Khối thi đua các bộ, ngành Nội chính' }],
    ['a directive of the Secretariat', 'Quán triệt Chỉ thị của Ban Bí thư về tăng cường công tác dân vận, các chi bộ đã họp.', { type: 'Chỉ thị', issuer: 'Ban Bí thư', subject: 'tăng cường công tác dân vận' }],
    [
      'a decision in lower case, issuer after the subject',
      'Theo quyết định về việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện vừa qua do Chủ tịch UBND huyện Lê Văn C ký ban hành, hội đồng có 15 thành viên.',
      { type: 'Quyết định', issuer: 'Chủ tịch UBND huyện Lê Văn C', subject: 'kiện toàn Hội đồng Thi đua - Khen thưởng huyện' },
    ],
    ['a law cited as the basis', 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;', { type: 'Luật', issuer: null, subject: 'Tổ chức chính quyền địa phương', issuedOn: '2015-06-19' }],
  ])('%s', (_name, text, expected) => {
    const docs = run(text);
    expect(docs).toHaveLength(1);
    expect(docs[0]).toMatchObject(expected);
  });

  it.each<[string, string]>([
    ['plans adopted by a bloc', 'Hội nghị đã thông qua Quy chế hoạt động, Kế hoạch của Khối thi đua.'],
    ['drafts', 'Tại Hội nghị, Khối trưởng đã thông qua các dự thảo: Kế hoạch thực hiện công tác thi đua, Quy chế hoạt động thi đua năm 2018.'],
    ['a report cited as the basis', 'Trên cơ sở Báo cáo tổng kết của Khối thi đua, các thành viên thống nhất kết quả.'],
    ['a list of adopted resolutions', 'Kỳ họp thông qua 20 nghị quyết gồm: Kế hoạch phát triển kinh tế-xã hội năm 2021; Quyết định giao biên chế công chức năm 2021;'],
    ['plural mentions', 'HĐND đề nghị UBND tỉnh triển khai thực hiện các Nghị quyết của HĐND tỉnh; đăng tải trên mục Nghị quyết của HĐND tỉnh.'],
    ['a five-year plan', 'Phấn đấu hoàn thành Kế hoạch 5 năm (2021-2025) của tỉnh.'],
    ['a congress as an event', 'Chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, các đơn vị thi đua.'],
    ['a verb, not a conclusion', 'Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu các xã giữ vững kết quả.'],
    ['dates, ratios and codes', 'Ngày 16/6/2021, 19/19 tiêu chí đạt chuẩn; dịch COVID-19 và mã 51F-123.45; tỷ lệ 3/4.'],
    ['a number followed by a word', 'Kế hoạch số 1/Quyết tâm của đoàn viên.'],
    ['the letterhead of the document itself', 'Số: 594/KH-UBND'],
    ['a licence number', 'Giấy phép số 110/GP-TTĐT do Sở cấp; bản án số 12/2019/HS-ST đã có hiệu lực.'],
    ['a law mentioned as the subject of a sentence', 'Tuy nhiên, quá trình thực hiện Luật còn một số khó khăn, vướng mắc.'],
    ['a statutory adjective', 'Mọi việc làm theo Luật định.'],
  ])('ignores %s', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extractDocuments: hostile input finishes', () => {
  const cases: [string, string][] = [
    ['100,000 repetitions of "số 1/"', 'số 1/'.repeat(100_000)],
    ['a type and a number 50,000 times', 'Quyết định số 1/'.repeat(50_000)],
    ['1 MB of digits', '1'.repeat(1_000_000)],
    ['runs of digits, dots and slashes', '1/2/3.4-5'.repeat(100_000)],
    ['dots and slashes', './'.repeat(500_000)],
    ['thousands of quote marks', '“'.repeat(300_000) + '"'.repeat(300_000)],
    ['a 1 MB single word', 'a'.repeat(1_000_000)],
    ['an endless symbol', `12/${'AB-'.repeat(300_000)}`],
    ['citing words without end', 'Thực hiện Nghị quyết '.repeat(50_000)],
    ['issuers without end', 'theo Kế hoạch của '.repeat(50_000)],
    ['congresses without end', 'Nghị quyết Đại hội '.repeat(50_000)],
    ['subjects without end', 'Kế hoạch số 1/KH-UBND về '.repeat(40_000)],
    ['dates without end', 'Kế hoạch số 1/KH-UBND ngày '.repeat(40_000)],
    ['a body name of 200,000 words', `${'UBND '.repeat(200_000)}ban hành Quyết định số 1/QĐ-UBND`],
    ['dashes inside a name', 'Hội đồng Thi đua - '.repeat(60_000)],
    ['1 MB of spaces', `Quyết định số 5/QĐ-UBND${' '.repeat(1_000_000)}của UBND`],
    ['bracketed abbreviations without end', `Kế hoạch số 1/KH-UBND của UBND ${'(AB) '.repeat(200_000)}`],
    ['20,000 repeated references', 'Quyết định số 1/QĐ-UBND của UBND tỉnh về việc X; '.repeat(20_000)],
    ['40,000 distinct references', Array.from({ length: 40_000 }, (_, i) => `Kế hoạch số ${i}/KH-UBND`).join(', ')],
  ];
  it.each(cases)('%s', (_name, text) => {
    const docs = run(text);
    expect(Array.isArray(docs)).toBe(true);
  });
});

describe('document tables', () => {
  it('lists the 29 administrative types of Decree 30/2020/NĐ-CP', () => {
    const names = [
      'Nghị quyết', 'Quyết định', 'Chỉ thị', 'Quy chế', 'Quy định', 'Thông cáo', 'Thông báo', 'Hướng dẫn',
      'Chương trình', 'Kế hoạch', 'Phương án', 'Đề án', 'Dự án', 'Báo cáo', 'Biên bản', 'Tờ trình', 'Hợp đồng',
      'Công văn', 'Công điện', 'Bản ghi nhớ', 'Bản thỏa thuận', 'Giấy ủy quyền', 'Giấy mời', 'Giấy giới thiệu',
      'Giấy nghỉ phép', 'Phiếu gửi', 'Phiếu chuyển', 'Phiếu báo', 'Thư công',
    ];
    const known = new Set(DOCUMENT_TYPES.map((t) => t.name));
    for (const n of names) expect(known.has(n), n).toBe(true);
  });

  it.each([
    ['QĐ', 'Quyết định'], ['QyĐ', 'Quy định'], ['CTr', 'Chương trình'], ['TTr', 'Tờ trình'], ['NĐ', 'Nghị định'],
    ['TTLT', 'Thông tư liên tịch'], ['KL', 'Kết luận'], ['CT', 'Chỉ thị'], ['TTR', 'Tờ trình'],
  ])('reads the abbreviation %s as %s', (abbr, name) => {
    expect(documentTypeByAbbr(abbr)?.name).toBe(name);
  });

  it('expands UBND and HĐTĐKT', () => {
    expect(ABBREVIATIONS.find((a) => a.abbr === 'UBND')?.full).toBe('Ủy ban nhân dân');
    expect(ABBREVIATIONS.find((a) => a.abbr === 'HĐTĐKT')?.full).toBe('Hội đồng Thi đua - Khen thưởng');
  });
});

describe('extractDocuments: resolutions named by their plenum, issuers with a term, lower-case citations', () => {
  it.each<[string, string, Partial<DocumentRef>]>([
    // thanhnien-cum-dnb-tongket-2013
    ['a plenum with its term in brackets', 'Các tỉnh thực hiện Nghị quyết T.Ư 4 (khóa XI) về một số vấn đề cấp bách trong công tác xây dựng Đảng hiện nay; tiếp tục học tập.', { type: 'Nghị quyết', number: null, issuer: 'T.Ư 4 (khóa XI)', subject: 'một số vấn đề cấp bách trong công tác xây dựng Đảng hiện nay' }],
    // nhandan-ct05-lantoa-2021
    ['a plenum of two terms', 'Gắn với thực hiện Nghị quyết Trung ương 4 khóa XI, khóa XII về xây dựng, chỉnh đốn Đảng.', { type: 'Nghị quyết', number: null, issuer: 'Trung ương 4 khóa XI, khóa XII' }],
    // baodanang-tongket-ct03-2016
    ['an issuer with its term', 'Tổng kết Chỉ thị 03-CT/TW của Bộ Chính trị (khóa XI) về tiếp tục đẩy mạnh việc học tập.', { type: 'Chỉ thị', number: '03', symbol: 'CT/TW', issuer: 'Bộ Chính trị (khóa XI)' }],
    // baotayninh-khoi-dn-kyket-2015
    ['a lower-case decision right before a public body', 'Khối doanh nghiệp thành lập theo quyết định của UBND tỉnh gồm 15 công ty.', { type: 'Quyết định', number: null, issuer: 'UBND tỉnh' }],
  ])('%s', (_name, text, want) => {
    const [doc] = run(text);
    expect(doc).toMatchObject(want);
  });

  it.each([
    ['an everyday noun', 'Tiền thưởng thực hiện theo quy định của pháp luật.'],
    ['a lower-case type before a common noun', 'Thực hiện theo quyết định của cơ quan có thẩm quyền.'],
    ['a plenum written without its number', 'Nghị quyết Trung ương về xây dựng Đảng được quán triệt.'],
  ])('%s is no document', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});
