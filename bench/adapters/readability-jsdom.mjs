// Readability.js (Mozilla's Reader View) over a jsdom document.
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { PLACEHOLDER_URL, decodeUtf8, readabilityRecord } from './common.mjs';

export const label = 'Readability.js + jsdom';
export const packages = ['@mozilla/readability', 'jsdom'];

/** The peer's own work: a page in, Readability's article out. */
export function extract(html, url = PLACEHOLDER_URL) {
  // A silent console: jsdom reports every stylesheet it cannot parse.
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  try {
    return new Readability(dom.window.document).parse();
  } finally {
    dom.window.close();
  }
}

/** What the benchmark times: the page decoded as UTF-8, then the peer's own work. */
export function timed(bytes) {
  return extract(decodeUtf8(bytes));
}

export function parseArticle(bytes, opts = {}) {
  return readabilityRecord(extract(decodeUtf8(bytes), opts.url ?? PLACEHOLDER_URL));
}
