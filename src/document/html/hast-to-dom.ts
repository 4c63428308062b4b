/**
 * Converts a hast tree (rehype-parse's spec-compliant parse) into the domhandler nodes that
 * cheerio and the block builder read, so that both parsers feed one pipeline.
 * Iterative: deep trees do not overflow the call stack.
 */
import type { Nodes as HastNodes, Root as HastRoot } from 'hast';
import { Comment, Document, Element, Text, type ChildNode } from 'domhandler';
import { find, html as htmlSchema } from 'property-information';

function attributes(properties: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [prop, value] of Object.entries(properties)) {
    if (value === null || value === undefined || value === false) continue;
    const info = find(htmlSchema, prop);
    out[info.attribute] =
      value === true ? '' : Array.isArray(value) ? value.join(info.commaSeparated ? ', ' : ' ') : String(value);
  }
  return out;
}

export function hastToDom(root: HastRoot): Document {
  const document = new Document([]);
  // Pairs of (hast node to convert, domhandler parent to append to).
  const work: [HastNodes, Document | Element][] = root.children.map((c) => [c, document] as [HastNodes, Document]).reverse();
  while (work.length > 0) {
    const [node, parent] = work.pop()!;
    let created: ChildNode | null = null;
    if (node.type === 'element') {
      const el = new Element(node.tagName, attributes(node.properties as Record<string, unknown>), []);
      // <template> keeps its children in `content`.
      const children = node.tagName === 'template' && node.content ? node.content.children : node.children;
      for (let i = children.length - 1; i >= 0; i--) work.push([children[i]! as HastNodes, el]);
      created = el;
    } else if (node.type === 'text') {
      created = new Text(node.value);
    } else if (node.type === 'comment') {
      created = new Comment(node.value);
    }
    if (created) {
      const siblings = parent.children;
      const prev = siblings[siblings.length - 1] ?? null;
      created.parent = parent;
      created.prev = prev;
      if (prev) prev.next = created;
      siblings.push(created);
    }
  }
  return document;
}
