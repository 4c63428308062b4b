/**
 * Pictures of the article with their captions. A caption with no picture before it (a text copy
 * that lost the image) still makes an item, with `src` null.
 */
import { captionText, descriptionImagePath, isImagePlaceholder } from '../document/classify/caption.js';
import type { ArticleDocument, Block } from '../document/types.js';
import type { ArticleImage } from '../schema/record.js';
import { cleanUrl } from '../text/normalize.js';
import { BUTTON_IMAGE_LABELS } from '../vi/box-headings.js';

/**
 * File names of template pictures: spacers, icons, buttons, share and print symbols, loaders
 * (`spacer.gif`, `icon_print.png`, `btn-share.svg`, `xemtiep.gif`, `1x1.gif`). Read from the file
 * name alone (the folders of a site say nothing), split into its runs of letters.
 */
const TEMPLATE_FILE_WORDS: ReadonlySet<string> = new Set([
  'spacer', 'blank', 'pixel', 'transparent', 'clear', 'icon', 'icons', 'ico', 'btn', 'button', 'arrow', 'bullet',
  'loading', 'loader', 'share', 'facebook', 'twitter', 'zalo', 'print', 'printer', 'email', 'rss', 'xemtiep', 'chitiet',
]);
/** Template pictures are drawings (GIF, PNG, SVG, icons); a photograph named `share-...jpg` is a photograph. */
const DRAWING_RE = /\.(?:gif|png|svg|ico)$/;
const MAX_PLACEHOLDER_URI_CHARS = 400;
const BUTTON_LABELS: ReadonlySet<string> = new Set(BUTTON_IMAGE_LABELS);
const NON_LETTERS_RE = /[^a-z]+/;
/** `1x1.gif`, `2x2.png`: a spacer named by its size. */
const PIXEL_FILE_RE = /^\d{1,2}x\d{1,2}\./;
/** A caption made of links (`Ảnh 1 | Ảnh 2 | Ảnh 3`, a list of related articles) captions nothing. */
const MAX_CAPTION_LINK_DENSITY = 0.5;

/** Whether a picture is a template's icon or button rather than one of the article's pictures. */
function isTemplatePicture(block: Block): boolean {
  const alt = block.image?.alt?.toLowerCase();
  if (alt && BUTTON_LABELS.has(alt)) return true;
  const src = block.image?.src;
  if (!src) return false;
  // A data: URI this short is a one-pixel placeholder of a lazy-loading page, not a picture.
  if (src.startsWith('data:')) return src.length < MAX_PLACEHOLDER_URI_CHARS;
  const file = src.split(/[?#]/, 1)[0]!.split('/').pop()!.toLowerCase();
  if (!DRAWING_RE.test(file)) return false;
  return PIXEL_FILE_RE.test(file) || file.split(NON_LETTERS_RE).some((word) => TEMPLATE_FILE_WORDS.has(word));
}

/**
 * Whether a drawing without alt text is the icon of the button label set right beside it in the
 * same element (`<img src="gui_ykien.gif"><span>Gửi Email</span>` in a print-and-mail bar).
 */
function isLabelIcon(block: Block, next: Block | undefined): boolean {
  const src = block.image?.src;
  if (!src || block.image?.alt || !next || next.image || next.hints.path !== block.hints.path) return false;
  const file = src.split(/[?#]/, 1)[0]!.toLowerCase();
  return DRAWING_RE.test(file) && BUTTON_LABELS.has(next.text.trim().toLowerCase());
}

function srcOf(block: Block): string | null {
  return cleanUrl(block.image ? block.image.src : descriptionImagePath(block.text));
}

export function extractImages(doc: ArticleDocument): ArticleImage[] {
  const images: ArticleImage[] = [];
  let open: { src: string | null; caption: string[] } | null = null;
  const close = (): void => {
    if (open) images.push({ src: open.src, caption: open.caption.join(' ') || null });
    open = null;
  };
  const { blocks } = doc;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!block.inMain) continue;
    if (block.role === 'image') {
      close();
      if (isTemplatePicture(block) || isLabelIcon(block, blocks[i + 1])) continue;
      open = { src: srcOf(block), caption: [] };
      // A text placeholder (`... ảnh 2`) stands for the picture; it is not its caption.
      if (!block.image && isImagePlaceholder(block.text)) open.src = null;
    } else if (block.role === 'caption' && block.hints.linkDensity < MAX_CAPTION_LINK_DENSITY) {
      if (!open) open = { src: null, caption: [] };
      open.caption.push(captionText(block.text));
    } else if (block.role === 'paragraph' || block.role === 'heading') {
      close();
    }
  }
  close();
  // Text placeholders without a caption carry nothing.
  return images.filter((img) => img.src !== null || img.caption !== null);
}
