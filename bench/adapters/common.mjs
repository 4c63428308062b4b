// What the peer adapters share: how bytes become a string, the URL a peer is given when the page
// has none, and HTML content turned into text with paragraph breaks.
import { parseDocument } from 'htmlparser2';

/** Peers that need a page URL (Postlight refuses to run without one) get this; nothing is fetched. */
export const PLACEHOLDER_URL = 'https://example.org/article.html';

const utf8 = new TextDecoder('utf-8');

/** Every peer reads the page as UTF-8, as the corpus pages are. */
export function decodeUtf8(bytes) {
  return typeof bytes === 'string' ? bytes : utf8.decode(bytes);
}

/** Elements that end a line of text: their content is a paragraph of its own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table',
  'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The text of an HTML fragment, one paragraph per block element, paragraphs joined by a blank line.
 * Peers that return their article as HTML (Postlight, article-extractor) are scored on this text,
 * so that words of adjacent paragraphs are not glued together.
 */
export function htmlToText(html) {
  if (!html) return '';
  const lines = [];
  let line = '';
  const endLine = () => {
    const t = line.replace(/\s+/g, ' ').trim();
    if (t) lines.push(t);
    line = '';
  };
  // Iterative walk: ['enter', node] and ['leave', node] steps.
  const work = [...parseDocument(html).children].reverse().map((n) => ['enter', n]);
  while (work.length > 0) {
    const [step, node] = work.pop();
    if (step === 'leave') {
      endLine();
      continue;
    }
    if (node.type === 'text') line += node.data;
    else if (node.children && !SKIP.has(node.name)) {
      const block = BLOCK.has(node.name);
      if (block) {
        endLine();
        work.push(['leave', node]);
      }
      for (let i = node.children.length - 1; i >= 0; i--) work.push(['enter', node.children[i]]);
    }
  }
  endLine();
  return lines.join('\n\n');
}

/** The record shape that /work/shared/eval/score.mjs reads, restricted to the fields peers give. */
export function record({ title, publishedAt, author, text }) {
  return {
    title: title || null,
    publishedAt: publishedAt || null,
    authors: author ? [{ name: author }] : [],
    body: { text: text ?? '' },
  };
}

/** Readability's article (`parse()`), whatever DOM it ran on, as a record. */
export function readabilityRecord(article) {
  return record({
    title: article?.title,
    publishedAt: article?.publishedTime,
    author: article?.byline,
    text: article?.textContent,
  });
}
