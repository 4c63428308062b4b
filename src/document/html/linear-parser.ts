/**
 * htmlparser2's parser with its open-element stacks made linear.
 *
 * htmlparser2 (10.x) keeps the open elements in an array with the innermost first, and pushes
 * and pops with `unshift`/`shift`: each moves the whole array, so a page of 100,000 nested
 * elements costs 10^10 moves (seconds per megabyte); an end tag that matches no open element
 * scans the whole stack with `indexOf`. {@link TopFirstStack} keeps the same interface
 * (index 0 is the innermost element) on an array stored the other way round, with a count per
 * name so that an unmatched end tag is answered at once. The tree built is the same, node for
 * node (the parser's own logic is untouched).
 */
import { DomHandler, Element, type ChildNode, type Document, type DomHandlerOptions } from 'domhandler';
import { Parser, type ParserOptions } from 'htmlparser2';
import { MAX_TREE_DEPTH } from './limit-depth.js';
import { BLOCK_TAGS, hidesContent, SKIPPED_TAGS } from './tags.js';

/** The array interface htmlparser2's Parser uses on `stack` and `foreignContext`, in O(1) per operation. */
class TopFirstStack<T> {
  /** Outermost first: the top (htmlparser2's index 0) is the last item. */
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  /** The parser's reset clears the stack with `length = 0`. */
  set length(n: number) {
    this.items.length = n;
    if (n === 0) this.counts.clear();
  }

  /** `stack[0]`: the innermost open element. */
  get 0(): T | undefined {
    return this.items[this.items.length - 1];
  }

  /** The item `i` places below the top. */
  at(i: number): T | undefined {
    return this.items[this.items.length - 1 - i];
  }

  unshift(item: T): number {
    this.counts.set(item, (this.counts.get(item) ?? 0) + 1);
    return this.items.push(item);
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop() as T;
    // A count of 0 stays in the map: deleting and adding back the same few tag names, a row of
    // cells after another, churns the map's table.
    this.counts.set(item, this.counts.get(item)! - 1);
    return item;
  }

  /** Distance from the top of the nearest `item`, or -1: O(1) when it is not open, else O(distance). */
  indexOf(item: T): number {
    if (!this.counts.get(item)) return -1;
    for (let i = this.items.length - 1; i >= 0; i--) if (this.items[i] === item) return this.items.length - 1 - i;
    return -1;
  }
}

/** The fields of Parser this subclass replaces (private in its type declarations). */
interface ParserInternals {
  stack: TopFirstStack<string>;
  foreignContext: TopFirstStack<boolean>;
  cbs: { onclosetag?(name: string, isImplied: boolean): void; onend?(): void };
  startIndex: number;
  endIndex: number;
  htmlMode: boolean;
}

class LinearParser extends Parser {
  constructor(handler: DomHandler, options: ParserOptions) {
    super(handler, options);
    const self = this as unknown as ParserInternals;
    self.stack = new TopFirstStack<string>();
    self.foreignContext = new TopFirstStack<boolean>();
    self.foreignContext.unshift(!self.htmlMode);
  }

  /** As Parser's `onend`, which reads `stack[index]` for every index: here through `at`. */
  override onend(): void {
    const self = this as unknown as ParserInternals;
    if (self.cbs.onclosetag) {
      self.endIndex = self.startIndex;
      for (let index = 0; index < self.stack.length; index++) self.cbs.onclosetag(self.stack.at(index)!, true);
    }
    self.cbs.onend?.();
  }
}

/**
 * The attributes of every element written without any. The tree is never changed after the parse,
 * and a page of 100,000 bare table cells then keeps one object for them instead of 100,000.
 */
const NO_ATTRIBUTES: { [key: string]: string } = Object.freeze({}) as { [key: string]: string };

function hasNone(attribs: { [key: string]: string }): boolean {
  for (const _ in attribs) return false;
  return true;
}

/** {@link ListingHandler}'s marks for an element open past the depth cap. */
const SKIPS = 1;
const BREAKS = 2;

/**
 * DomHandler that also lists the elements in the order they open (document order) and the depth
 * of the deepest one, what later steps would otherwise each walk the whole tree to learn, and
 * that builds no element deeper than `maxDepth`.
 *
 * Past the cap a page is no longer anything a person laid out (the corpus pages reach 41 levels;
 * browsers stop nesting at 512), yet every element there would cost a node, a block-walk frame
 * and garbage collection: 1 MB of `<b><i>x` is 300,000 elements. So an element that would lie
 * deeper is not built. What it holds is kept, in document order, in the element at the cap:
 * its text (except inside elements whose content is never text: scripts, styles, hidden ones),
 * its pictures, and a line break where a paragraph-level element starts or ends, so that
 * paragraphs stay apart.
 */
class ListingHandler extends DomHandler {
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
  /** A paragraph-level element started or ended past the cap since the last text: a break is due. */
  private breakDue = false;

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
    this.breakDue = false;
    super.onopentag(name, hasNone(attribs) ? NO_ATTRIBUTES : attribs);
    const stack = this.tagStack;
    this.elements.push(stack[stack.length - 1] as Element);
    if (stack.length - 1 > this.maxDepth) this.maxDepth = stack.length - 1;
  }

  override onclosetag(): void {
    // The parser closes in the reverse order of opening, so the innermost open element is past the cap if any is.
    const kind = this.pastCap.pop();
    if (kind === undefined) {
      this.breakDue = false;
      super.onclosetag();
      return;
    }
    if (kind & SKIPS) this.skipping--;
    else if (kind & BREAKS) this.breakDue = true;
  }

  override ontext(data: string): void {
    if (this.skipping > 0) return;
    if (this.breakDue) this.addBreak();
    super.ontext(data);
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
      if (this.breakDue) this.addBreak();
      this.addElement(new Element(name, attribs));
    }
  }

  /** A `<br>` in the element at the cap, unless its content would start with one. */
  private addBreak(): void {
    this.breakDue = false;
    const holder = this.tagStack[this.tagStack.length - 1]!;
    if (holder.children.length > 0) this.addElement(new Element('br', NO_ATTRIBUTES));
  }

  private addElement(element: Element): void {
    this.addNode(element);
    this.elements.push(element);
  }
}

/** A parsed page with every element in document order and the depth of the deepest. */
export interface ListedDocument {
  readonly root: Document;
  readonly elements: Element[];
  readonly maxDepth: number;
}

/**
 * Parses a whole page as htmlparser2's `parseDocument(html, options)` does, in linear time, and
 * without building elements deeper than `maxDepth` (see {@link ListingHandler}).
 */
export function parseDocumentLinear(html: string, options: ParserOptions, maxDepth: number = MAX_TREE_DEPTH): ListedDocument {
  const handler = new ListingHandler(options, maxDepth);
  new LinearParser(handler, options).end(html);
  return { root: handler.root, elements: handler.elements, maxDepth: handler.maxDepth };
}
