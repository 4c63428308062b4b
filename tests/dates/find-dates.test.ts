import { describe, expect, it } from 'vitest';
import { daysInMonth, findDates, hasDateWord, type DateMatch } from '../../src/dates/find-dates.js';

/** [raw, year, month, day, hour, minute, yearInferred]: compact enough for a table. */
type Row = [string, number | null, number, number | null, number | null, number | null, boolean];

function rows(matches: readonly DateMatch[]): Row[] {
  return matches.map((d) => [d.raw, d.year, d.month, d.day, d.hour, d.minute, d.yearInferred]);
}

describe('findDates: forms it reads (day always before month)', () => {
  it.each<[string, Row[]]>([
    ['Ngày 16/6/2021, Khối thi đua', [['Ngày 16/6/2021', 2021, 6, 16, null, null, false]]],
    ['16-6-2021', [['16-6-2021', 2021, 6, 16, null, null, false]]],
    ['Chỉ thị số 03-CT/TW ngày 14.5.2011 của', [['ngày 14.5.2011', 2011, 5, 14, null, null, false]]],
    ['ngày 22 tháng 12 năm 2020', [['ngày 22 tháng 12 năm 2020', 2020, 12, 22, null, null, false]]],
    ['Hà Nội, 21 tháng 7 năm 2017', [['21 tháng 7 năm 2017', 2017, 7, 21, null, null, false]]],
    ['ngày 2 tháng 9', [['ngày 2 tháng 9', null, 9, 2, null, null, false]]],
    ['trong tháng 02 này', [['tháng 02', null, 2, null, null, null, false]]],
    ['tháng 02/2021', [['tháng 02/2021', 2021, 2, null, null, null, false]]],
    ['tháng 4 năm 2019', [['tháng 4 năm 2019', 2019, 4, null, null, null, false]]],
    ['báo cáo viên tháng 8.2019', [['tháng 8.2019', 2019, 8, null, null, null, false]]],
    ['Thứ năm, 09/05/2019', [['Thứ năm, 09/05/2019', 2019, 5, 9, null, null, false]]],
    ['THỨ HAI, 05/08/2019', [['THỨ HAI, 05/08/2019', 2019, 8, 5, null, null, false]]],
    ['Thu hai, 05/08/2019', [['Thu hai, 05/08/2019', 2019, 8, 5, null, null, false]]],
    ['CN, 04/08/2019', [['CN, 04/08/2019', 2019, 8, 4, null, null, false]]],
    ['thứ hai, 05 08 2019 10:53', [['thứ hai, 05 08 2019 10:53', 2019, 8, 5, 10, 53, false]]],
    ['05 08 2019 10:53', [['05 08 2019 10:53', 2019, 8, 5, 10, 53, false]]],
    ['(05.08.2019 16:32)', [['05.08.2019 16:32', 2019, 8, 5, 16, 32, false]]],
    ['30/03/2023 - 20:45', [['30/03/2023 - 20:45', 2023, 3, 30, 20, 45, false]]],
    ['(15:32 | 22/01/2024)', [['15:32 | 22/01/2024', 2024, 1, 22, 15, 32, false]]],
    ['2023-05-01 18:03', [['2023-05-01 18:03', 2023, 5, 1, 18, 3, false]]],
    ['07 giờ 30, ngày 30/10/2017', [['07 giờ 30, ngày 30/10/2017', 2017, 10, 30, 7, 30, false]]],
    ['Khoảng 5 giờ chiều 8.7, nghi phạm', [['5 giờ chiều 8.7', null, 7, 8, 17, 0, false]]],
    ['Vào lúc 3h sáng ngày 1.8, trên địa bàn', [['3h sáng ngày 1.8', null, 8, 1, 3, 0, false]]],
    ['Sáng ngày 2.8, Cụm thi đua', [['Sáng ngày 2.8', null, 8, 2, null, null, false]]],
    ['Hôm qua 12.5, UBND tỉnh', [['Hôm qua 12.5', null, 5, 12, null, null, false]]],
    ['Sáng nay (2/8), đoàn công tác', [['Sáng nay (2/8)', null, 8, 2, null, null, false]]],
    ['Chiều ngày 19/01/2024, Khối', [['Chiều ngày 19/01/2024', 2024, 1, 19, null, null, false]]],
    ['ngày 12/12', [['ngày 12/12', null, 12, 12, null, null, false]]],
    ['Kỷ niệm ngày thương binh liệt sỹ 27/7', [['27/7', null, 7, 27, null, null, false]]],
    ['(7/5/1954-7/5/2019)', [['7/5/1954', 1954, 5, 7, null, null, false], ['7/5/2019', 2019, 5, 7, null, null, false]]],
    ['Ngày 21-3-2019 và ngày 22-3-2019', [['Ngày 21-3-2019', 2019, 3, 21, null, null, false], ['ngày 22-3-2019', 2019, 3, 22, null, null, false]]],
    // A year without `năm`, where no word follows it.
    ['30 tháng 8, 2024', [['30 tháng 8, 2024', 2024, 8, 30, null, null, false]]],
    ['Thứ năm, 17 Tháng 12 2020 15:44', [['Thứ năm, 17 Tháng 12 2020 15:44', 2020, 12, 17, 15, 44, false]]],
    ['ngày 5 tháng 8 2000 người dự', [['ngày 5 tháng 8', null, 8, 5, null, null, false]]],
    // A two-digit year after a date word or before a time.
    ['ngày 24/12/12 11:05 tối', [['ngày 24/12/12 11:05 tối', 2012, 12, 24, 23, 5, false]]],
    ['24/12/12 11:05', [['24/12/12 11:05', 2012, 12, 24, 11, 5, false]]],
    // The half of a twelve-hour clock, after the time or before the date.
    ['24/12/2012 03:04 PM', [['24/12/2012 03:04 PM', 2012, 12, 24, 15, 4, false]]],
    ['03:04 PM 24/12/2012', [['03:04 PM 24/12/2012', 2012, 12, 24, 15, 4, false]]],
    // Minutes glued to a view counter: two digits are the minutes.
    ['04/01/2024 15:202130', [['04/01/2024 15:20', 2024, 1, 4, 15, 20, false]]],
  ])('%s', (text, expected) => {
    expect(rows(findDates(text))).toEqual(expected);
  });
});

