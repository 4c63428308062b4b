import { describe, expect, it } from 'vitest';
import { unitWriter } from '../../src/text/unit-writer.js';

describe('unitWriter', () => {
  it('reads back what was written, across its growth', () => {
    const out = unitWriter(1);
    const pieces = ['Vi', 'ệ', 't', ' ', 'Nam', '😀', '', 'đ'.repeat(40)];
    for (const p of pieces) out.write(p);
    expect(out.text()).toBe(pieces.join(''));
  });

  it('keeps a surrogate pair written in halves, and a lone half as it is', () => {
    const out = unitWriter(4);
    out.write('\ud83d');
    out.write('\ude00');
    expect(out.text()).toBe('😀');
    const lone = unitWriter(4);
    lone.write('a\ud83db');
    expect(lone.text()).toBe('a\ud83db');
  });

  it('gives the empty string when nothing was written', () => {
    expect(unitWriter(0).text()).toBe('');
  });
});
