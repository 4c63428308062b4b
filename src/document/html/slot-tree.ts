/**
 * The block elements of a walk as a tree, with the text each one holds: computed in one sweep over
 * the slots (their ranges nest or follow one another in slot order), so that content scoring can ask
 * any element for its parent, its size and its share of links without walking the page again.
 */
import type { HtmlWalk } from './html-to-blocks.js';

export interface SlotTree {
  /** The slot of each slot's nearest block element above it, or -1. */
  readonly parent: Int32Array;
  /** How many block elements each slot holds directly. */
  readonly childCount: Int32Array;
  /** Letters and digits of the text under each slot (its own blocks and its descendants'). */
  readonly chars: Float64Array;
  /** Of {@link chars}, those inside links. */
  readonly linkChars: Float64Array;
  /** The number of characters of the blocks that each slot holds directly (not through a child). */
  readonly ownChars: Float64Array;
}

/** Characters of a block that lie inside links, from its link density. */
export function linkCharsOf(text: string, linkDensity: number): number {
  return text.length * linkDensity;
}

export function buildSlotTree({ blocks, slots, slotCount, startOf, endOf }: Pick<HtmlWalk, 'blocks' | 'slots' | 'slotCount' | 'startOf' | 'endOf'>): SlotTree {
  const parent = new Int32Array(slotCount).fill(-1);
  const childCount = new Int32Array(slotCount);
  const open: number[] = [];
  for (let slot = 0; slot < slotCount; slot++) {
    const start = startOf(slot);
    while (open.length > 0 && endOf(open[open.length - 1]!) <= start) open.pop();
    if (open.length > 0) {
      const up = open[open.length - 1]!;
      parent[slot] = up;
      childCount[up]!++;
    }
    open.push(slot);
  }
  const chars = new Float64Array(slotCount);
  const linkChars = new Float64Array(slotCount);
  for (let i = 0; i < blocks.length; i++) {
    const slot = slots[i]!;
    if (slot < 0) continue;
    const block = blocks[i]!;
    chars[slot]! += block.text.length;
    linkChars[slot]! += linkCharsOf(block.text, block.hints.linkDensity);
  }
  const ownChars = Float64Array.from(chars);
  // Children come after their parent in slot order: summing from the last slot up gives every subtree.
  for (let slot = slotCount - 1; slot >= 0; slot--) {
    const up = parent[slot]!;
    if (up < 0) continue;
    chars[up]! += chars[slot]!;
    linkChars[up]! += linkChars[slot]!;
  }
  return { parent, childCount, chars, linkChars, ownChars };
}

/** The share of a slot's text that sits inside links (0 for an empty slot). */
export function linkDensityOf(tree: SlotTree, slot: number): number {
  const chars = tree.chars[slot]!;
  return chars > 0 ? tree.linkChars[slot]! / chars : 0;
}
