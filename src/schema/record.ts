/**
 * The article record (contract v1): its TypeScript interfaces and its Zod schemas.
 *
 * The interfaces are declared, not inferred, so that a program using the library type-checks
 * without evaluating Zod's types; each schema is typed as a Zod schema of its interface, and
 * `SchemaMatches` below fails the build when the two drift apart. Every field has a description,
 * which the JSON Schema (`dist/schema/*.json`, `vn-news-parser --schema`) carries.
 *
 * Written with `zod/mini`, Zod's tree-shakable build (about 5 KB gzipped in a browser bundle
 * where the full `zod` is about 90 KB). Its schemas are Zod 4 schemas: they work with the
 * functions of `zod` and `zod/mini` alike (`z.toJSONSchema`, `z.array(AuthorSchema)`, ...).
 */
import * as z from 'zod/mini';

/** `[start, end]` character offsets in `body.text`, or null when read from outside the body. */
export type Span = [number, number] | null;

/** A person of the byline. */
export interface Author {
  /** The person's name as written. */
  name: string;
  /** Their office as written (`Ban TĐKT`), or null. */
  unit: string | null;
}

/** A picture of the article. */
export interface ArticleImage {
  /** The picture's URL as written in the page (resolved against the page's URL when known), or null. */
  src: string | null;
  /** The text under the picture, or null. */
  caption: string | null;
}

/** An emulation bloc or cluster (Khối thi đua, Cụm thi đua) and its member units. */
export interface Bloc {
  /** The bloc's name as written (`Khối thi đua các cơ quan Đảng`). */
  name: string;
  /** The number of members the text states (`gồm 06 đơn vị` → 6), or null. */
  declaredCount: number | null;
  /** The member units, in the order written. */
  members: string[];
  span: Span;
}

/** An official document the article refers to. */
export interface DocumentRef {
  /** The document type in full Vietnamese (`Kế hoạch`, `Quyết định`). */
  type: string;
  /** The number, as written (`4614`), or null. */
  number: string | null;
  /** The symbol after the slash, as written (`KH-UBND`), or null. */
  symbol: string | null;
  /** The year inside the number (`91/2017/NĐ-CP` → 2017), or null. */
  year: number | null;
  /** The date of issue, ISO (`2020-12-22`), or null. */
  issuedOn: string | null;
  /** The issuing body as written (`UBND tỉnh`), or null. */
  issuer: string | null;
  /** What it is about, as written after `về` / `về việc`, or null. */
  subject: string | null;
  /** The reference as it stands in the text. */
  raw: string;
  span: Span;
}

/** A named emulation movement (phong trào) or time-boxed drive (đợt thi đua). */
export interface Movement {
  /** The name, without quotes. */
  name: string;
  /** `movement` for a phong trào or cuộc vận động, `campaign` for an đợt thi đua. */
  kind: 'movement' | 'campaign';
  span: Span;
}

/** A commendation conferred or proposed. */
export interface Award {
  /** The form of commendation (`Bằng khen`, `Cờ thi đua`, `Huân chương Lao động hạng Ba`). */
  type: string;
  /** Who confers it, as written (`Chủ tịch UBND tỉnh`), or null. */
  conferredBy: string | null;
  /** Named recipients (units or people). */
  recipients: string[];
  /** How many recipients the text states (`cho 12 tập thể`), or null. */
  count: number | null;
  /** The sentence part it was read from. */
  raw: string;
  span: Span;
}

/** Where the record came from. */
export interface RecordSource {
  /** The page's URL when known (argument, `<link rel=canonical>`, `og:url`), else null. */
  url: string | null;
  /** What the input was. */
  format: 'html' | 'text';
  /** The input's character encoding as detected: `utf-8`, `windows-1258`, `viscii`, `tcvn3`, `vni`, ... */
  encoding: string;
}

/** The article's own text. */
export interface ArticleBody {
  /** The article's own paragraphs in order: no menus, headers, bylines, captions, link lists. */
  paragraphs: string[];
  /** The paragraphs joined with a blank line (`\n\n`). */
  text: string;
}

