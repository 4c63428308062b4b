/**
 * Page-level metadata: the one place where the metadata cascade is ordered. Each field is read from
 * every source the page offers, most reliable first:
 *
 * 1. JSON-LD (`NewsArticle`, `Article`, `@graph`, …): written for search engines, checked by them,
 *    and describing the article rather than the site.
 * 2. Open Graph and `article:*` tags: written for sharing; the title may carry the site's name.
 * 3. Microdata (`itemprop`), from a `content` or `datetime` attribute, else the element's text.
 * 4. Other `<meta name>` conventions (`pubdate`, `parsely-pub-date`, `sailthru.date`, Dublin Core, …).
 * 5. `<time datetime>` (one marked `pubdate`, else the first inside an `<article>`), `rel=author` links.
 *
 * The page's own visible date line and byline come after all of these (the extractors decide).
 * Every source is read from elements that one walk of the page collected (see {@link SelectorIndex}):
 * no field scans the page again.
 */
import type { Element } from 'domhandler';
import { normalizeText } from '../../text/normalize.js';
import type { PageMeta } from '../types.js';
import { decodeHtmlText } from './metadata/decode-html-text.js';
import { readJsonLd, type JsonLdArticle } from './metadata/json-ld.js';
import { BREADCRUMB_SELECTORS, readBreadcrumb } from './metadata/breadcrumb.js';
import { readMicrodata, type Microdata } from './metadata/microdata.js';
import { statedOffset } from './metadata/offset.js';
import type { SelectorIndex } from './selector-index.js';
import { textContent, visibleTextContent } from './text-content.js';

/** `<meta>` keys (its `property`, `name`, `itemprop` or `http-equiv`, lower case) for each field, best first. */
const META_KEYS = {
  canonicalUrl: ['og:url'],
  ogTitle: ['og:title', 'twitter:title', 'title'],
  description: ['og:description', 'description', 'twitter:description', 'dc.description'],
  publishedTime: [
    'article:published_time',
    'og:published_time',
    'article:published',
    'datepublished',
    'pubdate',
    'publishdate',
    'publish-date',
    'publish_date',
    'published_time',
    'parsely-pub-date',
    'sailthru.date',
    'article.published',
    'dcterms.issued',
    'dc.date.issued',
    'dc.date.created',
    'dcterms.created',
    'dcterms.date',
    'dc.date',
    'date',
    'citation_publication_date',
  ],
  modifiedTime: ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'last-modified'],
  section: ['article:section', 'articlesection', 'parsely-section'],
  author: ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'],
  siteName: ['og:site_name', 'application-name'],
  lang: ['og:locale', 'content-language', 'language'],
} as const;

const CANONICAL_LINK = 'link[rel="canonical"]';
const JSON_LD = 'script[type="application/ld+json"]';
const TIME = 'time[datetime]';
const AUTHOR_LINK = '[rel~="author"]';
const ITEMPROP = '[itemprop]';
const HTML_LANG = 'html[lang]';

/** Every selector {@link readPageMeta} asks, for the page's {@link SelectorIndex}. */
export const PAGE_META_SELECTORS: readonly string[] = [
  'head title',
  'title',
  'meta',
  CANONICAL_LINK,
  JSON_LD,
  TIME,
  AUTHOR_LINK,
  ITEMPROP,
  HTML_LANG,
  ...BREADCRUMB_SELECTORS,
];

/** A value that names a page, not a person or a date: `https://…`, `/author/x`. */
const URL_LIKE_RE = /^(?:https?:)?\/\//i;

/** Every key some field reads: only those metas are decoded (a page has dozens of others). */
const WANTED_KEYS: ReadonlySet<string> = new Set(Object.values(META_KEYS).flat());

/** Every `<meta>` with content that a field reads, by lower-cased key, values in page order. */
function metaTable(query: SelectorIndex): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const el of query.all('meta')) {
    const attribs = el.attribs;
    const content = attribs['content'];
    if (!content) continue;
    let value: string | undefined;
    for (const key of [attribs['property'], attribs['name'], attribs['itemprop'], attribs['http-equiv']]) {
      const k = key?.trim().toLowerCase();
      if (!k || !WANTED_KEYS.has(k)) continue;
      value ??= decodeHtmlText(content);
      if (!value) break;
      const list = table.get(k);
      if (list) list.push(value);
      else table.set(k, [value]);
    }
  }
  return table;
}

