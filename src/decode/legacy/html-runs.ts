/**
 * Finds the runs of text of an HTML page and the font each is drawn in, without building a
 * tree: one left-to-right scan over tags, a stack of open elements, and the fonts their markup
 * sets (see `css-fonts.ts`). Tag names, attributes, comments, scripts and style sheets are never
 * runs, so converting runs can never touch markup.
 *
 * The scan is linear: every step moves forward, raw-text elements are skipped with one forward
 * search each, and an end tag pops the stack only when an element of that name is open (a count
 * per name tells), so each push is popped at most once.
 */
import { addFontRules, declarationsFont, familyListFont, ruleFont, type FontRules, type FontSetting } from './css-fonts.js';

/** The font a run is drawn in: a legacy font, another explicit family, or none said. */
export type RunFont = FontSetting | null;

/** A run of text: `html.slice(start, end)`, raw (entities not decoded). */
export interface TextRun {
  readonly start: number;
  readonly end: number;
  readonly font: RunFont;
}

interface OpenElement {
  readonly name: string;
  readonly font: RunFont;
}

const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'isindex',
  'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);
/** Elements whose content is not markup; their end is found by a forward search. */
const RAW_TEXT_END: ReadonlyMap<string, RegExp> = new Map(
  ['script', 'style', 'xmp', 'textarea', 'title', 'noembed', 'iframe'].map((name) => [name, new RegExp(`</${name}[\\s/>]`, 'gi')]),
);
/** Elements whose raw content is still text the reader sees (its run is kept). */
const TEXT_CONTENT: ReadonlySet<string> = new Set(['title', 'textarea', 'xmp']);
/** `<td>` closes an open cell, `<tr>` an open row, `<li>` an open item, `<p>` an open paragraph, up to a boundary. */
const IMPLIED_CLOSE: ReadonlyMap<string, { readonly closes: ReadonlySet<string>; readonly boundary: ReadonlySet<string> }> = new Map([
  ['td', { closes: new Set(['td', 'th']), boundary: new Set(['table', 'tr']) }],
  ['th', { closes: new Set(['td', 'th']), boundary: new Set(['table', 'tr']) }],
  ['tr', { closes: new Set(['tr']), boundary: new Set(['table', 'tbody', 'thead', 'tfoot']) }],
  ['li', { closes: new Set(['li']), boundary: new Set(['ul', 'ol', 'menu']) }],
  ['p', { closes: new Set(['p']), boundary: new Set(['table', 'td', 'th', 'caption', 'button', 'html']) }],
  ['option', { closes: new Set(['option']), boundary: new Set(['select', 'datalist']) }],
]);
/** How far down the stack an implied close looks: keeps the scan linear on deep pages. */
const IMPLIED_CLOSE_DEPTH = 32;
/** The attributes that set a font or select style rules; others are not kept. */
const FONT_ATTRIBUTES: ReadonlySet<string> = new Set(['face', 'style', 'class', 'id']);
const CLASS_SPLIT_RE = /\s+/;
const ATTR_ENTITY_RE = /&(?:quot|#34|apos|#39|amp|#38);/gi;
const ATTR_ENTITIES: Readonly<Record<string, string>> = { '&quot;': '"', '&#34;': '"', '&apos;': "'", '&#39;': "'", '&amp;': '&', '&#38;': '&' };

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

interface ParsedTag {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Index just after the closing `>`. */
  readonly end: number;
}

/** Reads a start tag whose name begins at `from` (just after `<`). */
function parseStartTag(html: string, from: number): ParsedTag {
  const n = html.length;
  let j = from;
  while (j < n) {
    const c = html.charCodeAt(j);
    if (isSpace(c) || c === 0x3e /* > */ || c === 0x2f /* / */) break;
    j++;
  }
  const name = html.slice(from, j).toLowerCase();
  const attrs = new Map<string, string>();
  while (j < n) {
    let c = html.charCodeAt(j);
    if (isSpace(c)) {
      j++;
      continue;
    }
    if (c === 0x3e) return { name, attrs, end: j + 1 };
    // `/>` closes nothing in HTML (only void elements are empty), as htmlparser2 and browsers read it.
    if (c === 0x2f) {
      j++;
      continue;
    }
    const nameStart = j;
    j++; // an attribute name is at least one character, whatever it is
    while (j < n) {
      c = html.charCodeAt(j);
      if (isSpace(c) || c === 0x3d /* = */ || c === 0x3e || c === 0x2f) break;
      j++;
    }
    // Only the few attributes that set fonts are kept; others are skipped without copying their name.
    const length = j - nameStart;
    const attr = length === 2 || length === 4 || length === 5 ? html.slice(nameStart, j).toLowerCase() : '';
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    let value = '';
    if (html.charCodeAt(j) === 0x3d) {
      j++;
      while (j < n && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      let start: number;
      let stop: number;
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", j + 1);
        start = j + 1;
        stop = close < 0 ? n : close;
        j = close < 0 ? n : close + 1;
      } else {
        start = j;
        while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x3e) j++;
        stop = j;
      }
      if (FONT_ATTRIBUTES.has(attr)) value = html.slice(start, stop);
    }
    if (FONT_ATTRIBUTES.has(attr) && !attrs.has(attr)) attrs.set(attr, value.replace(ATTR_ENTITY_RE, (e) => ATTR_ENTITIES[e.toLowerCase()] ?? e));
  }
  return { name, attrs, end: n };
}

