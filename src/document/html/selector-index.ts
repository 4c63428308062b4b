/**
 * Many CSS selectors answered with one cheap walk of the page.
 *
 * Each `$(selector)` walks every element of the page and runs the compiled selector on it. The
 * page metadata and the site profiles ask about thirty questions: done one by one, those walks
 * cost about twice the parse itself, and done as one selector list still about as much as the
 * parse (`node --cpu-prof` over the corpus). Here the page is walked once with a test that is
 * only a few set look-ups: the element's tag, id, classes or attribute names against those that
 * the rightmost part of each selector requires. Each element that passes goes into a bucket per
 * requirement it meets (a few dozen elements on a portal page); each selector is then answered by
 * css-select on the buckets of its own requirements, which gives the same elements in the same
 * (document) order as querying the whole page. A selector is never run on elements that could only
 * match another one: a page of 30,000 `.tags` paragraphs would otherwise have each of the eighty
 * selectors run on every one of them.
 *
 * Each selector is compiled once per process, not once per page: `$(nodes).filter(selector)`
 * parses and compiles its selector at every call, which cost more than the matching itself.
 */
import type { CheerioAPI } from 'cheerio';
import { compile } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { listElements } from './list-elements.js';
import { tagNameLowerCaser } from './tags.js';
import { escapeRegExp } from '../../text/regex.js';

/** One thing an element must have to match a selector: enough to rule most elements out. */
interface Requirement {
  readonly kind: 'id' | 'class' | 'tag' | 'attribute';
  readonly name: string;
}

/** The look-up tables of a {@link Prefilter}. */
interface Prefilter {
  readonly tags: ReadonlySet<string>;
  readonly ids: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  /** Matches a `class` attribute that holds one of {@link classes}; null when none is required. */
  readonly classTest: RegExp | null;
  readonly attributes: ReadonlySet<string>;
  /** For each selector, the requirement of each of its complex selectors (one per comma-separated part). */
  readonly needs: ReadonlyMap<string, readonly Requirement[]>;
}

/** The elements that meet each requirement, in document order, by kind and name. */
type Buckets = Readonly<Record<Requirement['kind'], Map<string, Element[]>>>;

const NOTHING: readonly Element[] = Object.freeze([]);

/** What separates the names of a `class` attribute: `\\s`, as css-select's own class test has it. */
const CLASS_SEPARATORS = '\\s';

/** One search of the `class` attribute for any of `names`, rather than splitting it into a new array per element. */
function classTest(names: ReadonlySet<string>): RegExp | null {
  if (names.size === 0) return null;
  const alternatives = [...names].map(escapeRegExp).join('|');
  return new RegExp(`(?:^|${CLASS_SEPARATORS})(?:${alternatives})(?=${CLASS_SEPARATORS}|$)`);
}

/** A compiled selector: whether an element matches. */
type ElementTest = (el: Element) => boolean;

/** css-select's compiled tests, as cheerio runs them on an HTML page (not XML: tag names fold case). */
const compiled = new Map<string, ElementTest>();

function testFor(selector: string): ElementTest {
  let test = compiled.get(selector);
  if (test === undefined) {
    test = compile<AnyNode, Element>(selector, { xmlMode: false }) as ElementTest;
    compiled.set(selector, test);
  }
  return test;
}

export class SelectorIndex {
  private readonly known: ReadonlySet<string>;
  private readonly prefilter: Prefilter | null;
  /** Every element of the page (when the prefilter is off), else every element in some bucket, in document order. */
  private readonly candidates: Element[];
  private readonly buckets: Buckets = { tag: new Map(), id: new Map(), class: new Map(), attribute: new Map() };
  /** Each candidate's place in {@link candidates}: made when a selector list first needs its buckets merged. */
  private positions: Map<Element, number> | null = null;
  private readonly answers = new Map<string, Element[]>();

