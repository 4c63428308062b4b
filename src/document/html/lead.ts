/**
 * The lead (sapo) of an article: the paragraph between the headline and the body that templates
 * set apart (`h2.Lead`, `p.description`, `div.sapo`, `p.txt-head`, `.standfirst`). It often sits
 * outside the body's container, so content scoring misses it; it is the body's first paragraph.
 */
import type { DraftBlock } from '../create-document.js';
import { isLinkedHeadline } from './prose.js';

/** Class and id words of a lead, in the path of the block (any of its last elements). */
const LEAD_NAME_RE =
  /(?:^|[\s.#_-])(?:sapo|lead|leadtext|lead-text|description|summary|txt-head|intro|standfirst|stand-first|excerpt|chapeau|dek|deck|teaser|subtitle|sub-title|tomtat|tom-tat|mota)(?=$|[\s.#_-])/i;
/** How many blocks above the body a lead may stand (the headline, a date line, a byline, share buttons between). */
const LEAD_WINDOW = 12;
/** A lead is a sentence or two, with few links. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_LINK_DENSITY = 0.3;
/** How many elements of the block's path are read: the lead's own class, not a wrapper far above. */
const LEAD_PATH_LABELS = 3;

/** Whether one of the last elements of a block's path is named as a lead (`h2.sapo`, `p.description`). */
export function isLeadNamed(path: string): boolean {
  let from = path.length;
  for (let n = 0; n < LEAD_PATH_LABELS && from > 0; n++) from = path.lastIndexOf(' ', from - 1);
  return LEAD_NAME_RE.test(path.slice(Math.max(0, from)));
}

function isLead(block: DraftBlock): boolean {
  if (block.image || block.text.length < MIN_LEAD_CHARS || block.hints.linkDensity > MAX_LEAD_LINK_DENSITY) return false;
  return isLeadNamed(block.hints.path);
}

/** Marks the lead above the first block of the content as part of it. */
export function joinLead(blocks: readonly DraftBlock[], inMain: boolean[]): void {
  // From the first text of the content: a picture that opens it may belong to a teaser's headline.
  let first = 0;
  while (first < blocks.length && !(inMain[first] && !blocks[first]!.image)) first++;
  if (first === 0 || first === blocks.length) return;
  for (let i = first - 1; i >= Math.max(0, first - LEAD_WINDOW); i--) {
    const block = blocks[i]!;
    // The headline closes the search: what stands above it is the page's header. A linked
    // headline closes it too: what stands above that is another teaser of a listing.
    if (block.hints.headingLevel === 1 || isLinkedHeadline(block)) break;
    if (isLead(block)) inMain[i] = true;
  }
}
