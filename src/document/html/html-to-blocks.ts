/**
 * Walks a parsed page once, in document order, and cuts its text into blocks: one per
 * paragraph-level element (and per `<br>`-separated line), one per picture.
 *
 * The walk is iterative, so 100,000 nested elements cannot overflow the call stack.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { normalizeText } from '../../text/normalize.js';
import { newBlock, type DraftBlock } from '../create-document.js';
import type { BlockHints } from '../types.js';
import { BLOCK_TAGS, BOLD_TAGS, HEADING_LEVEL, hidesContent, ITALIC_TAGS, LINES_TAG, NO_ATTRIBUTES, SKIPPED_TAGS, tagNameLowerCaser } from './tags.js';

/** Pre-order indices `[start, end)` of an element and its descendants. */
export interface ElementRange {
  readonly start: number;
  readonly end: number;
}

export interface HtmlWalk {
  /**
   * The blocks in document order, with role `paragraph` (`image` for pictures), outside the main
   * content, and without offsets: the document assigns roles and lays them out.
   */
  readonly blocks: DraftBlock[];
  /**
   * For each block, the slot of the innermost block element that holds it (see {@link slotCount}),
   * or -1 at the top of the page. (Lists beside the blocks, so that the blocks are the document's own objects.)
   */
  readonly slots: readonly number[];
  /**
   * How many block elements the walk met (paragraph-level tags and the `boundaries`: every element
   * that can hold a block, and every element a profile picks). They have the slots 0 to
   * `slotCount - 1` in document order, so their ranges nest or follow one another in slot order.
   */
  readonly slotCount: number;
  /**
   * The block element in `slot`. A block's (`elementAt(slots[i])`) is the innermost paragraph-level
   * element or boundary that holds it: content scoring credits it and the paragraph-level elements above it.
   */
  elementAt(slot: number): Element;
  /** The pre-order range of the block element in `slot`: where it starts and where its descendants end. */
  startOf(slot: number): number;
  endOf(slot: number): number;
  /**
   * The slot of a block element, or -1 for inline elements and elements the walk skipped. Constant
   * time for the `boundaries`; for any other element linear in the number of block elements (a page
   * asks for one: the content element that scoring found).
   */
  slotOf(element: Element): number;
}
/** How many ancestor names a block's `path` hint keeps: enough for class hints, bounded on deep trees. */
const PATH_DEPTH = 16;

const BOLD_STYLE_RE = /font-weight\s{0,4}:\s{0,4}(?:bold|[6-9]00)/i;
const ITALIC_STYLE_RE = /font-style\s{0,4}:\s{0,4}italic/i;
const ALIGN_STYLE_RE = /text-align\s{0,4}:\s{0,4}(left|center|right|justify)/i;

/**
 * An open element of the walk. Frames are reused: the object at a depth serves every element that
 * opens at that depth in turn (a page of 100,000 table cells would otherwise make 100,000 of them).
 */
interface Frame {
  node: Element;
  isBlock: boolean;
  bold: boolean;
  italic: boolean;
  link: boolean;
  /** The nearest `align` of this element or its ancestors: kept per frame so that no lookup walks the stack. */
  nearestAlign: BlockHints['align'];
  /** Index in the frame stack of the innermost block element at or above this one, or -1. */
  blockIndex: number;
  /** `describe(node)`, computed when a block's path first needs it (most elements hold no block). */
  label: string | null;
  /** The path hint of blocks cut while this element is the innermost open one, computed once. */
  path: string | null;
  /**
   * The label and path of this element's latest child whose path was made: siblings with the same
   * label (a row of `<td>`s) share one path string instead of each building its own.
   */
  childLabel: string | null;
  childPath: string | null;
  /**
   * The paths of this element's earlier children, by label, once a second label comes (children
   * that alternate, `p.tags` and `p`, would otherwise miss {@link childLabel} every time).
   */
  childPaths: Map<string, string> | null;
  /** For a block element: its index in the walk's lists of block elements and their ranges, else -1. */
  slot: number;
}