  /**
   * @param $ the parsed page
   * @param selectors every selector that {@link all} will be asked (selector lists allowed)
   * @param elements every element of the page in document order, when the parse listed them
   *   (saves a walk of the tree); otherwise the tree is walked
   */
  constructor(
    readonly $: CheerioAPI,
    selectors: readonly string[],
    elements?: readonly Element[],
  ) {
    this.known = new Set(selectors);
    this.prefilter = prefilterFor(selectors);
    const every = elements ?? listElements($.root()[0]!);
    const prefilter = this.prefilter;
    if (prefilter === null) {
      this.candidates = [...every];
      return;
    }
    const lowerName = tagNameLowerCaser();
    this.candidates = every.filter((el) => sortIntoBuckets(el, prefilter, this.buckets, lowerName));
  }

  /** The elements matching `selector`, in document order, as `$(selector)` would give them. */
  all(selector: string): readonly Element[] {
    let found = this.answers.get(selector);
    if (found === undefined) {
      // A selector left out of the walk would silently match nothing: a bug, not a page without it.
      if (!this.known.has(selector)) throw new Error(`SelectorIndex: selector not indexed: ${selector}`);
      found = this.poolFor(selector).filter(testFor(selector));
      this.answers.set(selector, found);
    }
    return found;
  }

  /** The first element matching `selector`, as `$(selector).first()`. */
  first(selector: string): Element | undefined {
    return this.all(selector)[0];
  }

  /** The elements that meet a requirement of one of the parts of `selector`, in document order, each once. */
  private poolFor(selector: string): readonly Element[] {
    const needs = this.prefilter?.needs.get(selector);
    if (needs === undefined) return this.candidates;
    const lists = needs.map((need) => this.buckets[need.kind].get(need.name) ?? NOTHING);
    const nonEmpty = lists.filter((list) => list.length > 0);
    if (nonEmpty.length <= 1) return nonEmpty[0] ?? NOTHING;
    const positions = (this.positions ??= new Map(this.candidates.map((el, i) => [el, i])));
    return [...new Set(nonEmpty.flat())].sort((a, b) => positions.get(a)! - positions.get(b)!);
  }
}

/**
 * Puts `el` into the bucket of every requirement of `p` it meets; whether it met any. Its own
 * attributes are read (usually none or a few), rather than every attribute a selector needs.
 */
function sortIntoBuckets(el: Element, p: Prefilter, buckets: Buckets, lowerName: (name: string) => string): boolean {
  let met = false;
  const name = lowerName(el.name);
  if (p.tags.has(name)) met = addTo(buckets.tag, name, el);
  const attribs = el.attribs;
  for (const attribute in attribs) {
    const value = attribs[attribute]!;
    if (p.attributes.has(attribute)) met = addTo(buckets.attribute, attribute, el);
    if (attribute === 'id' && p.ids.has(value)) met = addTo(buckets.id, value, el);
    // The class attribute is split only when it holds a required class (most hold none).
    if (attribute === 'class' && p.classTest !== null && p.classTest.test(value)) {
      for (const cls of value.split(CLASS_SPLIT_RE)) if (p.classes.has(cls)) met = addTo(buckets.class, cls, el);
    }
  }
  return met;
}

const CLASS_SPLIT_RE = new RegExp(`${CLASS_SEPARATORS}+`);

/** Appends `el` to the bucket `key` unless it is there already (`class="a a"`); true. */
function addTo(buckets: Map<string, Element[]>, key: string, el: Element): true {
  const bucket = buckets.get(key);
  if (bucket === undefined) buckets.set(key, [el]);
  else if (bucket[bucket.length - 1] !== el) bucket.push(el);
  return true;
}

/**
 * The tables for a set of selectors, or null when some selector requires nothing that the
 * tables can express (`*`, `:is(...)`): then every element is a candidate.
 */
const prefilterCache = new WeakMap<readonly string[], Prefilter | null>();

