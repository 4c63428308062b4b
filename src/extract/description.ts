/**
 * The lead (sapo): the paragraph under the headline that sums the article up. Read from an element
 * a template marks as the lead (`h2.Lead`, `p.description`, `.sapo`, `p.txt-head`, `.standfirst`; not a listing's
 * `.excerpt` or `.teaser`),
 * else a bold first paragraph, else the page's meta description when the article itself says it
 * (most of its words are in the first paragraphs; a site's stock description is not).
 */
import { isDateline } from '../dates/parse-dateline.js';
import type { ArticleDocument, Block } from '../document/types.js';

/** Class or id words of a lead element, as a whole word of the block's own label or its parent's. */
const LEAD_LABEL_RE = /(?:^|[.#_-])(?:sapo|lead|leadtext|lede|description|txt-head|summary|chapeau|chapo|standfirst|intro|abstract|dek|subtitle)(?=$|[.#_-])/i;
/** Leads run from a sentence to a short paragraph. */
const MIN_LEAD_CHARS = 40;
const MAX_LEAD_CHARS = 1_000;
/** How far below the headline the lead may sit, in blocks (a picture, a date line and a byline may come first). */
const LEAD_WINDOW = 8;
/** Share of a meta description's words that must occur in the article's first paragraphs. */
const MIN_SHARED_WORDS = 0.7;
const OPENING_PARAGRAPHS = 4;

/** The block's own label and its parent's, from its path hint (`… div.detail h2.sapo`). */
function ownLabels(block: Block): string[] {
  return block.hints.path.split(' ').slice(-2);
}

function isLeadSized(block: Block): boolean {
  return block.text.length >= MIN_LEAD_CHARS && block.text.length <= MAX_LEAD_CHARS && block.hints.linkDensity < 0.5;
}

/** The blocks after the headline (or from the top of the content), where a lead can be. */
function openingBlocks(doc: ArticleDocument): Block[] {
  const blocks = doc.blocks;
  const titleAt = blocks.findIndex((b) => b.role === 'title');
  const from = titleAt >= 0 ? titleAt + 1 : Math.max(0, blocks.findIndex((b) => b.inMain));
  return blocks.slice(from, from + LEAD_WINDOW);
}

function markedLead(blocks: readonly Block[]): string | null {
  const lead = blocks.find(
    (b) => !b.image && b.role !== 'caption' && b.role !== 'title' && isLeadSized(b) && ownLabels(b).some((l) => LEAD_LABEL_RE.test(l)),
  );
  return lead?.text ?? null;
}

/** A first paragraph set in bold that reads as prose (not a date line, not a heading ending in `:`). */
function boldLead(blocks: readonly Block[]): string | null {
  const first = blocks.find((b) => b.inMain && (b.role === 'paragraph' || b.role === 'heading'));
  if (!first || !first.hints.bold || !isLeadSized(first) || first.text.endsWith(':') || isDateline(first.text)) return null;
  return first.text;
}

/** Runs of letters and digits: case folded, marks kept (both texts come from the same page). */
const WORD_RE = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return text.toLowerCase().match(WORD_RE) ?? [];
}

/** A description cut short by the site: `… nông thôn …`, `… rural areas...`. */
const CUT_RE = /\s?(?:…|\.{3})$/u;

/**
 * The meta description, when most of its words are in the article's opening paragraphs; when the
 * site cut it short and a paragraph opens with it, that whole paragraph.
 */
function metaLead(doc: ArticleDocument): string | null {
  const description = doc.meta.description;
  if (!description || description.length < MIN_LEAD_CHARS) return null;
  const opening = doc.blocks.filter((b) => b.inMain && b.role === 'paragraph').slice(0, OPENING_PARAGRAPHS);
  if (CUT_RE.test(description)) {
    const start = description.replace(CUT_RE, '');
    const whole = opening.find((b) => b.text.startsWith(start));
    if (whole) return whole.text;
  }
  const known = new Set(opening.flatMap((b) => words(b.text)));
  const own = words(description);
  if (own.length === 0) return null;
  const shared = own.filter((w) => known.has(w)).length / own.length;
  return shared >= MIN_SHARED_WORDS ? description : null;
}

/**
 * @param title the headline: a "lead" that only repeats it (a portal's meta description often does) is none
 */
export function extractDescription(doc: ArticleDocument, title: string | null): string | null {
  const opening = openingBlocks(doc);
  const lead = markedLead(opening) ?? boldLead(opening) ?? metaLead(doc);
  if (!lead || (title && words(title).join(' ').includes(words(lead).join(' ')))) return null;
  return lead;
}
