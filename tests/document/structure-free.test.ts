/**
 * Structure-free HTML reads like text: real texts from ../shared (the seed, text copies of pages
 * of other publishers, and excerpts) are served as the four kinds of page that carry no structure
 * a template would give (tests/helpers/structure-free-pages.ts), and each page must give the
 * title, publication date and body paragraphs that the text gives. Nothing is copied by hand: the
 * text's own record is the expectation.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseDocument } from '../../src/index.js';
import { HAS_SHARED, listFiles, SHARED_DIR } from '../helpers/shared.js';
import { headlinePage, layoutTablePage, plainParagraphPage, wordExportPage, type PageFont } from '../helpers/structure-free-pages.js';
import { cp1252Bytes, tcvn3Html, vni } from '../legacy/helpers/encoders.js';

/**
 * Texts whose pages legitimately differ, with the reason:
 * - the text copy separates the headline from its date by a run of spaces on one line
 *   (`Hội nghị …   18/7/2022`); HTML folds white space, so the page has one line where the text
 *   has two, and no rule can cut a headline that may end in a date (`… ngày 18/7/2022`) without that gap;
 * - the text copy's prose starts more than 12 lines down, so the text is read as a copy that began
 *   mid-page (no header, every line body); a page's lines start at its top, so its header is the
 *   lines just above the prose, and the page gives a headline and a body without the letterhead;
 * - the text copy renders a layout table's cell boundary as `|`, and the text is cut there into the
 *   cell's paragraph and the signature that ends it (`… tặng Bằng khen. Nguyễn Thị Vân |`); a page
 *   has the cell element instead, so in a page built from the copy's lines the `|` is a character
 *   inside a `<p>`, no boundary, and the paragraph keeps its signature.
 */
const KNOWN_DIFFERENCES: Readonly<Record<string, string>> = {
  'vusta-khoi8-soket-2022.txt': 'headline and date on one line, apart only by spaces that HTML folds',
  'phapluatcongdong-qd-31-2020-qd-ubnd-phuyen.txt': 'prose starts more than 12 lines down: a page has a header there, a text copy none',
  'laichau-skhcn-khoivhxh-tongket-2010.txt': 'a signature after a table cell mark `|` that only a text copy has',
};

const TEXTS = HAS_SHARED
  ? [
      join(SHARED_DIR, 'seed', '000_f337dcfed9d6fb45.txt'),
      ...listFiles(join(SHARED_DIR, 'corpus', 'pages-text', 'dev'), (n) => n.endsWith('.txt')),
      ...listFiles(join(SHARED_DIR, 'corpus', 'text', 'pages-corpus-excerpts'), (n) => n.endsWith('.txt')),
    ]
  : [];
const SEED = new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url);

type Shape = 'plain <p> lines' | 'layout table with <font>' | '<h1> headline' | 'Word export';

function pagesOf(text: string): [Shape, string][] {
  const headline = parseDocument(text, { format: 'text' }).blocks.find((b) => b.role === 'title')?.text ?? null;
  return [
    ['plain <p> lines', plainParagraphPage(text)],
    ['layout table with <font>', layoutTablePage(text)],
    ['<h1> headline', headline === null ? plainParagraphPage(text) : headlinePage(text, headline)],
    ['Word export', wordExportPage(text, headline)],
  ];
}

function essentials(input: string, format: 'html' | 'text') {
  const r = parseArticle(input, { format });
  return { title: r.title, publishedAt: r.publishedAt, paragraphs: r.body.paragraphs };
}

describe('the seed as structure-free pages', () => {
  const text = readFileSync(SEED, 'utf8');
  const expected = essentials(text, 'text');

  it('the text form reads the seed (the expectation is not empty)', () => {
    expect(expected.title).toMatch(/^Khối thi đua Mặt trận/);
    expect(expected.publishedAt).toBe('2021-06-18');
    expect(expected.paragraphs.length).toBeGreaterThanOrEqual(4);
  });

  it.each(pagesOf(text))('%s gives the title, date and body of the text', (_shape, html) => {
    expect(essentials(html, 'html')).toEqual(expected);
  });
});

