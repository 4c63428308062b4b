/**
 * Site lines of text copies (issue 12), as the copies in ../shared/corpus/pages-text show them:
 * tool bars, skip links, breadcrumbs, comment forms, counters, a paper's name.
 */
import { describe, expect, it } from 'vitest';
import { isChromeLine, isSiteNameLine } from '../../src/document/classify/chrome.js';

describe('isChromeLine', () => {
  it.each([
    ['a glued tool bar', 'PrintAaa'],
    ['a shorter glued tool bar', 'PrintAa'],
    ['a spaced tool bar', 'In bài Aa A+ Email'],
    ['a skip link', 'Truy cập nội dung luôn'],
    ['a publishing tool', 'Xuất bản thông tin'],
    ['a box title', 'VĂN BẢN MỚI'],
    ['a bracketed link', '[Trở về]'],
    ['a box of pictures', 'Tin có hình'],
    ['a breadcrumb from the home link', 'Trang chủ Chi tiết bài viết'],
    ['an article-page crumb', 'Chi tiết bài viết Tin tức'],
    ['a label with its counter', 'Bình luận (0)'],
    ['a bulleted counter', '- Lượt xem: 1252'],
    ['a comment form', 'Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *'],
    ['a reply link', 'Trả lời'],
    ['neighbour links', 'Những tin cũ hơn'],
    ['a language switch', 'En'],
    ['a banner picture', 'image banner'],
    ['a follow-us link', 'BAOTAYNINH.VN trên Google News'],
    ['punctuation debris', ';'],
    ['a SharePoint error', 'Cannot retrieve the URL specified in the Content Link property. For more assistance, contact your site administrator.'],
    ['a source line', 'Theo Cổng thông tin điện tử tỉnh Đắk Nông'],
  ])('%s', (_name, line) => {
    expect(isChromeLine(line)).toBe(true);
  });

  it.each([
    ['a headline', 'Khối thi đua Văn hóa - Xã hội ký kết giao ước thi đua năm 2023'],
    ['a section name', 'Thi đua khen thưởng'],
    ['a byline', 'Lê Hiền'],
    ['a surname that is a word', 'Lưu Quang'],
    ['a person after Theo', 'Theo Sầm Hoa (Vietnamnet/Reuters)'],
    ['a sentence about comments', 'Bình luận của bạn đọc về dự án rất sôi nổi.'],
    ['a heading with a number', 'Tháng 12'],
  ])('keeps %s', (_name, line) => {
    expect(isChromeLine(line)).toBe(false);
  });

  it('is quick on a long tool-like line (bounded by its length cap)', () => {
    expect(isChromeLine('a'.repeat(100_000))).toBe(false);
    expect(isChromeLine('Aa'.repeat(29))).toBe(true);
  });
});

describe('isSiteNameLine', () => {
  it.each([
    ['Báo Đồng Nai điện tử', true],
    ['Báo Tây Ninh Online', true],
    ['Cổng thông tin điện tử Sở Nội vụ', true],
    ['Báo cáo tổng kết công tác thi đua năm 2022', false],
  ])('%s → %s', (line, expected) => {
    expect(isSiteNameLine(line)).toBe(expected);
  });
});
