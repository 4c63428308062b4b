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
import { limitDepth, MAX_TREE_DEPTH, nodeBudget } from './limit-depth.js';
import { listElements } from './list-elements.js';
import { parseDocumentLinear } from './linear-parser.js';

export type HtmlParser = 'htmlparser2' | 'parse5';

const specParser = unified().use(rehypeParse, { fragment: false });

/** A parsed page: cheerio over its tree, and every element of the tree in document order. */
export interface ParsedPage {
  readonly $: CheerioAPI;
  readonly elements: readonly Element[];
}

/**
 * @param warnings receives a line when a limit changed the parse: the node budget ran out, or a
 *   page was parsed with htmlparser2 instead of parse5 (see {@link parse5Refusal}).
 */
export function parsePage(html: string, parser: HtmlParser = 'htmlparser2', warnings: string[] = []): ParsedPage {
  const budget = nodeBudget(html.length);
  // Both trees are capped at the depth browsers keep (512). parse5's tree is flattened below it
  // afterwards, as browsers do (limit-depth.ts); htmlparser2's parse builds nothing below it.
  if (parser === 'parse5') {
    const refusal = parse5Refusal(html, budget);
    if (refusal === null) {
      const root = limitDepth(hastToDom(specParser.parse(html)));
      return { $: load(root, null, false), elements: listElements(root) };
    }
    warnings.push(`${refusal}; parsed with htmlparser2`);
  }
  // htmlparser2's own parse, with its open-element stack made linear (deeply nested pages). It
  // lists the elements as it builds them, and keeps only the text, pictures and line breaks of
  // what lies below the cap or past the node budget (linear-parser.ts).
  const { root, elements, overBudget } = parseDocumentLinear(html, { xmlMode: false, decodeEntities: true }, MAX_TREE_DEPTH, budget);
  if (overBudget) warnings.push(`the page has more than ${budget} elements: the text of the rest is kept as lines, without their pictures or structure`);
  return { $: load(root, { xml: { xmlMode: false, decodeEntities: true } }, true), elements };
}

/** The formatting elements of the HTML standard's "list of active formatting elements". */
const FORMATTING_TAGS: ReadonlySet<string> = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);

/**
 * The most formatting elements a page may leave open for parse5: each one left open stays in the
 * list of active formatting elements, which parse5 walks again at every text and end tag (1 MB of
 * `<b id=N>x`: minutes). Real pages leave few open: 3 of the 889 corpus pages leave any, at most 2.
 */
export const MAX_OPEN_FORMATTING = 1000;

/**
 * Why parse5 should not parse `html`, or null when it may: more start tags than the node budget
 * (parse5 builds every one, as three trees: its own, rehype's and the DOM), or more than
 * {@link MAX_OPEN_FORMATTING} formatting elements left open. One pass over the tags, no parse.
 */
function parse5Refusal(html: string, budget: number): string | null {
  let starts = 0;
  let open = 0;
  for (let i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
    const closing = html.charCodeAt(i + 1) === 0x2f; /* / */
    let j = closing ? i + 2 : i + 1;
    const from = j;
    while (j - from < 8 && isAsciiLetterOrDigit(html.charCodeAt(j))) j++;
    if (j === from || !isAsciiLetter(html.charCodeAt(from))) continue;
    if (!closing) starts++;
    const name = html.slice(from, j).toLowerCase();
    if (!FORMATTING_TAGS.has(name)) continue;
    if (!closing) open++;
    else if (open > 0) open--;
  }
  if (starts > budget) return `the page has more than ${budget} elements for the parse5 parser`;
  if (open > MAX_OPEN_FORMATTING) return `the page leaves ${open} formatting elements open, more than the parse5 parser is given (${MAX_OPEN_FORMATTING})`;
  return null;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isAsciiLetterOrDigit(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** {@link parsePage} without the element list: the parse alone. */
export function parseHtml(html: string, parser: HtmlParser = 'htmlparser2'): CheerioAPI {
  return parsePage(html, parser).$;
}
