/**
 * Cues of a text copy's header lines (issue 12), on lines of the shapes the copies in
 * ../shared/corpus/pages-text show, in our own words.
 */
import { describe, expect, it } from 'vitest';
import {
  breadcrumbSection,
  isCategoryLike,
  isTableCellLine,
  opensWithSourceTag,
  splitCellSignature,
} from '../../src/document/classify/header-lines.js';
import { textToDocument } from '../../src/document/text/text-to-document.js';
import { extractCategory } from '../../src/extract/category.js';

describe('opensWithSourceTag', () => {
  it.each([
    ['(VOV) - Sáng 23/11, tại Hà Nội, hội nghị', true],
    ['(TUAG)- Cuộc vận động được triển khai', true],
    ['(Dân trí) - Chiều 5/6, đoàn công tác', true],
    ['Hội nghị tổng kết (lần thứ 3) - năm 2023', false],
  ])('%s → %s', (line, expected) => {
    expect(opensWithSourceTag(line)).toBe(expected);
  });
});

describe('isCategoryLike', () => {
  it.each<[string, boolean, boolean]>([
    ['Thi đua khen thưởng', false, true],
    ['Nhìn lại năm 2021', false, true],
    ['Lượt xem 120', false, false],
    ['Người Việt Nam ưu tiên dùng hàng Việt Nam', false, false],
    ['Người Việt Nam ưu tiên dùng hàng Việt Nam', true, true],
    ['Hội nghị đã thành công, tốt đẹp', true, false],
    ['| Tin liên quan |', true, false],
    ['PrintAaa', true, false],
  ])('%s (right above the title: %s) → %s', (line, nextToTitle, expected) => {
    expect(isCategoryLike(line, nextToTitle)).toBe(expected);
  });
});

describe('table cells and breadcrumbs', () => {
  it('tells a table-cell line', () => {
    expect(isTableCellLine('| Cụm thi đua số 1 thực hiện tốt công tác |')).toBe(true);
    expect(isTableCellLine('Cụm thi đua số 1 thực hiện tốt công tác')).toBe(false);
  });

  it('splits a signature off the end of a cell, and only a signature', () => {
    expect(splitCellSignature('Các đơn vị đã bình xét khen thưởng. Trần Thị Lan |')).toEqual([
      'Các đơn vị đã bình xét khen thưởng.',
      'Trần Thị Lan',
    ]);
    expect(splitCellSignature('Các đơn vị đã bình xét khen thưởng. Hội nghị kết thúc trong không khí vui vẻ |')).toBeNull();
    expect(splitCellSignature('Các đơn vị đã bình xét khen thưởng. Trần Thị Lan')).toBeNull();
  });

  it.each<[string, string | null]>([
    ['Trang chủ > Xã hội > Giao thông', 'Giao thông'],
    ['Trang chủ » Thi đua khen thưởng', 'Thi đua khen thưởng'],
    ['Trang chủ Chi tiết bài viết', null],
    ['Thời sự > Giao thông', null],
    ['Trang chủ > Tin tức > Ngày 12/3/2024', null],
  ])('breadcrumb %s → %s', (line, expected) => {
    expect(breadcrumbSection(line)).toBe(expected);
  });

  it('reads the section of a text copy from its breadcrumb', () => {
    const doc = textToDocument(
      'Trang chủ > Xã hội > Giao thông\n30/08/2024 14:20 GMT+7\nHà Nội khởi công cầu vượt sông Hồng mới\nTTO - Sáng 30-8, thành phố tổ chức lễ khởi công công trình cầu vượt sông Hồng với tổng vốn lớn.',
      'utf-8',
      [],
    );
    expect(extractCategory(doc)).toBe('Giao thông');
  });
});
