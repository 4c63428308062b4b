/**
 * The section the article is filed under: the block marked as category, else `article:section`.
 */
import type { ArticleDocument } from '../document/types.js';
import { NON_CATEGORIES } from '../vi/page-chrome.js';
import { breadcrumbSection } from '../document/classify/header-lines.js';

const nonCategories = new Set(NON_CATEGORIES);

function clean(raw: string | null | undefined): string | null {
  // A breadcrumb marked as the section names it with its last link.
  const text = raw ? (breadcrumbSection(raw) ?? raw) : raw;
  const value = text?.replace(/(?<![\s:|>»›])[\s:|>»›]+$/u, '').trim();
  return value && !nonCategories.has(value.toLowerCase()) ? value : null;
}

export function extractCategory(doc: ArticleDocument): string | null {
  return clean(doc.blocks.find((b) => b.role === 'category')?.text) ?? clean(doc.meta.section);
}
