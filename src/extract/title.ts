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
 * The chosen headline is then written as most sources write it, and loses a kicker set before it
 * when JSON-LD or `og:title` gives it without one.
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

/**
 * A breadcrumb entry longer than this is the page's own headline (trails end with the page itself:
 * `Home › Leben › Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie`), not a section.
 */
const MAX_SECTION_WORDS = 6;

/** What a page may append to its headlines: its names, its host, its section and breadcrumb. */
function appendedNames(doc: ArticleDocument): Set<string> {
  const { meta } = doc;
  const sections = meta.breadcrumb.filter((entry) => entry.split(/\s+/).length <= MAX_SECTION_WORDS);
  const names = [meta.siteName, ...meta.publishers, meta.section, ...sections];
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

/** Where a kicker (overline) set before the headline ends: `Kicker: Headline`, `Kicker - Headline`, `Kicker / Headline`. */
const KICKER_SEPARATOR_RE = /:\s|\s[-–—/|]\s/gu;
/** A kicker names the topic in a few words; a longer opening is the headline's own first clause. */
const MAX_KICKER_WORDS = 6;
/** A tail shorter than this is a clause of the headline (`…: – Magisk`), not a headline of its own. */
const MIN_HEADLINE_WORDS = 3;

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

/** A kicker and the headline after it; `{ kicker: '', headline: text }` for the whole text. */
interface KickerSplit {
  kicker: string;
  headline: string;
}

/** The ways `text` may be a kicker and a headline, longest headline first: `A: B - C` gives `A | B - C` and `A: B | C`. */
function kickerSplits(text: string): KickerSplit[] {
  const splits: KickerSplit[] = [];
  for (const m of text.matchAll(KICKER_SEPARATOR_RE)) {
    const kicker = text.slice(0, m.index);
    if (wordCount(kicker) > MAX_KICKER_WORDS) break;
    const headline = text.slice(m.index + m[0].length).trim();
    if (wordCount(headline) >= MIN_HEADLINE_WORDS) splits.push({ kicker, headline });
  }
  return splits;
}

function sharesWord(a: string, b: string): boolean {
  const words = new Set(foldForCompare(a).split(' '));
  return foldForCompare(b).split(' ').some((w) => w !== '' && words.has(w));
}

/**
 * `text` without its kicker, when another source gives the headline without it, or under a kicker
 * of other words: the `<h1>` `Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig`
 * where `og:title` has `Judy Lybke, …`; `Eskalation im Nahen Osten - «…»` where `og:title` has
 * `Iranischer Angriff auf Israel: «…»`. The kicker is a label over the headline, like the section.
 * A source that has `text` itself under a kicker says nothing of `text`'s own opening.
 */
function withoutKicker(text: string | null, others: readonly (string | null)[]): string | null {
  if (!text) return null;
  const splits = kickerSplits(text);
  if (splits.length === 0) return text;
  const key = foldForCompare(text);
  for (const other of others) {
    if (!other || foldForCompare(other) === key) continue;
    const otherSplits = kickerSplits(other);
    if (otherSplits.some((o) => foldForCompare(o.headline) === key)) continue;
    const otherKey = foldForCompare(other);
    for (const { kicker, headline } of splits) {
      const headlineKey = foldForCompare(headline);
      if (headlineKey === otherKey) return headline;
      if (otherSplits.some((o) => foldForCompare(o.headline) === headlineKey && !sharesWord(o.kicker, kicker))) return headline;
    }
  }
  return text;
}

/**
 * The spelling of `text` that most sources share, when they give the same words with other
 * punctuation or quotes (`Rückbau von Atomkraftwerk - Kühltürme …` in JSON-LD where `og:title` and
 * `<title>` write `Rückbau von Atomkraftwerk: Kühltürme …`); `text` itself on a tie.
 */
function commonestForm(text: string | null, sources: readonly (string | null)[]): string | null {
  if (!text) return null;
  const key = foldForCompare(text);
  const counts = new Map<string, number>();
  for (const s of sources) if (s && foldForCompare(s) === key) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = text;
  for (const [form, n] of counts) if (n > (counts.get(best) ?? 0)) best = form;
  return best;
}

export function extractTitle(doc: ArticleDocument): string | null {
  const block = doc.blocks.find((b) => b.role === 'title');
  const { meta } = doc;
  const clean = cleanerFor(doc);
  const headline = clean(meta.headline);
  const og = clean(meta.ogTitle);
  const heading = clean(block?.text);
  // A heading block may hold only part of a split `<h1>` (its kicker in another block): it never
  // tells a kicker apart, the sources written for machines do.
  const withoutKickerOf = (text: string | null) => withoutKicker(text, [headline, og]);
  if (block && doc.profile !== null) return withoutKickerOf(heading);
  const title = clean(meta.title);
  // The `<title>` only tells what another source appended (`Headline | Site` where it has `Headline`).
  const shorter = [og, heading, title];
  const chosen = shortestForm(headline, shorter) ?? shortestForm(og, shorter) ?? heading;
  return withoutKickerOf(commonestForm(chosen, [headline, og, heading, title]));
}
