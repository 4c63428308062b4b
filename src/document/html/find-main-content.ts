/**
 * Finds the article on a page no profile knows, the way Readability does it in spirit:
 *
 * 1. every prose-like block credits the containers above it, decaying with distance, and a
 *    container's name (`article-body`, `sidebar`) and share of links weigh its credit;
 * 2. the best container may give way to an ancestor that holds other strong candidates too;
 * 3. its siblings join when they score well enough or are plain prose (an article split over
 *    several containers: lead, body, a second body after an advert);
 * 4. boxes inside that are never article text (comments, related articles, share bars) are left out.
 *
 * Every step reads the slot tree built in one sweep (slot-tree.ts): the work is linear in the
 * number of blocks and block elements, with no walk of the page per candidate.
 */
import type { Element } from 'domhandler';
import type { DraftBlock } from '../create-document.js';
import { endsLikeSentence } from '../classify/caption.js';
import { isBoilerplateBoxName, isFooter, nameOf, nameWeight } from './content-names.js';
import { dropHeadedBoxes } from './headed-boxes.js';
import type { HtmlWalk } from './html-to-blocks.js';
import { joinLead } from './lead.js';
import { isLinkedHeadline, proseScore } from './prose.js';
import { buildSlotTree, linkDensityOf, type SlotTree } from './slot-tree.js';
import { tagNameLowerCaser } from './tags.js';

/** The article's place on the page. */
export interface MainContent {
  /** The container that scored best (after Readability's refinements). */
  readonly element: Element;
  /** For each block of the walk: whether it lies in the article (the container or a joined sibling, outside boilerplate boxes). */
  readonly inMain: boolean[];
}

