import { describe, expect, it } from 'vitest';
import { MAX_REMEMBERED_WORDS, rememberWords } from '../../src/text/remember-words.js';

describe('rememberWords', () => {
  it('asks once per distinct word, null and undefined answers included', () => {
    const asked: string[] = [];
    const judge = rememberWords((w: string) => {
      asked.push(w);
      return w === 'x' ? undefined : w === 'y' ? null : w.length;
    });
    for (const w of ['x', 'y', 'Việt', 'x', 'y', 'Việt']) judge(w);
    expect(asked).toEqual(['x', 'y', 'Việt']);
    expect(judge('x')).toBeUndefined();
    expect(judge('y')).toBeNull();
    expect(judge('Việt')).toBe(4);
  });

  it('answers past its bound too, asking again for the words it could not keep', () => {
    let calls = 0;
    const length = rememberWords((w: string) => (calls++, w.length));
    for (let i = 0; i < MAX_REMEMBERED_WORDS + 2; i++) length(`w${i}`);
    expect(calls).toBe(MAX_REMEMBERED_WORDS + 2);
    expect(length(`w${MAX_REMEMBERED_WORDS + 1}`)).toBe(String(MAX_REMEMBERED_WORDS + 1).length + 1);
    expect(calls).toBe(MAX_REMEMBERED_WORDS + 3);
    expect(length('w0')).toBe(2);
    expect(calls).toBe(MAX_REMEMBERED_WORDS + 3);
  });
});
