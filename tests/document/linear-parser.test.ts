import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isTag, type AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/document/html/html-to-blocks.js';
import { MAX_TREE_DEPTH } from '../../src/document/html/limit-depth.js';
import { parseDocumentLinear } from '../../src/document/html/linear-parser.js';
import { LINES_TAG } from '../../src/document/html/tags.js';
import { HAS_SHARED, SHARED_DIR, listFiles } from '../helpers/shared.js';
import { htmlTreeArb } from '../property/properties.mjs';

const OPTIONS = { xmlMode: false, decodeEntities: true } as const;

/** The tree as one string: every node's type, name, attributes and text, with its depth. */
function dump(root: AnyNode): string {
  const out: string[] = [];
  const nodes: AnyNode[] = [root];
  const depths = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    const own = isTag(node) ? `${node.name} ${JSON.stringify(node.attribs)}` : 'data' in node ? JSON.stringify(node.data) : '';
    out.push(`${depth} ${node.type} ${own}`);
    if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) {
        nodes.push(node.children[i]!);
        depths.push(depth + 1);
      }
    }
  }
  return out.join('\n');
}

/** Whether every node's `parent`, `prev` and `next` agree with its parent's `children`. */
function linksHold(root: AnyNode): boolean {
  const nodes: AnyNode[] = [root];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    if (!('children' in node)) continue;
    const children = node.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.parent !== node || child.prev !== (children[i - 1] ?? null) || child.next !== (children[i + 1] ?? null)) return false;
      nodes.push(child);
    }
  }
  return true;
}

/** The deepest level of a node (of those `counts` accepts); the root's children are at 1. */
function depthOf(root: AnyNode, counts: (node: AnyNode) => boolean = () => true): number {
  let max = 0;
  const nodes: [AnyNode, number][] = [[root, 0]];
  while (nodes.length > 0) {
    const [node, depth] = nodes.pop()!;
    if (depth > max && counts(node)) max = depth;
    if ('children' in node) for (const child of node.children) nodes.push([child, depth + 1]);
  }
  return max;
}

const textsOf = (html: string): string[] => htmlToBlocks(parseDocumentLinear(html, OPTIONS).root).blocks.map((b) => b.text);

