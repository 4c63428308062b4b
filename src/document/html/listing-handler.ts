/**
 * The tree builder of the htmlparser2 parse: domhandler's, plus what the later steps need from the
 * parse so that none of them walks the whole tree again (every element in document order, the
 * deepest level), and a cap on the depth of the tree.
 */
import { DomHandler, Element, Text, type ChildNode, type DomHandlerOptions, type ParentNode } from 'domhandler';
import type { ParserOptions } from 'htmlparser2';
import { BLOCK_TAGS, hidesContent, LINES_TAG, SKIPPED_TAGS } from './tags.js';

/**
 * The attributes of every element written without any. The tree is never changed after the parse,
 * and a page of 100,000 bare table cells then keeps one object for them instead of 100,000.
 */
const NO_ATTRIBUTES: { [key: string]: string } = Object.freeze({}) as { [key: string]: string };

/** `attribs`, or {@link NO_ATTRIBUTES} when it is empty. */
function sharedIfEmpty(attribs: { [key: string]: string }): { [key: string]: string } {
  for (const _ in attribs) return attribs;
  return NO_ATTRIBUTES;
}

function appendChild(parent: ParentNode, node: ChildNode): void {
  const last = parent.children[parent.children.length - 1] ?? null;
  if (last) last.next = node;
  node.prev = last;
  node.next = null;
  node.parent = parent;
  parent.children.push(node);
}

/** {@link ListingHandler}'s marks for an element open past the depth cap. */
const SKIPS = 1;
const BREAKS = 2;

/**
 * DomHandler that also lists the elements in the order they open (document order) and the depth
 * of the deepest one, and that builds no element deeper than its cap.
 *
 * Past the cap a page is no longer anything a person laid out (the corpus pages reach 41 levels;
 * browsers stop nesting at 512), yet every element there would cost a node, a block-walk frame
 * and garbage collection: 1 MB of `<b><i>x` is 300,000 elements. So an element that would lie
 * deeper is not built. What it holds is kept, in document order, in the element at the cap:
 * its pictures, and its text (except inside elements whose content is never text: scripts,
 * styles, hidden ones) as lines, one text node per line, in a {@link LINES_TAG} element: a line
 * ends where a paragraph-level element starts or ends or at a `<br>`.
 */
export class ListingHandler extends DomHandler {
  readonly elements: Element[] = [];
  /** The root's children are at depth 1. */
  maxDepth = 0;
  /**
   * The elements open past the cap, innermost last, each as a number (no garbage for 100,000 of
   * them): {@link SKIPS} if its content is skipped, plus {@link BREAKS} if it is paragraph-level.
   */
  private readonly pastCap: number[] = [];
  /** How many of {@link pastCap} skip their content. */
  private skipping = 0;
  /** A paragraph-level element started or ended past the cap since the last text: a new line is due. */
  private breakDue = false;
  /** The lines element that text past the cap goes to, and its last line, or null before the first. */
  private lines: Element | null = null;
  private line: Text | null = null;
  /** Whether nodes record their source offsets (DomHandler's own `addNode` sets them). */
  private readonly keepsIndices: boolean;

  constructor(
    options: ParserOptions & DomHandlerOptions,
    private readonly cap: number,
  ) {
    super(undefined, options);
    this.keepsIndices = Boolean(options.withStartIndices || options.withEndIndices);
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    // `tagStack` holds the root and the open elements: a new element lies at depth `tagStack.length`.
    if (this.pastCap.length > 0 || this.tagStack.length > this.cap) {
      this.openPastCap(name, attribs);
      return;
    }
    super.onopentag(name, sharedIfEmpty(attribs));
    const stack = this.tagStack;
    this.elements.push(stack[stack.length - 1] as Element);
    if (stack.length - 1 > this.maxDepth) this.maxDepth = stack.length - 1;
  }

  override onclosetag(): void {
    // The parser closes in the reverse order of opening, so the innermost open element is past the cap if any is.
    const kind = this.pastCap.pop();
    if (kind === undefined) {
      super.onclosetag();
      return;
    }
    if (kind & SKIPS) this.skipping--;
    else if (kind & BREAKS) this.breakDue = true;
    if (this.pastCap.length === 0) this.endLines();
  }

  override ontext(data: string): void {
    if (this.pastCap.length === 0) super.ontext(data);
    else if (this.skipping === 0) this.addPastCapText(data);
  }

  /**
   * As DomHandler's `addNode`, but a first child gets an array of its own size: `push` onto an empty
   * array reserves 17 slots, and most elements hold one child (a cell's text, a link's words).
   */
  override addNode(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1]!;
    if (parent.children.length > 0 || parent === this.root || this.keepsIndices) {
      super.addNode(node);
      return;
    }
    parent.children = [node];
    node.parent = parent;
    node.prev = null;
    this.lastNode = null;
  }

  override oncomment(data: string): void {
    if (this.pastCap.length === 0) super.oncomment(data);
  }

  override oncommentend(): void {
    if (this.pastCap.length === 0) super.oncommentend();
  }

  private openPastCap(name: string, attribs: { [key: string]: string }): void {
    if (this.skipping > 0 || SKIPPED_TAGS.has(name) || hidesContent(attribs)) {
      this.pastCap.push(SKIPS);
      this.skipping++;
      return;
    }
    const breaks = BLOCK_TAGS.has(name);
    this.pastCap.push(breaks ? BREAKS : 0);
    if (breaks) this.breakDue = true;
    else if (name === 'img') {
      // A picture is a block of its own: the text after it starts new lines.
      this.endLines();
      this.addElement(new Element(name, sharedIfEmpty(attribs)));
    }
  }

  private addPastCapText(data: string): void {
    if (this.lines === null) {
      this.lines = new Element(LINES_TAG, NO_ATTRIBUTES);
      this.addElement(this.lines);
    }
    if (this.line === null || this.breakDue) {
      this.line = new Text(data);
      appendChild(this.lines, this.line);
    } else {
      this.line.data += data;
    }
    this.breakDue = false;
  }

  private endLines(): void {
    this.lines = null;
    this.line = null;
    this.breakDue = false;
  }

  private addElement(element: Element): void {
    this.addNode(element);
    this.elements.push(element);
  }
}
