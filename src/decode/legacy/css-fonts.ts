/**
 * The font family that markup gives an element: `<font face>`, `style="font-family: …"`, the
 * `font` shorthand, and simple rules of `<style>` blocks (`.MsoNormal {font-family: ".VnTime"}`,
 * `td {font-family: VNI-Times}`), which is how Word and FrontPage pages set their fonts.
 *
 * Only the first family of a list counts: it is the one the author's machine drew the text with.
 */
import { legacyFont, type LegacyFont } from '../../vi/legacy-encodings/fonts.js';

/** A legacy font, or `'other'` for any other family (an explicit Unicode or Western font). */
export type FontSetting = LegacyFont | 'other';

const DIGIT_RE = /\d/;
const IMPORTANT_RE = /!\s{0,8}important\s{0,8}$/i;
const SPACE_RE = /\s+/;
const KEYWORD_RE = /^(?:inherit|initial|unset|revert)$/i;
const COMBINATOR_RE = /[\s>+~]+/;
/** Tag, .class, tag.class or #id; pseudo-classes and attribute selectors are left out. */
const SIMPLE_SELECTOR_RE = /^(?:[a-z][a-z0-9]{0,20}|[a-z][a-z0-9]{0,20}\.[\w-]{1,64}|\.[\w-]{1,64}|#[\w-]{1,64})$/;

/** The setting of a family list (`".VnTime", serif`), or undefined when it says nothing (`inherit`). */
export function familyListFont(list: string): FontSetting | undefined {
  const first = list.replace(IMPORTANT_RE, '').split(',')[0]?.trim() ?? '';
  if (!first || KEYWORD_RE.test(first)) return undefined;
  return legacyFont(first) ?? 'other';
}

/** The family list of a `font` shorthand: what follows the size (`bold 13pt/18pt ".VnTime"`). */
function shorthandFamilies(value: string): string | undefined {
  const tokens = value.trim().split(SPACE_RE);
  let last = -1;
  for (let i = 0; i < tokens.length; i++) if (DIGIT_RE.test(tokens[i]!)) last = i;
  if (last < 0 || last === tokens.length - 1) return undefined;
  return tokens.slice(last + 1).join(' ');
}

/** The font a CSS declaration block sets, or undefined. Later declarations win, as in CSS. */
export function declarationsFont(declarations: string): FontSetting | undefined {
  let font: FontSetting | undefined;
  for (const decl of declarations.split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1);
    if (prop === 'font-family') font = familyListFont(value) ?? font;
    else if (prop === 'font') {
      const families = shorthandFamilies(value.replace(IMPORTANT_RE, ''));
      if (families) font = familyListFont(families) ?? font;
    }
  }
  return font;
}

/** Font rules of a page's style sheets, keyed by simple selector: `td`, `.cls`, `p.cls`, `#id`. */
export type FontRules = Map<string, FontSetting>;

/** The last compound of a selector (`#main p.MsoNormal` → `p.MsoNormal`), lower-cased, or null if not simple. */
function simpleKey(selector: string): string | null {
  const parts = selector.trim().split(COMBINATOR_RE);
  const last = parts[parts.length - 1]?.toLowerCase() ?? '';
  return SIMPLE_SELECTOR_RE.test(last) ? last : null;
}

/**
 * Adds the font rules of one style sheet (the text of a `<style>` element) to `rules`.
 * Nested blocks (`@media`) are read as if flat; comments are dropped.
 */
export function addFontRules(css: string, rules: FontRules): void {
  let text = '';
  // Comments out, by index: a regex over `/* ... */` would backtrack on an unclosed comment.
  for (let i = 0; i < css.length; ) {
    const open = css.indexOf('/*', i);
    if (open < 0) {
      text += css.slice(i);
      break;
    }
    text += css.slice(i, open);
    const close = css.indexOf('*/', open + 2);
    i = close < 0 ? css.length : close + 2;
  }
  for (const chunk of text.split('}')) {
    const brace = chunk.lastIndexOf('{');
    if (brace < 0) continue;
    const font = declarationsFont(chunk.slice(brace + 1));
    if (!font) continue;
    const head = chunk.slice(0, brace);
    const selectors = head.slice(head.lastIndexOf('{') + 1);
    for (const selector of selectors.split(',')) {
      const key = simpleKey(selector);
      if (key) rules.set(key, font);
    }
  }
}

/**
 * The font the rules give an element, most specific first: `#id`, `tag.class`, `.class`, `tag`.
 */
export function ruleFont(rules: FontRules, tag: string, id: string | undefined, classes: readonly string[]): FontSetting | undefined {
  if (rules.size === 0) return undefined;
  if (id) {
    const byId = rules.get(`#${id}`);
    if (byId) return byId;
  }
  for (const c of classes) {
    const hit = rules.get(`${tag}.${c}`);
    if (hit) return hit;
  }
  for (const c of classes) {
    const hit = rules.get(`.${c}`);
    if (hit) return hit;
  }
  return rules.get(tag);
}
