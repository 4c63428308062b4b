/**
 * The pipeline: decode bytes → parse once into the document model → extractors → assemble → validate.
 */
import { assembleRecord } from './assemble.js';
import { decodeInput } from './decode/decode-input.js';
import { readLegacyText } from './decode/read-legacy-text.js';
import { detectFormat } from './document/detect-format.js';
import { htmlToDocument } from './document/html/html-to-document.js';
import { textToDocument } from './document/text/text-to-document.js';
import type { ArticleDocument } from './document/types.js';
import { VnNewsParseError } from './errors.js';
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './options.js';
import { ArticleRecordSchema, type ArticleRecord } from './schema/record.js';

/**
 * The outcome of {@link safeParseArticle}. The warnings are in one place, `record.warnings` (before
 * 0.2 they were also returned beside the record, as the same array).
 */
export type SafeParseResult =
  | { readonly ok: true; readonly record: ArticleRecord }
  | { readonly ok: false; readonly error: VnNewsParseError };

/**
 * Decodes the input and builds its document model, without extracting fields.
 * Exposed for tools that want the blocks and their roles (debugging, custom extractors).
 *
 * @throws {VnNewsParseError} for input that cannot be read; {@link TypeError} on misuse.
 */
export function parseDocument(input: string | Uint8Array, options?: ParseOptions | null): ArticleDocument {
  return buildDocument(input, resolveOptions(options));
}

function buildDocument(input: string | Uint8Array, options: ResolvedOptions): ArticleDocument {
  const raw = decodeInput(input, options);
  const format = options.format === 'auto' ? detectFormat(raw.text) : options.format;
  // Legacy fonts and VIQR are converted per run of text, so the format must be known first.
  const decoded = readLegacyText(raw, format, options);
  return format === 'html'
    ? htmlToDocument(decoded.text, decoded.encoding, decoded.warnings, options.htmlParser, options.siteProfiles)
    : textToDocument(decoded.text, decoded.encoding, decoded.warnings);
}

/**
 * Turns one Vietnamese news article (a whole HTML page, an HTML fragment or plain text) into a
 * validated record.
 *
 * @param input the article as a string, or as bytes (`Uint8Array`/`Buffer`) whose encoding is detected.
 * @param options see {@link ParseOptions}.
 * @returns the record; it always passes {@link ArticleRecordSchema}.
 * @throws {VnNewsParseError} with a `code` (`EMPTY_INPUT`, `NOT_TEXT`, `INPUT_TOO_LARGE`) for input that cannot be read.
 * @throws {TypeError} when called with arguments of the wrong type.
 * @example
 * const record = parseArticle(readFileSync('article.html'), { url: 'https://...' });
 * record.title; // 'Khối thi đua ... tổ chức Hội nghị sơ kết ...'
 */
export function parseArticle(input: string | Uint8Array, options?: ParseOptions | null): ArticleRecord {
  const resolved = resolveOptions(options);
  const doc = buildDocument(input, resolved);
  const record = assembleRecord({ doc, url: resolved.url, referenceDate: resolved.referenceDate });
  const checked = ArticleRecordSchema.safeParse(record);
  if (!checked.success) {
    throw new VnNewsParseError('INVALID_RECORD', `the record failed validation: ${checked.error.message}`, { cause: checked.error });
  }
  return checked.data;
}

/**
 * Like {@link parseArticle}, but returns the typed error instead of throwing it.
 * Misuse (a wrong argument type) still throws `TypeError`: that is a bug in the caller, not bad data.
 */
export function safeParseArticle(input: string | Uint8Array, options?: ParseOptions | null): SafeParseResult {
  try {
    return { ok: true, record: parseArticle(input, options) };
  } catch (error) {
    if (error instanceof VnNewsParseError) return { ok: false, error };
    throw error;
  }
}
