/**
 * Caps the depth of a parsed page, as browsers' HTML parsers do (WebKit and Blink attach
 * whatever would lie deeper than 512 elements to the element at that depth).
 *
 * Below the cap nothing changes: the corpus pages are at most 41 levels deep. Above it, every element
 * that would lie deeper becomes a child of its ancestor at the cap, in document order, with its text.
 * Without the cap a hostile page of 100,000 nested elements made work that is linear per element
 * quadratic per page: CSS selectors (css-select walks every ancestor of every candidate for a
 * descendant combinator; `:has()` searches a subtree per ancestor), and recursive helpers of
 * the DOM libraries (domutils' `existsOne` behind `:has()`) overflowed the call stack.
 */
import { hasChildren, isTag, type AnyNode, type ChildNode, type ParentNode } from 'domhandler';

/** WebKit's and Blink's `maximumHTMLParserDOMTreeDepth`. */
export const MAX_TREE_DEPTH = 512;

/**
 * The most nodes (elements, comments, lines of text; not text nodes) the default parse builds for a
 * page of `chars` characters: one per {@link CHARS_PER_NODE} characters, and at least
 * {@link MIN_NODE_BUDGET}. Real pages have one element per 130 to 150 bytes (the corpus pages:
 * 7,000 per MiB; of 1,326 pages of portals, fundus's 179 publishers and ScrapingHub, the one with the
 * most has 9,050, the densest one element per 65 bytes), so only a page of over 2 MB of dense real markup
 * could reach it; markup of an element every few bytes (`<p>x` repeated) reaches it at once, and then cost and memory per
 * megabyte stay those of a real page (see listing-handler.ts for what is kept past it).
 *
 * The floor is the densest real markup at 1 MiB (16,000 elements at one per 65 bytes): elements cost
 * more than the lines past the budget, and a floor of 25,000 let 1 MiB of table cells or misnested
 * `<table><b>x<tr>` cost 4 to 5 times a real page per MiB (bench/adversarial.mjs), 3 times at 16,000.
 */
export function nodeBudget(chars: number): number {
  return Math.max(MIN_NODE_BUDGET, Math.floor(chars / CHARS_PER_NODE));
}

export const MIN_NODE_BUDGET = 16_000;
export const CHARS_PER_NODE = 128;

/** Flattens, in place, everything below depth `max` (the root's children are at depth 1); returns `root`. */
export function limitDepth<T extends ParentNode>(root: T, max: number = MAX_TREE_DEPTH): T {
  // Find the nodes at depth `max` that have children: only their subtrees change.
  const capped: ParentNode[] = [];
  // Two parallel stacks rather than a `[node, depth]` pair per node: no garbage per node.
  const nodes: AnyNode[] = [root];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (!hasChildren(node) || node.children.length === 0) continue;
    if (depth === max) {
      capped.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      depths.push(depth + 1);
    }
  }
  for (const parent of capped) flattenBelow(parent);
  return root;
}

/**
 * Makes every element below `parent` a child of it, in document (pre-)order. Text, comments and
 * CDATA stay in the element that holds them, so a `<script>` keeps its code and an `<option>` its
 * label (text that was split by a nested element may come out of order: only on such deep pages).
 */
function flattenBelow(parent: ParentNode): void {
  if (parent.children.every((c) => !isTag(c) || !c.children.some(isTag))) return;
  const flat: ChildNode[] = [];
  const work: ChildNode[] = [...parent.children].reverse();
  while (work.length > 0) {
    const node = work.pop()!;
    flat.push(node);
    if (isTag(node) && node.children.some(isTag)) {
      const kept: ChildNode[] = [];
      for (let i = node.children.length - 1; i >= 0; i--) {
        const child = node.children[i]!;
        if (isTag(child)) work.push(child);
      }
      for (const child of node.children) if (!isTag(child)) kept.push(child);
      node.children = kept;
      relink(node, kept);
    }
  }
  relink(parent, flat);
  parent.children = flat;
}

function relink(parent: ParentNode, children: ChildNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    node.parent = parent;
    node.prev = children[i - 1] ?? null;
    node.next = children[i + 1] ?? null;
  }
}