interface Buffer {
  text: string;
  chars: number;
  linkChars: number;
  boldChars: number;
  italicChars: number;
}

const emptyBuffer = (): Buffer => ({ text: '', chars: 0, linkChars: 0, boldChars: 0, italicChars: 0 });

/** The text of a picture's block: none (read only). */
const NO_TEXT: Readonly<Buffer> = Object.freeze(emptyBuffer());

/** Empties the one buffer of a walk in place: a flush at every block element must not allocate. */
function clearBuffer(b: Buffer): void {
  b.text = '';
  b.chars = 0;
  b.linkChars = 0;
  b.boldChars = 0;
  b.italicChars = 0;
}

/** Counts letters and digits: white space and punctuation say nothing about emphasis or links. */
function countWordChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0) n++;
  }
  return n;
}

const SPACE_RUN_RE = /\s+/g;

/** `div#main.news.detail`: the element's tag, id and first classes, lower case, without spaces. */
function describe(el: Element): string {
  const id = el.attribs['id'];
  const cls = el.attribs['class'];
  let s = el.name;
  // An id cannot hold white space in HTML; a page's broken one must not split the path's labels.
  if (id) s += '#' + id.replace(SPACE_RUN_RE, '_');
  if (cls) s += '.' + cls.trim().split(/\s+/).slice(0, 4).join('.');
  return s.toLowerCase();
}

function alignOf(el: Element): BlockHints['align'] {
  const attr = el.attribs['align']?.toLowerCase();
  if (attr === 'left' || attr === 'center' || attr === 'right' || attr === 'justify') return attr;
  if (el.name === 'center') return 'center';
  const style = el.attribs['style'];
  const m = style ? ALIGN_STYLE_RE.exec(style) : null;
  return m?.[1] ? (m[1].toLowerCase() as BlockHints['align']) : null;
}

/** Whether a block's hints would be `hints` (whose path is the block's), so that the block can share that object. */
function sameHints(
  hints: BlockHints,
  headingLevel: number | null,
  bold: boolean,
  italic: boolean,
  align: BlockHints['align'],
  linkDensity: number,
): boolean {
  return (
    hints.headingLevel === headingLevel &&
    hints.bold === bold &&
    hints.italic === italic &&
    hints.align === align &&
    hints.linkDensity === linkDensity
  );
}

/** Makes `label`'s path its parent's latest child path, keeping the one it replaces in the parent's table. */
function rememberChildPath(parent: Frame, label: string, path: string): void {
  if (parent.childLabel !== null) (parent.childPaths ??= new Map()).set(parent.childLabel, parent.childPath!);
  parent.childLabel = label;
  parent.childPath = path;
}

/**
 * Cuts the page below `root` into blocks.
 *
 * @param boundaries elements that start and end a block even if their tag is inline
 *   (a profile's `<time>` or `<span itemprop=name>`), so that their text is a block of its own.
 */
