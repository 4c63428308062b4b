/**
 * Finds the element that holds the article on a page no profile knows, the way Readability does it
 * in spirit: every prose-like block credits its nearest containers, decaying with distance, and
 * container names that mean "navigation" or "content" weigh the credit.
 */
import type { Element } from 'domhandler';
import type { DraftBlock } from '../create-document.js';
import type { HtmlWalk } from './html-to-blocks.js';
import { BLOCK_TAGS } from './tags.js';

/** Class and id words that mark navigation, lists of other articles and page chrome. */
const NEGATIVE_NAME_RE =
  /(?:^|[\s._#-])(?:comment|footer|foot|menu|nav|navigation|sidebar|side|widget|banner|ads?|advert|related|tinkhac|tin-khac|other|othertitle|lienquan|tinlienquan|share|social|breadcrumb|header|masthead|toolbar|ribbon|login|search|tag|tags|popup|modal|counter|thongke|weblink|lienket)(?=$|[\s._#-])/i;
/** Class and id words that mark the article itself. */
export const POSITIVE_NAME_RE =
  /(?:^|[\s._#-])(?:article|content|body|detail|details|chitiet|noidung|news-detail|post|entry|story|main|text|journal)(?=$|[\s._#-])/i;

/** How many paragraph-level containers a block credits (Readability credits up to 5 levels). */
const SCORED_ANCESTORS = 6;

/** A block is prose-like when it is long enough and mostly not links. */
const MIN_PROSE_CHARS = 25;
const MAX_PROSE_LINK_DENSITY = 0.4;

function nameOf(el: Element): string {
  return `${el.attribs['id'] ?? ''} ${el.attribs['class'] ?? ''}`;
}

function nameWeight(el: Element): number {
  const name = nameOf(el);
  if (!name.trim()) return 1;
  let w = 1;
  if (NEGATIVE_NAME_RE.test(name)) w *= 0.3;
  if (POSITIVE_NAME_RE.test(name)) w *= 1.5;
  return w;
}

/** Credit a block earns: longer prose with more clause breaks is more article-like. */
function proseScore(block: DraftBlock): number {
  const len = block.text.length;
  if (block.image || len < MIN_PROSE_CHARS || block.hints.linkDensity > MAX_PROSE_LINK_DENSITY) return 0;
  let commas = 0;
  for (let i = 0; i < block.text.length; i++) {
    const c = block.text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 46) commas++; // , ; .
  }
  return (1 + Math.min(commas, 20) + Math.min(len / 100, 5)) * (1 - block.hints.linkDensity);
}

/**
 * The element that holds a block (its holder) and the paragraph-level elements above it, nearest first, at most
 * {@link SCORED_ANCESTORS}: read from the tree for the prose blocks only (on a page without a
 * profile, the block walk's paragraph-level elements are those of {@link BLOCK_TAGS}).
 */
function scoredAncestors(holder: Element | null): Element[] {
  const out: Element[] = [];
  for (let el = holder; el !== null && out.length < SCORED_ANCESTORS; ) {
    out.push(el);
    let parent = el.parent;
    while (parent !== null && parent.type === 'tag' && !BLOCK_TAGS.has((parent as Element).name.toLowerCase())) parent = parent.parent;
    el = parent !== null && parent.type === 'tag' ? (parent as Element) : null;
  }
  return out;
}

/**
 * Returns the best container element, or null when the page has no prose at all
 * (a listing or a page of links).
 */
export function findMainContent({ blocks, slots, elementAt }: Pick<HtmlWalk, 'blocks' | 'slots' | 'elementAt'>): Element | null {
  const scores = new Map<Element, number>();
  for (let i = 0; i < blocks.length; i++) {
    const s = proseScore(blocks[i]!);
    if (s === 0) continue;
    const slot = slots[i]!;
    scoredAncestors(slot >= 0 ? elementAt(slot) : null).forEach((el, depth) => {
      // Parent gets it all, grandparent half, then a third...: Readability's decay.
      const credit = s / (depth + 1);
      scores.set(el, (scores.get(el) ?? 0) + credit);
    });
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, raw] of scores) {
    const score = raw * nameWeight(el);
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}
