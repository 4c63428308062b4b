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
    // Forms papers print (issue 12): a two-digit year and the day part after the time.
    ['Cập nhật thứ hai, ngày 24/12/12 11:05 tối', '2012-12-24T23:05:00+07:00'],
    ['Cập nhật thứ bảy, ngày 05/01/13 08:40 sáng', '2013-01-05T08:40:00+07:00'],
    ['Thứ hai, 24/12/2012 03:04 AM (GMT+7)', '2012-12-24T03:04:00+07:00'],
    ['Thứ hai, 24/12/2012 03:04 PM (GMT+7)', '2012-12-24T15:04:00+07:00'],
    ['Thứ hai, 24/12/2012 12:15 AM', '2012-12-24T00:15:00+07:00'],
    ['Thứ năm, 13/6/2013', '2013-06-13'],
    ['30 tháng 8, 2024', '2024-08-30'],
    ['ngày 05 tháng 8 năm 2019', '2019-08-05'],
    ['- Được đăng: Thứ năm, 17 Tháng 12 2020 15:44', '2020-12-17T15:44:00+07:00'],
    // A view counter after the time, spaced or glued to the minutes.
    ['27/04/2023 14:47 98', '2023-04-27T14:47:00+07:00'],
    ['Thứ năm - 04/01/2024 15:202130', '2024-01-04T15:20:00+07:00'],
    ['Posted on 12/03/2020 at 10:00', '2020-03-12T10:00:00+07:00'],
    ['Updated: 2023-05-01 18:03', '2023-05-01T18:03:00+07:00'],
    ['16/6/21', null],
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
    ['Cập nhật thứ hai, ngày 24/12/12 11:05 tối', true],
    ['Thứ hai, 24/12/2012 03:04 AM (GMT+7)', true],
    ['30 tháng 8, 2024', true],
    ['- Được đăng: Thứ năm, 17 Tháng 12 2020 15:44', true],
    ['27/04/2023 14:47 98', true],
    ['Thứ năm - 04/01/2024 15:202130', true],
    ['Posted on 12/03/2020 at 10:00', true],
    // A number after a date without a time is not a counter: the line may be a heading.
    ['27/04/2023 98', false],
    ['27/04/2023 14:47 98 người', false],
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
