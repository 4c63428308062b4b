/**
 * The fields the metadata cascade feeds, over small pages that reproduce real structures: the
 * headline reconciled from JSON-LD, og:title, the heading and <title>; the date with the page's
 * zone; authors from metadata; the section and its key; the lead.
 */
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/document/html/html-to-document.js';
import { extractAuthors } from '../../src/extract/authors.js';
import { categoryKey, extractCategory } from '../../src/extract/category.js';
import { extractDescription } from '../../src/extract/description.js';
import { extractPublishedAt } from '../../src/extract/published-at.js';
import { extractTitle } from '../../src/extract/title.js';

const html = (s: string) => htmlToDocument(s, 'utf-8', []);
const ld = (o: object) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const EN = 'The council met on Tuesday to discuss the budget for the coming year and approved it.';
const VI = 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ, đề ra phương hướng cho thời gian tới.';
const en = (head: string, body = `<article><h1>Heading shown on the page</h1><p>${EN}</p><p>${EN}</p></article>`) =>
  html(`<html lang="en"><head>${head}</head><body>${body}</body></html>`);
const vi = (head: string, body = `<article><h1>Tiêu đề hiển thị trên trang</h1><p>${VI}</p><p>${VI}</p></article>`) =>
  html(`<html lang="vi"><head>${head}</head><body>${body}</body></html>`);

describe('extractTitle', () => {
  it.each([
    ['JSON-LD headline first, entities decoded', en(`<meta property="og:title" content="Shared title">${ld({ '@type': 'NewsArticle', headline: 'Kohberger&#8217;s lawyers' })}`), 'Kohberger’s lawyers'],
    ['og:title without the site name og:site_name gives', en('<meta property="og:site_name" content="TechCrunch"><meta property="og:title" content="Strava taps AI | TechCrunch">'), 'Strava taps AI'],
    ['a web address appended', en('<meta property="og:title" content="Akkutechnik: Hat Quantumscape genug Akkus gebaut? - Golem.de">'), 'Akkutechnik: Hat Quantumscape genug Akkus gebaut?'],
    ['a date appended', en('<meta property="og:title" content="Ukrainische Gegenoffensive: Ziele | DW | 28.04.2023"><link rel="canonical" href="https://www.dw.com/de/x">'), 'Ukrainische Gegenoffensive: Ziele'],
    ['a year range is the headline’s own', vi('<meta property="og:title" content="Tổng kết phong trào thi đua giai đoạn 2014 – 2019">'), 'Tổng kết phong trào thi đua giai đoạn 2014 – 2019'],
    [
      'Vietnamese section and site suffixes',
      vi('<meta property="og:title" content="Ký kết giao ước thi đua năm 2025 - Chính trị - Xã hội - Báo Tin Tức"><meta property="article:section" content="Chính trị - Xã hội">'),
      'Ký kết giao ước thi đua năm 2025',
    ],
    ['an SEO tail without marks', vi('<meta property="og:title" content="Ký kết giao ước thi đua năm 2025 - tin tuc moi nhat">'), 'Ký kết giao ước thi đua năm 2025'],
    ['stray markup', vi('<meta property="og:title" content="Ký kết giao ước thi đua &lt;/&gt; năm 2025">'), 'Ký kết giao ước thi đua năm 2025'],
    ['the <title> tells what og:title appended', en('<title>Steigende US-Zinsen setzen Dax zu</title><meta property="og:title" content="Steigende US-Zinsen setzen Dax zu | Börsen-Zeitung">'), 'Steigende US-Zinsen setzen Dax zu'],
    ['a leading segment stays unless it is the site name', en('<meta property="og:title" content="Trump plant Landeplatz – während sein Projekt stockt"><meta property="og:site_name" content="Tages-Anzeiger">'), 'Trump plant Landeplatz – während sein Projekt stockt'],
    ['the heading when there is no metadata', en(''), 'Heading shown on the page'],
    // n-tv.de: the <h1> and JSON-LD set a kicker before the headline that og:title leaves out.
    [
      'a kicker that og:title leaves out',
      en(`<meta property="og:title" content="Judy Lybke, ganz und gar nicht eigenartig">${ld({ '@type': 'NewsArticle', headline: 'Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig' })}`),
      'Judy Lybke, ganz und gar nicht eigenartig',
    ],
    // SRF: JSON-LD and og:title put the same headline under two different kickers.
    [
      'a headline under two different kickers',
      en(`<meta property="og:title" content="Iranischer Angriff auf Israel: «Die Zurückhaltung hat viel mit den USA zu tun»">${ld({ '@type': 'NewsArticle', headline: 'Eskalation im Nahen Osten - «Die Zurückhaltung hat viel mit den USA zu tun»' })}`),
      '«Die Zurückhaltung hat viel mit den USA zu tun»',
    ],
    // Tageblatt: og:title sets a kicker over the whole headline, which has its own `A: B` form.
    [
      'a source with a kicker over the whole headline says nothing of its opening',
      en(`<meta property="og:title" content="Vierschanzentournee | Beleidigen und beschuldigen: Skisprung-Zoff ums Material">${ld({ '@type': 'NewsArticle', headline: 'Beleidigen und beschuldigen: Skisprung-Zoff ums Material' })}`),
      'Beleidigen und beschuldigen: Skisprung-Zoff ums Material',
    ],
    // Daily Star: og:title is an edited copy of the headline, not the headline without a kicker.
    [
      'openings that share words are one headline edited, not two kickers',
      en(`<meta property="og:title" content="I sell Disney World holidays - booking the right day could save you thousands">${ld({ '@type': 'NewsArticle', headline: 'I sell Walt Disney World holidays - booking the right day could save you thousands' })}`),
      'I sell Walt Disney World holidays - booking the right day could save you thousands',
    ],
    // WAZ: the breadcrumb's last entry is the article itself, so the headline's tail is no section name.
    [
      'the breadcrumb entry that is the headline names no section',
      en(
        ld({
          '@graph': [
            { '@type': 'NewsArticle', headline: 'Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie' },
            {
              '@type': 'BreadcrumbList',
              itemListElement: [
                { position: 1, name: 'Startseite' },
                { position: 2, name: 'Leben' },
                { position: 3, name: 'Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie' },
              ],
            },
          ],
        }),
      ),
      'Übergewicht & Adipositas: Abnehmspritze kommt - So teuer wird sie',
    ],
    // Stuttgarter Zeitung: JSON-LD writes ` - ` where og:title and <title> write `: `.
    [
      'the spelling most sources share',
      en(
        `<title>Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt - Politik</title><meta property="article:section" content="Politik"><meta property="og:title" content="Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt">${ld({ '@type': 'NewsArticle', headline: 'Rückbau von Atomkraftwerk - Kühltürme von AKW Gundremmingen gesprengt' })}`,
      ),
      'Rückbau von Atomkraftwerk: Kühltürme von AKW Gundremmingen gesprengt',
    ],
  ])('%s', (_name, doc, expected) => {
    expect(extractTitle(doc)).toBe(expected);
  });
});

