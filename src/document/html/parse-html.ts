/**
 * The one HTML parse of a page, by one of two parsers, into the same tree:
 *
 * - `htmlparser2` (default), through cheerio: several times faster on these pages (see
 *   `npm run bench`), tolerant, and it decodes the legacy entities written without `;`.
 * - `parse5`, through unified and rehype-parse: the HTML standard's tree construction, as a
 *   browser builds it (foster-parented table content, implied `<p>` and `<li>` ends), for
 *   markup whose structure htmlparser2 reads differently. Its hast tree is converted into
 *   cheerio's nodes, so the site profiles and the block builder serve both.
 */
// cheerio/slim: the same `load` without cheerio's network and stream helpers (undici, parse5's
// stream, encoding-sniffer), which the library never calls and which cost import time and bundle size.
import { load, type CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hastToDom } from './hast-to-dom.js';
import { limitDepth, MAX_TREE_DEPTH } from './limit-depth.js';
import { listElements } from './list-elements.js';
import { parseDocumentLinear } from './linear-parser.js';

export type HtmlParser = 'htmlparser2' | 'parse5';

const specParser = unified().use(rehypeParse, { fragment: false });

/** A parsed page: cheerio over its tree, and every element of the tree in document order. */
export interface ParsedPage {
  readonly $: CheerioAPI;
  readonly elements: readonly Element[];
}

export function parsePage(html: string, parser: HtmlParser = 'htmlparser2'): ParsedPage {
  // Both trees are capped at the depth browsers keep (512). parse5's tree is flattened below it
  // afterwards, as browsers do (limit-depth.ts); htmlparser2's parse builds nothing below it.
  if (parser === 'parse5') {
    const root = limitDepth(hastToDom(specParser.parse(html)));
    return { $: load(root, null, false), elements: listElements(root) };
  }
  // htmlparser2's own parse, with its open-element stack made linear (deeply nested pages). It
  // lists the elements as it builds them, and keeps only the text, pictures and line breaks of
  // what lies below the cap (linear-parser.ts).
  const { root, elements } = parseDocumentLinear(html, { xmlMode: false, decodeEntities: true }, MAX_TREE_DEPTH);
  return { $: load(root, { xml: { xmlMode: false, decodeEntities: true } }, true), elements };
}

/** {@link parsePage} without the element list: the parse alone. */
export function parseHtml(html: string, parser: HtmlParser = 'htmlparser2'): CheerioAPI {
  return parsePage(html, parser).$;
}
