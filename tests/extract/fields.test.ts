/**
 * The per-field extractors over small documents: title, category, publication date, authors,
 * body, images, and the non-article verdict.
 */
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/document/html/html-to-document.js';
import { textToDocument } from '../../src/document/text/text-to-document.js';
import { extractAuthors } from '../../src/extract/authors.js';
import { extractBody } from '../../src/extract/body.js';
import { extractCategory } from '../../src/extract/category.js';
import { extractImages } from '../../src/extract/images.js';
import { nonArticleReason } from '../../src/extract/is-non-article.js';
import { extractPublishedAt } from '../../src/extract/published-at.js';
import { extractTitle } from '../../src/extract/title.js';

const text = (s: string) => textToDocument(s, 'utf-8', []);
const html = (s: string) => htmlToDocument(s, 'utf-8', []);
const PROSE = 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ, đề ra phương hướng cho thời gian tới.';

describe('extractTitle', () => {
  it.each([
    ['text headline', text(`Tiêu đề của bài viết mẫu\n18/06/2021\n${PROSE}`), 'Tiêu đề của bài viết mẫu'],
    ['empty brackets a template left', html(`<html><body><div class="asset-full-content"><h2>Tiêu đề bài <span>( )</span></h2><div class="journal-content-article"><p>${PROSE}</p></div></div></body></html>`), 'Tiêu đề bài'],
    ['og:title without its site suffix', html(`<html><head><meta property="og:title" content="Tiêu đề thật - Báo Tỉnh"></head><body><div><p>${PROSE}</p><p>${PROSE}</p></div></body></html>`), 'Tiêu đề thật'],
    ['a portal <title> alone is the site name, not used', html(`<html><head><title>Cổng thông tin điện tử tỉnh</title></head><body><div><p>${PROSE}</p></div></body></html>`), null],
    ['no header in an excerpt', text(`${PROSE}\n${PROSE}`), null],
  ])('%s', (_name, doc, expected) => {
    expect(extractTitle(doc)).toBe(expected);
  });
});

describe('extractCategory', () => {
  it.each([
    ['printed twice', text(`Thi đua Khen thưởng\nThi đua Khen thưởng\nTiêu đề của bài viết mẫu\n18/06/2021\n${PROSE}`), 'Thi đua Khen thưởng'],
    ['SharePoint folder title', html(`<html><body><table><tr class="ms-news-header"><td class="FolderTitle">Văn hóa Xã hội</td><td class="Time">27/07/2019</td></tr></table><table id="tableforprint"><tr><td><p class="Title">Tiêu đề</p></td></tr><tr><td><p>${PROSE}</p></td></tr></table></body></html>`), 'Văn hóa Xã hội'],
    ['SharePoint root folder is no section', html(`<html><body><table><tr class="ms-news-header"><td class="FolderTitle">Root</td></tr></table><table id="tableforprint"><tr><td><p class="Title">Tiêu đề</p></td></tr><tr><td><p>${PROSE}</p></td></tr></table></body></html>`), null],
    ['article:section meta', html(`<html><head><meta property="article:section" content="Thời sự"></head><body><div><p>${PROSE}</p></div></body></html>`), 'Thời sự'],
  ])('%s', (_name, doc, expected) => {
    expect(extractCategory(doc)).toBe(expected);
  });
});