describe('findDates: defaultYear', () => {
  it.each<[string, number | null, Row[]]>([
    ['Chiều 15/4, abc', 2019, [['Chiều 15/4', 2019, 4, 15, null, null, true]]],
    ['(CT) - Chiều 30-3, Cụm', 2023, [['Chiều 30-3', 2023, 3, 30, null, null, true]]],
    ['Sáng ngày 2.8, Cụm', 2019, [['Sáng ngày 2.8', 2019, 8, 2, null, null, true]]],
    ['tháng 02', 2021, [['tháng 02', 2021, 2, null, null, null, true]]],
    // A written year always wins over the default.
    ['Ngày 16/6/2021', 2019, [['Ngày 16/6/2021', 2021, 6, 16, null, null, false]]],
    // 29 February does not exist in the default year: the year stays unknown.
    ['ngày 29/2', 2019, [['ngày 29/2', null, 2, 29, null, null, false]]],
    ['ngày 29/2', 2020, [['ngày 29/2', 2020, 2, 29, null, null, true]]],
    ['ngày 12/12', null, [['ngày 12/12', null, 12, 12, null, null, false]]],
  ])('%s with defaultYear %s', (text, defaultYear, expected) => {
    expect(rows(findDates(text, { defaultYear }))).toEqual(expected);
  });
});

describe('findDates: what is not a date', () => {
  it.each<[string, string]>([
    ['impossible day and month', '32/13/2020'],
    ['29 February of a common year', '29/2/2019'],
    ['31 April', '31/4/2020'],
    ['year before 1900', '1/1/1800'],
    ['year after 2100', '1/1/2200'],
    ['year ranges', 'giai đoạn 2021-2025, nhiệm kỳ 2016-2021'],
    ['document symbols', 'Kế hoạch số 4614/KH-UBND, Thông tư 03/2011/TT-BGDĐT'],
    ['decimals without a date word', 'Hơn 1.5 tỷ đồng và 2.8 tấn'],
    ['dashes without a date word', 'từ 3-5 năm, tỷ số 2-1'],
    ['holiday written with a dash and no date word', 'Lễ 30-4 và 1-5'],
    ['a list whose date word is far away', 'các ngày 29, 30-4 và 1-5'],
    ['thousands separators', '30.000 lượt khách, 1.234.567 đồng'],
    ['spaced digits without a weekday or time', 'năm 12 05 2019 có'],
    ['two-digit years', '16/6/21'],
    ['two-digit years after a count', 'hẻm 12/12/15 đường'],
    ['a symbol after a two-digit year', 'số 12/12/15/QĐ'],
    ['an address', 'hẻm 12/3 đường Lê Lợi'],
    ['impossible fractions', 'đạt 19/19 tiêu chí'],
    ['month 13', 'tháng 13'],
  ])('%s', (_name, text) => {
    expect(findDates(text)).toEqual([]);
  });
});

