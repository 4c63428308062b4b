import { describe, expect, it } from 'vitest';
import { isPersonName, parseByline } from '../../src/extract/byline.js';

describe('parseByline', () => {
  it.each([
    ['name, unit (seed)', 'Trương Văn Phong, Ban TĐKT', [{ name: 'Trương Văn Phong', unit: 'Ban TĐKT' }]],
    ['capitals', 'ANH KHOA', [{ name: 'ANH KHOA', unit: null }]],
    ['capitals with a trailing bar', 'BẢO NGUYÊN |', [{ name: 'BẢO NGUYÊN', unit: null }]],
    ['signature abbreviation', 'PV', [{ name: 'PV', unit: null }]],
    ['initials', 'N.P', [{ name: 'N.P', unit: null }]],
    ['name then unit, no separator', 'Trí Song Đài TT', [{ name: 'Trí Song', unit: 'Đài TT' }]],
    ['name (unit)', 'Kim Ngân (Ban Tổ chức Huyện ủy)', [{ name: 'Kim Ngân', unit: 'Ban Tổ chức Huyện ủy' }]],
    ['lead without colon', 'Tin, ảnh Lệ Sương', [{ name: 'Lệ Sương', unit: null }]],
    ['lead with colon', 'Bài, ảnh: Quốc Huy', [{ name: 'Quốc Huy', unit: null }]],
    ['trailing full stop', 'Lê Xuân.', [{ name: 'Lê Xuân', unit: null }]],
    ['two names', 'Ngô Tấm - Khánh Hiền', [{ name: 'Ngô Tấm', unit: null }, { name: 'Khánh Hiền', unit: null }]],
    ['a one-word tail is part of the name', 'Nguyễn Văn Ban', [{ name: 'Nguyễn Văn Ban', unit: null }]],
  ])('%s', (_name, input, expected) => {
    expect(parseByline(input)).toEqual(expected);
  });

  it.each([
    ['a sentence', 'Hội nghị đã thông qua Quy chế hoạt động của Khối.'],
    ['a lower-case phrase', 'Lịch sử hình thành'],
    ['chrome', 'Liên kết website'],
    ['too long', 'Nguyễn Văn A '.repeat(10)],
    ['empty', ''],
  ])('rejects %s', (_name, input) => {
    expect(parseByline(input)).toBeNull();
  });

  it('is quick on hostile input (bounded by the length cap)', () => {
    expect(parseByline('('.repeat(100_000))).toBeNull();
    expect(isPersonName('A'.repeat(100_000))).toBe(false);
  });
});
