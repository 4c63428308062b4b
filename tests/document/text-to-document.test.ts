/**
 * The plain-text document model, on the seed article (fixtures/) and on text copies written in
 * our own words that reproduce the header shapes of real text copies in ../shared/corpus/pages-text.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { textToDocument } from '../../src/document/text/text-to-document.js';
import type { BlockRole } from '../../src/document/types.js';

const seed = readFileSync(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url), 'utf8');

function roles(text: string): [BlockRole, string][] {
  return textToDocument(text, 'utf-8', []).blocks.map((b) => [b.role, b.text.slice(0, 30)]);
}

describe('textToDocument on the seed', () => {
  const doc = textToDocument(seed, 'utf-8', []);
  const byRole = (role: BlockRole) => doc.blocks.filter((b) => b.role === role).map((b) => b.text);

  it('finds the header: category twice, title, date', () => {
    expect(byRole('category')).toEqual(['Thi đua Khen thưởng']);
    expect(byRole('title')).toEqual([
      'Khối thi đua Mặt trận và Đoàn thể tỉnh tổ chức Hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021',
    ]);
    expect(byRole('dateline')).toEqual(['18/06/2021']);
  });

  it('finds the picture line, its two-line caption, the byline and the footer', () => {
    expect(byRole('image')).toHaveLength(1);
    expect(byRole('caption')).toEqual([
      'Quang cảnh Hội nghị sơ kết công tác thi đua, khen thưởng',
      '6 tháng đầu năm 2021 của Khối thi đua',
    ]);
    expect(byRole('byline')).toEqual(['Trương Văn Phong, Ban TĐKT']);
    expect(byRole('boilerplate')).toContain('Liên kết website');
  });

  it('keeps four body paragraphs with offsets into the document text', () => {
    const paragraphs = doc.blocks.filter((b) => b.role === 'paragraph');
    expect(paragraphs).toHaveLength(4);
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe('textToDocument header shapes', () => {
  it.each([
    [
      'date before title (baocantho-like)',
      '30/03/2024 - 20:45\n\nCụm thi đua số 3 tổng kết phong trào thi đua năm 2023\n\n(CT) - Chiều 30-3, Cụm thi đua số 3 tổ chức hội nghị tổng kết phong trào thi đua năm 2023 tại thành phố.\n\nHOÀNG LAN',
      [['dateline', '30/03/2024 - 20:45'], ['title', 'Cụm thi đua số 3 tổng kết phong trào th'], ['paragraph', '(CT) - Chiều 30-3, Cụm thi đua số 3 tổ '], ['byline', 'HOÀNG LAN']],
    ],
    [
      'site chrome, section, time|date (snv-like)',
      'TIN NỔI BẬT:\nCổng thông tin điện tử Sở Tư pháp\nThi đua khen thưởng\nXem với cỡ chữAA\nHọp tổng kết Khối thi đua các phòng thuộc Sở năm 2022\n(09:10 | 12/01/2023)\nSáng ngày 10/01/2023, Khối thi đua các phòng thuộc Sở tổ chức họp tổng kết phong trào thi đua năm 2022.\nLê Thị Hoa',
      [['boilerplate', 'TIN NỔI BẬT:'], ['boilerplate', 'Cổng thông tin điện tử Sở Tư pháp'], ['category', 'Thi đua khen thưởng'], ['boilerplate', 'Xem với cỡ chữAA'], ['title', 'Họp tổng kết Khối thi đua các phòng thuộ'], ['dateline', '(09:10 | 12/01/2023)'], ['paragraph', 'Sáng ngày 10/01/2023, Khối thi đua các p'], ['byline', 'Lê Thị Hoa']],
    ],
    [
      'title and date on one line (vusta-like)',
      'Hội nghị sơ kết công tác thi đua 6 tháng đầu năm 2023 của Khối thi đua 5   20/7/2023\nSáng ngày 14/7/2023, Khối thi đua 5 đã tổ chức hội nghị sơ kết công tác thi đua, khen thưởng.',
      [['title', 'Hội nghị sơ kết công tác thi đua 6 tháng'], ['dateline', '20/7/2023'], ['paragraph', 'Sáng ngày 14/7/2023, Khối thi đua 5 đã t']],
    ],
    [
      'no header: the excerpt starts mid-article (bacninh-like)',
      'Ngoài ra, còn có Cờ thi đua của UBND tỉnh cho 20 tập thể; Bằng khen cho 100 cá nhân.\nĐồng chí Trần Văn B phát biểu tại hội nghị (Ảnh: Minh Hà)\nPhát biểu chỉ đạo, đồng chí Trần Văn B nhấn mạnh vai trò của công tác thi đua.\nPV',
      [['paragraph', 'Ngoài ra, còn có Cờ thi đua của UBND tỉn'], ['caption', 'Đồng chí Trần Văn B phát biểu tại hội ng'], ['paragraph', 'Phát biểu chỉ đạo, đồng chí Trần Văn B n'], ['byline', 'PV']],
    ],
    [
      'a glued tool bar, the title, a date with a view count (hatinh-, quangngai-like)',
      'PrintAaa\nKhối thi đua các trường học ký kết giao ước thi đua năm 2023\n27/04/2023 14:47 98\nSáng ngày 27/4, Khối thi đua các trường học tổ chức hội nghị ký kết giao ước thi đua năm 2023.',
      [['boilerplate', 'PrintAaa'], ['title', 'Khối thi đua các trường học ký'], ['dateline', '27/04/2023 14:47 98'], ['paragraph', 'Sáng ngày 27/4, Khối thi đua c']],
    ],
    [
      'a publishing tool, the headline twice, once after debris (dongthap-like)',
      'Xuất bản thông tin\nnull Cụm thi đua số 2 tổng kết công tác thi đua năm 2021\nTrang chủ Chi tiết bài viết\nCụm thi đua số 2 tổng kết công tác thi đua năm 2021\nChiều ngày 10/01, Cụm thi đua số 2 tổ chức hội nghị tổng kết công tác thi đua năm 2021.',
      [['boilerplate', 'Xuất bản thông tin'], ['boilerplate', 'null Cụm thi đua số 2 tổng kết'], ['boilerplate', 'Trang chủ Chi tiết bài viết'], ['title', 'Cụm thi đua số 2 tổng kết công'], ['paragraph', 'Chiều ngày 10/01, Cụm thi đua ']],
    ],
    [
      'a headline ending with a full stop, then its date; initials on the last line (hoinongdanag-like)',
      'Hội cựu chiến binh tỉnh\nHội Cựu chiến binh tỉnh đón nhận Bằng khen của Trung ương Hội.\n05/04/2019 10:11\nNgày 01/4/2019, tại Hà Nội, Trung ương Hội Cựu chiến binh Việt Nam tổ chức hội nghị lần thứ hai.\nXNT',
      [['category', 'Hội cựu chiến binh tỉnh'], ['title', 'Hội Cựu chiến binh tỉnh đón nh'], ['dateline', '05/04/2019 10:11'], ['paragraph', 'Ngày 01/4/2019, tại Hà Nội, Tr'], ['byline', 'XNT']],
    ],
    [
      'a long section name above the title, a labelled date and a counter (tuyengiaoangiang-like)',
      'Học tập và làm theo lời Bác dạy\nCuộc vận động học tập và làm theo Bác mang lại nhiều kết quả thiết thực\n- Được đăng: Thứ năm, 17 Tháng 12 2020 15:44\n- Lượt xem: 1252\n(TUAG)- Cuộc vận động được các cấp ủy triển khai sâu rộng trong toàn tỉnh.',
      [['category', 'Học tập và làm theo lời Bác dạy'], ['title', 'Cuộc vận động học tập và làm t'], ['dateline', '- Được đăng: Thứ năm, 17 Tháng 12 2020 15:44'], ['boilerplate', '- Lượt xem: 1252'], ['paragraph', '(TUAG)- Cuộc vận động được các']],
    ],
    [
      'the lead with its paper tag first: no headline (baomoi-like)',
      '(VOV) - Sáng 23/11, tại Hà Nội, Hội Cựu chiến binh Việt Nam tổ chức hội nghị tổng kết cuộc vận động\nThực hiện cuộc vận động, các cấp hội chú trọng tổ chức học tập nghiêm túc các chuyên đề.',
      [['paragraph', '(VOV) - Sáng 23/11, tại Hà Nội'], ['paragraph', 'Thực hiện cuộc vận động, các c']],
    ],
    [
      'a SharePoint error line above the title and date (thaibinh-like)',
      'Cannot retrieve the URL specified in the Content Link property. For more assistance, contact your site administrator.\nKhối thi đua các sở, ngành văn hóa ký giao ước thi đua năm 2020\n15/03/2020\nChiều ngày 15/3, Khối thi đua các sở, ngành văn hóa tổ chức hội nghị ký kết giao ước thi đua.',
      [['boilerplate', 'Cannot retrieve the URL specif'], ['title', 'Khối thi đua các sở, ngành văn'], ['dateline', '15/03/2020'], ['paragraph', 'Chiều ngày 15/3, Khối thi đua ']],
    ],
    [
      'a signature left in a table cell, then neighbour links (laichau-like)',
      'Báo cáo tổng kết công tác thi đua năm 2010 do thường trực Khối trình bày đã đánh giá rõ kết quả đạt được. Các đơn vị đã bình xét khen thưởng. Trần Thị Lan |\nNhững tin mới hơn\nNhững tin cũ hơn',
      [['paragraph', 'Báo cáo tổng kết công tác thi '], ['byline', 'Trần Thị Lan'], ['boilerplate', 'Những tin mới hơn'], ['boilerplate', 'Những tin cũ hơn']],
    ],
    [
      'a byline with its photo credit, a comment form after it (gialai-, hoianrt-like)',
      'Tại hội nghị, các đơn vị trong cụm thi đua đã thảo luận và thống nhất nội dung quy chế hoạt động.\nBài: Lê Văn Hòa, ảnh Ngọc Dũng\nTrả lời\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *',
      [['paragraph', 'Tại hội nghị, các đơn vị trong'], ['byline', 'Bài: Lê Văn Hòa, ảnh Ngọc Dũng'], ['boilerplate', 'Trả lời'], ['boilerplate', 'Email của bạn sẽ không được hi']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(roles(input)).toEqual(expected.map(([role, text]) => [role, text!.slice(0, 30)]));
  });
});

describe('textToDocument on hostile input', () => {
  it.each([
    ['one 2 MB line', 'a '.repeat(1_000_000)],
    ['200,000 short lines', 'x\n'.repeat(200_000)],
    ['runs of dates', '1/1/2020 '.repeat(100_000)],
    ['wide gaps', 'tiêu đề' + ' '.repeat(100_000) + '1/1/2020'],
  ])('%s finishes', (_name, input) => {
    expect(textToDocument(input, 'utf-8', []).blocks.length).toBeGreaterThan(0);
  });
});
