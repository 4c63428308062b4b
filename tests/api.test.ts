/**
 * The public surface: the exact export list, misuse, the typed error, the safe variant.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { ArticleRecordSchema, parseArticle, safeParseArticle, VnNewsParseError } from '../src/index.js';

describe('exports', () => {
  it('exposes exactly the documented names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'ArticleRecordSchema',
        'AuthorSchema',
        'CommandRecordSchema',
        'ErrorLineSchema',
        'SourceSchema',
        'SpanSchema',
        'AwardSchema',
        'BlocSchema',
        'DEFAULT_MAX_BYTES',
        'DocumentRefSchema',
        'ImageSchema',
        'MovementSchema',
        'VnNewsParseError',
        'isVnNewsParseError',
        'parseArticle',
        'parseDocument',
        'safeParseArticle',
      ].sort(),
    );
  });
});

describe('misuse throws TypeError', () => {
  it.each([
    ['a number as input', () => parseArticle(42 as unknown as string)],
    ['an unknown option', () => parseArticle('x', { colour: 'red' } as never)],
    ['a bad format', () => parseArticle('x', { format: 'pdf' as never })],
    ['a bad reference date', () => parseArticle('x', { referenceDate: 'not a date' })],
    ['a bad maxBytes', () => parseArticle('x', { maxBytes: -1 })],
    ['options that are not an object', () => parseArticle('x', 'html' as never)],
  ])('%s', (_name, call) => {
    expect(call).toThrow(TypeError);
  });

  it('safeParseArticle still throws on misuse', () => {
    expect(() => safeParseArticle(null as unknown as string)).toThrow(TypeError);
  });
});

describe('typed errors', () => {
  it('EMPTY_INPUT carries its code', () => {
    try {
      parseArticle('   ');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(VnNewsParseError);
      expect((error as VnNewsParseError).code).toBe('EMPTY_INPUT');
      expect((error as VnNewsParseError).name).toBe('VnNewsParseError');
    }
  });

  it('safeParseArticle returns the error instead', () => {
    const result = safeParseArticle(Uint8Array.from([0, 1, 2, 3, 0, 0]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('NOT_TEXT');
  });

  it('safeParseArticle returns the record, its warnings in one place', () => {
    const result = safeParseArticle('Tiêu đề bài\n\nNgày 1/2/2020, hội nghị đã diễn ra tại hội trường của tỉnh với nhiều đại biểu.');
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(ArticleRecordSchema.safeParse(result.record).success).toBe(true);
      expect(Object.keys(result).sort()).toEqual(['ok', 'record']);
      expect(Array.isArray(result.record.warnings)).toBe(true);
    }
  });
});

describe('records', () => {
  it("keep the contract's field order (source second), as the schema's shape gives it", () => {
    const record = parseArticle('Tiêu đề bài\n\nNgày 1/2/2020, hội nghị đã diễn ra tại hội trường của tỉnh với nhiều đại biểu.');
    expect(Object.keys(record)).toEqual([
      'schemaVersion', 'source', 'title', 'category', 'categoryKey', 'publishedAt', 'eventDate', 'description', 'authors', 'body',
      'images', 'blocs', 'documents', 'movements', 'awards', 'places', 'warnings',
    ]);
  });

  it('keeps the url option and the format', () => {
    const record = parseArticle('<p>Một đoạn văn đủ dài để làm thân bài, có dấu phẩy, và kết thúc bằng dấu chấm.</p><p>x</p><p>y</p>', {
      url: 'https://example.gov.vn/a',
    });
    expect(record.source).toMatchObject({ url: 'https://example.gov.vn/a', format: 'html', encoding: 'utf-8' });
  });

  it('body.text is the paragraphs joined with a blank line', () => {
    const record = parseArticle('Tiêu đề bài viết ở đây\n\nĐoạn một của bài viết, đủ dài, có dấu phẩy và dấu chấm.\n\nĐoạn hai của bài viết, cũng đủ dài, có dấu chấm.');
    expect(record.body.text).toBe(record.body.paragraphs.join('\n\n'));
  });
});
