// This library, as built (`npm run build` → dist/index.js), with its default HTML parser (htmlparser2).
import { parseArticle as parse } from '../../dist/index.js';

export const label = 'vn-news-parser';

/** What the benchmark times: bytes in (decoded by the library's own detection), record out. */
export function timed(bytes) {
  return parse(bytes);
}

export function parseArticle(bytes, opts = {}) {
  return parse(bytes, opts);
}
