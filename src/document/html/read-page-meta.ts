/**
 * Page-level metadata from `<head>`: `<title>`, Open Graph, article and Dublin Core tags, canonical link.
 */
import type { CheerioAPI } from 'cheerio';
import { normalizeText } from '../../text/normalize.js';
import type { PageMeta } from '../types.js';

function metaContent($: CheerioAPI, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = $(selector).first().attr('content');
    if (value) {
      const text = normalizeText(value);
      if (text) return text;
    }
  }
  return null;
}

export function readPageMeta($: CheerioAPI): PageMeta {
  const title = normalizeText($('head title').first().text() || $('title').first().text()) || null;
  const canonical = $('link[rel="canonical"]').first().attr('href')?.trim() || metaContent($, ['meta[property="og:url"]']);
  return {
    title,
    ogTitle: metaContent($, ['meta[property="og:title"]', 'meta[name="twitter:title"]', 'meta[name="title"]']),
    description: metaContent($, ['meta[property="og:description"]', 'meta[name="description"]']),
    publishedTime: metaContent($, [
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="pubdate"]',
      'meta[name="publishdate"]',
      'meta[name="dc.date.issued"]',
      'meta[name="DC.date.issued"]',
      'meta[name="date"]',
    ]),
    section: metaContent($, ['meta[property="article:section"]']),
    author: metaContent($, ['meta[name="author"]', 'meta[property="article:author"]']),
    canonicalUrl: canonical || null,
    siteName: metaContent($, ['meta[property="og:site_name"]']),
  };
}