/** Cached per selector array: callers pass the same module-level array for every page. */
function prefilterFor(selectors: readonly string[]): Prefilter | null {
  const cached = prefilterCache.get(selectors);
  if (cached !== undefined) return cached;
  const tags = new Set<string>();
  const ids = new Set<string>();
  const classes = new Set<string>();
  const attributes = new Set<string>();
  const needs = new Map<string, Requirement[]>();
  let prefilter: Prefilter | null = null;
  build: {
    for (const selector of selectors) {
      const own: Requirement[] = [];
      for (const complex of splitTopLevel(selector)) {
        const need = requirementOf(lastCompound(complex));
        if (need === null) break build;
        const table = { tag: tags, id: ids, class: classes, attribute: attributes }[need.kind];
        table.add(need.name);
        own.push(need);
      }
      needs.set(selector, own);
    }
    prefilter = { tags, ids, classes, classTest: classTest(classes), attributes, needs };
  }
  prefilterCache.set(selectors, prefilter);
  return prefilter;
}

/*
 * A small reader of selector syntax, enough to find what the rightmost compound selector
 * requires. It never needs to be complete: whatever it does not understand gives `null`,
 * which switches the prefilter off.
 */

const IDENT_CHAR_RE = /[\w\u00A0-\uFFFF-]/;

/**
 * Calls `visit` with each character of `s` that stands at the top level: outside quotes, brackets
 * and parentheses (where commas and combinators have their meaning).
 */
function forEachTopLevel(s: string, visit: (c: string, i: number) => void): void {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0) visit(c, i);
  }
}

/** Splits a selector list at its top-level commas. */
function splitTopLevel(list: string): string[] {
  const out: string[] = [];
  let start = 0;
  forEachTopLevel(list, (c, i) => {
    if (c !== ',') return;
    out.push(list.slice(start, i));
    start = i + 1;
  });
  out.push(list.slice(start));
  return out.map((s) => s.trim());
}

/** The compound selector after the last top-level combinator (`.a > p.Title` → `p.Title`). */
function lastCompound(complex: string): string {
  let start = 0;
  forEachTopLevel(complex, (c, i) => {
    if (c === ' ' || c === '\t' || c === '\n' || c === '>' || c === '+' || c === '~') start = i + 1;
  });
  return complex.slice(start);
}

/** Reads an identifier at `i`; returns its end. */
function identEnd(s: string, i: number): number {
  while (i < s.length && IDENT_CHAR_RE.test(s[i]!)) i++;
  return i;
}

/** Skips a bracketed or parenthesised group opening at `i` (quotes respected); returns its end. */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (quote !== null) {
      if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) return i + 1;
  }
  return -1;
}

/**
 * The most selective requirement of a compound selector (`p.Title` → class `Title`,
 * `meta[name="date"]` → tag `meta`), or null.
 * Ids and classes are compared case-sensitively and tags in lower case, as css-select does for
 * HTML outside quirks mode; attributes only by name, whatever their value.
 */
function requirementOf(compound: string): Requirement | null {
  if (compound.includes('\\') || compound.includes('|')) return null;
  const found: Requirement[] = [];
  let i = 0;
  while (i < compound.length) {
    const c = compound[i]!;
    if (c === '#' || c === '.') {
      const end = identEnd(compound, i + 1);
      if (end === i + 1) return null;
      found.push({ kind: c === '#' ? 'id' : 'class', name: compound.slice(i + 1, end) });
      i = end;
    } else if (c === '[') {
      const nameEnd = identEnd(compound, i + 1);
      const end = groupEnd(compound, i);
      if (nameEnd === i + 1 || end < 0) return null;
      found.push({ kind: 'attribute', name: compound.slice(i + 1, nameEnd).toLowerCase() });
      i = end;
    } else if (c === ':') {
      // Pseudo-classes only narrow the match further: skip them and their arguments.
      let end = identEnd(compound, compound[i + 1] === ':' ? i + 2 : i + 1);
      if (compound[end] === '(') end = groupEnd(compound, end);
      if (end < 0) return null;
      i = end;
    } else if (IDENT_CHAR_RE.test(c)) {
      const end = identEnd(compound, i);
      found.push({ kind: 'tag', name: compound.slice(i, end).toLowerCase() });
      i = end;
    } else {
      return null; // `*` or syntax this reader does not know
    }
  }
  const rank = { id: 0, class: 1, tag: 2, attribute: 3 } as const;
  return found.sort((a, b) => rank[a.kind] - rank[b.kind])[0] ?? null;
}