/** Block elements that hold a paragraph or a list, never a whole article: their credit passes to the container above. */
const NON_CANDIDATE_TAGS: ReadonlySet<string> = new Set([
  'p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'tbody', 'thead', 'tfoot',
  'br', 'hr', 'caption', 'figcaption', 'legend', 'summary', 'pre', 'address', 'o:p', 'html', 'header', 'footer',
  'nav', 'aside', 'menu', 'dir', 'hgroup', 'figure',
]);
/** Siblings that are read as one paragraph when Readability's sibling step weighs them. */
const PARAGRAPH_SIBLING_TAGS: ReadonlySet<string> = new Set(['p', 'blockquote', 'pre', 'ul', 'ol', 'dl', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** How many containers a block credits (as Readability: the parent and four more ancestors). */
const SCORED_LEVELS = 5;
/** Candidates within this share of the best one count as its rivals; three rivals under one ancestor make it the content. */
const RIVAL_SHARE = 0.75;
const MAX_RIVALS = 5;
const RIVALS_FOR_ANCESTOR = 3;
/** A sibling joins with this share of the best score (Readability's 0.2), and at least {@link MIN_SIBLING_SCORE}. */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** A prose sibling joins when it is this long with few links, or short, without links, and ends like a sentence. */
const LONG_SIBLING_CHARS = 80;
const MAX_SIBLING_LINK_DENSITY = 0.25;
/** Below this many characters, the strict reading (boilerplate boxes earn nothing) is retried without that rule. */
const MIN_STRICT_CHARS = 200;

/** What content scoring knows of each block element, computed once per page. */
interface SlotFacts {
  readonly tree: SlotTree;
  readonly tag: readonly string[];
  readonly name: readonly string[];
  /** Whether a slot may hold the whole article (a `div`, `section`, `td`..., not a `p` or a list). */
  readonly candidate: Uint8Array;
  /** The nearest candidate strictly above each slot, or -1. */
  readonly candidateUp: Int32Array;
  /** The nearest slot at or above each slot whose name marks a boilerplate box, or -1. */
  readonly boxAt: Int32Array;
  /** Whether each slot lies in the page's footer ({@link isFooter}). */
  readonly inFooter: Uint8Array;
  /** Whether each slot reads as a list of teasers: about as many linked headlines as paragraphs. */
  readonly listing: Uint8Array;
}

function slotFacts(walk: Pick<HtmlWalk, 'blocks' | 'slots' | 'slotCount' | 'startOf' | 'endOf' | 'elementAt'>): SlotFacts {
  const tree = buildSlotTree(walk);
  const { slotCount, elementAt } = walk;
  const lower = tagNameLowerCaser();
  const tag: string[] = new Array(slotCount);
  const name: string[] = new Array(slotCount);
  const candidate = new Uint8Array(slotCount);
  const candidateUp = new Int32Array(slotCount).fill(-1);
  const boxAt = new Int32Array(slotCount).fill(-1);
  const inFooter = new Uint8Array(slotCount);
  const inArticle = new Uint8Array(slotCount);
  /** Box names by the name string: a page repeats a few class names many times. */
  const boxByName = new Map<string, boolean>();
  for (let slot = 0; slot < slotCount; slot++) {
    const el = elementAt(slot);
    tag[slot] = lower(el.name);
    name[slot] = nameOf(el.attribs);
    candidate[slot] = NON_CANDIDATE_TAGS.has(tag[slot]!) ? 0 : 1;
    const up = tree.parent[slot]!;
    if (up >= 0) candidateUp[slot] = candidate[up] ? up : candidateUp[up]!;
    let box = boxByName.get(name[slot]!);
    if (box === undefined) boxByName.set(name[slot]!, (box = isBoilerplateBoxName(name[slot]!)));
    // The page's <body> may carry any class (`comments-open`): it is never a box.
    boxAt[slot] = box && tag[slot] !== 'body' && tag[slot] !== 'html' ? slot : up >= 0 ? boxAt[up]! : -1;
    const articleAbove = up >= 0 && inArticle[up] === 1;
    inArticle[slot] = articleAbove || tag[slot] === 'article' ? 1 : 0;
    inFooter[slot] = (up >= 0 && inFooter[up] === 1) || (tag[slot] !== 'body' && tag[slot] !== 'html' && isFooter(tag[slot]!, name[slot]!, articleAbove)) ? 1 : 0;
  }
  return { tree, tag, name, candidate, candidateUp, boxAt, inFooter, listing: listingSlots(walk.blocks, walk.slots, tree.parent) };
}

/** A container with this many linked headlines, and at least one per {@link PARAGRAPHS_PER_HEADLINE} paragraphs, lists teasers. */
const MIN_LISTING_HEADLINES = 3;
const PARAGRAPHS_PER_HEADLINE = 2;

/**
 * Containers that list teasers (a linked headline over each excerpt): Readability's climb to a
 * parent that holds several strong candidates would take a section front for one long article.
 */
function listingSlots(blocks: readonly DraftBlock[], slots: readonly number[], parent: Int32Array): Uint8Array {
  const headlines = new Float64Array(parent.length);
  const paragraphs = new Float64Array(parent.length);
  for (let i = 0; i < blocks.length; i++) {
    const slot = slots[i]!;
    if (slot < 0) continue;
    const block = blocks[i]!;
    if (isLinkedHeadline(block)) headlines[slot]!++;
    else if (proseScore(block) > 0) paragraphs[slot]!++;
  }
  for (let slot = parent.length - 1; slot >= 0; slot--) {
    const up = parent[slot]!;
    if (up < 0) continue;
    headlines[up]! += headlines[slot]!;
    paragraphs[up]! += paragraphs[slot]!;
  }
  const listing = new Uint8Array(parent.length);
  for (let slot = 0; slot < parent.length; slot++) {
    const h = headlines[slot]!;
    listing[slot] = h >= MIN_LISTING_HEADLINES && h * PARAGRAPHS_PER_HEADLINE >= paragraphs[slot]! ? 1 : 0;
  }
  return listing;
}

/** Each candidate's credit from the prose below it; in strict mode, prose inside boilerplate boxes earns nothing. */
function creditCandidates(blocks: readonly DraftBlock[], slots: readonly number[], facts: SlotFacts, strict: boolean): Float64Array {
  const { tree, candidate, candidateUp, boxAt, inFooter } = facts;
  const credit = new Float64Array(tree.parent.length);
  for (let i = 0; i < blocks.length; i++) {
    const holder = slots[i]!;
    if (holder < 0 || inFooter[holder] === 1 || (strict && boxAt[holder]! >= 0)) continue;
    const score = proseScore(blocks[i]!);
    if (score === 0) continue;
    // Text directly in a container that also holds block elements is a paragraph of that container;
    // a container with no block element inside is itself a paragraph (Readability's div-as-p).
    let el = candidate[holder] && tree.childCount[holder]! > 0 ? holder : candidateUp[holder]!;
    for (let level = 0; el >= 0 && level < SCORED_LEVELS; level++) {
      // Parent gets it all, grandparent half, then a third...: a gentler decay than Readability's
      // (which divides by three times the level), so that an article split over nested chunks is read whole.
      credit[el]! += score / (level + 1);
      el = candidateUp[el]!;
    }
  }
  return credit;
}

/** Whether `inner` lies in `outer`'s subtree (or is it). */
function holds(walk: Pick<HtmlWalk, 'startOf' | 'endOf'>, outer: number, inner: number): boolean {
  return walk.startOf(outer) <= walk.startOf(inner) && walk.startOf(inner) < walk.endOf(outer);
}

/** Readability's choice of the top candidate: the best score, an ancestor shared by its rivals, a parent that scores better. */
function topCandidate(walk: Pick<HtmlWalk, 'startOf' | 'endOf'>, facts: SlotFacts, score: Float64Array): number {
  const ranked: number[] = [];
  for (let slot = 0; slot < score.length; slot++) if (score[slot]! > 0) ranked.push(slot);
  if (ranked.length === 0) return -1;
  ranked.sort((a, b) => score[b]! - score[a]!);
  let top = ranked[0]!;
  const best = score[top]!;
  const rivals = ranked.slice(1, 1 + MAX_RIVALS).filter((s) => score[s]! >= RIVAL_SHARE * best);
  if (rivals.length >= RIVALS_FOR_ANCESTOR) {
    for (let up = facts.candidateUp[top]!; up >= 0 && facts.tag[up] !== 'body' && !facts.listing[up]; up = facts.candidateUp[up]!) {
      if (rivals.filter((s) => holds(walk, up, s)).length >= RIVALS_FOR_ANCESTOR) {
        top = up;
        break;
      }
    }
  }
  // A parent that scores better than the candidate holds more of the article: climb while the scores stay high.
  let last = score[top]!;
  const floor = last / 3;
  for (let up = facts.candidateUp[top]!; up >= 0 && facts.tag[up] !== 'body'; up = facts.candidateUp[up]!) {
    const s = score[up]!;
    if (facts.listing[up]) break;
    if (s === 0) continue;
    if (s < floor) break;
    if (s > last) {
      top = up;
      break;
    }
    last = s;
  }
  // A wrapper with nothing else in it is the same content.
  for (let up = facts.tree.parent[top]!; up >= 0 && facts.tree.childCount[up] === 1 && facts.tag[up] !== 'body' && !facts.listing[up]; up = facts.tree.parent[up]!) {
    top = up;
  }
  return top;
}

/** The last block each slot holds directly, or -1: where a short sibling's ending is read. */
function lastOwnBlocks(slots: readonly number[], slotCount: number): Int32Array {
  const last = new Int32Array(slotCount).fill(-1);
  for (let i = 0; i < slots.length; i++) if (slots[i]! >= 0) last[slots[i]!] = i;
  return last;
}

/**
 * The first text block under each slot, or -1. Each block climbs until it meets a slot that already
 * has one (whose ancestors then have one too): every slot is set once.
 */
function firstTextBlocks(blocks: readonly DraftBlock[], slots: readonly number[], parent: Int32Array): Int32Array {
  const first = new Int32Array(parent.length).fill(-1);
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.image) continue;
    for (let slot = slots[i]!; slot >= 0 && first[slot] === -1; slot = parent[slot]!) first[slot] = i;
  }
  return first;
}

