/**
 * HTML to the document model: one parse, one walk into blocks, then the main region found by a
 * site profile or by scoring, and roles given to every block.
 */
import type { Element } from 'domhandler';
import { endsLikeSentence } from '../classify/caption.js';
import { classifyBody } from '../classify/classify-body.js';
import { createDocument, newBlock, PLAIN_HINTS, type DraftBlock } from '../create-document.js';
import type { ArticleDocument, Block, BlockRole } from '../types.js';
import { findMainContent } from './find-main-content.js';
import { markGenericHeader, TITLE_PATH_RE } from './generic-header.js';
import { htmlToBlocks, type ElementRange, type HtmlWalk } from './html-to-blocks.js';
import { parsePage, type HtmlParser, type ParsedPage } from './parse-html.js';
import { findContent, PROFILE_SELECTORS, readField, SITE_PROFILES, type SiteProfile } from './profiles/index.js';
import { PROFILE_FIELDS } from './profiles/types.js';
import { PAGE_META_SELECTORS, readPageMeta } from './read-page-meta.js';
import { SelectorIndex } from './selector-index.js';
import { isFlat, isNamedContainer, readStructureFreePage } from './structure-free.js';

/**
 * A heading element, a title-named class, or the text of the page's `<title>`/`og:title`: the
 * page says the block is its headline (bold type alone does not).
 */
function isNamedHeadline(b: Block, metaTitles: readonly string[]): boolean {
  const { headingLevel, path } = b.hints;
  return (headingLevel !== null && headingLevel <= 3) || TITLE_PATH_RE.test(path) || metaTitles.some((t) => t.includes(b.text));
}

/** An element a profile gives a role, with the value it read there (null: the element's text as the walk cuts it). */
interface FixedElement {
  readonly el: Element;
  readonly role: BlockRole;
  readonly value: string | null;
}

/** A profile's verdict on a page: the content element and elements with a fixed role. */
interface ProfileMatch {
  readonly profile: SiteProfile;
  readonly content: Element;
  readonly fixed: readonly FixedElement[];
}

function within(order: number, range: ElementRange): boolean {
  return order >= range.start && order < range.end;
}

/** A profile's element with a fixed role, by its slot in the walk (see {@link HtmlWalk.slotCount}). */
interface FixedSlot {
  readonly slot: number;
  readonly role: BlockRole;
}

/**
 * For each block, the role of the first entry of `fixed` whose element holds it, or undefined:
 * `fixed.find((f) => f's element holds the block)` for every block, without its cost of blocks ×
 * entries (a page with 100,000 `.tags` elements excluded by a profile took seconds). The block
 * elements' ranges nest or follow one another in slot order, so one sweep over the slots, with a
 * stack of the fixed elements open at each, gives every slot its first entry, and a block takes
 * the one of its slot.
 */
function fixedRoles(walk: HtmlWalk, fixed: readonly FixedSlot[]): (BlockRole | undefined)[] {
  const { slots, slotCount, startOf, endOf } = walk;
  const out: (BlockRole | undefined)[] = new Array(slots.length);
  if (fixed.length === 0) return out;
  /** The first entry of each fixed slot, else -1; then the first entry of each slot or of those around it. */
  const own = new Int32Array(slotCount).fill(-1);
  for (let index = fixed.length - 1; index >= 0; index--) own[fixed[index]!.slot] = index;
  const best = new Int32Array(slotCount);
  const openSlots: number[] = [];
  const openBest: number[] = [];
  for (let slot = 0; slot < slotCount; slot++) {
    const start = startOf(slot);
    while (openSlots.length > 0 && endOf(openSlots[openSlots.length - 1]!) <= start) {
      openSlots.pop();
      openBest.pop();
    }
    const outer = openBest.length > 0 ? openBest[openBest.length - 1]! : -1;
    const mine = own[slot]!;
    if (mine < 0) best[slot] = outer;
    else {
      best[slot] = outer < 0 ? mine : Math.min(mine, outer);
      openSlots.push(slot);
      openBest.push(best[slot]!);
    }
  }
  // A block at the top of the page counts as lying at the first element (pre-order 0), which only an element starting there holds.
  const atTop = fixed.findIndex((f) => startOf(f.slot) === 0);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const first = slot < 0 ? atTop : best[slot]!;
    out[i] = first < 0 ? undefined : fixed[first]!.role;
  }
  return out;
}

