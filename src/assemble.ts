/**
 * Runs the extractors over the document model and puts their results together into a record.
 * Each extractor is a pure function; dependencies between fields are explicit arguments.
 */
import { extractAwards } from './entities/awards.js';
import { blocCountWarnings, extractBlocs } from './entities/blocs.js';
import { extractDocuments } from './entities/documents.js';
import { extractMovements } from './entities/movements.js';
import { extractPlaces } from './entities/places.js';
import type { EntityContext } from './context.js';
import type { ArticleDocument, BlockRole } from './document/types.js';
import { extractAuthors } from './extract/authors.js';
import { extractBody } from './extract/body.js';
import { categoryKey, extractCategory } from './extract/category.js';
import { extractDescription } from './extract/description.js';
import { extractEventDate } from './extract/event-date.js';
import { extractImages } from './extract/images.js';
import { nonArticleReason } from './extract/is-non-article.js';
import { extractPublishedAt } from './extract/published-at.js';
import { extractTitle } from './extract/title.js';
import { readBody, readLimitWarning } from './read-body.js';
import type { ArticleRecord } from './schema/record.js';
import { cleanUrl } from './text/normalize.js';
import { TOOL_BUTTON_LABELS } from './vi/box-headings.js';
import { clipText } from './text/clip.js';

export interface AssembleInput {
  readonly doc: ArticleDocument;
  readonly url: string | null;
  readonly referenceDate: Date | null;
}

/** The record of a page that is not an article (an introduction, a schedule): its source, nothing else. */
function emptyRecord(doc: ArticleDocument, url: string | null, warnings: string[]): ArticleRecord {
  return {
    schemaVersion: '1',
    source: { url, format: doc.format, encoding: doc.encoding },
    title: null,
    category: null,
    categoryKey: null,
    publishedAt: null,
    eventDate: null,
    description: null,
    authors: [],
    body: { paragraphs: [], text: '' },
    images: [],
    blocs: [],
    documents: [],
    movements: [],
    awards: [],
    places: [],
    warnings,
  };
}

/** Roles of the blocks around a headline, which say nothing of why the body is empty. */
const HEADER_ROLES: ReadonlySet<BlockRole> = new Set(['title', 'dateline', 'category', 'byline']);
const QUOTE_CHARS = 60;
const TOOL_BUTTONS: ReadonlySet<string> = new Set(TOOL_BUTTON_LABELS);

/**
 * Why an article with a headline has no body, for its warnings; null when it has a body or no
 * headline. Portals often publish a document as a headline over a link to it ("Xem chi tiết tại
 * đây", a PDF): the content is then elsewhere, and the record says so instead of looking broken.
 */
function emptyBodyWarning(doc: ArticleDocument, title: string | null, bodyText: string): string | null {
  if (title === null || bodyText !== '') return null;
  // A template's buttons left in the content region (`In bài viết`, `Gửi Email`) say nothing of the content.
  const content = doc.blocks.filter((b) => b.inMain && b.text !== '' && !HEADER_ROLES.has(b.role) && !TOOL_BUTTONS.has(b.text.toLowerCase()));
  const quote = (text: string): string => clipText(text, QUOTE_CHARS);
  const link = content.find((b) => b.hints.linkDensity > 0);
  if (link) return `the article has a headline and no body: its content is behind a link (an attachment or another page): "${quote(link.text)}"`;
  if (content.length > 0) return `the article has a headline and no body: the text under it is not article text: "${quote(content[0]!.text)}"`;
  return 'the article has a headline and no body: the page holds no text under it';
}

export function assembleRecord({ doc, url, referenceDate }: AssembleInput): ArticleRecord {
  const warnings = [...doc.warnings];
  // Cleaned like every string of the record; an empty URL from the caller means none.
  const sourceUrl = cleanUrl(url) ?? cleanUrl(doc.meta.canonicalUrl);
  const title = extractTitle(doc);
  const notArticle = nonArticleReason(doc, title);
  if (notArticle !== null) {
    return emptyRecord(doc, sourceUrl, [...warnings, notArticle]);
  }
  const body = extractBody(doc);
  const images = extractImages(doc);
  const publishedAt = extractPublishedAt(doc);
  // Read once: every entity and the event date take their words and paragraphs from it.
  const bodyContext = readBody(body);
  const readLimit = readLimitWarning(body, bodyContext);
  if (readLimit) warnings.push(readLimit);
  const category = extractCategory(doc, title);
  const ctx: EntityContext = {
    title,
    captions: images.flatMap((i) => (i.caption ? [i.caption] : [])),
    publishedAt,
    referenceDate,
  };
  const blocs = extractBlocs(bodyContext, ctx);
  warnings.push(...blocCountWarnings(blocs));
  const emptyBody = emptyBodyWarning(doc, title, body.text);
  if (emptyBody) warnings.push(emptyBody);
  return {
    schemaVersion: '1',
    source: { url: sourceUrl, format: doc.format, encoding: doc.encoding },
    title,
    category,
    categoryKey: categoryKey(category),
    publishedAt,
    eventDate: extractEventDate(bodyContext, ctx),
    description: extractDescription(doc, title),
    authors: extractAuthors(doc),
    body: { paragraphs: body.paragraphs.map((p) => p.text), text: body.text },
    images,
    blocs,
    documents: extractDocuments(bodyContext, ctx),
    movements: extractMovements(bodyContext, ctx),
    awards: extractAwards(bodyContext, ctx),
    places: extractPlaces(bodyContext, ctx),
    warnings,
  };
}
