import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml, parsePage, type HtmlParser } from '../../src/document/html/parse-html.js';
import { PROFILE_SELECTORS } from '../../src/document/html/profiles/index.js';
import { PAGE_META_SELECTORS } from '../../src/document/html/read-page-meta.js';
import { SelectorIndex } from '../../src/document/html/selector-index.js';
import { HAS_SHARED, SHARED_DIR, listFiles } from '../helpers/shared.js';

/** The index must answer exactly as a query of the whole page does: same elements, same order. */
function expectSameAsQuery(html: string, selectors: readonly string[], parser: HtmlParser = 'htmlparser2'): void {
  const { $, elements } = parsePage(html, parser);
  // Built from the parse's list of elements (as the pipeline does) and from a walk of the tree.
  const listed = new SelectorIndex($, selectors, elements);
  const walked = new SelectorIndex($, selectors);
  for (const selector of selectors) {
    const expected = $(selector).toArray();
    expect(listed.all(selector), selector).toEqual(expected);
    expect(walked.all(selector), selector).toEqual(expected);
  }
}

describe('SelectorIndex', () => {
  it('answers like $(selector) for tags, ids, classes, attributes, combinators and pseudo-classes', () => {
    const html = `<html><head><title>T</title><meta name="date" content="1"><meta property="og:title" content="x">
      <link rel="Canonical" href="/a"></head><body>
      <div id="tableforprint"><p class="Title x">A</p><p class="title">b</p><span class="lv_description_mode1"></span></div>
      <div class="portlet"><span class="portlet-title-text">S</span><div class="asset-full-content"><h2>H</h2></div></div>
      <div itemprop="author"><b itemprop="name">N</b></div><a rel="author">R</a><P CLASS="Title">upper</P>
      <svg><title>inside svg</title></svg><h2 class="Title  Title">twice</h2></body></html>`;
    // Lists whose parts are met by different elements (answered in document order, each element once).
    // `.Title` and `h2.Title` alone: the element whose class names `Title` twice must come once.
    const lists = ['.Title', 'h2.Title', 'h2, p.Title', 'span.portlet-title-text, [itemprop], #tableforprint', '.x, .Title, p', 'div .Title, .Title'];
    const selectors = [...PAGE_META_SELECTORS, ...PROFILE_SELECTORS, 'div > p:first-child', 'span + div h2', 'svg title', 'P.Title', ...lists];
    for (const parser of ['htmlparser2', 'parse5'] as const) {
      expectSameAsQuery(html, selectors, parser);
      // Selectors that require nothing the prefilter can see: every element stays a candidate.
      expectSameAsQuery(html, [...selectors, '*', ':is(h2, b)'], parser);
    }
  });

  it('is given every element by the parse, in document order, on deep trees too', () => {
    const deep = '<div><span>x'.repeat(700) + '<p class="Title">t</p>' + '</span></div>'.repeat(700);
    for (const html of [deep, '<p>a<b>b</b></p><ul><li>1<li>2</ul><table><td>c</table>']) {
      for (const parser of ['htmlparser2', 'parse5'] as const) {
        const { $, elements } = parsePage(html, parser);
        expect(elements).toEqual($('*').toArray());
      }
    }
    // 1,400 levels: what lies below 512 is not built (its text is kept), and the index agrees.
    expectSameAsQuery(deep, ['p.Title', 'div span p', 'div span']);
    expect(parsePage(deep).$('p.Title').length).toBe(0);
    // Below the cap, found by the list and by the tree.
    const within = '<div><span>x'.repeat(200) + '<p class="Title">t</p>' + '</span></div>'.repeat(200);
    expect(parsePage(within).$('p.Title').length).toBe(1);
    expectSameAsQuery(within, ['p.Title', 'div span p']);
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