describe('parseDocumentLinear', () => {
  it('builds the same tree as htmlparser2 on random pages no deeper than the cap', () => {
    fc.assert(
      fc.property(htmlTreeArb, (html) => {
        const reference = parseDocument(html, OPTIONS);
        // No element below the cap (an empty element at level 513 is one, though no text lies below it).
        fc.pre(depthOf(reference, isTag) <= MAX_TREE_DEPTH);
        const { root } = parseDocumentLinear(html, OPTIONS);
        expect(dump(root)).toBe(dump(reference));
        expect(linksHold(root)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it.skipIf(!HAS_SHARED)('builds the same tree as htmlparser2 on the corpus pages', () => {
    const pages = listFiles(join(SHARED_DIR, 'corpus', 'html'), (n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = readFileSync(page, 'latin1');
      const { root } = parseDocumentLinear(html, OPTIONS);
      expect(dump(root), page).toBe(dump(parseDocument(html, OPTIONS)));
      expect(linksHold(root), page).toBe(true);
    }
  });

  it('builds the same tree once its stacks are deep (past the parser\'s own arrays)', () => {
    const pages = [
      // The element stack: 400 levels (under the cap), with end tags that match nothing and implied ends on the way out.
      '<div><span>x'.repeat(200) + '</b></p>' + '</span></div>'.repeat(100) + '<p>a<p>b</div>'.repeat(100),
      // The foreign-content stack grows while the element stack stays shallow: `</div>` closes the `<svg>`
      // without taking it off; `</svg>`s, some unmatched, take them off later.
      '<div><svg><title>t</title></div>'.repeat(300) + '<p>after</p>' + '</svg>'.repeat(320) + '<math><mi>x</mi>'.repeat(80),
      // Read from the converted stack: inside foreign content `<p/>` closes itself and `x` is its sibling
      // (the stack moves at the `<p`; or earlier, and the `</svg>`s take off what came after).
      '<div><svg></div>'.repeat(63) + '<p/>x',
      '<div><svg></div>'.repeat(70) + '</svg>'.repeat(6) + '<p/>y',
    ];
    for (const html of pages) {
      const { root } = parseDocumentLinear(html, OPTIONS);
      expect(dump(root)).toBe(dump(parseDocument(html, OPTIONS)));
      expect(linksHold(root)).toBe(true);
    }
  });

  it('lists every element it builds, in document order', () => {
    const { root, elements } = parseDocumentLinear('<div><p>a<b>b</b></p><ul><li>1<li>2</ul></div>', OPTIONS);
    expect(elements.map((e) => e.name)).toEqual(['div', 'p', 'b', 'ul', 'li', 'li']);
    expect(depthOf(root, isTag)).toBe(3);
  });

  it('builds nothing below the cap but keeps its text, pictures and paragraph breaks', () => {
    const cap = 4;
    const html =
      '<div>'.repeat(6) +
      '<p>một</p><p>hai</p><script>var x = "mã";</script><span>ba</span><br>bốn' +
      '<img src="a.jpg" alt="ảnh"><div style="display:none">ẩn</div><b><i>năm</i></b> sáu<!-- chú thích -->' +
      '</div>'.repeat(6) +
      '<p>bảy</p>';
    const { root, elements } = parseDocumentLinear(html, OPTIONS, cap);
    // The root's children are at depth 1; the lines sit in one element below the cap.
    expect(depthOf(root)).toBe(cap + 2);
    // The text before the picture and the text after it, each in a lines element.
    expect(elements.map((e) => e.name)).toEqual(['div', 'div', 'div', 'div', LINES_TAG, 'img', LINES_TAG, 'p']);
    // A new line after a paragraph-level element or a `<br>`; none for the hidden `<div>`, whose text is dropped.
    const lines = elements.filter((e) => e.name === LINES_TAG).map((e) => e.children.map((c) => ('data' in c ? c.data : '')));
    expect(lines).toEqual([['một', 'hai', 'ba', 'bốn'], ['năm sáu']]);
    expect(linksHold(root)).toBe(true);
    const blocks = htmlToBlocks(root).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['một', 'hai', 'ba', 'bốn', 'ảnh', 'năm sáu', 'bảy']);
    expect(blocks.find((b) => b.image)?.image).toEqual({ src: 'a.jpg', alt: 'ảnh' });
  });

  it('keeps the text on either side of a comment below the cap as one text, as domhandler would', () => {
    const { root } = parseDocumentLinear('<div>a<b><!--c--></b>b</div>', OPTIONS, 1);
    expect(dump(root)).toBe('0 root \n1 tag div {}\n2 text "ab"');
  });

  it('keeps the text of 100,000 nested elements in a tree no deeper than 512', () => {
    const html = '<b><i>x'.repeat(50_000);
    const { root, elements } = parseDocumentLinear(html, OPTIONS);
    // The page's own elements reach the cap; the element of the lines lies just below it.
    expect(depthOf(root, (node) => isTag(node) && node.name !== LINES_TAG)).toBe(MAX_TREE_DEPTH);
    // The page's elements down to the cap, and the element of the lines below it.
    expect(elements.length).toBe(MAX_TREE_DEPTH + 1);
    expect(depthOf(root)).toBe(MAX_TREE_DEPTH + 2);
    expect(textsOf(html).join('')).toBe('x'.repeat(50_000));
    // Nested tables never closed, as a hostile page has them: each cell's text is a line of its own.
    expect(textsOf('<table><tr><td>ô'.repeat(1_000))).toEqual(Array(1_000).fill('ô'));
  });
});