/** What `parseArticle` returns: one article. */
export interface ArticleRecord {
  /** The record contract's version. */
  schemaVersion: '1';
  source: RecordSource;
  /** The headline, without site name or category; null when the input does not show it. */
  title: string | null;
  /** The section the article is filed under, as the page writes it (`Thi đua Khen thưởng`), or null. */
  category: string | null;
  /** `category` as a key to group records by: lower case, marks folded (đ → d), words joined by hyphens (`thi-dua-khen-thuong`); null without a category. */
  categoryKey: string | null;
  /** When the article was published: an ISO date, or a date-time with its offset; null when not shown. */
  publishedAt: string | null;
  /** The ISO date of the main event the article reports (`Ngày 16/6/2021, ...`), or null. */
  eventDate: string | null;
  /** The article's lead (sapo): the summary paragraph under the headline, else the page's meta description when the article says it; null when the page has none. */
  description: string | null;
  authors: Author[];
  body: ArticleBody;
  images: ArticleImage[];
  blocs: Bloc[];
  documents: DocumentRef[];
  movements: Movement[];
  awards: Award[];
  /** Provinces and other administrative places the article is about, bare names (`Ninh Thuận`). */
  places: string[];
  /** Everything the parser noticed but could not resolve (mojibake, an empty body, a count that disagrees with its list). */
  warnings: string[];
}

/** Calendar date `2021-06-18`. */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO calendar date'));
/** Calendar date, or a date-time with its offset (`2021-06-18T08:30:00+07:00`). */
const isoDateOrDateTime = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/, 'expected an ISO date or date-time'));

/** A trimmed, non-empty string: the record never holds an empty string. */
const text = z.string().check(z.minLength(1));
const count = z.int().check(z.nonnegative());

/** A schema with its description, which the JSON Schema keeps. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const nullableText = (description: string) => described(z.nullable(text), description);

export const SpanSchema: z.ZodMiniType<Span> = described(
  z.nullable(z.tuple([count, count])),
  '[start, end] character offsets in body.text of the words the item was read from, or null when read from outside the body',
);

const authorObject = described(
  z.object({
    name: described(text, "The person's name as written"),
    unit: nullableText('Their office as written (`Ban TĐKT`), or null'),
  }),
  'A person of the byline',
);

const imageObject = described(
  z.object({
    src: nullableText("The picture's URL (resolved against the page's URL when known), or null"),
    caption: nullableText('The text under the picture, or null'),
  }),
  'A picture of the article',
);

const blocObject = described(
  z.object({
    name: described(text, "The bloc's name as written"),
    declaredCount: described(z.nullable(count), 'The number of members the text states (`gồm 06 đơn vị` → 6), or null'),
    members: described(z.array(text), 'The member units, in the order written'),
    span: SpanSchema,
  }),
  'An emulation bloc or cluster (Khối thi đua, Cụm thi đua) and its member units',
);

const documentObject = described(
  z.object({
    type: described(text, 'The document type in full Vietnamese (`Kế hoạch`)'),
    number: nullableText('The number, as written (`4614`), or null'),
    symbol: nullableText('The symbol after the slash, as written (`KH-UBND`), or null'),
    year: described(z.nullable(z.int()), 'The year inside the number (`91/2017/NĐ-CP` → 2017), or null'),
    issuedOn: described(z.nullable(isoDate), 'The ISO date of issue, or null'),
    issuer: nullableText('The issuing body as written (`UBND tỉnh`), or null'),
    subject: nullableText('What it is about, as written after `về` / `về việc`, or null'),
    raw: described(text, 'The reference as it stands in the text'),
    span: SpanSchema,
  }),
  'An official document the article refers to',
);

const movementObject = described(
  z.object({
    name: described(text, 'The name, without quotes'),
    kind: described(z.enum(['movement', 'campaign']), '`movement` for a phong trào or cuộc vận động, `campaign` for an đợt thi đua'),
    span: SpanSchema,
  }),
  'A named emulation movement or time-boxed drive',
);

const awardObject = described(
  z.object({
    type: described(text, 'The form of commendation (`Bằng khen`, `Cờ thi đua`)'),
    conferredBy: nullableText('Who confers it, as written (`Chủ tịch UBND tỉnh`), or null'),
    recipients: described(z.array(text), 'Named recipients (units or people)'),
    count: described(z.nullable(count), 'How many recipients the text states (`cho 12 tập thể`), or null'),
    raw: described(text, 'The sentence part it was read from'),
    span: SpanSchema,
  }),
  'A commendation conferred or proposed',
);

/** The fields of `source`: the command's record (command.ts) adds one. */
export const sourceFields = {
  url: nullableText("The page's URL when known (argument, `<link rel=canonical>`, `og:url`), else null"),
  format: described(z.enum(['html', 'text']), 'What the input was'),
  encoding: described(text, "The input's character encoding as detected: `utf-8`, `windows-1258`, `viscii`, `tcvn3`, `vni`, ..."),
};

