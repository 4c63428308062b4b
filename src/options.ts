/**
 * Options of {@link parseArticle}: their type, defaults and checks.
 */

export type InputFormat = 'auto' | 'html' | 'text';

export interface ParseOptions {
  /** What the input is; `auto` (default) looks at the content. */
  format?: InputFormat;
  /** The page's URL, when known; it wins over `<link rel=canonical>` and `og:url`. */
  url?: string | null;
  /**
   * The date phrases without a year are read against: a `Date` or an ISO date string.
   * Default: the article's own publication date, else none (such phrases then stay without a date).
   */
  referenceDate?: Date | string | null;
  /** Inputs larger than this many bytes (UTF-16 code units for strings) are refused with `INPUT_TOO_LARGE`. Default 50 MiB. */
  maxBytes?: number;
  /**
   * Force an encoding, skipping detection: a code page for byte input (a WHATWG or iconv-lite
   * label such as `windows-1258`, `viscii`), or a legacy text encoding (`tcvn3`, `vni`, `viqr`)
   * that every run of text not set in a legacy font is converted from, for bytes and strings alike.
   */
  encoding?: string | null;
  /**
   * Text in a legacy Vietnamese font encoding (TCVN3/ABC `.VnTime`, VNI `VNI-Times`) or in VIQR:
   * `convert` (default) finds it, by font names and by content, and converts it to Unicode;
   * `keep` leaves it as decoded. Code pages (windows-1258, VISCII) are decoded either way.
   */
  legacyText?: 'convert' | 'keep';
  /**
   * Where the tone of open `oa`, `oe`, `uy` syllables goes: `keep` (default) leaves the text as
   * written; `modern` puts it on the first vowel (`hoá` → `hóa`, `khoẻ` → `khỏe`, `thuỷ` → `thủy`).
   */
  toneStyle?: 'keep' | 'modern';
  /**
   * The HTML parser: `htmlparser2` (default, fast) or `parse5` (the HTML standard's tree
   * construction, through rehype-parse). Both feed the same pipeline.
   */
  htmlParser?: 'htmlparser2' | 'parse5';
  /**
   * Whether the site profiles (declarative readers of known templates, `src/document/html/profiles/`)
   * are used: `true` (default). `false` reads every page by the generic path alone: structure,
   * text density and metadata, as for a site no profile knows.
   */
  siteProfiles?: boolean;
}

export interface ResolvedOptions {
  readonly format: InputFormat;
  readonly url: string | null;
  readonly referenceDate: Date | null;
  readonly maxBytes: number;
  readonly encoding: string | null;
  readonly htmlParser: 'htmlparser2' | 'parse5';
  readonly legacyText: 'convert' | 'keep';
  readonly toneStyle: 'keep' | 'modern';
  readonly siteProfiles: boolean;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

const FORMATS: ReadonlySet<string> = new Set(['auto', 'html', 'text']);
const KNOWN_OPTIONS: ReadonlySet<string> = new Set([
  'format', 'url', 'referenceDate', 'maxBytes', 'encoding', 'htmlParser', 'legacyText', 'toneStyle', 'siteProfiles',
]);

/**
 * Applies defaults and checks types.
 *
 * @throws {TypeError} on an unknown option or a value of the wrong type: these are programming errors.
 */
export function resolveOptions(options: Readonly<ParseOptions> | null | undefined): ResolvedOptions {
  if (options == null) options = {};
  if (typeof options !== 'object') throw new TypeError('vn-news-parser: options must be an object');
  for (const key of Object.keys(options)) {
    if (!KNOWN_OPTIONS.has(key)) throw new TypeError(`vn-news-parser: unknown option \`${key}\``);
  }
  const format = options.format ?? 'auto';
  if (!FORMATS.has(format)) throw new TypeError("vn-news-parser: `format` must be 'auto', 'html' or 'text'");
  const url = options.url ?? null;
  if (url !== null && typeof url !== 'string') throw new TypeError('vn-news-parser: `url` must be a string');
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !Number.isFinite(maxBytes) || maxBytes <= 0) {
    throw new TypeError('vn-news-parser: `maxBytes` must be a positive number');
  }
  const encoding = options.encoding ?? null;
  if (encoding !== null && typeof encoding !== 'string') throw new TypeError('vn-news-parser: `encoding` must be a string');
  const htmlParser = options.htmlParser ?? 'htmlparser2';
  if (htmlParser !== 'htmlparser2' && htmlParser !== 'parse5') {
    throw new TypeError("vn-news-parser: `htmlParser` must be 'htmlparser2' or 'parse5'");
  }
  const legacyText = options.legacyText ?? 'convert';
  if (legacyText !== 'convert' && legacyText !== 'keep') {
    throw new TypeError("vn-news-parser: `legacyText` must be 'convert' or 'keep'");
  }
  const toneStyle = options.toneStyle ?? 'keep';
  if (toneStyle !== 'keep' && toneStyle !== 'modern') {
    throw new TypeError("vn-news-parser: `toneStyle` must be 'keep' or 'modern'");
  }
  const siteProfiles = options.siteProfiles ?? true;
  if (typeof siteProfiles !== 'boolean') throw new TypeError('vn-news-parser: `siteProfiles` must be true or false');
  return Object.freeze({
    format,
    url,
    referenceDate: resolveReferenceDate(options.referenceDate),
    maxBytes,
    encoding,
    htmlParser,
    legacyText,
    toneStyle,
    siteProfiles,
  });
}

function resolveReferenceDate(value: Date | string | null | undefined): Date | null {
  if (value == null) return null;
  const date = typeof value === 'string' ? new Date(value) : value;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError('vn-news-parser: `referenceDate` must be a valid Date or ISO date string');
  }
  return date;
}
