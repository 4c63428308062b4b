/**
 * Reads a profile's parts on a page through the page's {@link SelectorIndex}: every selector a
 * profile names was answered by the one walk that built the index, so nothing here walks the page.
 */
import type { Element } from 'domhandler';
import { normalizeText } from '../../../text/normalize.js';
import type { SelectorIndex } from '../selector-index.js';
import { hidesContent } from '../tags.js';
import { textContent, visibleTextContentWithout } from '../text-content.js';
import type { ContentRule, FieldRule, FieldSource, SiteProfile } from './types.js';

/** A field found on the page: its element, and its value when the rule reads more than the element's text. */
export interface FieldMatch {
  readonly el: Element;
  /**
   * The value, white space folded, when the rule reads an attribute, cleans or strips; null when the
   * value is the element's own text, which the document's walk cuts into blocks as for any element.
   */
  readonly value: string | null;
}

function sourceParts(source: FieldSource): readonly [selector: string, attribute: string | undefined] {
  return typeof source === 'string' ? [source, undefined] : source;
}

/** The value of `el` under `rule`: the attribute or the visible text without the cleaned elements, folded and stripped. */
function valueOf(el: Element, attribute: string | undefined, rule: FieldRule, cleaned: ReadonlySet<Element>): string {
  const raw = attribute !== undefined ? (el.attribs[attribute] ?? '') : visibleTextContentWithout(el, cleaned);
  let value = normalizeText(raw);
  for (const pattern of rule.strip ?? []) value = value.replace(pattern, '');
  return value.trim();
}

/**
 * The first element of the first source that gives a non-empty value. A plain-text source
 * (no attribute, nothing cleaned or stripped) tests the element's text, and leaves the value to the walk.
 */
export function readField(query: SelectorIndex, rule: FieldRule): FieldMatch | undefined {
  const rewrites = (rule.clean?.length ?? 0) > 0 || (rule.strip?.length ?? 0) > 0;
  let cleaned: ReadonlySet<Element> | undefined;
  for (const source of rule.selectors) {
    const [selector, attribute] = sourceParts(source);
    for (const el of query.all(selector)) {
      if (attribute === undefined && !rewrites) {
        if (textContent(el).trim().length > 0) return { el, value: null };
        continue;
      }
      cleaned ??= new Set((rule.clean ?? []).flatMap((s) => query.all(s)));
      const value = valueOf(el, attribute, rule, cleaned);
      if (value.length > 0) return { el, value };
    }
  }
  return undefined;
}

/** Whether an element or one of its ancestors hides its content. */
function isHidden(el: Element): boolean {
  for (let node: Element | null = el; node !== null && node.type === 'tag'; node = node.parent as Element | null) {
    if (hidesContent(node.attribs)) return true;
  }
  return false;
}

/**
 * The element holding the article: the first visible match of the first selector that has one
 * (a template may repeat its article in a hidden block of metadata, `display:none` around `itemprop=articleBody`).
 */
export function findContent(query: SelectorIndex, rule: ContentRule): Element | undefined {
  for (const selector of rule.selectors) {
    const found = query.all(selector).find((el) => !isHidden(el));
    if (found) return found;
  }
  return undefined;
}

/** Every selector a profile names: what the page's `SelectorIndex` must answer. */
export function selectorsOf(profile: SiteProfile): string[] {
  const fields = [profile.title, profile.category, profile.published, profile.author].filter(
    (f): f is FieldRule => f !== undefined,
  );
  return [
    profile.detect,
    ...profile.content.selectors,
    ...(profile.content.clean ?? []),
    ...fields.flatMap((f) => [...f.selectors.map((s) => sourceParts(s)[0]), ...(f.clean ?? [])]),
  ];
}
