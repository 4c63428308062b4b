/**
 * vn-news-parser: Vietnamese news articles in, validated records out.
 */
export { parseArticle, safeParseArticle, parseDocument, type SafeParseResult } from './parse-article.js';
export { VnNewsParseError, isVnNewsParseError, type ParseErrorCode } from './errors.js';
export { DEFAULT_MAX_BYTES, type ParseOptions, type InputFormat } from './options.js';
export {
  ArticleRecordSchema,
  AuthorSchema,
  AwardSchema,
  BlocSchema,
  DocumentRefSchema,
  ImageSchema,
  MovementSchema,
  type ArticleRecord,
  type ArticleImage,
  type Author,
  type Award,
  type Bloc,
  type DocumentRef,
  type Movement,
  type Span,
} from './schema/record.js';
export type { ArticleDocument, Block, BlockRole, BlockHints, PageMeta } from './document/types.js';
