// Readability.js over a linkedom document: the same algorithm on a lighter DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decodeUtf8, readabilityRecord } from './common.mjs';

export const label = 'Readability.js + linkedom';
export const packages = ['@mozilla/readability', 'linkedom'];

/** The peer's own work: a page in, Readability's article out (linkedom takes no URL). */
export function extract(html) {
  const { document } = parseHTML(html);
  return new Readability(document).parse();
}

/** What the benchmark times: the page decoded as UTF-8, then the peer's own work. */
export function timed(bytes) {
  return extract(decodeUtf8(bytes));
}

export function parseArticle(bytes) {
  return readabilityRecord(extract(decodeUtf8(bytes)));
}
