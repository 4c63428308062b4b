/**
 * Acceptance 1 of the legacy-text issue: round trips.
 *
 * Every text article of the shared data (seed, corpus/text except the encoding samples,
 * pages-text/dev) and the title and body of every HTML gold page is written out in each legacy
 * form by ENCODERS built from the library's own tables, inverted (helpers/encoders.ts):
 * - as text files: VIQR, VNI (windows-1252 bytes), VISCII and windows-1258 (decomposed) bytes,
 *   none declared;
 * - for the font encodings, as an era page (table layout, `<font face>`, an inline
 *   `font-family` or a `<style>` class rule; windows-1252 or no charset): TCVN3 `.VnTime`
 *   (capitals with a tone in `.VnTimeH` spans, as writers did) and VNI `VNI-Times`.
 * Each must parse to the same title and body text as its Unicode original (the same text in
 * UTF-8; for pages, the same layout in UTF-8 with Times New Roman), and `source.encoding` must name
 * the form. A character a form cannot hold (VISCII has no `“`) is replaced in the original too,
 * as a writer of the era had to (helpers/encoders.ts, `…Representable`).
 */
import { describe, expect, it } from 'vitest';
import { parseArticle, type ArticleRecord } from '../../src/index.js';
import { HAS_SHARED } from '../helpers/shared.js';
import { eraPage, loadArticles, unicodePage, type Article, type FontMarkup } from './helpers/articles.js';
import {
  codePageRepresentable,
  cp1252Bytes,
  cp1258Bytes,
  tcvn3Html,
  viqr,
  viqrRepresentable,
  visciiBytes,
  vni,
  vniRepresentable,
} from './helpers/encoders.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const MARKUPS: readonly FontMarkup[] = ['face', 'style', 'class'];

interface Form {
  readonly name: string;
  readonly encoding: string;
  /** The legacy input and the Unicode original it must read as. */
  readonly build: (a: Article, i: number) => { readonly legacy: Uint8Array; readonly original: Uint8Array };
}

const FORMS: readonly Form[] = [
  {
    name: 'VIQR text',
    encoding: 'viqr',
    build: (a) => {
      const text = viqrRepresentable(a.text);
      return { legacy: utf8(viqr(text)), original: utf8(text) };
    },
  },
  {
    name: 'VNI text',
    encoding: 'vni',
    build: (a) => {
      const text = vniRepresentable(a.text);
      return { legacy: cp1252Bytes(vni(text, false)), original: utf8(text) };
    },
  },
  {
    name: 'VISCII text',
    encoding: 'viscii',
    build: (a) => {
      const text = codePageRepresentable(a.text, 'viscii');
      return { legacy: visciiBytes(text), original: utf8(text) };
    },
  },
  {
    name: 'windows-1258 text',
    encoding: 'windows-1258',
    build: (a) => {
      const text = codePageRepresentable(a.text, 'windows-1258');
      return { legacy: cp1258Bytes(text), original: utf8(text) };
    },
  },
  {
    name: 'TCVN3 page',
    encoding: 'tcvn3',
    build: (a, i) => {
      const markup = MARKUPS[i % MARKUPS.length]!;
      const page = eraPage(a, { font: '.VnTime', markup, charset: i % 2 === 0 ? 'windows-1252' : null, encode: (s) => tcvn3Html(s) });
      return { legacy: cp1252Bytes(page), original: utf8(unicodePage(a, markup)) };
    },
  },
  {
    name: 'VNI page',
    encoding: 'vni',
    build: (a, i) => {
      const markup = MARKUPS[(i + 1) % MARKUPS.length]!;
      const page = eraPage(a, { font: 'VNI-Times', markup, charset: i % 2 === 1 ? 'windows-1252' : null, encode: (s) => vni(s, true) });
      return { legacy: cp1252Bytes(page), original: utf8(unicodePage(a, markup)) };
    },
  },
];

const articles = HAS_SHARED ? loadArticles() : [];

/** What must survive the round trip. */
function essence(r: ArticleRecord): { title: string | null; body: string } {
  return { title: r.title, body: r.body.text };
}

describe.skipIf(!HAS_SHARED)('legacy forms of every shared article read as their Unicode original', () => {
  it('finds the articles: text files and HTML gold pages', () => {
    expect(articles.filter((a) => a.name.startsWith('gold:')).length).toBeGreaterThanOrEqual(20);
    expect(articles.filter((a) => !a.name.startsWith('gold:')).length).toBeGreaterThanOrEqual(25);
  });

  it.each(FORMS.map((f) => [f.name, f] as const))('%s', (_name, form) => {
    const failures: string[] = [];
    let checked = 0;
    articles.forEach((article, i) => {
      const { legacy, original } = form.build(article, i);
      const expected = parseArticle(original);
      const actual = parseArticle(legacy);
      checked++;
      if (actual.source.encoding !== form.encoding) failures.push(`${article.name}: source.encoding ${actual.source.encoding}`);
      else if (JSON.stringify(essence(actual)) !== JSON.stringify(essence(expected))) failures.push(`${article.name}: title or body differs`);
    });
    console.log(`${form.name}: ${checked - failures.length}/${checked} round trips`);
    expect(failures).toEqual([]);
  });

  it('wraps each article in an era page the parser reads (not a vacuous comparison)', () => {
    const weak = articles.filter((a) => {
      const r = parseArticle(utf8(unicodePage(a, 'face')));
      return r.title === null || r.body.paragraphs.length === 0;
    });
    expect(weak.map((a) => a.name)).toEqual([]);
  });
});
