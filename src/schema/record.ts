/**
 * The article record (contract v1), as a Zod schema.
 *
 * Field names and meanings follow the record contract; the TypeScript types are
 * inferred from these schemas so that the type and the runtime check cannot drift.
 */
import { z } from 'zod';

/** Calendar date `2021-06-18`. */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO calendar date');
/** Calendar date, or a date-time with its offset (`2021-06-18T08:30:00+07:00`). */
const isoDateOrDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/, 'expected an ISO date or date-time');

/** A trimmed, non-empty string: the record never holds an empty string. */
const text = z.string().min(1);

/** `[start, end]` character offsets in `body.text`, or null when read from outside the body. */
export const SpanSchema = z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).nullable();

export const AuthorSchema = z.object({
  name: text,
  unit: text.nullable(),
});

export const ImageSchema = z.object({
  src: text.nullable(),
  caption: text.nullable(),
});

export const BlocSchema = z.object({
  name: text,
  declaredCount: z.number().int().nonnegative().nullable(),
  members: z.array(text),
  span: SpanSchema,
});

export const DocumentRefSchema = z.object({
  type: text,
  number: text.nullable(),
  symbol: text.nullable(),
  year: z.number().int().nullable(),
  issuedOn: isoDate.nullable(),
  issuer: text.nullable(),
  subject: text.nullable(),
  raw: text,
  span: SpanSchema,
});

export const MovementSchema = z.object({
  name: text,
  kind: z.enum(['movement', 'campaign']),
  span: SpanSchema,
});

export const AwardSchema = z.object({
  type: text,
  conferredBy: text.nullable(),
  recipients: z.array(text),
  count: z.number().int().nonnegative().nullable(),
  raw: text,
  span: SpanSchema,
});

export const SourceSchema = z.object({
  url: text.nullable(),
  format: z.enum(['html', 'text']),
  encoding: text,
  /** Set by the command line: the input's path. */
  path: text.optional(),
});

export const ArticleRecordSchema = z.object({
  schemaVersion: z.literal('1'),
  source: SourceSchema,
  title: text.nullable(),
  category: text.nullable(),
  categoryKey: z
    .string()
    .regex(/^[^\s-]+(?:-[^\s-]+)*$/u, 'expected words joined by hyphens')
    .nullable()
    .describe('`category` as a key to group records by: lower case, marks folded (đ → d), words joined by hyphens (`thi-dua-khen-thuong`); null without a category'),
  publishedAt: isoDateOrDateTime.nullable(),
  eventDate: isoDate.nullable(),
  description: text
    .nullable()
    .describe("The article's lead (sapo): the summary paragraph under the headline, else the page's meta description when the article says it; null when the page has none"),
  authors: z.array(AuthorSchema),
  body: z.object({
    paragraphs: z.array(text),
    text: z.string(),
  }),
  images: z.array(ImageSchema),
  blocs: z.array(BlocSchema),
  documents: z.array(DocumentRefSchema),
  movements: z.array(MovementSchema),
  awards: z.array(AwardSchema),
  places: z.array(text),
  warnings: z.array(text),
});

export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;
export type Author = z.infer<typeof AuthorSchema>;
export type ArticleImage = z.infer<typeof ImageSchema>;
export type Bloc = z.infer<typeof BlocSchema>;
export type DocumentRef = z.infer<typeof DocumentRefSchema>;
export type Movement = z.infer<typeof MovementSchema>;
export type Award = z.infer<typeof AwardSchema>;
export type Span = z.infer<typeof SpanSchema>;
