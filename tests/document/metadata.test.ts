/**
 * The metadata cascade's readers over small inline pages that reproduce real structures: JSON-LD
 * as publishers write it (graphs, arrays, nested authors, broken JSON), meta tags, microdata,
 * `<time>`, `rel=author` links and breadcrumbs.
 */
import { describe, expect, it } from 'vitest';
import { isoFromStated } from '../../src/dates/to-iso.js';
import { htmlToDocument } from '../../src/document/html/html-to-document.js';
import { readJsonLd } from '../../src/document/html/metadata/json-ld.js';
import { statedOffset } from '../../src/document/html/metadata/offset.js';

const page = (head: string, body = '<article><h1>Headline of the story</h1><p>Text of the story that is long enough.</p></article>') =>
  htmlToDocument(`<html><head>${head}</head><body>${body}</body></html>`, 'utf-8', []).meta;

describe('readJsonLd', () => {
  it('finds the article in a @graph, with nested authors and without the publisher', () => {
    // As Yoast/WordPress write it: WebPage, Organization and NewsArticle in one graph.
    const script = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', name: 'Page' },
        { '@type': 'Organization', name: 'Daily Example' },
        {
          '@type': ['NewsArticle'],
          headline: 'Mexico to fight &#8216;illogical&#8217; tariffs',
          datePublished: '2025-04-16T10:00:00+00:00',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Roe' }],
          publisher: { '@type': 'Organization', name: 'Daily Example' },
          articleSection: ['Politics'],
        },
        { '@type': 'BreadcrumbList', itemListElement: [{ position: 2, name: 'Politics' }, { position: 1, name: 'Home' }] },
      ],
    });
    const ld = readJsonLd([script]);
    expect(ld).toMatchObject({
      headline: 'Mexico to fight ‘illogical’ tariffs',
      datePublished: '2025-04-16T10:00:00+00:00',
      authors: ['Jane Doe', 'John Roe'],
      section: 'Politics',
      breadcrumb: ['Home', 'Politics'],
      publishers: ['Daily Example'],
    });
  });

  it('reads a ReportageNewsArticle in a top-level array, an author given as a string', () => {
    const ld = readJsonLd([`[{"@type":"WebSite","name":"X"},{"@type":"ReportageNewsArticle","headline":"H","author":"Ann Lee"}]`]);
    expect(ld?.headline).toBe('H');
    expect(ld?.authors).toEqual(['Ann Lee']);
  });

  it('repairs trailing commas, raw line breaks and objects written one after another', () => {
    const broken = `{"@type":"NewsArticle","headline":"Line one\nline two","author":{"name":"Ann Lee",},}\n{"@type":"BreadcrumbList","itemListElement":[]}`;
    expect(readJsonLd([broken])?.headline).toBe('Line one line two');
  });

  it('skips a script that cannot be repaired and reads the next one', () => {
    expect(readJsonLd(['{"@type": "NewsArticle", headline: oops', '{"@type":"BlogPosting","headline":"Kept"}'])?.headline).toBe('Kept');
  });

  it('returns null for scripts about something else', () => {
    expect(readJsonLd(['{"@type":"Organization","name":"X"}'])).toBeNull();
  });

  it('stops at its depth bound on a deeply nested value instead of recursing without end', () => {
    const deep = '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000);
    expect(() => readJsonLd([deep])).not.toThrow();
  });
});

describe('isoFromStated', () => {
  it.each([
    ['keeps the page offset', '2024-05-03T08:30:00+02:00', null, '2024-05-03T08:30:00+02:00'],
    ['an offset without colon', '2024-05-03T08:30:00.000+0200', null, '2024-05-03T08:30:00+02:00'],
    ['UTC moved to the stated zone, across midnight', '2024-08-27T23:27:00Z', '+02:00', '2024-08-28T01:27:00+02:00'],
    ['UTC stays UTC when no zone is known', '2024-08-27T23:27:00Z', null, '2024-08-27T23:27:00Z'],
    ['no offset on a Vietnamese page', '2023-05-01 18:03:00', '+07:00', '2023-05-01T18:03:00+07:00'],
    ['no offset and no zone: only the date is certain', '2023-05-01T18:03:00', null, '2023-05-01'],
    ['a bare date', '2023-05-01', '+07:00', '2023-05-01'],
    ['no such day', '2023-02-30', null, null],
    ['not ISO', 'Thứ năm, 13/6/2013', null, null],
  ])('%s', (_name, value, zone, expected) => {
    expect(isoFromStated(value, zone)).toBe(expected);
  });
});

