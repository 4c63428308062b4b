import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasPhotoCredit, IMAGE_PLACEHOLDER_RE, isImagePlaceholder, PHOTO_CREDIT_RE } from '../../src/document/classify/caption.js';
import { CAPTION_MARKERS } from '../../src/vi/page-chrome.js';

/** The test without its shortcut: the expression, then the markers in a lower-cased copy. */
const reference = (text: string): boolean =>
  PHOTO_CREDIT_RE.test(text) || CAPTION_MARKERS.some((m) => m !== 'ảnh:' && m !== 'ảnh :' && text.toLowerCase().includes(m));

/** Texts made of the pieces credits are made of, in any case, and of pieces that only look alike. */
const pieces = ['ảnh 2', 'Ảnh 13', '\nảnh', 'ảnh', 'Ảnh', 'ẢNH', 'anh', 'ành', ':', ' : ', ' ', '(', ')', 'Hữu Thắng', 'VT', 'minh họa', 'MINH HOẠ', 'nguồn', 'Photo', 'PHOTO:', '.', 'x', '3'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));

describe('hasPhotoCredit', () => {
  it('finds credits and markers in any case', () => {
    for (const text of ['Quang cảnh hội nghị (Ảnh: Hữu Thắng)', 'Đồng chí Chủ tịch phát biểu. Ảnh: VT', 'Ảnh: Quang Huy', 'ẢNH MINH HỌA', 'Nguồn ảnh: Internet', 'PHOTO: Reuters']) {
      expect(hasPhotoCredit(text), text).toBe(true);
    }
    for (const text of ['Nội dung bài viết có câu dài hơn.', 'Thẻ', 'Ông Nguyễn Văn Anh: phát biểu', '']) {
      expect(hasPhotoCredit(text), text).toBe(false);
    }
  });

  it('answers as the expression and the markers do, with or without the shortcut', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        expect(hasPhotoCredit(text)).toBe(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('isImagePlaceholder', () => {
  it('answers as the expression does, with or without the shortcut', () => {
    expect(isImagePlaceholder('Đà Lạt vẫn là điểm đến hấp dẫn ẢNH 3')).toBe(true);
    expect(isImagePlaceholder('Nội dung')).toBe(false);
    fc.assert(
      fc.property(textArb, (text) => {
        expect(isImagePlaceholder(text)).toBe(text.length <= 300 && IMAGE_PLACEHOLDER_RE.test(text));
      }),
      { numRuns: 5000 },
    );
  });
});
