import { describe, expect, it } from 'vitest';
import { isDateline, parseDateline } from '../../src/dates/parse-dateline.js';
import { toIsoDate, toIsoDateTime } from '../../src/dates/to-iso.js';

describe('parseDateline', () => {
  it.each<[string, string | null]>([
    ['18/06/2021', '2021-06-18'],
    ['(05.08.2019 16:32)', '2019-08-05T16:32:00+07:00'],
    ['thứ hai, 05 08 2019 10:53', '2019-08-05T10:53:00+07:00'],
    ['30/03/2023 - 20:45', '2023-03-30T20:45:00+07:00'],
    ['(15:32 | 22/01/2024)', '2024-01-22T15:32:00+07:00'],
    ['Thứ năm, 09/05/2019', '2019-05-09'],
    ['Cập nhật: 21/03/2019 22:13', '2019-03-21T22:13:00+07:00'],
    ['Ngày đăng: 01/05/2023', '2023-05-01'],
    ['01/05/2023 18:03', '2023-05-01T18:03:00+07:00'],
    ['( Cập nhật lúc: 07/02/2018  )', '2018-02-07'],
    ['2023-05-01 18:03', '2023-05-01T18:03:00+07:00'],
    ['Thứ Năm, 09/05/2019 - 08:30 (GMT+7)', '2019-05-09T08:30:00+07:00'],
    ['Đăng lúc 10:20 ngày 05/08/2019', '2019-08-05T10:20:00+07:00'],
    ['ngày 22 tháng 12 năm 2020', '2020-12-22'],
    ['Chiều 15/4', null],
    ['tháng 02/2021', null],
    ['32/13/2020', null],
    ['', null],
    ['Không có ngày', null],
  ])('%s → %s', (line, expected) => {
    expect(parseDateline(line)).toBe(expected);
  });

  it.each<[string, number, string]>([
    ['Chiều 15/4', 2020, '2020-04-15'],
    ['Chiều 15/4 lúc 15:30', 2020, '2020-04-15T15:30:00+07:00'],
    ['18/06/2021', 2000, '2021-06-18'],
  ])('%s with defaultYear %i → %s', (line, defaultYear, expected) => {
    expect(parseDateline(line, { defaultYear })).toBe(expected);
  });
});

describe('isDateline', () => {
  it.each<[string, boolean]>([
    ['18/06/2021', true],
    ['15/03/2018 ', true],
    ['(05.08.2019 16:32)', true],
    ['thứ hai, 05 08 2019 10:53', true],
    ['30/03/2023 - 20:45', true],
    ['(15:32 | 22/01/2024)', true],
    ['Thứ năm, 09/05/2019', true],
    ['Cập nhật: 21/03/2019 22:13', true],
    ['Ngày đăng: 01/05/2023', true],
    ['( Cập nhật lúc: 07/02/2018  )', true],
    ['2023-05-01 18:03', true],
    ['Thứ Năm, 09/05/2019 - 08:30 (GMT+7)', true],
    ['Chiều 15/4 - 15:30', true],
    ['Chiều 15/4', false],
    ['Ngày 16/6/2021, Khối thi đua tổ chức Hội nghị', false],
    ['Hội nghị sơ kết 6 tháng đầu năm 2022 của Khối thi đua 8 18/7/2022', false],
    ['Lượt xem: 123 - 05/08/2019', false],
    ['Tháng 02/2021', false],
    ['', false],
    [`${'18/06/2021 '.repeat(10)}`, false],
  ])('%s → %s', (line, expected) => {
    expect(isDateline(line)).toBe(expected);
  });
});

describe('toIsoDate and toIsoDateTime', () => {
  it('formats calendar fields without shifting the day', () => {
    expect(toIsoDate(2021, 6, 18)).toBe('2021-06-18');
    expect(toIsoDateTime(2021, 6, 18, 8, 30)).toBe('2021-06-18T08:30:00+07:00');
    expect(toIsoDateTime(2024, 1, 22, 23, 59)).toBe('2024-01-22T23:59:00+07:00');
  });

  it.each<[string, () => string]>([
    ['month 13', () => toIsoDate(2021, 13, 1)],
    ['day 0', () => toIsoDate(2021, 1, 0)],
    ['hour 24', () => toIsoDateTime(2021, 1, 1, 24, 0)],
    ['fractional minute', () => toIsoDateTime(2021, 1, 1, 1, 0.5)],
  ])('throws a RangeError for %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('hostile date lines finish with sane results', () => {
  it.each<[string, string]>([
    ['100,000 × "1/1/"', '1/1/'.repeat(100_000)],
    ['1 MB of digits and dots', '1234567890.'.repeat(100_000)],
    ['thousands of weekdays', 'Thứ hai, '.repeat(20_000)],
    ['labels only', 'Cập nhật lúc: '.repeat(20_000)],
    ['pipes and times', '(15:32 | '.repeat(50_000)],
  ])('%s', (_name, line) => {
    expect(parseDateline(line)).toBeNull();
    expect(isDateline(line)).toBe(false);
  });

  it('reads the first date of a very long line', () => {
    expect(parseDateline(`18/06/2021 ${'x '.repeat(500_000)}`)).toBe('2021-06-18');
  });
});
