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
  SourceSchema,
  SpanSchema,
  type ArticleRecord,
  type ArticleBody,
  type ArticleImage,
  type Author,
  type Award,
  type Bloc,
  type DocumentRef,
  type Movement,
  type RecordSource,
  type Span,
} from './schema/record.js';
export { CommandRecordSchema, ErrorLineSchema, type CommandRecord, type ErrorLine } from './schema/command.js';
export type { ArticleDocument, Block, BlockRole, BlockHints, PageMeta } from './document/types.js';
