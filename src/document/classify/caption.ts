/**
 * Photo captions: the text under a picture, in both HTML and plain-text copies.
 */
import { CAPTION_MARKERS } from '../../vi/page-chrome.js';

/** `(Ảnh: Hữu Thắng)` or `Ảnh: VT` closing the line (exported for its test). Not `\bảnh`: JavaScript's `\b` knows only ASCII letters, so it never stood before `ả` after a space. */
export const PHOTO_CREDIT_RE = /(?:\(\s{0,3}ảnh\s{0,3}:[^()]{1,60}\)|(?<![\p{L}\p{N}])ảnh\s{0,3}:\s{0,3}[\p{L}\p{N}. ]{1,40})\s{0,3}$/iu;
/** An image placeholder left by a text copy: `Đà Lạt vẫn là điểm đến ... ảnh 3`, `Ảnh 1` (exported for its test). */
export const IMAGE_PLACEHOLDER_RE = /(?:^|\s)ảnh(?:\s{1,3}\d{1,3})?$/iu;
/** A legacy Word image line: `Description: D:\...\x.jpg`. */
const DESCRIPTION_IMAGE_RE = /^(?:description|mô tả)\s{0,3}:\s{0,3}(.{1,400}?\.(?:jpe?g|png|gif|bmp|tiff?|webp))\s{0,3}$/iu;

/** Ends like a sentence: a full stop, a question or exclamation mark, an ellipsis, a closing quote after one. */
const SENTENCE_END_RE = /[.!?…:;]["”'’)]{0,2}$|\.\/\.$/u;

export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text);
}

/** Whether `text` holds an `ả` in either case: `ảnh`, which the expressions below read case-blind, cannot be there without one. */
function hasAnhVowel(text: string): boolean {
  return text.includes('ả') || text.includes('Ả');
}

/**
 * Whether each of the {@link CAPTION_MARKERS} holds `ảnh` or a colon (`photo:`), as
 * {@link PHOTO_CREDIT_RE} does: a text with neither, most paragraphs, then has no credit, settled
 * by a few searches rather than by the expression and a lower-cased copy of the text. False (no
 * shortcut) if the table ever gains a marker with neither.
 */
const MARKERS_NEED_ANH_OR_COLON = CAPTION_MARKERS.every((m) => m.includes('ả') || m.includes(':'));

function mayHaveCredit(text: string): boolean {
  return !MARKERS_NEED_ANH_OR_COLON || hasAnhVowel(text) || text.includes(':');
}

/** True when the text carries a photo credit or caption marker. */
export function hasPhotoCredit(text: string): boolean {
  if (!mayHaveCredit(text)) return false;
  if (PHOTO_CREDIT_RE.test(text)) return true;
  const lower = text.toLowerCase();
  return CAPTION_MARKERS.some((m) => m !== 'ảnh:' && m !== 'ảnh :' && lower.includes(m));
}

/** True for a placeholder line standing where a picture was (`... ảnh 2`). */
export function isImagePlaceholder(text: string): boolean {
  // The expression searches the whole line: settled first by the cheaper search.
  return text.length <= 300 && hasAnhVowel(text) && IMAGE_PLACEHOLDER_RE.test(text);
}

/** The file path of a legacy `Description: D:\...jpg` line, or null. */
export function descriptionImagePath(text: string): string | null {
  const m = DESCRIPTION_IMAGE_RE.exec(text);
  return m?.[1]?.trim() ?? null;
}

/** A whole line in parentheses, as text copies render captions: `(Ông X chủ trì hội nghị)`. */
export function isParenthesized(text: string): boolean {
  return text.length >= 8 && text.startsWith('(') && text.endsWith(')') && text.indexOf(')') === text.length - 1;
}

/** The caption without the parentheses a text copy put around it. */
export function captionText(text: string): string {
  return isParenthesized(text) ? text.slice(1, -1).trim() : text;
}
