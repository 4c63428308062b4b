/**
 * The text of an element, as cheerio's `$(el).text()` gives it (domutils' `textContent`: every
 * text node below it in document order, CDATA included, comments left out), without recursion:
 * domutils recurses once per level, so a headline element holding 50,000 nested tags overflowed
 * the call stack (a `RangeError` out of `parseArticle`).
 */
import { hasChildren, type AnyNode } from 'domhandler';
import { SKIPPED_TAGS } from './tags.js';

export function textContent(node: AnyNode, visibleOnly = false): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      out += (n as unknown as { data: string }).data;
    } else if (hasChildren(n)) {
      if (visibleOnly && n !== node && isNeverShown(n)) continue;
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