/** The first profile whose template the page uses, with the elements its rules pick. */
function matchProfile(query: SelectorIndex): ProfileMatch | null {
  for (const profile of SITE_PROFILES) {
    if (query.all(profile.detect).length === 0) continue;
    const content = findContent(query, profile.content);
    if (!content) continue;
    const fixed: FixedElement[] = [];
    for (const [field, role] of PROFILE_FIELDS) {
      const rule = profile[field];
      const found = rule && readField(query, rule);
      if (found) fixed.push({ el: found.el, role, value: found.value });
    }
    for (const selector of profile.content.clean ?? []) {
      for (const el of query.all(selector)) fixed.push({ el, role: 'boilerplate', value: null });
    }
    return { profile, content, fixed };
  }
  return null;
}

/**
 * Puts the values a profile read (an attribute, a cleaned text) in the blocks of their elements:
 * the first block inside the element holds the value and the others become boilerplate; an element
 * with no block (a `<time>` or `<meta>` with an empty text, an element the walk skips) gets one,
 * where it stands in the page (at the top when the walk never met it). Returns the roles so placed.
 */
function placeValues(blocks: DraftBlock[], walk: HtmlWalk, fixed: readonly FixedElement[]): BlockRole[] {
  const valued = fixed.filter((f) => f.value !== null);
  if (valued.length === 0) return [];
  const slots = [...walk.slots];
  const orderOf = (i: number): number => (slots[i]! < 0 ? 0 : walk.startOf(slots[i]!));
  for (const { el, role, value } of valued) {
    const slot = walk.slotOf(el);
    const range = slot >= 0 ? { start: walk.startOf(slot), end: walk.endOf(slot) } : null;
    let first = range === null ? 0 : blocks.findIndex((_, i) => orderOf(i) >= range.start);
    if (first < 0) first = blocks.length;
    let last = first;
    while (range !== null && last < blocks.length && within(orderOf(last), range)) last++;
    if (last > first) {
      blocks[first]!.text = value!;
      for (const block of blocks.slice(first + 1, last)) {
        block.role = 'boilerplate';
        block.inMain = false;
      }
    } else {
      blocks.splice(first, 0, newBlock(value!, role, el.name, false, PLAIN_HINTS));
      slots.splice(first, 0, slot);
    }
  }
  return valued.map((f) => f.role);
}

/** The heading levels that open a fragment as its headline (`<h1>`, `<h2>`); `<h3>` and below are sub-headings. */
const FRAGMENT_HEADLINE_LEVEL = 2;

/**
 * A body saved without its page may open with its headline: an `<h1>`/`<h2>`, or a centred bold
 * or heading line, that does not end like a sentence.
 */
function markFragmentHeadline(blocks: Block[]): void {
  const first = blocks.find((b) => b.role === 'paragraph' || b.role === 'image');
  if (!first || first.role !== 'paragraph' || first.text.length > 300 || endsLikeSentence(first.text)) return;
  const { headingLevel, bold, align } = first.hints;
  // A top-level heading says so by itself; bold or a lower heading is a headline only when centred too.
  const headingFirst = headingLevel !== null && headingLevel <= FRAGMENT_HEADLINE_LEVEL;
  if (headingFirst || ((headingLevel !== null || bold) && align === 'center')) {
    first.role = 'title';
    first.inMain = false;
  }
}

/**
 * rehype's conversion of parse5's tree recurses, and a page of 100,000 nested elements exhausts
 * the call stack; such a page is parsed by htmlparser2 instead, which has no such limit.
 */
function parseWithFallback(html: string, parser: HtmlParser, warnings: string[]): ParsedPage {
  if (parser === 'htmlparser2') return parsePage(html, parser, warnings);
  try {
    return parsePage(html, parser, warnings);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    warnings.push('the page is nested too deeply for the parse5 parser; parsed with htmlparser2');
    return parsePage(html, 'htmlparser2');
  }
}

