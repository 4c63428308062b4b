// cleanSlice drops quote marks: the fuzzer (html-trees:418932084:531) found a stray combining mark
// after a quote (`huyện"̣`) left next to a letter, a record string that was not NFC.
import { describe, expect, it } from 'vitest';
import { cleanSlice } from '../../src/text/spans.js';

describe('cleanSlice', () => {
  it('keeps the slice NFC when a dropped quote stood before a combining mark', () => {
    const text = 'về huyện"\u0323 ngày';
    const s = cleanSlice(text, { start: 0, end: text.length });
    expect(s).toBe(s!.normalize('NFC'));
    expect(s).toBe('về huyệṇ ngày'.normalize('NFC'));
  });

  it('drops quote marks and folds white space', () => {
    const text = '  “Thi đua   yêu nước”  ';
    expect(cleanSlice(text, { start: 0, end: text.length })).toBe('Thi đua yêu nước');
  });
});