/** The font an element sets by its own markup, or undefined when it inherits. Inline style beats rules beats `face`. */
function elementFont(tag: ParsedTag, rules: FontRules): FontSetting | undefined {
  const style = tag.attrs.get('style');
  const inline = style ? declarationsFont(style) : undefined;
  if (inline) return inline;
  const cls = tag.attrs.get('class');
  const classes = cls ? cls.toLowerCase().split(CLASS_SPLIT_RE).filter(Boolean) : [];
  const id = tag.attrs.get('id')?.toLowerCase();
  const byRule = ruleFont(rules, tag.name, id, classes);
  if (byRule) return byRule;
  const face = tag.attrs.get('face');
  return face ? familyListFont(face) : undefined;
}

/**
 * Lists the runs of text of `html` with their fonts, in document order. White-space-only runs
 * are left out.
 */
export function findTextRuns(html: string): TextRun[] {
  const runs: TextRun[] = [];
  const stack: OpenElement[] = [];
  const openCount = new Map<string, number>();
  const rules: FontRules = new Map();
  let baseFont: RunFont = null;
  const n = html.length;

  const currentFont = (): RunFont => (stack.length > 0 ? stack[stack.length - 1]!.font : baseFont);
  const emit = (start: number, end: number, font: RunFont): void => {
    for (let k = start; k < end; k++) {
      if (!isSpace(html.charCodeAt(k))) {
        runs.push({ start, end, font });
        return;
      }
    }
  };
  const popTo = (name: string): void => {
    if (!openCount.get(name)) return;
    while (stack.length > 0) {
      const top = stack.pop()!;
      openCount.set(top.name, openCount.get(top.name)! - 1);
      if (top.name === name) return;
    }
  };
  const impliedClose = (name: string): void => {
    const rule = IMPLIED_CLOSE.get(name);
    if (!rule) return;
    for (let k = stack.length - 1; k >= 0 && k >= stack.length - IMPLIED_CLOSE_DEPTH; k--) {
      const open = stack[k]!.name;
      if (rule.boundary.has(open)) return;
      if (rule.closes.has(open)) {
        popTo(open);
        return;
      }
    }
  };

  let textStart = 0;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      emit(textStart, lt, currentFont());
      const comment = html.startsWith('<!--', lt);
      const close = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      i = close < 0 ? n : close + (comment ? 3 : 1);
      textStart = i;
      continue;
    }
    if (next === 0x2f /* / */ && isAsciiLetter(html.charCodeAt(lt + 2))) {
      emit(textStart, lt, currentFont());
      const close = html.indexOf('>', lt + 2);
      let j = lt + 2;
      while (j < n && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x3e && html.charCodeAt(j) !== 0x2f) j++;
      popTo(html.slice(lt + 2, j).toLowerCase());
      i = close < 0 ? n : close + 1;
      textStart = i;
      continue;
    }
    if (!isAsciiLetter(next)) {
      // A `<` that starts no tag is text (`a < b`).
      i = lt + 1;
      continue;
    }
    emit(textStart, lt, currentFont());
    const tag = parseStartTag(html, lt + 1);
    i = tag.end;
    textStart = i;
    impliedClose(tag.name);
    const own = elementFont(tag, rules);
    const font = own ?? currentFont();
    if (tag.name === 'basefont') {
      if (own) baseFont = own;
      continue;
    }
    const rawEnd = RAW_TEXT_END.get(tag.name);
    if (rawEnd) {
      rawEnd.lastIndex = i;
      const m = rawEnd.exec(html);
      const contentEnd = m ? m.index : n;
      if (tag.name === 'style') addFontRules(html.slice(i, contentEnd), rules);
      else if (TEXT_CONTENT.has(tag.name)) emit(i, contentEnd, font);
      const close = m ? html.indexOf('>', contentEnd) : -1;
      i = close < 0 ? n : close + 1;
      textStart = i;
      continue;
    }
    if (VOID_ELEMENTS.has(tag.name)) continue;
    stack.push({ name: tag.name, font });
    openCount.set(tag.name, (openCount.get(tag.name) ?? 0) + 1);
  }
  emit(textStart, n, currentFont());
  return runs;
}