/** A teaser opens with a linked headline: a grid of them is a listing, not an article split in parts. */
const TEASER_LINK_DENSITY = 0.5;

/** Readability's test for a sibling read as a paragraph: long with few links, or short, link-free and a sentence. */
function isProseSibling(chars: number, linkDensity: number, lastText: string | undefined): boolean {
  if (chars > LONG_SIBLING_CHARS) return linkDensity < MAX_SIBLING_LINK_DENSITY;
  return chars > 0 && linkDensity === 0 && lastText !== undefined && endsLikeSentence(lastText);
}

/**
 * Readability's sibling step: the top candidate's siblings join when their score (with a bonus
 * for sharing its class) reaches a share of the top score, or when they read as prose; text
 * directly in the parent joins when it reads as prose. Returns the joined slots in order and
 * whether the parent's own blocks join (by block index).
 */
function joinSiblings(
  walk: Pick<HtmlWalk, 'blocks' | 'slots' | 'slotCount' | 'startOf' | 'endOf' | 'elementAt'>,
  facts: SlotFacts,
  score: Float64Array,
  top: number,
  strict: boolean,
): { slots: number[]; looseBlocks: Set<number> } {
  const { tree, tag, candidate, boxAt } = facts;
  const parent = tree.parent[top]!;
  if (parent < 0 || tag[parent] === 'html') return { slots: [top], looseBlocks: new Set() };
  const threshold = Math.max(MIN_SIBLING_SCORE, score[top]! * SIBLING_SHARE);
  const topClass = walk.elementAt(top).attribs['class'] ?? '';
  const lastOwn = lastOwnBlocks(walk.slots, walk.slotCount);
  const firstText = firstTextBlocks(walk.blocks, walk.slots, tree.parent);
  const joined: number[] = [];
  const end = walk.endOf(parent);
  for (let s = parent + 1; s < walk.slotCount && walk.startOf(s) < end; s++) {
    if (tree.parent[s] !== parent) continue;
    if (s !== top) {
      if (strict && boxAt[s]! >= 0) continue;
      const opening = firstText[s]! >= 0 ? walk.blocks[firstText[s]!]! : undefined;
      if (opening !== undefined && opening.hints.linkDensity >= TEASER_LINK_DENSITY) continue;
      const bonus = topClass !== '' && walk.elementAt(s).attribs['class'] === topClass ? score[top]! * SIBLING_SHARE : 0;
      const scored = score[s]! + bonus >= threshold;
      const leaf = PARAGRAPH_SIBLING_TAGS.has(tag[s]!) || (candidate[s] === 1 && tree.childCount[s] === 0);
      const last = lastOwn[s]! >= 0 ? walk.blocks[lastOwn[s]!]!.text : undefined;
      if (!scored && !(leaf && isProseSibling(tree.chars[s]!, linkDensityOf(tree, s), last))) continue;
    }
    joined.push(s);
  }
  joined.push(...joinChunks(walk, facts, score, top, threshold, firstText, strict));
  joined.sort((a, b) => a - b);
  const looseBlocks = new Set<number>();
  for (let i = 0; i < walk.blocks.length; i++) {
    if (walk.slots[i] !== parent) continue;
    const b = walk.blocks[i]!;
    if (!b.image && isProseSibling(b.text.length, b.hints.linkDensity, b.text)) looseBlocks.add(i);
  }
  return { slots: joined, looseBlocks };
}

