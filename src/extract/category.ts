/**
 * The section the article is filed under, from the most reliable source the page has:
 *
 * 1. the block a site profile or the header classifier marked as category;
 * 2. the breadcrumb trail (JSON-LD `BreadcrumbList`, a `.breadcrumb` element): its deepest section;
 * 3. the metadata's `articleSection` / `article:section`.
 *
 * Generic values that every article of a site carries (`Tin tức`, `News`, `Home`) are no section.
 * The value keeps the page's casing; {@link categoryKey} gives the form to group by.
 */
import { hasVietnameseMarks, isVietnameseDocument } from '../document/html/metadata/language.js';
import type { ArticleDocument } from '../document/types.js';
import { foldForCompare } from '../text/normalize.js';
import { NON_CATEGORIES } from '../vi/page-chrome.js';
import { breadcrumbSection } from '../document/classify/header-lines.js';

/**
 * Section names of templates that say nothing about the article: the Vietnamese ones of
 * `page-chrome.ts`, and the defaults of international CMS templates (WordPress `Uncategorized`,
 * `News`, `Article`, `Blog`, `General`).
 */
const GENERIC_SECTIONS = new Set(
  [...NON_CATEGORIES, 'news', 'latest news', 'article', 'articles', 'blog', 'general', 'uncategorized', 'default', 'homepage', 'start', 'startseite'].map(
    foldForCompare,
  ),
);

const MAX_SECTION_CHARS = 60;

function clean(raw: string | null | undefined): string | null {
  // A breadcrumb marked as the section names it with its last link.
  const text = raw ? (breadcrumbSection(raw) ?? raw) : raw;
  const value = text?.replace(/(?<![\s:|>»›])[\s:|>»›]+$/u, '').trim();
  return value && !GENERIC_SECTIONS.has(foldForCompare(value)) ? value : null;
}

/** A section from the metadata or a trail: a name, not a sentence. */
function cleanName(text: string | null | undefined): string | null {
  const value = clean(text);
  return value && value.length <= MAX_SECTION_CHARS ? value : null;
}

/** The deepest section of the trail: its last item, unless that is the headline itself. */
function fromBreadcrumb(trail: readonly string[], title: string | null): string | null {
  const titleKey = title ? foldForCompare(title) : null;
  for (let i = trail.length - 1; i >= 0; i--) {
    const item = trail[i]!;
    if (titleKey && foldForCompare(item) === titleKey) continue;
    return cleanName(item);
  }
  return null;
}

/**
 * @param title the headline, which a breadcrumb trail may end with
 */
export function extractCategory(doc: ArticleDocument, title: string | null = null): string | null {
  const fromBlock = clean(doc.blocks.find((b) => b.role === 'category')?.text);
  if (fromBlock) return fromBlock;
  const { meta } = doc;
  const fromTrail = fromBreadcrumb(meta.breadcrumb, title);
  if (fromTrail) return fromTrail;
  const section = cleanName(meta.section);
  // A Vietnamese page's metadata section in another language is a template's default (`Columns`).
  if (section && isVietnameseDocument(doc) && !hasVietnameseMarks(section)) return null;
  return section;
}

/**
 * The section as a key to group records by: lower case, marks folded (`đ` → `d`), words joined by
 * hyphens (`Thi đua - Khen thưởng` → `thi-dua-khen-thuong`); null without a section.
 */
export function categoryKey(category: string | null): string | null {
  if (!category) return null;
  // Folding decomposes (Hangul syllables, for one); the record holds NFC strings only.
  return foldForCompare(category).replace(/ /g, '-').normalize('NFC') || null;
}
