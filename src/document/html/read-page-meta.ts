/**
 * Page-level metadata from `<head>`: `<title>`, Open Graph, article and Dublin Core tags, canonical link.
 */
import { normalizeText } from '../../text/normalize.js';
import type { PageMeta } from '../types.js';
import type { SelectorIndex } from './selector-index.js';
import { textContent } from './text-content.js';

/** Where each field is read from, in order of preference. */
const FIELDS = {
  canonicalUrl: ['meta[property="og:url"]'],
  ogTitle: ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]'],
  description: ['meta[property="og:description"]', 'meta[name="description"]'],
  publishedTime: [
    'meta[property="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="pubdate"]',
    'meta[name="publishdate"]',
    'meta[name="dc.date.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="date"]',
  ],
  section: ['meta[property="article:section"]'],
  author: ['meta[name="author"]', 'meta[property="article:author"]'],
  siteName: ['meta[property="og:site_name"]'],
} as const;

const CANONICAL_LINK = 'link[rel="canonical"]';

/** Every selector {@link readPageMeta} asks, for the page's {@link SelectorIndex}. */
export const PAGE_META_SELECTORS: readonly string[] = ['head title', 'title', CANONICAL_LINK, ...Object.values(FIELDS).flat()];

function metaContent(query: SelectorIndex, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const el = query.first(selector);
    const value = el && query.$(el).attr('content');
    if (value) {
      const text = normalizeText(value);
      if (text) return text;
    }
  }
  return null;
}

function firstText(query: SelectorIndex, selector: string): string {
  const el = query.first(selector);
  return el ? textContent(el) : '';
}

export function readPageMeta(query: SelectorIndex): PageMeta {
  const title = normalizeText(firstText(query, 'head title') || firstText(query, 'title')) || null;
  const link = query.first(CANONICAL_LINK);
  const canonical = (link && query.$(link).attr('href')?.trim()) || metaContent(query, FIELDS.canonicalUrl);
  return {
    title,
    ogTitle: metaContent(query, FIELDS.ogTitle),
    description: metaContent(query, FIELDS.description),
    publishedTime: metaContent(query, FIELDS.publishedTime),
    section: metaContent(query, FIELDS.section),
    author: metaContent(query, FIELDS.author),
    canonicalUrl: canonical || null,
    siteName: metaContent(query, FIELDS.siteName),
  };
}
