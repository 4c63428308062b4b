/**
 * Article facts from schema.org microdata (`itemprop`) on elements other than `<meta>` (those are
 * read with the other meta tags): a value is its `content` or `datetime` attribute, else its text.
 */
import type { Element } from 'domhandler';
import { normalizeText } from '../../../text/normalize.js';
import { visibleTextContent } from '../text-content.js';
import type { JsonLdArticle } from './json-ld.js';

/** The same facts as JSON-LD's, where microdata can state them. */
export type Microdata = Pick<JsonLdArticle, 'headline' | 'datePublished' | 'dateModified' | 'authors' | 'section' | 'description'>;

/** Longer texts are a whole block of the page, not a value. */
const MAX_VALUE_CHARS = 400;
/** A page naming more authors than this lists people, it does not sign an article. */
const MAX_AUTHORS = 20;

function valueOf(el: Element): string | null {
  const attr = el.attribs['content'] ?? el.attribs['datetime'];
  const value = normalizeText(attr ?? visibleTextContent(el));
  return value && value.length <= MAX_VALUE_CHARS ? value : null;
}

/** The name of an `itemprop=author` element: its own `itemprop=name` descendant, else its value. */
function authorName(el: Element, named: readonly Element[]): string | null {
  const inner = named.find((n) => {
    for (let p = n.parent; p; p = p.parent) if (p === el) return true;
    return false;
  });
  return inner ? valueOf(inner) : valueOf(el);
}

/** @param elements every element with an `itemprop`, in page order */
export function readMicrodata(elements: readonly Element[]): Microdata {
  const byProp = new Map<string, Element[]>();
  for (const el of elements) {
    if (el.name.toLowerCase() === 'meta') continue;
    for (const prop of (el.attribs['itemprop'] ?? '').split(/\s+/)) {
      if (!prop) continue;
      const list = byProp.get(prop);
      if (list) list.push(el);
      else byProp.set(prop, [el]);
    }
  }
  const first = (prop: string): string | null => {
    for (const el of byProp.get(prop) ?? []) {
      const value = valueOf(el);
      if (value) return value;
    }
    return null;
  };
  const names = byProp.get('name') ?? [];
  const authors: string[] = [];
  for (const el of [...(byProp.get('author') ?? []), ...(byProp.get('creator') ?? [])].slice(0, MAX_AUTHORS)) {
    const name = authorName(el, names);
    if (name && !authors.includes(name)) authors.push(name);
  }
  return {
    headline: first('headline'),
    datePublished: first('datePublished'),
    dateModified: first('dateModified'),
    authors,
    section: first('articleSection'),
    description: first('description'),
  };
}
