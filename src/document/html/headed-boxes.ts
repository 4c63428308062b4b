/**
 * Boxes that a heading names as other articles or reader comments ("Tin liên quan", "Ý kiến bạn
 * đọc", "Related"), left out of the article even when their markup names nothing: the box the
 * heading opens goes whole; where the heading stands among the article's own paragraphs (no box
 * of its own), the teaser lines after a related heading go, and everything after a comment heading.
 */
import { endsLikeSentence } from '../classify/caption.js';
import type { DraftBlock } from '../create-document.js';
import { COMMENT_BOX_HEADINGS, RELATED_BOX_HEADINGS } from '../../vi/box-headings.js';
import type { HtmlWalk } from './html-to-blocks.js';
import type { SlotTree } from './slot-tree.js';

/** Box headings are short; a longer line is a sentence that happens to start with the words. */
const MAX_HEADING_CHARS = 60;
const HEADING_LINK_DENSITY = 0.5;
/** A box that holds more than this share of the article's text is the article, not a box in it. */
const MAX_BOX_SHARE = 0.5;
/** In a flat layout, teaser lines after a related heading: linked, or short and not a sentence. */
const TEASER_LINK_DENSITY = 0.3;
const MAX_TEASER_CHARS = 120;

const RELATED = new Set(RELATED_BOX_HEADINGS);
const COMMENTS = new Set(COMMENT_BOX_HEADINGS);

/** Counts, colons, arrows and brackets a page adds around a box heading (`Bình luận (12)`, `Tin liên quan:`). */
const HEADING_NOISE_RE = /[\d()[\]:.…»«›‹>|•·*#–—-]+/g;
const SPACES_RE = /\s+/g;

type BoxKind = 'related' | 'comments';

/** Which box a short line heads, if any. */
export function boxHeadingKind(text: string): BoxKind | null {
  if (text.length > MAX_HEADING_CHARS) return null;
  const key = text.toLowerCase().replace(HEADING_NOISE_RE, ' ').replace(SPACES_RE, ' ').trim();
  if (RELATED.has(key)) return 'related';
  if (COMMENTS.has(key)) return 'comments';
  return null;
}

function isTeaserLine(block: DraftBlock): boolean {
  if (block.image) return true;
  if (block.hints.linkDensity >= TEASER_LINK_DENSITY) return true;
  return block.text.length <= MAX_TEASER_CHARS && !endsLikeSentence(block.text);
}

/**
 * Clears `inMain` for the blocks of headed boxes. Linear: each block is passed over once, by the
 * main loop or by the box it falls in.
 */
export function dropHeadedBoxes(walk: Pick<HtmlWalk, 'blocks' | 'slots' | 'startOf' | 'endOf'>, tree: SlotTree, inMain: boolean[]): void {
  const { blocks, slots, startOf, endOf } = walk;
  let mainChars = 0;
  for (let i = 0; i < blocks.length; i++) if (inMain[i]) mainChars += blocks[i]!.text.length;
  for (let i = 0; i < blocks.length; i++) {
    // A link that says "Comments" jumps to them; it heads nothing.
    if (!inMain[i] || blocks[i]!.image || blocks[i]!.hints.linkDensity >= HEADING_LINK_DENSITY) continue;
    const kind = boxHeadingKind(blocks[i]!.text);
    if (kind === null) continue;
    const holder = slots[i]!;
    // The heading's own element (an <h3>, a <p> holding a <b>) is not the box; the element around it is.
    const box = tree.childCount[holder]! === 0 ? tree.parent[holder]! : holder;
    if (box >= 0 && tree.chars[box]! <= MAX_BOX_SHARE * mainChars) {
      const end = endOf(box);
      let j = i;
      for (; j < blocks.length && slots[j]! >= 0 && startOf(slots[j]!) >= startOf(box) && startOf(slots[j]!) < end; j++) inMain[j] = false;
      i = j - 1;
      continue;
    }
    inMain[i] = false;
    let j = i + 1;
    for (; j < blocks.length; j++) {
      if (!inMain[j]) continue;
      if (kind === 'related' && !isTeaserLine(blocks[j]!)) break;
      inMain[j] = false;
    }
    i = j - 1;
  }
}
