/**
 * Pictures of the article with their captions. A caption with no picture before it (a text copy
 * that lost the image) still makes an item, with `src` null.
 */
import { captionText, descriptionImagePath, isImagePlaceholder } from '../document/classify/caption.js';
import type { ArticleDocument, Block } from '../document/types.js';
import type { ArticleImage } from '../schema/record.js';
import { cleanUrl } from '../text/normalize.js';

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
  for (const block of doc.blocks) {
    if (!block.inMain) continue;
    if (block.role === 'image') {
      close();
      open = { src: srcOf(block), caption: [] };
      // A text placeholder (`... ảnh 2`) stands for the picture; it is not its caption.
      if (!block.image && isImagePlaceholder(block.text)) open.src = null;
    } else if (block.role === 'caption') {
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
