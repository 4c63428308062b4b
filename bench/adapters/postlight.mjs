// Postlight Parser (formerly Mercury Parser), given the page so that it fetches nothing.
import Parser from '@postlight/parser';
import { PLACEHOLDER_URL, decodeUtf8, htmlToText, record } from './common.mjs';

export const label = 'Postlight Parser';
export const packages = ['@postlight/parser'];

/**
 * The peer's own work (async). `fetchAllPages: false`: with the default, a page that links a
 * "next page" would have that page fetched from the network.
 */
export function extract(html, url = PLACEHOLDER_URL) {
  return Parser.parse(url, { html, fetchAllPages: false });
}

/** What the benchmark times (until the promise settles): the page decoded as UTF-8, then the peer's own work. */
export function timed(bytes) {
  return extract(decodeUtf8(bytes));
}

/** Postlight's article is HTML (`content`): scored on its text, one paragraph per block. */
export function toRecord(result) {
  return record({
    title: result?.title,
    publishedAt: result?.date_published,
    author: result?.author,
    text: htmlToText(result?.content),
  });
}

export async function parseArticle(bytes, opts = {}) {
  return toRecord(await extract(decodeUtf8(bytes), opts.url ?? PLACEHOLDER_URL));
}
