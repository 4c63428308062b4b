/**
 * Runs the extractors over the document model and puts their results together into a record.
 * Each extractor is a pure function; dependencies between fields are explicit arguments.
 */
import { extractAwards } from './entities/awards.js';
import { blocCountWarnings, extractBlocs } from './entities/blocs.js';
import { extractDocuments } from './entities/documents.js';
import { extractMovements } from './entities/movements.js';
import { extractPlaces } from './entities/places.js';
import type { ArticleDocument } from './document/types.js';
import { extractAuthors } from './extract/authors.js';
import { extractBody } from './extract/body.js';
import { extractCategory } from './extract/category.js';
import { extractEventDate } from './extract/event-date.js';
import { extractImages } from './extract/images.js';
import { nonArticleReason } from './extract/is-non-article.js';
import { extractPublishedAt } from './extract/published-at.js';
import { extractTitle } from './extract/title.js';
import type { EntityContext } from './extract/types.js';
import type { ArticleRecord } from './schema/record.js';
import { cleanUrl } from './text/normalize.js';

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
    publishedAt: null,
    eventDate: null,
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
  const ctx: EntityContext = {
    title,
    captions: images.flatMap((i) => (i.caption ? [i.caption] : [])),
    publishedAt,
    referenceDate,
  };
  const blocs = extractBlocs(body, ctx);
  warnings.push(...blocCountWarnings(blocs));
  return {
    schemaVersion: '1',
    source: { url: sourceUrl, format: doc.format, encoding: doc.encoding },
    title,
    category: extractCategory(doc),
    publishedAt,
    eventDate: extractEventDate(body, ctx),
    authors: extractAuthors(doc),
    body: { paragraphs: body.paragraphs.map((p) => p.text), text: body.text },
    images,
    blocs,
    documents: extractDocuments(body, ctx),
    movements: extractMovements(body, ctx),
    awards: extractAwards(body, ctx),
    places: extractPlaces(body, ctx),
    warnings,
  };
}