/** How far above the top candidate an article's chunks may repeat. */
const MAX_CHUNK_LEVELS = 3;

/**
 * An article that a template cuts into chunks between adverts repeats one wrapper per chunk
 * (`<div class="grid">` around each run of paragraphs): the wrappers above the top candidate, up
 * to {@link MAX_CHUNK_LEVELS} levels, bring their siblings of the same class that score like a
 * sibling would (and do not open with a linked headline, as teasers do).
 */
function joinChunks(
  walk: Pick<HtmlWalk, 'blocks' | 'slotCount' | 'startOf' | 'endOf' | 'elementAt'>,
  facts: SlotFacts,
  score: Float64Array,
  top: number,
  threshold: number,
  firstText: Int32Array,
  strict: boolean,
): number[] {
  const { tree, tag } = facts;
  const chunks: number[] = [];
  let wrapper = tree.parent[top]!;
  for (let level = 1; level <= MAX_CHUNK_LEVELS && wrapper >= 0; level++, wrapper = tree.parent[wrapper]!) {
    const up = tree.parent[wrapper]!;
    if (up < 0 || tag[up] === 'html' || tag[wrapper] === 'body') break;
    const cls = walk.elementAt(wrapper).attribs['class'];
    if (!cls) continue;
    const end = walk.endOf(up);
    for (let s = up + 1; s < walk.slotCount && walk.startOf(s) < end; s++) {
      if (s === wrapper || tree.parent[s] !== up || walk.elementAt(s).attribs['class'] !== cls) continue;
      if ((strict && facts.boxAt[s]! >= 0) || facts.listing[s] || score[s]! < threshold) continue;
      const opening = firstText[s]! >= 0 ? walk.blocks[firstText[s]!]! : undefined;
      if (opening !== undefined && opening.hints.linkDensity >= TEASER_LINK_DENSITY) continue;
      chunks.push(s);
    }
  }
  return chunks;
}

