import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, type HtmlParser } from '../../src/document/html/parse-html.js';
import { PROFILE_SELECTORS } from '../../src/document/html/profiles/index.js';
import { PAGE_META_SELECTORS } from '../../src/document/html/read-page-meta.js';
import { SelectorIndex } from '../../src/document/html/selector-index.js';
import { HAS_SHARED, SHARED_DIR, listFiles } from '../helpers/shared.js';

/** The index must answer exactly as a query of the whole page does: same elements, same order. */
function expectSameAsQuery(html: string, selectors: readonly string[], parser: HtmlParser = 'htmlparser2'): void {
  const $ = parseHtml(html, parser);
  const index = new SelectorIndex($, selectors);
  for (const selector of selectors) expect(index.all(selector), selector).toEqual($(selector).toArray());
}

describe('SelectorIndex', () => {
  it('answers like $(selector) for tags, ids, classes, attributes, combinators and pseudo-classes', () => {
    const html = `<html><head><title>T</title><meta name="date" content="1"><meta property="og:title" content="x">
      <link rel="Canonical" href="/a"></head><body>
      <div id="tableforprint"><p class="Title x">A</p><p class="title">b</p><span class="lv_description_mode1"></span></div>
      <div class="portlet"><span class="portlet-title-text">S</span><div class="asset-full-content"><h2>H</h2></div></div>
      <div itemprop="author"><b itemprop="name">N</b></div><a rel="author">R</a><P CLASS="Title">upper</P>
      <svg><title>inside svg</title></svg></body></html>`;
    const selectors = [...PAGE_META_SELECTORS, ...PROFILE_SELECTORS, 'div > p:first-child', 'span + div h2', 'svg title', 'P.Title'];
    for (const parser of ['htmlparser2', 'parse5'] as const) {
      expectSameAsQuery(html, selectors, parser);
      // Selectors that require nothing the prefilter can see: every element stays a candidate.
      expectSameAsQuery(html, [...selectors, '*', ':is(h2, b)'], parser);
    }
  });

  it('refuses a selector it was not built with', () => {
    const index = new SelectorIndex(parseHtml('<p>a</p>'), ['p']);
    expect(() => index.all('div')).toThrow(/not indexed/);
  });

  it.skipIf(!HAS_SHARED)('answers like $(selector) on every HTML page of the shared corpus', () => {
    const pages = [
      ...listFiles(join(SHARED_DIR, 'corpus', 'html'), (n) => n.endsWith('.html')),
      ...listFiles(join(SHARED_DIR, 'corpus', 'bulk'), (n) => n.endsWith('.html')).filter((_, i) => i % 10 === 0),
    ];
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) expectSameAsQuery(readFileSync(page, 'utf8'), [...PAGE_META_SELECTORS, ...PROFILE_SELECTORS]);
  });
});