describe.skipIf(!HAS_SHARED)('real texts from ../shared as structure-free pages', () => {
  const cases = TEXTS.filter((f) => !(basename(f) in KNOWN_DIFFERENCES)).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return pagesOf(text).map(([shape, html]) => [basename(file), shape, text, html] as const);
  });

  it('covers the seed and the texts of other publishers', () => {
    expect(TEXTS.length).toBeGreaterThan(50);
  });

  it.each(cases)('%s as %s', (_name, _shape, text, html) => {
    expect(essentials(html, 'html')).toEqual(essentials(text, 'text'));
  });

  it.each(Object.entries(KNOWN_DIFFERENCES))('%s: the four pages agree, and keep only paragraphs of the text, in order (%s)', (name) => {
    const file = TEXTS.find((f) => basename(f) === name);
    expect(file).toBeDefined();
    const text = readFileSync(file!, 'utf8');
    const textParagraphs = essentials(text, 'text').paragraphs;
    const [first, ...others] = pagesOf(text).map(([, html]) => essentials(html, 'html'));
    for (const page of others) expect(page).toEqual(first);
    expect(first!.paragraphs.length).toBeGreaterThan(0);
    // A page paragraph is one of the text's, or one with what only a text copy cuts off it (a cell's signature).
    const matched = first!.paragraphs.map((p) => textParagraphs.findIndex((t) => p === t || p.startsWith(`${t} `)));
    expect(matched).not.toContain(-1);
    expect(matched).toEqual([...matched].sort((a, b) => a - b));
  });
});

describe('structure-free pages by hand-made shapes', () => {
  const PROSE = 'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ, đề ra phương hướng cho thời gian tới.';
  const PROSE2 = 'Các đơn vị trong Khối đã ký kết giao ước thi đua năm 2024 và thống nhất các nội dung chủ yếu.';

  it('a page with <h1> and two <p> keeps both paragraphs', () => {
    const r = parseArticle(`<html><body><h1>Hội nghị sơ kết thi đua</h1><p>${PROSE}</p><p>${PROSE2}</p></body></html>`, { format: 'html' });
    expect(r.title).toBe('Hội nghị sơ kết thi đua');
    expect(r.body.paragraphs).toEqual([PROSE, PROSE2]);
  });

  it('a fragment that starts with <h1> has it as its headline', () => {
    const r = parseArticle(`<h1>Hội nghị sơ kết thi đua</h1><p>${PROSE}</p><p>${PROSE2}</p>`, { format: 'html' });
    expect(r.title).toBe('Hội nghị sơ kết thi đua');
    expect(r.body.paragraphs).toEqual([PROSE, PROSE2]);
  });

  it('a headline set as a bold centred paragraph, then the date line', () => {
    const r = parseArticle(
      `<html><body><p align="center"><b>Hội nghị sơ kết thi đua năm 2024</b></p><p>Ngày 05/7/2024</p><p>${PROSE}</p><p>${PROSE2}</p></body></html>`,
      { format: 'html' },
    );
    expect(r.title).toBe('Hội nghị sơ kết thi đua năm 2024');
    expect(r.publishedAt).toBe('2024-07-05');
    expect(r.body.paragraphs).toEqual([PROSE, PROSE2]);
  });

  it('a short article without any heading element is still an article', () => {
    const r = parseArticle(`<html><body><p>Hội nghị sơ kết thi đua</p><p>${PROSE}</p></body></html>`, { format: 'html' });
    expect(r.warnings.join()).not.toMatch(/not a news article/);
    expect(r.body.paragraphs).toEqual([PROSE]);
  });

  it('menus of links are not lines of the article', () => {
    const menu = ['Trang chủ', 'Giới thiệu', 'Tin tức sự kiện', 'Văn bản'].map((m) => `<p><a href="/${m.length}">${m}</a></p>`).join('');
    const r = parseArticle(`<html><body>${menu}<p>Hội nghị sơ kết thi đua năm 2024</p><p>${PROSE}</p><p>${PROSE2}</p></body></html>`, {
      format: 'html',
    });
    expect(r.title).toBe('Hội nghị sơ kết thi đua năm 2024');
    expect(r.body.paragraphs).toEqual([PROSE, PROSE2]);
  });
});

describe.skipIf(!HAS_SHARED)('real texts as legacy layout-table pages (TCVN3 .VnTime, VNI-Times)', () => {
  const legacyFonts: [string, PageFont][] = [
    ['TCVN3 .VnTime', { face: '.VnTime', charset: 'windows-1252', encode: (s) => tcvn3Html(s) }],
    ['VNI-Times', { face: 'VNI-Times', charset: 'windows-1252', encode: (s) => vni(s, true) }],
  ];
  const cases = TEXTS.filter((f) => !(basename(f) in KNOWN_DIFFERENCES)).flatMap((file) =>
    legacyFonts.map(([font, pageFont]) => [basename(file), font, readFileSync(file, 'utf8').normalize('NFC'), pageFont] as const),
  );

  it.each(cases)('%s in %s', (_name, _font, text, pageFont) => {
    const bytes = cp1252Bytes(layoutTablePage(text, pageFont));
    const r = parseArticle(bytes, { format: 'html' });
    expect(r.source.encoding).not.toBe('utf-8');
    expect({ title: r.title, publishedAt: r.publishedAt, paragraphs: r.body.paragraphs }).toEqual(essentials(text, 'text'));
  });
});
