/**
 * The tree builder of the htmlparser2 parse. It builds domhandler's tree, node for node as
 * domhandler's own `DomHandler` does, and what the later steps need from the parse so that none of
 * them walks the whole tree again (every element in document order), with a cap on the depth of
 * the tree.
 *
 * It is written for memory rather than taken from `DomHandler`: on element-dense input (a page of
 * 100,000 table cells) the tree is most of what the pipeline allocates, it stays alive to the end,
 * and the garbage collector copies every live young object, so its cost grows with the bytes the
 * tree keeps. Per element this builder keeps no empty `children` array of its own (DomHandler
 * makes one for every element, and `push` onto it reserves 17 slots), no copy of its tag name (one
 * string per name), and no attribute object when it has none.
 */
import { CDATA, Comment, Document, Element, ProcessingInstruction, Text, type ChildNode, type ParentNode } from 'domhandler';
import type { Handler } from 'htmlparser2';
import { BLOCK_TAGS, hidesContent, LINES_TAG, NO_ATTRIBUTES, SKIPPED_TAGS, tagNameLowerCaser } from './tags.js';

/** The children of every element until its first child comes: that one gets an array of its own. */
const NO_CHILDREN: ChildNode[] = Object.freeze([]) as unknown as ChildNode[];

/** `attribs`, or {@link NO_ATTRIBUTES} when it is empty. */
function sharedIfEmpty(attribs: { [key: string]: string }): { [key: string]: string } {
  for (const _ in attribs) return attribs;
  return NO_ATTRIBUTES;
}

/** Adds `node` as the last child of `parent`, with domhandler's links. */
function appendChild(parent: ParentNode, node: ChildNode): void {
  const children = parent.children;
  const last = children.length > 0 ? children[children.length - 1]! : null;
  if (last === null) parent.children = [node];
  else {
    last.next = node;
    children.push(node);
  }
  node.prev = last;
  node.parent = parent;
}

/** {@link ListingHandler}'s marks for an element open past the depth cap. */
const SKIPS = 1;
const BREAKS = 2;

/**
 * Past the node budget, a line ends at a paragraph-level element only once it holds this many
 * characters: 10 million `<p>x` would otherwise still be 10 million lines, each a block.
 */
export const MIN_LINE_CHARS_PAST_BUDGET = 256;

/**
 * Builds the tree, lists the elements in the order they open (document order), and builds no
 * element deeper than its cap.
 *
 * Past the cap a page is no longer anything a person laid out (the corpus pages reach 41 levels;
 * browsers stop nesting at 512), yet every element there would cost a node, a block-walk frame
 * and garbage collection: 1 MB of `<b><i>x` is 300,000 elements. So an element that would lie
 * deeper is not built. What it holds is kept, in document order, in the element at the cap:
 * its pictures, and its text (except inside elements whose content is never text: scripts,
 * styles, hidden ones) as lines, one text node per line, in a {@link LINES_TAG} element: a line
 * ends where a paragraph-level element starts or ends or at a `<br>`.
 */
export class ListingHandler implements Partial<Handler> {
  readonly root = new Document([]);
  readonly elements: Element[] = [];
  /** The root and the open elements built, innermost last: a new element lies at depth `open.length`. */
  private readonly open: ParentNode[] = [this.root];
  /** The latest text or comment node while more of its data may follow (the parser splits text at entities). */
  private lastData: Text | Comment | null = null;
  /**
   * One string per tag name: the parser makes a new one at every tag, which the tree would keep.
   * (In HTML the parser has lower-cased them already, so the lower-caser only shares them.)
   */
  private readonly nameOf = tagNameLowerCaser();
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
  /** The text of {@link line} in pieces, joined when the line ends (a string grown by `+=` keeps a node per piece). */
  private lineParts: string[] = [];
  private lineLength = 0;
  /** Nodes made so far but text nodes: elements, comments, processing instructions, lines elements and lines. */
  private made = 0;

  /**
   * HTML only: `script` and `style` elements get their own node types, as domhandler gives them in HTML.
   *
   * @param cap the depth past which no element is built.
   * @param budget how many nodes are made at most (elements, comments, processing instructions,
   *   lines): past it every element is handled as past the cap, comments and processing
   *   instructions are dropped, and so are pictures.
   */
  constructor(
    private readonly cap: number,
    private readonly budget: number = Infinity,
  ) {}

  /** Whether the node budget ran out: the tree then ends in lines of text. */
  get overBudget(): boolean {
    return this.made >= this.budget;
  }

  onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.pastCap.length > 0 || this.open.length > this.cap || this.made >= this.budget) {
      this.openPastCap(name, attribs);
      return;
    }
    const element = new Element(this.nameOf(name), sharedIfEmpty(attribs), NO_CHILDREN);
    this.add(element);
    this.open.push(element);
    this.elements.push(element);
    this.made++;
  }

  onclosetag(): void {
    // The parser closes in the reverse order of opening, so the innermost open element is past the cap if any is.
    const kind = this.pastCap.pop();
    if (kind === undefined) {
      // Lines past the budget may have gone into this element: what follows goes into its parent.
      this.endLines();
      this.lastData = null;
      this.open.pop();
      return;
    }
    if (kind & SKIPS) this.skipping--;
    else if (kind & BREAKS) this.breakDue = true;
    // Past the budget, text between elements joins the same lines, so they stay few.
    if (this.pastCap.length === 0 && this.made < this.budget) this.endLines();
  }

  ontext(data: string): void {
    if (this.pastCap.length > 0) {
      if (this.skipping === 0) this.addPastCapText(data);
      return;
    }
    // Past the budget, text goes to lines even between elements that were built: one node per
    // line, not one per piece, and in document order with the text of the elements not built.
    if (this.made >= this.budget) this.addPastCapText(data);
    else this.appendData(Text, data);
  }

  oncomment(data: string): void {
    if (this.pastCap.length > 0 || this.made >= this.budget) return;
    this.appendData(Comment, data);
  }

  onend(): void {
    this.endLines();
  }

  oncommentend(): void {
    // Past the cap no comment was added, and text on either side of it stays one line.
    if (this.pastCap.length === 0) this.lastData = null;
  }

  oncdatastart(): void {
    if (this.pastCap.length > 0 || this.made >= this.budget) return;
    const text = new Text('');
    const cdata = new CDATA([text]);
    this.add(cdata);
    text.parent = cdata;
    this.lastData = text;
  }

  oncdataend(): void {
    this.lastData = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    if (this.made >= this.budget) return;
    this.add(new ProcessingInstruction(name, data));
    this.made++;
  }

  onerror(error: Error): void {
    throw error;
  }

  /** More text (or comment) data: the latest node's if it is of that kind, else a new node's. */
  private appendData(Kind: typeof Text | typeof Comment, data: string): void {
    const last = this.lastData;
    if (last instanceof Kind) last.data += data;
    else {
      const node = new Kind(data);
      this.add(node);
      this.lastData = node;
      // A text node lies between two other nodes, so they bound its count; comments count.
      if (Kind === Comment) this.made++;
    }
  }

  /** Adds a node under the innermost open element: what comes after it is no longer its data. */
  private add(node: ChildNode): void {
    appendChild(this.open[this.open.length - 1]!, node);
    this.lastData = null;
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
    else if (name === 'img' && this.made < this.budget) {
      // A picture is a block of its own: the text after it starts new lines.
      this.endLines();
      this.addElement(new Element(name, sharedIfEmpty(attribs), NO_CHILDREN));
    }
  }

  private addPastCapText(data: string): void {
    if (this.lines === null) {
      this.lines = new Element(LINES_TAG, NO_ATTRIBUTES, NO_CHILDREN);
      this.addElement(this.lines);
    }
    const newLine = this.line === null || (this.breakDue && (this.made < this.budget || this.lineLength >= MIN_LINE_CHARS_PAST_BUDGET));
    if (newLine) {
      this.endLine();
      this.line = new Text('');
      appendChild(this.lines, this.line);
      this.made++;
    } else if (this.breakDue) {
      // A paragraph break inside a line past the budget: the words on either side stay apart.
      this.lineParts.push(' ');
      this.lineLength++;
    }
    this.lineParts.push(data);
    this.lineLength += data.length;
    this.breakDue = false;
  }

  /** Gives the current line its text, joined from its pieces. */
  private endLine(): void {
    if (this.line !== null && this.lineParts.length > 0) this.line.data = this.lineParts.length === 1 ? this.lineParts[0]! : this.lineParts.join('');
    this.lineParts = [];
    this.lineLength = 0;
  }

  private endLines(): void {
    this.endLine();
    this.lines = null;
    this.line = null;
    this.breakDue = false;
  }

  private addElement(element: Element): void {
    this.add(element);
    this.elements.push(element);
    this.made++;
  }
}
