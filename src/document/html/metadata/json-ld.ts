/**
 * The article described by a page's JSON-LD (`<script type="application/ld+json">`), as schema.org
 * writes it: `NewsArticle`, `Article`, `BlogPosting`, … alone, in arrays or under `@graph`.
 *
 * Publishers' JSON-LD is often not valid JSON (trailing commas, raw line breaks inside strings,
 * several objects in one script, HTML comments around it): such a script is repaired once and
 * parsed again, and one that still fails is skipped. The cost is bounded: scripts past a size or
 * count limit are not read, and the walk of the parsed values stops at a fixed depth and count.
 */
import { decodeHtmlText } from './decode-html-text.js';

/** What the page's JSON-LD says about its article; empty fields when it says nothing. */
export interface JsonLdArticle {
  readonly headline: string | null;
  readonly datePublished: string | null;
  readonly dateModified: string | null;
  /** People (or bodies) named as `author`/`creator`, each once, in order. */
  readonly authors: readonly string[];
  readonly section: string | null;
  readonly description: string | null;
  /** Names of `BreadcrumbList` items, outermost first (the home page included, if listed). */
  readonly breadcrumb: readonly string[];
  /** `publisher` names: an author equal to one of them is the organisation, not a person. */
  readonly publishers: readonly string[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Scripts longer than this are data dumps, not article metadata. */
const MAX_SCRIPT_CHARS = 500_000;
const MAX_SCRIPTS = 40;
/** Objects visited per page and nesting depth followed: a hostile page cannot make the walk long. */
const MAX_OBJECTS = 2_000;
const MAX_DEPTH = 12;

/** schema.org types that describe the article itself (`NewsArticle`, `ReportageNewsArticle`, `BlogPosting`, …). */
const ARTICLE_TYPE_RE = /(?:Article|BlogPosting|Posting|Report|LiveBlogPosting)$/;

/** A comma before a closing bracket, outside strings: tolerated by browsers' loose readers, not by JSON.parse. */
const TRAILING_COMMA_RE = /,(\s*[}\]])/g;
/** Control characters JSON forbids inside strings (raw tabs and line breaks pasted by editors). */
const RAW_CONTROL_RE = /[\u0000-\u001F]/g;
/** `<!--`, `-->`, `<![CDATA[`, `]]>` around a script's text. */
const WRAPPER_RE = /^\s*(?:<!--|<!\[CDATA\[)|(?:-->|\]\]>)\s*$/g;

/** Parses `text` as JSON, else as repaired JSON; undefined when neither works. */
function parseLoosely(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Repairs below: raw control characters become spaces (inside strings they were line breaks),
    // trailing commas go, wrappers go, and objects written one after another become an array.
    const repaired = text.replace(WRAPPER_RE, '').replace(RAW_CONTROL_RE, ' ').replace(TRAILING_COMMA_RE, '$1').trim();
    for (const candidate of [repaired, `[${repaired.replace(/}\s*{/g, '},{')}]`]) {
      try {
        return JSON.parse(candidate) as Json;
      } catch {
        // try the next repair
      }
    }
    return undefined;
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(obj: JsonObject): string[] {
  const type = obj['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string');
}

/** Every object in the parsed scripts, depth first, within the walk's bounds. */
function collectObjects(roots: readonly Json[]): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json, depth: number): void => {
    if (out.length >= MAX_OBJECTS || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
    } else if (isObject(value)) {
      out.push(value);
      for (const key in value) {
        const child = value[key]!;
        if (typeof child === 'object' && child !== null) visit(child, depth + 1);
      }
    }
  };
  for (const root of roots) visit(root, 0);
  return out;
}

/** A string value, or the first string of an array, decoded and trimmed; null otherwise. */
function textOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) return textOf(value.find((v) => typeof v === 'string'));
  if (typeof value !== 'string') return null;
  return decodeHtmlText(value) || null;
}

/** Names of the people or bodies a property names: `"A"`, `{name: "A"}`, `[{name: "A"}, "B"]`. */
function namesOf(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const names: string[] = [];
  for (const item of list) {
    const name = typeof item === 'string' ? textOf(item) : isObject(item) ? textOf(item['name']) : null;
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

function breadcrumbOf(list: JsonObject): string[] {
  const items = Array.isArray(list['itemListElement']) ? list['itemListElement'] : [];
  const named = items.filter(isObject).map((item) => ({
    position: typeof item['position'] === 'number' ? item['position'] : Number(item['position']),
    name: textOf(item['name']) ?? (isObject(item['item']) ? textOf(item['item']['name']) : null),
  }));
  return named
    .filter((n): n is { position: number; name: string } => n.name !== null)
    .sort((a, b) => (Number.isFinite(a.position) && Number.isFinite(b.position) ? a.position - b.position : 0))
    .map((n) => n.name);
}

/**
 * The article that the scripts describe: the first object of an article type that has a headline
 * (else the first of an article type), with the page's first `BreadcrumbList`.
 *
 * @param scripts the text of each JSON-LD script, in page order
 */
export function readJsonLd(scripts: readonly string[]): JsonLdArticle | null {
  const roots: Json[] = [];
  for (const script of scripts.slice(0, MAX_SCRIPTS)) {
    if (script.length > MAX_SCRIPT_CHARS) continue;
    const parsed = parseLoosely(script);
    if (parsed !== undefined) roots.push(parsed);
  }
  if (roots.length === 0) return null;
  const objects = collectObjects(roots);
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPE_RE.test(t)));
  const article = articles.find((o) => textOf(o['headline'])) ?? articles[0];
  const list = objects.find((o) => typesOf(o).includes('BreadcrumbList'));
  if (!article && !list) return null;
  return {
    headline: article ? textOf(article['headline']) ?? textOf(article['name']) : null,
    datePublished: article ? textOf(article['datePublished']) ?? textOf(article['dateCreated']) : null,
    dateModified: article ? textOf(article['dateModified']) : null,
    authors: article ? [...namesOf(article['author']), ...namesOf(article['creator'])].filter((n, i, all) => all.indexOf(n) === i) : [],
    section: article ? textOf(article['articleSection']) : null,
    description: article ? textOf(article['description']) : null,
    breadcrumb: list ? breadcrumbOf(list) : [],
    publishers: article ? namesOf(article['publisher']) : [],
  };
}
