/**
 * The breadcrumb trail a page shows above its article (`Trang chủ › Thời sự › Chính trị`): the
 * names of its links, outermost first. Read from an element marked as a breadcrumb by schema.org
 * (`itemtype=…/BreadcrumbList`), by ARIA (`aria-label=breadcrumb`) or by the common class names.
 */
import type { Element } from 'domhandler';
import { normalizeText } from '../../../text/normalize.js';
import type { SelectorIndex } from '../selector-index.js';
import { visibleTextContent } from '../text-content.js';

const MICRODATA = '[itemtype*="BreadcrumbList"]';
const ARIA = '[aria-label="breadcrumb" i], [aria-label="breadcrumbs" i]';
const CLASSES = '.breadcrumb, .breadcrumbs, .bread-crumb, .bread-crumbs, .breadcrumb-list, .breadcrumbs-list';

/** The selectors {@link readBreadcrumb} asks, most explicit first. */
export const BREADCRUMB_SELECTORS: readonly string[] = [MICRODATA, ARIA, CLASSES];

/** A trail item longer than this is a headline or a teaser, not a section name. */
const MAX_ITEM_CHARS = 60;
/** Links of a trail; more is a menu. */
const MAX_ITEMS = 8;

/** The link texts below `el`, in order, each once. */
function linkTexts(el: Element): string[] {
  const names: string[] = [];
  const stack: Element[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.name.toLowerCase() === 'a') {
      const name = normalizeText(visibleTextContent(node));
      if (name && name.length <= MAX_ITEM_CHARS && !names.includes(name)) names.push(name);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (child.type === 'tag') stack.push(child as Element);
    }
  }
  return names;
}

export function readBreadcrumb(query: SelectorIndex): string[] {
  for (const selector of BREADCRUMB_SELECTORS) {
    for (const el of query.all(selector)) {
      const names = linkTexts(el);
      if (names.length > 0 && names.length <= MAX_ITEMS) return names;
    }
  }
  return [];
}
