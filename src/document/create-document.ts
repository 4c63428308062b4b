/**
 * Lays blocks end to end into the document text and fixes their offsets.
 */
import type { ArticleDocument, Block, BlockHints, BlockRole, PageMeta } from './types.js';

/** A block before it has offsets. */
export interface DraftBlock {
  text: string;
  role: BlockRole;
  tag: string | null;
  inMain: boolean;
  hints: BlockHints;
  image?: { src: string | null; alt: string | null };
}

export const EMPTY_META: PageMeta = Object.freeze({
  title: null,
  ogTitle: null,
  description: null,
  publishedTime: null,
  section: null,
  author: null,
  canonicalUrl: null,
  siteName: null,
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

/** Builds the document: block texts joined with `\n`, offsets pointing into that text. */
export function createDocument(input: {
  format: 'html' | 'text';
  encoding: string;
  drafts: readonly DraftBlock[];
  meta: PageMeta;
  profile?: string | null;
  fragment?: boolean;
  warnings: string[];
}): ArticleDocument {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const d of input.drafts) {
    const start = offset;
    const end = start + d.text.length;
    blocks.push({ ...d, start, end });
    parts.push(d.text);
    offset = end + 1;
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
