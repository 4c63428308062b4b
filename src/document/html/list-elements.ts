/**
 * Every element of a tree in document (pre-)order: what the parse lists as it builds the tree, for
 * the trees it did not build (parse5's) and for callers holding only a tree.
 */
import { isTag, type AnyNode, type Element, type ParentNode } from 'domhandler';

/** Every element under `root`, in document order; iterative, so deep trees cannot overflow the stack. */
export function listElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const work: AnyNode[] = [...root.children].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    if (!isTag(node)) continue;
    out.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) work.push(node.children[i]!);
  }
  return out;
}