/** The selectors of the page meta and of every site profile, answered by one index per page. */
const PAGE_SELECTORS: readonly string[] = [...PAGE_META_SELECTORS, ...PROFILE_SELECTORS];

/** A page has these elements; a body saved without its page (a CKEditor fragment) has none. */
const DOCUMENT_TAG_RE = /<(?:html|head|body)[\s>]/i;

/** Builds the document of an HTML page. */
export function htmlToDocument(
  html: string,
  encoding: string,
  warnings: string[],
  parser: HtmlParser = 'htmlparser2',
  useProfiles = true,
): ArticleDocument {
  const { $, elements } = parseWithFallback(html, parser, warnings);
  // One pass over the page's elements answers the selectors of the page meta and of every site profile.
  const query = new SelectorIndex($, PAGE_SELECTORS, elements);
  const meta = readPageMeta(query);
  const match = useProfiles ? matchProfile(query) : null;
  const boundaries = new Set<Element>(match ? [match.content, ...match.fixed.map((f) => f.el)] : []);
  const walk = htmlToBlocks($.root()[0]!, boundaries);
  const { blocks, slots, startOf, endOf } = walk;
  // Read from the source, not the tree: parse5 adds <html> and <body> to every input.
  const isFragment = !DOCUMENT_TAG_RE.test(html);
  const everything: ElementRange = { start: 0, end: Number.MAX_SAFE_INTEGER };
  const generic = match || isFragment ? null : findMainContent(walk);
  const contentElement = match ? match.content : (generic?.element ?? null);
  const contentSlot = contentElement ? walk.slotOf(contentElement) : -1;
  const content = isFragment && !match ? everything : contentSlot >= 0 ? { start: startOf(contentSlot), end: endOf(contentSlot) } : null;
  const fixed = (match?.fixed ?? []).flatMap((f) => {
    const slot = walk.slotOf(f.el);
    return slot >= 0 ? [{ slot, role: f.role }] : [];
  });

  const fixedRole = fixedRoles(walk, fixed);
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const hit = fixedRole[i];
    // A block at the top of the page (no block element holds it) counts as lying at pre-order 0.
    const order = slots[i]! < 0 ? 0 : startOf(slots[i]!);
    block.inMain = hit === undefined && (generic ? generic.inMain[i]! : content !== null && within(order, content));
    block.role = hit ?? (!block.inMain ? 'boilerplate' : block.image ? 'image' : 'paragraph');
  }
  const placed = match ? placeValues(blocks, walk, match.fixed) : [];
  const doc = createDocument({ format: 'html', encoding, blocks, meta, profile: match?.profile.name ?? null, fragment: isFragment, warnings });
  const metaTitles = [meta.ogTitle, meta.title].filter((t): t is string => t !== null);
  if (isFragment && !match) markFragmentHeadline(doc.blocks);
  else if (!match || !(fixed.some((f) => f.role === 'title') || placed.includes('title'))) {
    // No profile, or a profile whose headline element is missing on this page (a static page of the template).
    const headline = markGenericHeader(doc.blocks, metaTitles, !match && meta.breadcrumb.length === 0 && meta.section === null);
    // A page that names no headline in its markup, or holds its prose in no container, has no structure to read.
    // No prose anywhere (content scoring found none, or a region of pictures without a word): a
    // listing or a page of chrome (the section pages of bulk/krongno and bulk/dakrlap), whose lines
    // read as text would make a headline of a box title or a copyright line. It keeps no content.
    const hasText = contentElement !== null && doc.blocks.some((b) => b.inMain && !b.image && b.text.trim() !== '');
    const flat = !match && hasText && isFlat(contentElement, doc.blocks);
    const unnamed = !match && (headline === null || !isNamedHeadline(headline, metaTitles)) && contentElement !== null && !isNamedContainer(contentElement);
    if (flat || unnamed) {
      readStructureFreePage(doc.blocks, flat, metaTitles);
      return doc;
    }
  }
  // Page chrome that sits inside the content region on some templates ("Xem chi tiết tại đây")
  // becomes boilerplate there too (classifyBody).
  classifyBody(doc.blocks.filter((b) => b.inMain), 'html');
  return doc;
}