describe('findDates: counted numbers are not days', () => {
  it.each<[string, Row[]]>([
    // Week 1 of May: only the month phrase is a date.
    ['tuần 1 tháng 5 năm 2019', [['tháng 5 năm 2019', 2019, 5, null, null, null, false]]],
    ['quý 2 tháng 6', [['tháng 6', null, 6, null, null, null, false]]],
    ['số 12/5 đường Lê Lợi', []],
    // A date word between the count and the digits makes it a date again.
    ['đợt 2 ngày 5/6', [['ngày 5/6', null, 6, 5, null, null, false]]],
  ])('%s', (text, expected) => {
    expect(rows(findDates(text))).toEqual(expected);
  });
});

describe('findDates: offsets', () => {
  it('gives offsets into the input, in order, without overlaps', () => {
    const text = 'Trước đó, sáng ngày 10/12, và Ngày 16/6/2021 (15:32 | 22/01/2024).';
    const found = findDates(text);
    expect(found.map((d) => d.raw)).toEqual(['sáng ngày 10/12', 'Ngày 16/6/2021', '15:32 | 22/01/2024']);
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.raw);
    for (let i = 1; i < found.length; i++) expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
  });
});

describe('hasDateWord and daysInMonth', () => {
  it.each<[string, boolean]>([
    ['Sáng ngày 2.8', true],
    ['Thứ năm, 09/05/2019', true],
    ['Hôm qua 12.5', true],
    ['16/6/2021', false],
    ['3/4', false],
  ])('hasDateWord(%s) = %s', (raw, expected) => {
    expect(hasDateWord(raw)).toBe(expected);
  });

  it.each<[number, number, number]>([
    [2019, 2, 28],
    [2020, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
  ])('daysInMonth(%i, %i) = %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });
});

describe('findDates: hostile inputs finish with sane results', () => {
  it.each<[string, () => string, (found: DateMatch[]) => void]>([
    ['100,000 × "1/1/"', () => '1/1/'.repeat(100_000), (f) => expect(f).toEqual([])],
    ['100,000 × "ngày "', () => 'ngày '.repeat(100_000), (f) => expect(f).toEqual([])],
    ['1 MB of digits and dots', () => '1234567890.'.repeat(100_000), (f) => expect(f).toEqual([])],
    ['1 MB of digits', () => '9'.repeat(1_000_000), (f) => expect(f).toEqual([])],
    ['dots and slashes', () => '1.1/'.repeat(200_000), (f) => expect(f.length).toBeLessThan(10)],
    ['20,000 × "Thứ hai, "', () => 'Thứ hai, '.repeat(20_000), (f) => expect(f).toEqual([])],
    ['200,000 × "1 "', () => '1 '.repeat(200_000), (f) => expect(f).toEqual([])],
    ['200,000 × "1-"', () => '1-'.repeat(200_000), (f) => expect(f).toEqual([])],
    ['spaces between cue words', () => `Sáng${' '.repeat(100_000)}ngày 2.8`, (f) => expect(f).toHaveLength(1)],
    ['"Sáng ngày " repeated then a date', () => `${'Sáng ngày '.repeat(50_000)}2.8`, (f) => expect(f).toHaveLength(1)],
    ['"12 tháng " repeated', () => '12 tháng '.repeat(50_000), (f) => expect(f.every((d) => d.day === null)).toBe(true)],
    ['50,000 real dates', () => 'ngày 1/1/2020 '.repeat(50_000), (f) => expect(f).toHaveLength(50_000)],
    ['clock times everywhere', () => '10:53 '.repeat(100_000), (f) => expect(f).toEqual([])],
    ['parentheses and pipes', () => '(15:32 | '.repeat(50_000), (f) => expect(f).toEqual([])],
  ])('%s', (_name, make, check) => {
    check(findDates(make()));
  });
});
