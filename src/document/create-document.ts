/**
 * Lays blocks end to end into the document text and fixes their offsets.
 */
import type { ArticleDocument, Block, BlockHints, BlockRole, PageMeta } from './types.js';

/** A block before {@link createDocument} lays it out: its offsets are 0 until then. */
export type DraftBlock = { -readonly [K in keyof Block]: Block[K] };

/**
 * A new block, to be laid out by {@link createDocument}, which fills in its offsets in place: one
 * object per block from the walk to the document (a page of 100,000 table cells made three).
 */
export function newBlock(
  text: string,
  role: BlockRole,
  tag: string | null,
  inMain: boolean,
  hints: BlockHints,
  image?: { readonly src: string | null; readonly alt: string | null },
): DraftBlock {
  // Built field by field in one order, not spread: every block then has one of two shapes, and the
  // passes over the blocks stay fast (with `{ ...d, start, end }` pages of 100,000 blocks took twice as long).
  return image ? { text, role, tag, inMain, hints, image, start: 0, end: 0 } : { text, role, tag, inMain, hints, start: 0, end: 0 };
}

export const EMPTY_META: PageMeta = Object.freeze({
  title: null,
  ogTitle: null,
  headline: null,
  description: null,
  publishedTime: null,
  publishedTimes: [],
  modifiedTime: null,
  zoneOffset: null,
  section: null,
  breadcrumb: [],
  author: null,
  authorSources: [],
  publishers: [],
  canonicalUrl: null,
  siteName: null,
  lang: null,
});

export const PLAIN_HINTS: BlockHints = Object.freeze({
  headingLevel: null,
  bold: false,
  italic: false,
  align: null,
  linkDensity: 0,
  path: '',
  indented: false,
});

/** Builds the document: block texts joined with `\n`, each block's offsets set to point into that text. */
export function createDocument(input: {
  format: 'html' | 'text';
  encoding: string;
  blocks: DraftBlock[];
  meta: PageMeta;
  profile?: string | null;
  fragment?: boolean;
  warnings: string[];
}): ArticleDocument {
  const { blocks } = input;
  const parts: string[] = new Array(blocks.length);
  let offset = 0;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    block.start = offset;
    block.end = offset + block.text.length;
    parts[i] = block.text;
    offset = block.end + 1;
  }
  return {
    format: input.format,
    encoding: input.encoding,
    blocks,
    text: parts.join('\n'),
    meta: input.meta,
    fragment: input.fragment ?? false,
    profile: input.profile ?? null,
    warnings: input.warnings,
  };
}