describe('statedOffset', () => {
  it('takes the first offset other than UTC, ignoring bare dates', () => {
    expect(statedOffset(['2024-05-03', '2024-05-03T10:00:00Z', '2024-05-03T12:00:00+0200'])).toBe('+02:00');
    expect(statedOffset(['2024-05-03T10:00:00+00:00', null])).toBeNull();
  });
});

describe('readPageMeta', () => {
  it('orders publication times by reliability: JSON-LD, article:published_time, other metas, <time>', () => {
    const meta = page(
      `<meta name="date" content="2024-01-03"><meta property="article:published_time" content="2024-01-02T10:00:00+01:00">
       <script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2024-01-01T09:00:00Z"}</script>`,
      '<article><time datetime="2024-01-04T00:00:00Z">4 Jan</time><p>Text</p></article>',
    );
    expect(meta.publishedTimes).toEqual(['2024-01-01T09:00:00Z', '2024-01-02T10:00:00+01:00', '2024-01-03', '2024-01-04T00:00:00Z']);
    expect(meta.zoneOffset).toBe('+01:00');
  });

  it('reads Dublin Core, parsely and sailthru dates', () => {
    expect(page('<meta name="DC.date.issued" content="2022-03-04">').publishedTime).toBe('2022-03-04');
    expect(page('<meta name="parsely-pub-date" content="2022-03-05T08:00:00Z">').publishedTime).toBe('2022-03-05T08:00:00Z');
    expect(page('<meta name="sailthru.date" content="2022-03-06 08:00:00">').publishedTime).toBe('2022-03-06 08:00:00');
  });

  it('reads microdata from attributes and text, with the author name inside its item', () => {
    const meta = page(
      '',
      `<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Microdata headline</h1>
       <span itemprop="author" itemscope><a href="/p"><span itemprop="name">Mai Lan</span></a>, phóng viên</span>
       <time itemprop="datePublished" datetime="2021-06-18T08:30:00+07:00">18/06/2021</time><p>Text</p></article>`,
    );
    expect(meta.headline).toBe('Microdata headline');
    expect(meta.publishedTime).toBe('2021-06-18T08:30:00+07:00');
    expect(meta.authorSources).toEqual([['Mai Lan']]);
  });

  it('lists author sources best first, leaving out web addresses and empty sources', () => {
    const meta = page(
      `<meta property="article:author" content="https://www.facebook.com/site"><meta name="author" content="Chuck Ross">`,
      '<article><a rel="author" href="/chuck">Chuck Ross</a><p>Text</p></article>',
    );
    expect(meta.authorSources).toEqual([['Chuck Ross'], ['Chuck Ross']]);
  });

  it('reads what a rel=author link shows, not the text of a style inside it (fuzz case html-trees:419400528:383)', () => {
    const meta = page('', '<article><a rel="author" href="/a">Chuck Ross<style>/* QQSTYLE */ p { color: red }</style></a><p>Text</p></article>');
    expect(meta.authorSources).toEqual([['Chuck Ross']]);
  });

  it('reads a breadcrumb trail from its links, home included', () => {
    const meta = page('', '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li><li><a href="/chinh-tri">Chính trị</a></li></ul><article><p>Text</p></article>');
    expect(meta.breadcrumb).toEqual(['Trang chủ', 'Thời sự', 'Chính trị']);
  });

  it('reads the declared language from <html lang> or og:locale', () => {
    expect(htmlToDocument('<html lang="vi-VN"><head></head><body><p>x</p></body></html>', 'utf-8', []).meta.lang).toBe('vi-vn');
    expect(page('<meta property="og:locale" content="de_DE">').lang).toBe('de_de');
  });
});
