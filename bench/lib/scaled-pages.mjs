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
 * Splits a page into what comes before the repeated unit, the units, and what comes after.
 * `paragraphs`: the body paragraphs (as written in the source) are the units, inside the page's own
 * markup. `whole`: the whole content of `<body>` (template and article together) is the one unit,
 * so that every size keeps the page's own mix of template and text.
 */
export function splitPage(html, mode = 'paragraphs') {
  if (mode === 'whole') return splitBody(html);
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

/** `<body …>` and `</body>` of a page: what lies between them is the unit of the `whole` mode. */
function splitBody(html) {
  const open = /<body\b[^>]{0,2000}>/i.exec(html);
  const close = html.toLowerCase().lastIndexOf('</body');
  if (!open || close < open.index) throw new Error('scaled pages: no <body> in the page');
  const start = open.index + open[0].length;
  return { before: html.slice(0, start), paragraphs: [html.slice(start, close)], after: html.slice(close), whole: true };
}

/**
 * The page grown to about `targetBytes` of UTF-8 by writing its units again and again, in order,
 * until the page reaches that size (the whole body: the nearest whole number of copies). Returns
 * null when the page's markup alone (or one copy of its whole body) is too large for the target.
 */
export function scaledPage(parts, targetBytes) {
  const frame = Buffer.byteLength(parts.before) + Buffer.byteLength(parts.after);
  if (parts.whole) {
    const unit = Buffer.byteLength(parts.paragraphs[0]);
    if (frame + unit > targetBytes * 1.5) return null;
    const copies = Math.max(1, Math.round((targetBytes - frame) / unit));
    return Buffer.from(parts.before + parts.paragraphs[0].repeat(copies) + parts.after, 'utf8');
  }
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
