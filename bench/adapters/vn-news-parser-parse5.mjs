// This library with `{ htmlParser: 'parse5' }`: rehype-parse's standard tree construction.
import { parseArticle as parse } from '../../dist/index.js';

export const label = "vn-news-parser { htmlParser: 'parse5' }";

export function timed(bytes) {
  return parse(bytes, { htmlParser: 'parse5' });
}

export function parseArticle(bytes, opts = {}) {
  return parse(bytes, { ...opts, htmlParser: 'parse5' });
}