function firstOf(table: Map<string, string[]>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = table.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

function allOf(table: Map<string, string[]>, keys: readonly string[]): string[] {
  return keys.flatMap((key) => table.get(key) ?? []);
}

function firstText(query: SelectorIndex, selector: string): string {
  const el = query.first(selector);
  return el ? textContent(el) : '';
}

function insideArticle(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.type === 'tag' && (p as Element).name.toLowerCase() === 'article') return true;
  return false;
}

/** The `<time>` that dates the article: one marked `pubdate`, else the first inside an `<article>`. */
function articleTime(query: SelectorIndex): string | null {
  const times = query.all(TIME);
  const el = times.find((t) => 'pubdate' in t.attribs) ?? times.find(insideArticle);
  return el?.attribs['datetime']?.trim() || null;
}

/** The text of `rel=author` links, each name once (a `<link rel=author>` has none). */
function authorLinks(query: SelectorIndex): string[] {
  const names: string[] = [];
  for (const el of query.all(AUTHOR_LINK)) {
    const name = normalizeText(visibleTextContent(el));
    if (name && name.length <= 80 && !names.includes(name)) names.push(name);
  }
  return names;
}

function unique(values: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const v of values) if (v && !out.includes(v)) out.push(v);
  return out;
}

/** The author candidates of each source, most reliable first; a source without names is left out. */
function authorSources(ld: JsonLdArticle | null, table: Map<string, string[]>, micro: Microdata, links: string[]): string[][] {
  const fromMeta = META_KEYS.author.map((key) => unique((table.get(key) ?? []).filter((v) => !URL_LIKE_RE.test(v))));
  return [ld?.authors ?? [], ...fromMeta, micro.authors, links].filter((names) => names.length > 0).map((names) => [...names]);
}

export function readPageMeta(query: SelectorIndex): PageMeta {
  const table = metaTable(query);
  const scripts = query.all(JSON_LD).map((el) => textContent(el));
  const ld = scripts.length > 0 ? readJsonLd(scripts) : null;
  const micro = readMicrodata(query.all(ITEMPROP));
  const title = normalizeText(firstText(query, 'head title') || firstText(query, 'title')) || null;
  const link = query.first(CANONICAL_LINK);
  const canonical = (link && link.attribs['href']?.trim()) || firstOf(table, META_KEYS.canonicalUrl);
  const publishedTimes = unique([ld?.datePublished, ...allOf(table, META_KEYS.publishedTime), micro.datePublished, articleTime(query)]);
  const modifiedTime = ld?.dateModified ?? firstOf(table, META_KEYS.modifiedTime) ?? micro.dateModified;
  const authors = authorSources(ld, table, micro, authorLinks(query));
  const siteName = firstOf(table, META_KEYS.siteName);
  const htmlLang = query.first(HTML_LANG)?.attribs['lang'];
  const breadcrumb = ld?.breadcrumb.length ? ld.breadcrumb : readBreadcrumb(query);
  return {
    title,
    ogTitle: firstOf(table, META_KEYS.ogTitle),
    headline: ld?.headline ?? micro.headline,
    description: ld?.description ?? firstOf(table, META_KEYS.description) ?? micro.description,
    publishedTime: publishedTimes[0] ?? null,
    publishedTimes,
    modifiedTime,
    zoneOffset: statedOffset([...publishedTimes, modifiedTime, ...allOf(table, META_KEYS.modifiedTime)]),
    section: ld?.section ?? firstOf(table, META_KEYS.section) ?? micro.section,
    breadcrumb,
    author: authors[0]?.join(', ') ?? null,
    authorSources: authors,
    publishers: unique([...(ld?.publishers ?? []), siteName]),
    canonicalUrl: canonical || null,
    siteName,
    lang: (htmlLang?.trim() || firstOf(table, META_KEYS.lang))?.toLowerCase() ?? null,
  };
}
