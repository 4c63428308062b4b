import { describe, expect, it } from 'vitest';
import { isPersonName, isSignatureInitials, parseAttribution, parseByline, readBylineBlock } from '../../src/extract/byline.js';

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
    // Forms of issue 12.
    ['an initial and a name', 'K. Miên', [{ name: 'K. Miên', unit: null }]],
    ['an initial glued to a name in capitals', 'P.TRUNG', [{ name: 'P.TRUNG', unit: null }]],
    ['a republished article', 'Theo Sầm Hoa (Vietnamnet/Reuters)', [{ name: 'Sầm Hoa', unit: 'Vietnamnet/Reuters' }]],
    ['a newsroom team', 'Nhóm PV', [{ name: 'Nhóm PV', unit: null }]],
    ['a photo credit after the author', 'Bài: Đinh Tuyên, ảnh Ngọc Dũng', [{ name: 'Đinh Tuyên', unit: null }]],
    ['a photo credit with its own lead', 'Tin: Minh Hà - Ảnh: Lê Hiền', [{ name: 'Minh Hà', unit: null }]],
    ['the national agency as unit', 'Trần Cao (TTXVN)', [{ name: 'Trần Cao', unit: 'TTXVN' }]],
  ])('%s', (_name, input, expected) => {
    expect(parseByline(input)).toEqual(expected);
  });

  it.each([
    ['a sentence', 'Hội nghị đã thông qua Quy chế hoạt động của Khối.'],
    ['a lower-case phrase', 'Lịch sử hình thành'],
    ['chrome', 'Liên kết website'],
    ['too long', 'Nguyễn Văn A '.repeat(10)],
    ['empty', ''],
    ['a paper after Theo', 'Theo Tuổi Trẻ'],
    ['an agency after Theo', 'Theo VOV'],
    ['a portal after Theo', 'Theo Cổng thông tin điện tử tỉnh Đắk Nông'],
    ['capitals alone (only the last line may be initials)', 'TVB'],
  ])('rejects %s', (_name, input) => {
    expect(parseByline(input)).toBeNull();
  });

  it('is quick on hostile input (bounded by the length cap)', () => {
    expect(parseByline('('.repeat(100_000))).toBeNull();
    expect(isPersonName('A'.repeat(100_000))).toBe(false);
  });
});

describe('signatures of capitals and attributions', () => {
  it('reads capitals alone as initials, never an end mark', () => {
    expect(isSignatureInitials('TVB')).toBe(true);
    expect(isSignatureInitials('HẾT')).toBe(false);
    expect(isSignatureInitials('UBND TỈNH')).toBe(false);
    expect(readBylineBlock('TVB')).toEqual([{ name: 'TVB', unit: null }]);
    expect(readBylineBlock('Liên kết website')).toEqual([]);
  });

  it('tells a person after Theo from a paper', () => {
    expect(parseAttribution('Theo Sầm Hoa (Vietnamnet/Reuters)')).toEqual({ name: 'Sầm Hoa', unit: 'Vietnamnet/Reuters' });
    expect(parseAttribution('Theo Báo Nhân Dân (Hà Nội)')).toBeNull();
    expect(parseAttribution('Sầm Hoa (Vietnamnet)')).toBeNull();
  });
});
