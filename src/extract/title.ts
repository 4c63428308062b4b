/**
 * The headline, reconciled from the page's sources:
 *
 * - a headline element that a site profile points at is the headline as the template shows it;
 * - otherwise JSON-LD's (or microdata's) `headline`, written for search engines, then `og:title`,
 *   then the heading-like block the document model marked as title;
 * - the `<title>` element names the site on portals, so it is only used to tell the site's name
 *   from the headline, never alone.
 *
 * Every candidate is cleaned the same way: the site's name, the section and SEO tails appended after
 * a separator (`… - Chính trị - Xã hội`, `| Báo X`, `- Golem.de`) go, and stray markup (`</>`).
 */
import { hasVietnameseMarks, isVietnameseDocument } from '../document/html/metadata/language.js';
import type { ArticleDocument } from '../document/types.js';
import { foldForCompare } from '../text/normalize.js';
import { SITE_NAME_OPENINGS_VI } from '../vi/site-names.js';

/**
 * Separators between a headline and what a page appends to it: `A - B`, `A | B`, `A – B`, `A » B`,
 * `A › B`, `A :: B`. A single colon is not one: headlines use it themselves (`Kenia: Nairobi von unten`).
 */
const SEPARATOR_RE = /\s(?:[|–—\-»›·•]{1,2}|::)\s|\s?[|ㅣ]\s?/u;
/** An appended segment names the site or section in a few words; a longer one is part of the headline. */
const MAX_APPENDED_WORDS = 4;
/** A date appended to the headline (`| 28.04.2023`); a year range (`2014 – 2019`) is the headline's own. */
const DATE_SEGMENT_RE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;

/** Empty brackets a template leaves where a date or count would go: `Headline ( )`. */
const EMPTY_BRACKETS_RE = /\s{0,3}[([]\s{0,3}[)\]]/gu;
/** Tags and broken tags shown as text: `</>`, `<br>`, `<b>`. */
const STRAY_TAG_RE = /<\/?[a-z]{0,10}\s?\/?>/giu;
/** A segment that is a web address: `Golem.de`, `DiePresse.com`, `www.x.vn`. */
const DOMAIN_RE = /^(?:www\.)?[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,2}\.[a-z]{2,6}$/iu;

/** What a page may append to its headlines: its names, its host, its section and breadcrumb. */
function appendedNames(doc: ArticleDocument): Set<string> {
  const { meta } = doc;
  const names = [meta.siteName, ...meta.publishers, meta.section, ...meta.breadcrumb];
  const host = hostOf(meta.canonicalUrl);
  if (host) names.push(host, host.replace(/^www\./, '').split('.')[0]!);
  return new Set(names.filter((n): n is string => !!n).map(foldForCompare).filter((n) => n.length >= 2));
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

/**
 * Whether a segment after (or, `leading`, before) a separator names the site or the section rather
 * than the article. A leading segment must be such a name exactly: a headline's own first words
 * (`Trump plant … – während …`) often name what the section is about.
 */
function isAppended(segment: string, names: ReadonlySet<string>, vietnamese: boolean, rest: string, leading: boolean): boolean {
  const key = foldForCompare(segment);
  if (!key || DATE_SEGMENT_RE.test(segment.trim())) return true;
  if (names.has(key) || DOMAIN_RE.test(segment.trim())) return true;
  const lower = segment.trim().toLowerCase();
  if (vietnamese && SITE_NAME_OPENINGS_VI.some((o) => lower.startsWith(o))) return true;
  if (leading) return false;
  const short = key.split(' ').length <= MAX_APPENDED_WORDS;
  for (const name of names) if (short && name.length >= 4 && (key.includes(name) || (key.length >= 4 && name.includes(key)))) return true;
  // An SEO tail: a Vietnamese headline followed by words without their marks (`… - tin nong hom nay`).
  return vietnamese && hasVietnameseMarks(rest) && !hasVietnameseMarks(segment) && /\p{Ll}/u.test(segment);
}

/** Splits at separators, keeping them: `['A', ' - ', 'B']`. */
function splitAtSeparators(text: string): string[] {
  const parts: string[] = [];
  let rest = text;
  for (let m = SEPARATOR_RE.exec(rest); m; m = SEPARATOR_RE.exec(rest)) {
    parts.push(rest.slice(0, m.index), m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  parts.push(rest);
  return parts;
}

/** The headline without what the page appended before or after it. */
function stripAppended(text: string, names: ReadonlySet<string>, vietnamese: boolean): string {
  const parts = splitAtSeparators(text);
  // parts alternate text, separator, text, …: drop appended text segments from either end, keeping one.
  while (parts.length >= 3 && isAppended(parts[parts.length - 1]!, names, vietnamese, parts.slice(0, -2).join(''), false)) parts.splice(-2, 2);
  while (parts.length >= 3 && isAppended(parts[0]!, names, vietnamese, parts.slice(2).join(''), true)) parts.splice(0, 2);
  return parts.join('');
}

/**
 * The cleaning of one page's headline candidates. What the page may append (its names, whether it
 * is Vietnamese) is worked out once, and only for a candidate that has a separator at all.
 */
function cleanerFor(doc: ArticleDocument): (text: string | null | undefined) => string | null {
  let page: { names: ReadonlySet<string>; vietnamese: boolean } | undefined;
  return (text) => {
    if (!text) return null;
    const tidy = text.replace(STRAY_TAG_RE, ' ').replace(EMPTY_BRACKETS_RE, '').replace(/\s+/g, ' ').trim();
    if (!SEPARATOR_RE.test(tidy)) return tidy || null;
    page ??= { names: appendedNames(doc), vietnamese: isVietnameseDocument(doc) };
    return stripAppended(tidy, page.names, page.vietnamese).trim() || null;
  };
}

/**
 * `text`, or the headline another source gives when `text` is that headline with something
 * appended after a separator (`Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung`).
 */
function shortestForm(text: string | null, others: readonly (string | null)[]): string | null {
  if (!text) return null;
  for (const other of others) {
    if (!other || other.length >= text.length || !text.startsWith(other)) continue;
    const rest = text.slice(other.length);
    const sep = SEPARATOR_RE.exec(rest);
    if (sep && sep.index === 0) return other;
  }
  return text;
}

export function extractTitle(doc: ArticleDocument): string | null {
  const block = doc.blocks.find((b) => b.role === 'title');
  const { meta } = doc;
  const clean = cleanerFor(doc);
  if (block && doc.profile !== null) return clean(block.text);
  const [headline, og, heading, title] = [meta.headline, meta.ogTitle, block?.text, meta.title].map(clean);
  // The `<title>` only tells what another source appended (`Headline | Site` where it has `Headline`).
  const shorter = [og ?? null, heading ?? null, title ?? null];
  return shortestForm(headline ?? null, shorter) ?? shortestForm(og ?? null, shorter) ?? heading ?? null;
}
