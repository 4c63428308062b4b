/**
 * Tag tables for the block builder. Lists from the HTML standard's rendering section
 * (<https://html.spec.whatwg.org/multipage/rendering.html>), plus legacy presentational tags.
 */

/** Elements whose content is never article text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas',
  'select', 'option', 'optgroup', 'button', 'input', 'textarea', 'head', 'title', 'meta', 'link',
  'audio', 'video', 'source', 'track', 'map', 'area', 'frameset', 'frame', 'applet', 'param', 'datalist',
]);

/** Elements that start and end a block of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext',
  'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp', 'caption',
  'br', 'o:p',
]);

export const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

export const BOLD_TAGS: ReadonlySet<string> = new Set(['b', 'strong']);
export const ITALIC_TAGS: ReadonlySet<string> = new Set(['i', 'em']);

const DISPLAY_NONE_RE = /display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden/i;

/**
 * A segment that React's streaming renderer sends after its page (`<div hidden id="S:0">`): an inline
 * script moves it into its placeholder (`<template id="B:0">`) and shows it. Next.js pages send their
 * whole article this way.
 */
const STREAMED_SEGMENT_ID_RE = /^S:/;

/** Whether an element's attributes hide it and its content (`hidden`, `display: none`, `visibility: hidden`). */
export function hidesContent(attribs: Readonly<Record<string, string>>): boolean {
  if ('hidden' in attribs) return !STREAMED_SEGMENT_ID_RE.test(attribs['id'] ?? '');
  const style = attribs['style'];
  return style !== undefined && DISPLAY_NONE_RE.test(style);
}

/**
 * The attributes of every element written without any (listing-handler.ts). The tree is never
 * changed after the parse, and a page of 100,000 bare table cells then keeps one object for them
 * instead of 100,000; the block walk knows at once that such an element has nothing to read.
 */
export const NO_ATTRIBUTES: { [key: string]: string } = Object.freeze({}) as { [key: string]: string };

/**
 * The element that holds the text found below the tree's depth cap, one text node per line
 * (listing-handler.ts). No parse makes it: a tag name cannot start with `#`.
 */
export const LINES_TAG = '#lines';

/**
 * Lower-cases tag names, each name once: `toLowerCase` is a call into the runtime, and a large page
 * asks it for the same few names at every element. One per walk, so that it holds only that page's names.
 */
export function tagNameLowerCaser(): (name: string) => string {
  const lower = new Map<string, string>();
  return (name) => {
    let found = lower.get(name);
    if (found === undefined) lower.set(name, (found = name.toLowerCase()));
    return found;
  };
}
