// @extractus/article-extractor: page metadata, then Readability over linkedom, then sanitising.
import { extractFromHtml } from '@extractus/article-extractor';
import { PLACEHOLDER_URL, decodeUtf8, htmlToText, record } from './common.mjs';

export const label = 'article-extractor';
export const packages = ['@extractus/article-extractor'];

/** The peer's own work (async). It returns null for a page without any URL, so one is given. */
export function extract(html, url = PLACEHOLDER_URL) {
  return extractFromHtml(html, url);
}

/** What the benchmark times (until the promise settles): the page decoded as UTF-8, then the peer's own work. */
export function timed(bytes) {
  return extract(decodeUtf8(bytes));
}

/** The article is sanitised HTML (`content`): scored on its text, one paragraph per block. */
export function toRecord(article) {
  return record({
    title: article?.title,
    publishedAt: article?.published,
    author: article?.author,
    text: htmlToText(article?.content),
  });
}

export async function parseArticle(bytes, opts = {}) {
  return toRecord(await extract(decodeUtf8(bytes), opts.url ?? PLACEHOLDER_URL));
}
