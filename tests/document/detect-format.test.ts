import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/document/detect-format.js';

describe('detectFormat', () => {
  it.each([
    ['doctype', '<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['html tag after white space', '\n  <html lang="vi">', 'html'],
    ['a body fragment', '<p><strong>Tiêu đề</strong></p>\n<p>Nội dung</p><p>x</p>', 'html'],
    ['plain text', 'Thi đua Khen thưởng\n18/06/2021\nNgày 16/6/2021, Khối thi đua ...', 'text'],
    ['text with one stray tag', 'Giá trị <b>cao</b> hơn 5 < 7 và 9 > 3', 'text'],
  ])('%s', (_name, input, expected) => {
    expect(detectFormat(input)).toBe(expected);
  });

  it('is linear on hostile input', () => {
    expect(detectFormat('<p '.repeat(200_000))).toBe('text');
    expect(detectFormat('<p' + ' a'.repeat(300_000))).toBe('text');
  });
});
