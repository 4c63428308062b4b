/**
 * What a single block says about the page around it: prose that an article is made of, or the
 * linked headline that opens a teaser of a listing.
 */
import type { DraftBlock } from '../create-document.js';

/** A block is prose-like when it is long enough and mostly not links. */
const MIN_PROSE_CHARS = 25;
const MAX_PROSE_LINK_DENSITY = 0.4;

/** A linked headline: a link of a headline's length, the head of a teaser. */
const MIN_HEADLINE_CHARS = 15;
const MAX_HEADLINE_CHARS = 200;
const HEADLINE_LINK_DENSITY = 0.5;

/** Credit a block earns: longer prose with more clause breaks is more article-like (0 for anything else). */
export function proseScore(block: DraftBlock): number {
  const len = block.text.length;
  if (block.image || len < MIN_PROSE_CHARS || block.hints.linkDensity > MAX_PROSE_LINK_DENSITY) return 0;
  let commas = 0;
  for (let i = 0; i < block.text.length; i++) {
    const c = block.text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 46) commas++; // , ; .
  }
  return (1 + Math.min(commas, 20) + Math.min(len / 100, 5)) * (1 - block.hints.linkDensity);
}

export function isLinkedHeadline(block: DraftBlock): boolean {
  const len = block.text.length;
  return !block.image && block.hints.linkDensity >= HEADLINE_LINK_DENSITY && len >= MIN_HEADLINE_CHARS && len <= MAX_HEADLINE_CHARS;
}
