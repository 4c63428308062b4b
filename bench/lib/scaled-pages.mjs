// Pages of a chosen size made from real content: the body paragraphs of a real page repeated
// inside that page's own markup, so that the template, the markup density and the language stay real.
import { parseDocument } from 'htmlparser2';

/** The element with the most `<p>` children: on a news page, the article body. */
function bodyContainer(doc) {
  let best = doc;
  let bestCount = -1;
  const work = [doc];
  while (work.length > 0) {
    const node = work.pop();
    if (!node.children) continue;
    const count = node.children.filter((c) => c.name === 'p').length;
    if (count > bestCount) {
      best = node;
      bestCount = count;
    }
    work.push(...node.children);
  }
  return best;
}

/**
 * Splits a page into what comes before its body paragraphs, the paragraphs (as written in the
 * source) and what comes after.
 */
export function splitPage(html) {
  const doc = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const paragraphs = bodyContainer(doc).children.filter((c) => c.name === 'p');
  if (paragraphs.length === 0) throw new Error('scaled pages: no <p> in the page');
  const start = paragraphs[0].startIndex;
  const end = paragraphs.at(-1).endIndex + 1;
  return {
    before: html.slice(0, start),
    paragraphs: paragraphs.map((p) => html.slice(p.startIndex, p.endIndex + 1)),
    after: html.slice(end),
  };
}

/**
 * The page grown (or cut) to about `targetBytes` of UTF-8 by writing its body paragraphs again
 * and again, in order, until the page reaches that size. Returns null when the page's markup
 * alone is larger than the target.
 */
export function scaledPage(parts, targetBytes) {
  const frame = Buffer.byteLength(parts.before) + Buffer.byteLength(parts.after);
  if (frame >= targetBytes) return null;
  const out = [];
  let size = frame;
  for (let i = 0; size < targetBytes; i++) {
    const p = parts.paragraphs[i % parts.paragraphs.length] + '\n';
    out.push(p);
    size += Buffer.byteLength(p);
  }
  return Buffer.from(parts.before + out.join('') + parts.after, 'utf8');
}