export function htmlToBlocks(root: ParentNode, boundaries: ReadonlySet<Element> = new Set()): HtmlWalk {
  const blocks: DraftBlock[] = [];
  const slots: number[] = [];
  // The block elements and their ranges in two flat lists rather than a map of range objects: a
  // page of 100,000 table cells then makes no object per cell (its garbage collection dominated).
  const blockElements: Element[] = [];
  /** `start, end` of each block element in turn, in the order of `blockElements`. */
  const spans: number[] = [];
  /** Where each boundary sits in `blockElements`: the ranges a profile asks for, found at once. */
  const boundarySlots = new Map<Element, number>();
  /** The open elements, outermost first, are `frames[0]` to `frames[depth - 1]`; those above wait for reuse. */
  const frames: Frame[] = [];
  let depth = 0;
  const buffer = emptyBuffer();
  let order = 0;
  // `toLowerCase` at every element was the walk's costliest line.
  const lowerName = tagNameLowerCaser();
  /**
   * The latest hints of each path: a block shares the object when its hints are the same (blocks
   * that alternate between two places, a tag line and a paragraph, share theirs too).
   */
  const hintsByPath = new Map<string, BlockHints>();
  /** `describe` of the elements without an id, by tag name and class: a page repeats a few of them many times. */
  const labels = new Map<string, Map<string, string>>();
  const labelOf = (el: Element): string => {
    if (el.attribs['id']) return describe(el);
    const cls = el.attribs['class'] ?? '';
    let byClass = labels.get(el.name);
    if (byClass === undefined) labels.set(el.name, (byClass = new Map()));
    let label = byClass.get(cls);
    if (label === undefined) byClass.set(cls, (label = describe(el)));
    return label;
  };

  // Constant time however deep the page: the frames link to their block ancestors (a page of
  // 100,000 nested inline elements with a line break in each made these walks quadratic).
  const innermostBlock = (): Frame | undefined => {
    const i = depth > 0 ? frames[depth - 1]!.blockIndex : -1;
    return i >= 0 ? frames[i] : undefined;
  };
  /**
   * The labels of the innermost {@link PATH_DEPTH} open elements, outermost first. Each element's
   * path is made once, from its parent's: the parent's path, without its outermost label when it is
   * full, and the element's own label (labels hold no spaces).
   */
  const pathOf = (): string => {
    const top = depth - 1;
    if (top < 0) return '';
    let known = top;
    while (known >= 0 && frames[known]!.path === null) known--;
    for (let k = known + 1; k <= top; k++) {
      const f = frames[k]!;
      const label = (f.label ??= labelOf(f.node));
      const parent = k > 0 ? frames[k - 1]! : undefined;
      if (parent && parent.childLabel === label) {
        f.path = parent.childPath;
        continue;
      }
      const sibling = parent?.childPaths?.get(label);
      if (sibling !== undefined) f.path = sibling;
      else {
        const above = parent ? parent.path! : '';
        const kept = k >= PATH_DEPTH ? above.slice(above.indexOf(' ') + 1) : above;
        f.path = kept === '' ? label : `${kept} ${label}`;
      }
      if (parent) rememberChildPath(parent, label, f.path);
    }
    return frames[top]!.path!;
  };
  const hintsFor = (b: Readonly<Buffer>, frame: Frame | undefined): BlockHints => {
    const align = depth > 0 ? frames[depth - 1]!.nearestAlign : null;
    const headingLevel = HEADING_LEVEL[frame?.node.name ?? 'body'] ?? null;
    const bold = b.chars > 0 && b.boldChars >= 0.9 * b.chars;
    const italic = b.chars > 0 && b.italicChars >= 0.9 * b.chars;
    const linkDensity = b.chars > 0 ? b.linkChars / b.chars : 0;
    const path = pathOf();
    const last = hintsByPath.get(path);
    if (last !== undefined && sameHints(last, headingLevel, bold, italic, align, linkDensity)) return last;
    const hints: BlockHints = { headingLevel, bold, italic, align, linkDensity, path, indented: false };
    hintsByPath.set(path, hints);
    return hints;
  };
  /** A block held by `frame`'s element (by none at the top of the page). */
  const addBlock = (block: DraftBlock, frame: Frame | undefined): void => {
    blocks.push(block);
    slots.push(frame?.slot ?? -1);
  };
  const flush = (): void => {
    if (buffer.chars === 0) {
      buffer.text = ''; // white space between tags
      return;
    }
    const text = normalizeText(buffer.text);
    const frame = innermostBlock();
    if (text) addBlock(newBlock(text, 'paragraph', frame?.node.name ?? 'body', false, hintsFor(buffer, frame)), frame);
    clearBuffer(buffer);
  };
  const top = (): Frame | undefined => (depth > 0 ? frames[depth - 1] : undefined);
  const addText = (data: string): void => {
    const n = countWordChars(data);
    const t = top();
    buffer.text += data;
    buffer.chars += n;
    if (t?.link) buffer.linkChars += n;
    if (t?.bold) buffer.boldChars += n;
    if (t?.italic) buffer.italicChars += n;
  };

  // Work list of nodes to enter, and `null` markers meaning "leave the element on top of `frames`".
  const work: (AnyNode | null)[] = [];
  const pushChildren = (node: ParentNode): void => {
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) work.push(children[i]!);
  };
  pushChildren(root);

  while (work.length > 0) {
    const node = work.pop();
    if (node === null) {
      // Flush while the element is still on the stack, so the block is credited to it.
      const frame = top()!;
      if (frame.isBlock) {
        flush();
        spans[2 * frame.slot + 1] = order;
      }
      depth--;
      continue;
    }
    if (node === undefined) break;
    if (node.type === 'text') {
      addText((node as unknown as { data: string }).data);
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const el = node as Element;
    const name = lowerName(el.name);
    // Most elements of a dense page have no attributes: nothing to read from them.
    const bare = el.attribs === NO_ATTRIBUTES;
    if (SKIPPED_TAGS.has(name) || (!bare && hidesContent(el.attribs))) continue;
    if (name === 'img') {
      flush();
      const src = el.attribs['src']?.trim() || el.attribs['data-src']?.trim() || null;
      const alt = normalizeText(el.attribs['alt'] ?? el.attribs['title'] ?? '') || null;
      const frame = innermostBlock();
      addBlock(newBlock(alt ?? '', 'image', 'img', false, hintsFor(NO_TEXT, frame), { src, alt }), frame);
      continue;
    }
    if (name === 'br' || name === 'hr') {
      flush();
      continue;
    }
    if (name === LINES_TAG) {
      // The text found below the depth cap, a text node per line.
      flush();
      for (const line of el.children) {
        if (line.type !== 'text') continue;
        addText(line.data);
        flush();
      }
      continue;
    }
    const isBoundary = boundaries.size > 0 && boundaries.has(el);
    const isBlock = isBoundary || BLOCK_TAGS.has(name);
    if (isBlock) {
      flush();
      if (isBoundary) boundarySlots.set(el, blockElements.length);
      blockElements.push(el);
      spans.push(order, order);
    }
    const parent = top();
    const style = bare ? undefined : el.attribs['style'];
    const align = bare ? (name === 'center' ? 'center' : null) : alignOf(el);
    let frame = frames[depth];
    if (frame === undefined) {
      frame = { node: el, isBlock, bold: false, italic: false, link: false, nearestAlign: null, blockIndex: -1, label: null, path: null, childLabel: null, childPath: null, childPaths: null, slot: -1 };
      frames.push(frame);
    }
    frame.node = el;
    frame.isBlock = isBlock;
    frame.blockIndex = isBlock ? depth : (parent?.blockIndex ?? -1);
    frame.nearestAlign = align ?? parent?.nearestAlign ?? null;
    frame.bold = (parent?.bold ?? false) || BOLD_TAGS.has(name) || (style !== undefined && BOLD_STYLE_RE.test(style));
    frame.italic = (parent?.italic ?? false) || ITALIC_TAGS.has(name) || (style !== undefined && ITALIC_STYLE_RE.test(style));
    frame.link = (parent?.link ?? false) || (name === 'a' && !bare && el.attribs['href'] !== undefined);
    order++;
    frame.label = null;
    frame.path = null;
    frame.childLabel = null;
    frame.childPath = null;
    frame.childPaths = null;
    frame.slot = isBlock ? blockElements.length - 1 : -1;
    depth++;
    work.push(null);
    pushChildren(el);
  }
  flush();
  return {
    blocks,
    slots,
    slotCount: blockElements.length,
    elementAt: (slot) => blockElements[slot]!,
    startOf: (slot) => spans[2 * slot]!,
    endOf: (slot) => spans[2 * slot + 1]!,
    slotOf: (element) => boundarySlots.get(element) ?? blockElements.indexOf(element),
  };
}