describe('extractPublishedAt', () => {
  it.each([
    ['text date line', text(`Tiêu đề của bài viết mẫu\n18/06/2021\n${PROSE}`), '2021-06-18'],
    ['text date line with time', text(`30/03/2023 - 20:45\nTiêu đề của bài viết mẫu\n${PROSE}`), '2023-03-30T20:45:00+07:00'],
    ['SharePoint Time cell', html(`<html><body><table><tr class="ms-news-header"><td class="FolderTitle">Tin</td><td class="Time">(05.08.2019 16:32)</td></tr></table><table id="tableforprint"><tr><td><p class="Title">Tiêu đề</p></td></tr><tr><td><p>${PROSE}</p></td></tr></table></body></html>`), '2019-08-05T16:32:00+07:00'],
    ['meta with an offset', html(`<html><head><meta property="article:published_time" content="2023-11-02T19:20:00+07:00"></head><body><div><p>${PROSE}</p></div></body></html>`), '2023-11-02T19:20:00+07:00'],
    // The same instant on the page's wall clock: a Vietnamese page is in Vietnam time.
    ['meta in UTC on a Vietnamese page', html(`<html><head><meta property="article:published_time" content="2023-11-02T12:20:00Z"></head><body><div><p>${PROSE}</p></div></body></html>`), '2023-11-02T19:20:00+07:00'],
    ['a dated paragraph of the body is not the date', text(`${PROSE}\n18/06/2021\n${PROSE}`), null],
  ])('%s', (_name, doc, expected) => {
    expect(extractPublishedAt(doc)).toBe(expected);
  });
});

describe('extractAuthors', () => {
  it.each([
    ['closing byline with unit', text(`Tiêu đề của bài viết mẫu\n${PROSE}\nTrương Văn Phong, Ban TĐKT\nLiên kết website`), [{ name: 'Trương Văn Phong', unit: 'Ban TĐKT' }]],
    ['byline under the headline', text(`Tiêu đề của bài viết mẫu cho thử nghiệm\nBẢO NGUYÊN |\n${PROSE}`), [{ name: 'BẢO NGUYÊN', unit: null }]],
    ['right-aligned HTML byline', html(`<p>${PROSE}</p><p>${PROSE}</p><p style="text-align:right">Song Nguyên</p>`), [{ name: 'Song Nguyên', unit: null }]],
    ['none', text(`Tiêu đề của bài viết mẫu\n${PROSE}`), []],
  ])('%s', (_name, doc, expected) => {
    expect(extractAuthors(doc)).toEqual(expected);
  });
});

