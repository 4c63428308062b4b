/**
 * A timetable (a table of time slots, no prose around it) is a standing page, not news: the real
 * weekly work schedule of a provincial department, and hand-made pages of its shape. A schedule
 * printed inside an article, with the article's prose around it, leaves the article an article.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { HAS_SHARED, SHARED_DIR } from '../helpers/shared.js';

const PROSE = 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ, đề ra phương hướng cho thời gian tới.';
const PROSE2 = 'Các đơn vị trong Khối đã ký kết giao ước thi đua năm 2024 và thống nhất các nội dung chủ yếu.';

/** A week's rows as the department's schedule sets them (stc/lich-lam-viec-tuan): day, time, what, who, where, each cell of paragraphs. */
function scheduleTable(): string {
  const rows = [
    ['Thứ 2', '08:00', 'Họp giao ban đầu tuần, đánh giá kết quả công tác tuần trước và triển khai nhiệm vụ tuần này', '- Lãnh đạo Sở;|- Trưởng các phòng', 'Phòng họp tầng 2 - Sở Tài chính'],
    ['(07/5/2024)', '14h30', 'Làm việc với UBND huyện về dự toán ngân sách và phương án giá đất trên địa bàn huyện', '- Phòng Quản lý ngân sách;|- Đại diện UBND huyện', 'Trụ sở UBND huyện'],
    ['Thứ 4', '8 giờ 30', 'Dự hội nghị trực tuyến của UBND tỉnh thông qua các nội dung trình HĐND tỉnh tại kỳ họp', '- Giám đốc Sở chủ trì;|- Phòng Tài chính doanh nghiệp', 'Phòng họp trực tuyến UBND tỉnh'],
    ['(09/5/2024)', '08:00', 'Họp Hội đồng thẩm định giá đất, thẩm định phương án giá đất của các huyện', '- Phó Giám đốc Sở;|- Đại diện Sở Tài nguyên và Môi trường', 'Phòng họp giao ban - Sở Tài chính'],
  ];
  const head = '<tr><td><p><b>THỜI GIAN</b></p></td><td><p><b>GIỜ</b></p></td><td><p><b>NỘI DUNG</b></p></td><td><p><b>THAM DỰ</b></p></td><td><p><b>ĐỊA ĐIỂM</b></p></td></tr>';
  const cell = (c: string) => `<td>${c.split('|').map((p) => `<p>${p}</p>`).join('')}</td>`;
  return `<table class="MsoTableGrid">${head}${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</table>`;
}

describe('timetables are standing pages', () => {
  it('a page that is a table of time slots is not a news article, and says why', () => {
    const r = parseArticle(`<html><body><h2>Tuần 19 (từ 06/5 đến 10/5/2024)</h2>${scheduleTable()}</body></html>`, { format: 'html' });
    expect(r.warnings.join()).toMatch(/not a news article: its main region is a timetable/);
    expect(r.body.paragraphs).toEqual([]);
  });

  it('an article that prints a schedule among its paragraphs is an article', () => {
    const r = parseArticle(
      `<html><body><h1>Hội nghị sơ kết thi đua năm 2024</h1><p>${PROSE}</p>${scheduleTable()}<p>${PROSE2}</p></body></html>`,
      { format: 'html' },
    );
    expect(r.warnings.join()).not.toMatch(/not a news article/);
    expect(r.title).toBe('Hội nghị sơ kết thi đua năm 2024');
    expect(r.body.paragraphs).toContain(PROSE);
  });

  it.skipIf(!HAS_SHARED)('the weekly work schedule of a department (stc/lich-lam-viec-tuan)', () => {
    const bytes = readFileSync(join(SHARED_DIR, 'corpus', 'html', 'gov-daknong-stc', 'lich-lam-viec-tuan.html'));
    const r = parseArticle(new Uint8Array(bytes), { format: 'html' });
    expect(r.warnings.join()).toMatch(/timetable/);
    expect(r.title).toBeNull();
  });
});
