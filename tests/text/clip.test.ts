import { describe, expect, it } from 'vitest';
import { clipText } from '../../src/text/clip.js';

describe('clipText', () => {
  it('keeps a short text as it is and cuts a long one with an ellipsis', () => {
    expect(clipText('Đắk Nông', 20)).toBe('Đắk Nông');
    expect(clipText('Khối thi đua', 5)).toBe('Khối …');
  });

  it('never ends on half of a surrogate pair', () => {
    // Mirrors fuzz case html-trees:463878859:147: a warning quoted a text cut inside an emoji.
    const cut = clipText('ab😀cd', 3);
    expect(cut).toBe('ab…');
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
    expect(clipText('ab😀cd', 4)).toBe('ab😀…');
  });
});

describe('a warning that quotes page text', () => {
  it('holds no lone surrogate when the quote is cut inside an emoji', async () => {
    const { parseArticle } = await import('../../src/index.js');
    // Fuzz case html-trees:463878859:147: a headline, then text that is not article text, quoted in
    // a warning and cut at 60 units, where an emoji straddled the cut. Shifted by 0 to 3 letters so
    // that the cut falls on every unit around the emoji.
    for (let pad = 0; pad < 4; pad++) {
      const html =
        '<div id="tableforprint"><p class="Title">Khối thi đua tổ chức Hội nghị</p><img src="a.jpg" alt="">' +
        `${'n'.repeat(pad)}nhiệm kỳ 2020 – 2025&#x9f;Ho^.i nghi.Tie^'ng Vie^.tĐắk Nông&#xD800;\u0301&ecirc;&#x1F600;&#x1F600;Khối thi đua<div>`;
      const warnings = parseArticle(html, { legacyText: 'convert' }).warnings;
      expect(warnings.some((w) => w.includes('not article text'))).toBe(true);
      for (const w of warnings) expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(w)).toBe(false);
    }
  });
});
