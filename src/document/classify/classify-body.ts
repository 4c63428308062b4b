/**
 * Gives roles to the blocks of an article's main region: paragraphs, captions, pictures,
 * bylines, sub-headings and leftover chrome. The same rules serve HTML and plain text; HTML
 * adds presentational hints (italic, centred, right-aligned) that text copies have lost.
 */
import { isSignatureInitials, parseByline } from '../../extract/byline.js';
import { isDateline } from '../../dates/parse-dateline.js';
import type { Block } from '../types.js';
import { isChromeLine } from './chrome.js';
import { descriptionImagePath, endsLikeSentence, hasPhotoCredit, isImagePlaceholder, isParenthesized } from './caption.js';

/** Captions are short; a block longer than this under a picture is the next paragraph. */
const MAX_CAPTION_CHARS = 300;
/** How many trailing blocks may hold author lines. */
const BYLINE_WINDOW = 3;
/** Sub-headings are short lines. */
const MAX_HEADING_CHARS = 160;

const CAPTION_PATH_RE = /caption|figcaption|chuthich|chu-thich|image-desc|img-desc|desc-img|photo-desc/;

/**
 * Whether each path names a caption, tested once per path: the blocks of a page share a few paths
 * (the walk gives blocks under the same elements one path string), and the test searches the whole path.
 */
const captionPaths = new Map<string, boolean>();
/** Bounds {@link captionPaths}: a process reads pages of many templates. */
const MAX_CAPTION_PATHS = 4096;

function isCaptionByPath(block: Block): boolean {
  if (block.tag === 'figcaption') return true;
  const path = block.hints.path;
  let named = captionPaths.get(path);
  if (named === undefined) {
    if (captionPaths.size >= MAX_CAPTION_PATHS) captionPaths.clear();
    named = CAPTION_PATH_RE.test(path);
    captionPaths.set(path, named);
  }
  return named;
}

/** A short line that does not end like a sentence: a caption or sub-heading in a text copy. */
function isUnpunctuatedShort(block: Block): boolean {
  return block.text.length <= MAX_CAPTION_CHARS && !endsLikeSentence(block.text);
}

/** Mostly link text: a related-article list or a menu left inside the content region. */
const MAX_PROSE_LINK_DENSITY = 0.5;

function isLinkList(block: Block): boolean {
  return block.hints.linkDensity >= MAX_PROSE_LINK_DENSITY;
}

function markImagesAndChrome(blocks: Block[]): void {
  for (const b of blocks) {
    if (b.role === 'image' || b.image) {
      b.role = 'image';
    } else if (isChromeLine(b.text) || isLinkList(b)) {
      b.role = 'boilerplate';
    } else if (descriptionImagePath(b.text) || isImagePlaceholder(b.text)) {
      b.role = 'image';
    } else if (b.text.length <= 60 && isDateline(b.text)) {
      b.role = 'dateline';
    }
  }
}

/** The index of the nearest block before `i` that is not an image or chrome, or -1. */
function nextTextBefore(blocks: readonly Block[], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const role = blocks[j]!.role;
    if (role !== 'image' && role !== 'boilerplate') return j;
  }
  return -1;
}

/** The index of the next block after `i` that is not an image or chrome, or -1. */
function nextText(blocks: readonly Block[], i: number): number {
  for (let j = i + 1; j < blocks.length; j++) {
    const role = blocks[j]!.role;
    if (role !== 'image' && role !== 'boilerplate') return j;
  }
  return -1;
}

/**
 * A caption follows a picture; a text copy may break it over two lines
 * (`Quang cảnh Hội nghị ..., khen thưởng` / `6 tháng đầu năm 2021 của Khối thi đua`).
 */