/**
 * The record's fields in the contract's order, around a `source` schema: the library's, or the
 * command's with the input's path (command.ts).
 */
export const recordShape = <S extends z.ZodMiniType>(source: S) => ({
  schemaVersion: described(z.literal('1'), "The record contract's version"),
  source,
  title: nullableText('The headline, without site name or category; null when the input does not show it'),
  category: nullableText('The section the article is filed under, as the page writes it (`Thi đua Khen thưởng`), or null'),
  categoryKey: described(
    z.nullable(z.string().check(z.regex(/^[^\s-]+(?:-[^\s-]+)*$/u, 'expected words joined by hyphens'))),
    '`category` as a key to group records by: lower case, marks folded (đ → d), words joined by hyphens (`thi-dua-khen-thuong`); null without a category',
  ),
  publishedAt: described(z.nullable(isoDateOrDateTime), 'When the article was published: an ISO date, or a date-time with its offset; null when not shown'),
  eventDate: described(z.nullable(isoDate), 'The ISO date of the main event the article reports (`Ngày 16/6/2021, ...`), or null'),
  description: nullableText(
    "The article's lead (sapo): the summary paragraph under the headline, else the page's meta description when the article says it; null when the page has none",
  ),
  authors: described(z.array(authorObject), 'Byline people, in the order written'),
  body: described(
    z.object({
      paragraphs: described(z.array(text), "The article's own paragraphs in order: no menus, headers, bylines, captions, link lists"),
      text: described(z.string(), 'The paragraphs joined with a blank line (`\\n\\n`)'),
    }),
    "The article's own text",
  ),
  images: described(z.array(imageObject), 'Pictures of the article, with their captions'),
  blocs: described(z.array(blocObject), 'Emulation blocs and clusters and their member units'),
  documents: described(z.array(documentObject), 'Official documents the article refers to'),
  movements: described(z.array(movementObject), 'Named emulation movements and drives'),
  awards: described(z.array(awardObject), 'Commendations conferred or proposed'),
  places: described(z.array(text), 'Provinces and other administrative places the article is about, bare names (`Ninh Thuận`)'),
  warnings: described(z.array(text), 'Everything the parser noticed but could not resolve (mojibake, an empty body, a count that disagrees with its list)'),
});

const sourceObject = described(z.object(sourceFields), 'Where the record came from');
const articleRecordObject = described(z.object(recordShape(sourceObject)), 'One Vietnamese news article (record contract v1)');

export const AuthorSchema: z.ZodMiniType<Author> = authorObject;
export const ImageSchema: z.ZodMiniType<ArticleImage> = imageObject;
export const BlocSchema: z.ZodMiniType<Bloc> = blocObject;
export const DocumentRefSchema: z.ZodMiniType<DocumentRef> = documentObject;
export const MovementSchema: z.ZodMiniType<Movement> = movementObject;
export const AwardSchema: z.ZodMiniType<Award> = awardObject;
export const SourceSchema: z.ZodMiniType<RecordSource> = sourceObject;
export const ArticleRecordSchema: z.ZodMiniType<ArticleRecord> = articleRecordObject;

/** True when a schema's output and a declared interface are the same type, both ways. */
type SchemaMatches<S extends z.ZodMiniType, T> = [z.output<S>] extends [T] ? ([T] extends [z.output<S>] ? true : false) : false;
/** Fails to compile when an interface above and its schema disagree on a field. */
const schemasMatchInterfaces: [
  SchemaMatches<typeof articleRecordObject, ArticleRecord>,
  SchemaMatches<typeof authorObject, Author>,
  SchemaMatches<typeof imageObject, ArticleImage>,
  SchemaMatches<typeof blocObject, Bloc>,
  SchemaMatches<typeof documentObject, DocumentRef>,
  SchemaMatches<typeof movementObject, Movement>,
  SchemaMatches<typeof awardObject, Award>,
  SchemaMatches<typeof sourceObject, RecordSource>,
] = [true, true, true, true, true, true, true, true];
void schemasMatchInterfaces;