/** One reading of the page: strict leaves boilerplate boxes out of the scores and of the content. */
function readContent(walk: Pick<HtmlWalk, 'blocks' | 'slots' | 'slotCount' | 'startOf' | 'endOf' | 'elementAt'>, facts: SlotFacts, strict: boolean): { top: number; inMain: boolean[]; chars: number } | null {
  const { blocks, slots } = walk;
  const credit = creditCandidates(blocks, slots, facts, strict);
  const score = new Float64Array(credit.length);
  for (let slot = 0; slot < credit.length; slot++) {
    if (credit[slot]! > 0) score[slot] = credit[slot]! * nameWeight(facts.name[slot]!) * (1 - linkDensityOf(facts.tree, slot));
  }
  const top = topCandidate(walk, facts, score);
  if (top < 0) return null;
  const { slots: joined, looseBlocks } = joinSiblings(walk, facts, score, top, strict);
  const inMain: boolean[] = new Array(blocks.length).fill(false);
  let chars = 0;
  // The joined siblings follow one another in document order, and so do the blocks: one sweep pairs them.
  let j = 0;
  for (let i = 0; i < blocks.length; i++) {
    const holder = slots[i]!;
    if (holder < 0) continue;
    if (looseBlocks.has(i)) inMain[i] = true;
    else {
      const order = walk.startOf(holder);
      while (j < joined.length && walk.endOf(joined[j]!) <= order) j++;
      const sibling = joined[j];
      if (sibling === undefined || walk.startOf(sibling) > order) continue;
      // A box inside the joined element (a comment list under the article) is left out.
      inMain[i] = !(strict && facts.boxAt[holder]! >= sibling);
    }
    if (inMain[i]) chars += blocks[i]!.text.length;
  }
  return { top, inMain, chars };
}

/**
 * Returns the article's container and which blocks lie in the article, or null when the page
 * has no prose at all (a listing or a page of links).
 */
export function findMainContent(walk: Pick<HtmlWalk, 'blocks' | 'slots' | 'slotCount' | 'startOf' | 'endOf' | 'elementAt'>): MainContent | null {
  const facts = slotFacts(walk);
  let found = readContent(walk, facts, true);
  // A page whose every container carries a box name (`<div id="wrapper" class="has-comments">`)
  // is read again without that rule, as Readability retries without its flags.
  if (found === null || found.chars < MIN_STRICT_CHARS) {
    const lenient = readContent(walk, facts, false);
    if (lenient !== null && (found === null || lenient.chars > found.chars)) found = lenient;
  }
  if (found === null) return null;
  dropHeadedBoxes(walk, facts.tree, found.inMain);
  joinLead(walk.blocks, found.inMain);
  return { element: walk.elementAt(found.top), inMain: found.inMain };
}