describe('extractBody and extractImages', () => {
  const doc = text(
    `Tiêu đề của bài viết mẫu\n18/06/2021\n${PROSE}\nDescription: D:\\Anh\\hoi nghi.jpg\nQuang cảnh hội nghị sơ kết công tác\n\n6 tháng đầu năm 2021\n${PROSE}\nLê Văn A`,
  );

  it('keeps the paragraphs only, with offsets', () => {
    const body = extractBody(doc);
    expect(body.paragraphs.map((p) => p.text)).toEqual([PROSE, PROSE]);
    expect(body.text).toBe(`${PROSE}\n\n${PROSE}`);
    for (const p of body.paragraphs) expect(body.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('pairs the Description: image line with its two-line caption', () => {
    expect(extractImages(doc)).toEqual([{ src: 'D:\\Anh\\hoi nghi.jpg', caption: 'Quang cảnh hội nghị sơ kết công tác 6 tháng đầu năm 2021' }]);
  });

  it('keeps a caption whose picture a text copy lost, without its parentheses', () => {
    const d = text(`${PROSE}\n(Ông Nguyễn Văn B phát biểu tại hội nghị)\n${PROSE}`);
    expect(extractImages(d)).toEqual([{ src: null, caption: 'Ông Nguyễn Văn B phát biểu tại hội nghị' }]);
  });

  it('pairs an HTML picture with the caption cell under it', () => {
    const d = html(`<p>${PROSE}</p><table><tr><td><img src="/a.jpg"></td></tr><tr><td>Toàn cảnh kỳ họp</td></tr></table><p>${PROSE}</p>`);
    expect(extractImages(d)).toEqual([{ src: '/a.jpg', caption: 'Toàn cảnh kỳ họp' }]);
  });

  it('leaves out template buttons and icons (the SharePoint portals\' xemtiep.gif, share and print icons, spacers)', () => {
    const d = html(`<p>${PROSE}</p><p><img src="/a.jpg"></p><p><em>Toàn cảnh kỳ họp</em></p>
<div class="tools"><img src="/_layouts/img/icon_print.png"><img src="/img/spacer.gif"><img src="/img/1x1.gif"></div>
<p>${PROSE}</p><div class="more"><a href="/list"><img alt="Xem tiếp" src="/_layouts/news/xemtiep.gif"></a></div>`);
    expect(extractImages(d)).toEqual([{ src: '/a.jpg', caption: 'Toàn cảnh kỳ họp' }]);
  });

  it('keeps a photograph whose file name has an icon word (share-holders.jpg)', () => {
    const d = html(`<p>${PROSE}</p><p><img src="/share-holders.jpg"></p><p>${PROSE}</p>`);
    expect(extractImages(d)).toEqual([{ src: '/share-holders.jpg', caption: null }]);
  });
});

describe('nonArticleReason', () => {
  const isNonArticle = (doc: ReturnType<typeof html>, title: string | null): boolean => nonArticleReason(doc, title) !== null;
  const page = (title: string) =>
    html(`<html><body><table id="tableforprint"><tr><td><p class="Title">${title}</p></td></tr><tr><td><p>${PROSE} ${PROSE}</p></td></tr></table></body></html>`);
  it.each([
    ['an introduction page', 'Giới thiệu chung', true],
    ['a functions page', 'Chức năng, nhiệm vụ', true],
    ['a news article', 'Hội nghị sơ kết công tác thi đua', false],
  ])('%s', (_name, title, expected) => {
    const doc = page(title);
    expect(isNonArticle(doc, extractTitle(doc))).toBe(expected);
  });

  it('a short text copy is still an article', () => {
    const doc = text('Tiêu đề bài viết mẫu\n\nNgày 16/6/2021, Khối thi đua tổ chức hội nghị sơ kết.');
    expect(isNonArticle(doc, extractTitle(doc))).toBe(false);
  });

  it('a whole page without any headline element is still an article when it has prose', () => {
    const doc = html(`<html><body><table><tr><td><p>${PROSE}</p><p>${PROSE}</p></td></tr></table></body></html>`);
    expect(isNonArticle(doc, extractTitle(doc))).toBe(false);
  });

  it('a schedule table (short cells, no sentence) is not an article, and says why', () => {
    const rows = ['Thứ hai', '8h00', 'Họp giao ban', 'Thứ ba', '14h00', 'Tiếp công dân'].map((c) => `<tr><td>${c}</td></tr>`).join('');
    const doc = html(`<html><body><table>${rows}</table></body></html>`);
    expect(nonArticleReason(doc, extractTitle(doc))).toMatch(/no article text/);
  });

  it('a section front of teasers (an excerpt under each linked headline) is not an article, and says why', () => {
    const teaser = (n: number) => `<div class="story"><h2><a href="/t${n}">Tin thứ ${n} về hội nghị thi đua</a></h2><p>${PROSE}</p></div>`;
    const doc = html(`<html><body><div class="list">${[1, 2, 3, 4].map(teaser).join('')}</div></body></html>`);
    expect(nonArticleReason(doc, extractTitle(doc))).toMatch(/teasers/);
  });

  it('an article with one linked story between its paragraphs is an article', () => {
    const doc = html(
      `<html><body><h1>Hội nghị sơ kết thi đua</h1><div class="content"><p>${PROSE}</p><p><a href="/x">Xem thêm tin về hội nghị</a></p><p>${PROSE}</p><p>${PROSE}</p></div></body></html>`,
    );
    expect(isNonArticle(doc, extractTitle(doc))).toBe(false);
  });

  it('a fragment without a headline is an article body', () => {
    const doc = html(`<p>${PROSE}</p><p>${PROSE}</p>`);
    expect(isNonArticle(doc, extractTitle(doc))).toBe(false);
  });

  it('a page of links is not an article', () => {
    const doc = html('<html><body><ul><li><a href="/a">Tin một</a></li><li><a href="/b">Tin hai</a></li></ul></body></html>');
    expect(isNonArticle(doc, extractTitle(doc))).toBe(true);
  });
});