describe('extractPublishedAt', () => {
  it.each([
    ['JSON-LD in UTC, moved to the zone another meta states', en(`<meta property="article:modified_time" content="2024-08-28T09:00:00+02:00">${ld({ '@type': 'NewsArticle', datePublished: '2024-08-27T23:27:00Z' })}`), '2024-08-28T01:27:00+02:00'],
    ['JSON-LD in UTC on a page without a zone', en(ld({ '@type': 'NewsArticle', datePublished: '2024-08-27T23:27:00Z' })), '2024-08-27T23:27:00Z'],
    ['a Vietnamese page without an offset is in Vietnam time', vi('<meta name="pubdate" content="2023-05-01T18:03:00">'), '2023-05-01T18:03:00+07:00'],
    ['another page without an offset keeps only the date', en('<meta name="pubdate" content="2023-05-01T18:03:00">'), '2023-05-01'],
    ['<time pubdate>', en('', `<article><h1>Heading shown</h1><time pubdate datetime="2022-02-02T10:00:00-05:00">Feb 2</time><p>${EN}</p></article>`), '2022-02-02T10:00:00-05:00'],
    ['a date written in words in the metadata', vi('<meta name="date" content="Thứ năm, 13/6/2013">'), '2013-06-13'],
  ])('%s', (_name, doc, expected) => {
    expect(extractPublishedAt(doc)).toBe(expected);
  });
});

