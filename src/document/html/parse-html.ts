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
import { load, type CheerioAPI } from 'cheerio';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { hastToDom } from './hast-to-dom.js';
import { limitDepth } from './limit-depth.js';
import { parseDocumentLinear } from './linear-parser.js';

export type HtmlParser = 'htmlparser2' | 'parse5';

const specParser = unified().use(rehypeParse, { fragment: false });

export function parseHtml(html: string, parser: HtmlParser = 'htmlparser2'): CheerioAPI {
  // Both trees are capped at the depth browsers keep (512): deeper nesting is flattened (limit-depth.ts).
  if (parser === 'parse5') return load(limitDepth(hastToDom(specParser.parse(html))), null, false);
  // htmlparser2's own parse, with its open-element stack made linear (deeply nested pages).
  const dom = parseDocumentLinear(html, { xmlMode: false, decodeEntities: true });
  return load(limitDepth(dom), { xml: { xmlMode: false, decodeEntities: true } }, true);
}
