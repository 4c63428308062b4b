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
 *
 * A stack moves to a {@link TopFirstStack} only once it is deep: while it holds at most
 * {@link NATIVE_DEPTH} items (every stack of a real page: the corpus pages reach 41 levels) the
 * parser keeps its own array, on which its reads and writes are several nanoseconds faster per
 * element than through the class's accessors (about 6 ms per MiB of 100,000 table cells), and an
 * `unshift` or `indexOf` costs at most that many moves.
 */
import type { Document, Element } from 'domhandler';
import { Parser, type ParserOptions } from 'htmlparser2';
import { MAX_TREE_DEPTH } from './limit-depth.js';
import { ListingHandler } from './listing-handler.js';

/** How deep a stack may grow in the parser's own array before it moves to a {@link TopFirstStack}. */
const NATIVE_DEPTH = 64;

/** The array interface htmlparser2's Parser uses on `stack` and `foreignContext`, in O(1) per operation. */
class TopFirstStack<T> {
  /** Outermost first: the top (htmlparser2's index 0) is the last item. */
  private readonly items: T[] = [];
  private readonly counts = new Map<T, number>();

  /** The stack that `topFirst` (the parser's own array: innermost first) holds. */
  static from<T>(topFirst: readonly T[]): TopFirstStack<T> {
    const stack = new TopFirstStack<T>();
    for (let i = topFirst.length - 1; i >= 0; i--) stack.unshift(topFirst[i]!);
    return stack;
  }

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
  /** The parser's own array (innermost first) until it is deep, then a {@link TopFirstStack}. */
  stack: string[] | TopFirstStack<string>;
  foreignContext: boolean[] | TopFirstStack<boolean>;
  cbs: { onclosetag?(name: string, isImplied: boolean): void; onend?(): void };
  startIndex: number;
  endIndex: number;
  htmlMode: boolean;
}

class LinearParser extends Parser {
  /**
   * Every push onto the stacks starts here (an implied `<p>` is pushed and closed at once): a stack
   * about to grow past {@link NATIVE_DEPTH} moves to a {@link TopFirstStack}. Each stack is
   * checked on its own: `foreignContext` loses an item only at an explicit `</svg>` or the like, so
   * it can grow while the element stack stays shallow (`<div><svg></div>` repeated).
   */
  override onopentagname(start: number, endIndex: number): void {
    const self = this as unknown as ParserInternals;
    if (Array.isArray(self.stack) && self.stack.length >= NATIVE_DEPTH) self.stack = TopFirstStack.from(self.stack);
    if (Array.isArray(self.foreignContext) && self.foreignContext.length >= NATIVE_DEPTH) self.foreignContext = TopFirstStack.from(self.foreignContext);
    super.onopentagname(start, endIndex);
  }

  /** As Parser's `onend`, which reads `stack[index]` for every index: here through `at` (which both stacks have). */
  override onend(): void {
    const self = this as unknown as ParserInternals;
    if (self.cbs.onclosetag) {
      self.endIndex = self.startIndex;
      for (let index = 0; index < self.stack.length; index++) self.cbs.onclosetag(self.stack.at(index)!, true);
    }
    self.cbs.onend?.();
  }
}

/** A parsed page with every element in document order. */
export interface ListedDocument {
  readonly root: Document;
  readonly elements: Element[];
  /** Whether the node budget ran out (see {@link ListingHandler}). */
  readonly overBudget: boolean;
}

/**
 * Parses a whole HTML page as htmlparser2's `parseDocument(html, options)` does, in linear time, and
 * without building elements deeper than `maxDepth` nor more nodes than `budget` (see {@link ListingHandler}). HTML only: the
 * tree builder gives `script` and `style` their HTML node types.
 */
export function parseDocumentLinear(
  html: string,
  options: ParserOptions & { readonly xmlMode?: false },
  maxDepth: number = MAX_TREE_DEPTH,
  budget: number = Infinity,
): ListedDocument {
  const handler = new ListingHandler(maxDepth, budget);
  new LinearParser(handler, options).end(html);
  return { root: handler.root, elements: handler.elements, overBudget: handler.overBudget };
}