describe('extractAuthors from metadata', () => {
  const names = (doc: ReturnType<typeof html>) => extractAuthors(doc).map((a) => a.name);
  it.each([
    ['JSON-LD people, the publisher left out', en(ld({ '@type': 'NewsArticle', author: [{ name: 'Jane Doe' }, { name: 'Daily Example' }], publisher: { name: 'Daily Example' } })), ['Jane Doe']],
    ['a list in one value, with its prefix', en('<meta name="author" content="By Samya Kullab and Vasilisa Stepanenko">'), ['Samya Kullab', 'Vasilisa Stepanenko']],
    ['German list with an agency', en('<meta name="author" content="Felix Schröder und Jörg Soldwisch, dpa">'), ['Felix Schröder', 'Jörg Soldwisch', 'dpa']],
    ['a handle in brackets and an e-mail address go', en(ld({ '@type': 'Article', author: ['Elena Oberholzer (obe)', 'a.b@example.com'] })), ['Elena Oberholzer']],
    ['the publication signs when no one is named', en(`<meta property="og:site_name" content="ORF.at">${ld({ '@type': 'NewsArticle', author: { name: 'ORF.at' } })}`), ['ORF.at']],
    ['a person from a later source beats the publication', en(`<meta property="og:site_name" content="Lesotho Times"><meta name="author" content="Lesotho Times">`, `<article><a rel="author" href="/a">Mohloai Mpesi</a><p>${EN}</p></article>`), ['Mohloai Mpesi']],
    ['a Vietnamese value is read as a byline', vi('<meta name="author" content="Trương Văn Phong, Ban TĐKT">'), ['Trương Văn Phong']],
    ['a Vietnamese CMS login is no byline', vi('<meta name="author" content="quocbao">'), []],
  ])('%s', (_name, doc, expected) => {
    expect(names(doc)).toEqual(expected);
  });

  it('keeps the unit a Vietnamese byline in the metadata names', () => {
    expect(extractAuthors(vi('<meta name="author" content="Trương Văn Phong, Ban TĐKT">'))).toEqual([{ name: 'Trương Văn Phong', unit: 'Ban TĐKT' }]);
  });
});

describe('extractCategory', () => {
  it.each([
    ['the deepest breadcrumb item', vi(ld({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Trang chủ' }, { position: 2, name: 'Thời sự' }, { position: 3, name: 'Chính trị' }] })), 'Chính trị'],
    ['a trail ending with the headline', vi('', `<ol class="breadcrumbs"><li><a href="/">Trang chủ</a></li><li><a href="/kt">Kinh tế</a></li><li><a href="/x">Tiêu đề hiển thị trên trang</a></li></ol><article><h1>Tiêu đề hiển thị trên trang</h1><p>${VI}</p></article>`), 'Kinh tế'],
    ['articleSection', en(ld({ '@type': 'NewsArticle', headline: 'H', articleSection: 'Middle East' })), 'Middle East'],
    ['a generic section is none', en(ld({ '@type': 'NewsArticle', headline: 'H', articleSection: 'News' })), null],
    ['a Vietnamese page keeps no foreign template default', vi('<meta property="article:section" content="Columns">'), null],
  ])('%s', (_name, doc, expected) => {
    expect(extractCategory(doc, extractTitle(doc))).toBe(expected);
  });

  it.each([
    ['Thi đua - Khen thưởng', 'thi-dua-khen-thuong'],
    ['Tin nổi bật', 'tin-noi-bat'],
    ['tin nổi bật', 'tin-noi-bat'],
    ['ĐẮK NÔNG 24H', 'dak-nong-24h'],
    [null, null],
  ])('categoryKey(%j)', (category, key) => {
    expect(categoryKey(category)).toBe(key);
  });
});

describe('extractDescription', () => {
  const LEAD = 'Sáng 6/8, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm.';
  it.each([
    ['a sapo element', vi('', `<article><h1>Tiêu đề hiển thị trên trang</h1><h2 class="sapo">${LEAD}</h2><div class="content"><p>${VI}</p><p>${VI}</p></div></article>`), LEAD],
    ['p.description', vi('', `<article><h1>Tiêu đề hiển thị trên trang</h1><p class="description">${LEAD}</p><div class="content"><p>${VI}</p><p>${VI}</p></div></article>`), LEAD],
    ['a bold first paragraph', vi('', `<article><h1>Tiêu đề hiển thị trên trang</h1><div class="content"><p><strong>${LEAD}</strong></p><p>${VI}</p><p>${VI}</p></div></article>`), LEAD],
    ['the meta description the article says', vi(`<meta name="description" content="${VI}">`), VI],
    ['a site’s stock description is none', vi('<meta name="description" content="Cổng thông tin điện tử tỉnh: tin tức, sự kiện, văn bản chỉ đạo điều hành mới nhất">'), null],
    ['a description that repeats the headline is none', vi('<meta name="description" content="Tiêu đề hiển thị trên trang">'), null],
  ])('%s', (_name, doc, expected) => {
    expect(extractDescription(doc, extractTitle(doc))).toBe(expected);
  });
});