function markCaptionsAfterImages(blocks: Block[], format: 'html' | 'text'): void {
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i]!.role !== 'image') continue;
    const j = nextText(blocks, i);
    if (j < 0) continue;
    const first = blocks[j]!;
    if (first.role !== 'paragraph' || first.text.length > MAX_CAPTION_CHARS) continue;
    const htmlCue = first.hints.italic || first.hints.align === 'center' || isCaptionByPath(first) || hasPhotoCredit(first.text);
    const textCue = !endsLikeSentence(first.text) || hasPhotoCredit(first.text);
    if (format === 'html' ? htmlCue || textCue : textCue) {
      first.role = 'caption';
      // A text copy may continue the caption on the next line: short, unpunctuated, lower-case or a digit first.
      const k = nextText(blocks, j);
      const next = k >= 0 ? blocks[k] : undefined;
      if (
        format === 'text' &&
        next &&
        !endsLikeSentence(first.text) &&
        next.text.length <= 120 &&
        !endsLikeSentence(next.text) &&
        /^[\p{Ll}\p{N}]/u.test(next.text)
      ) {
        next.role = 'caption';
      }
    }
  }
}

/** Captions without a picture: photo credits, whole lines in parentheses, HTML caption classes. */
function markStandaloneCaptions(blocks: Block[], format: 'html' | 'text'): void {
  const prose = blocks.filter((b) => b.role === 'paragraph');
  const firstProse = prose[0];
  const lastProse = prose[prose.length - 1];
  for (const b of blocks) {
    if (b.role !== 'paragraph' || b.text.length > MAX_CAPTION_CHARS) continue;
    if (isCaptionByPath(b) || hasPhotoCredit(b.text) || isParenthesized(b.text)) {
      b.role = 'caption';
    } else if (format === 'html' && b.hints.italic && isUnpunctuatedShort(b) && b.text.length >= 20) {
      // An italic line that is not a sentence: a caption whose picture the page no longer has.
      b.role = 'caption';
    } else if (format === 'text' && b !== firstProse && b !== lastProse && isUnpunctuatedShort(b) && b.text.length >= 20 && !isHeadingLike(b)) {
      // Between two paragraphs of a text copy, a line with no full stop stood under a picture
      // (unless the page sets it as a heading: a structure-free page read as lines keeps that much).
      b.role = 'caption';
    }
  }
}

/** Author lines close the article: scan back from the end over chrome and pictures. */
function markBylines(blocks: Block[]): void {
  let seen = 0;
  for (let i = blocks.length - 1; i >= 0 && seen < BYLINE_WINDOW; i--) {
    const b = blocks[i]!;
    if (b.role === 'boilerplate' || b.role === 'image' || b.role === 'dateline') continue;
    if (b.role !== 'paragraph' && b.role !== 'caption') break;
    seen++;
    // Capitals alone (`TVB`) sign an article only on its last line, under a finished sentence.
    const signsLast = seen === 1 && isSignatureInitials(b.text) && endsLikeSentence(blocks[nextTextBefore(blocks, i)]?.text ?? '');
    if (signsLast || parseByline(b.text)) {
      b.role = 'byline';
    } else {
      break;
    }
  }
}

/** Set as a heading: a heading element or bold type (plain text lines have neither). */
function isHeadingLike(b: Block): boolean {
  return b.hints.headingLevel !== null || b.hints.bold;
}

/** Short bold or heading lines are sub-headings, in HTML and in the lines of a structure-free page alike. */
function markHeadings(blocks: Block[]): void {
  for (const b of blocks) {
    if (b.role !== 'paragraph') continue;
    const short = b.text.length <= MAX_HEADING_CHARS && !endsLikeSentence(b.text);
    if (short && isHeadingLike(b)) b.role = 'heading';
  }
}

/**
 * Assigns roles in place to the blocks of the main region. Blocks arrive with role `paragraph`
 * (or `image` for pictures) and leave with their final role.
 */
export function classifyBody(blocks: Block[], format: 'html' | 'text'): void {
  markImagesAndChrome(blocks);
  markCaptionsAfterImages(blocks, format);
  markBylines(blocks);
  markStandaloneCaptions(blocks, format);
  markHeadings(blocks);
}
