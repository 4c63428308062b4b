/**
 * The text of an element, as cheerio's `$(el).text()` gives it (domutils' `textContent`: every
 * text node below it in document order, CDATA included, comments left out), without recursion:
 * domutils recurses once per level, so a headline element holding 50,000 nested tags overflowed
 * the call stack (a `RangeError` out of `parseArticle`).
 */
import { hasChildren, type AnyNode } from 'domhandler';
import { SKIPPED_TAGS } from './tags.js';

export function textContent(node: AnyNode, visibleOnly = false): string {
  return collectText(node, visibleOnly ? isNeverShown : null);
}

/** The text below `node`, leaving out what the elements below it for which `skip` holds contain. */
function collectText(node: AnyNode, skip: ((n: AnyNode) => boolean) | null): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
    } else if (hasChildren(n)) {
      if (skip !== null && n !== node && skip(n)) continue;
      // (A comment has no children in domhandler's tree, so it is left out here as in domutils.)
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out;
}

/** Scripts, styles and the other elements a reader never sees (a microdata headline element may wrap a `<script>`). */
function isNeverShown(n: AnyNode): boolean {
  const name = (n as unknown as { name?: string }).name;
  return name !== undefined && SKIPPED_TAGS.has(name.toLowerCase());
}

/** The text a reader sees in an element: {@link textContent} without what never-shown elements hold. */
export function visibleTextContent(node: AnyNode): string {
  return textContent(node, true);
}

/** {@link visibleTextContent} without what the `dropped` elements hold (a site profile's `clean` selectors). */
export function visibleTextContentWithout(node: AnyNode, dropped: ReadonlySet<AnyNode>): string {
  if (dropped.size === 0) return visibleTextContent(node);
  return collectText(node, (n) => dropped.has(n) || isNeverShown(n));
}
