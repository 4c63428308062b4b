/**
 * The articles of the round-trip tests, from the team's shared data, and the era pages they are
 * wrapped in.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArticle } from '../../../src/index.js';
import { listFiles, SHARED_DIR } from '../../helpers/shared.js';
import { escapeHtml } from './encoders.js';

export interface Article {
  readonly name: string;
  /** The article as plain text: a file's own text, or title and paragraphs. */
  readonly text: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Every text article in the shared data (not the encoding samples) and every HTML gold page's title and body. */
export function loadArticles(): Article[] {
  const out: Article[] = [];
  const textFiles = [
    ...listFiles(join(SHARED_DIR, 'seed'), (n) => n.endsWith('.txt')),
    ...listFiles(join(SHARED_DIR, 'corpus', 'text'), (n) => n.endsWith('.txt')).filter((p) => !p.includes('encoding-samples')),
    ...listFiles(join(SHARED_DIR, 'corpus', 'pages-text', 'dev'), (n) => n.endsWith('.txt')),
  ];
  for (const path of textFiles) {
    const text = readFileSync(path, 'utf8').normalize('NFC');
    const record = parseArticle(text);
    const paragraphs = record.body.paragraphs.length > 0 ? record.body.paragraphs : text.split(/\n+/).filter((l) => l.trim());
    out.push({ name: basename(path), text, title: record.title ?? paragraphs[0] ?? '', paragraphs });
  }
  for (const path of listFiles(join(SHARED_DIR, 'gold'), (n) => n.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(path, 'utf8')) as { input: string; expected: { title: string | null; body: { text: string } } };
    if (!gold.input.endsWith('.html')) continue;
    const paragraphs = gold.expected.body.text.split('\n\n').filter(Boolean);
    const title = gold.expected.title ?? '';
    if (!title && paragraphs.length === 0) continue;
    out.push({ name: `gold:${basename(path)}`, text: [title, ...paragraphs].filter(Boolean).join('\n\n') + '\n', title, paragraphs });
  }
  return out;
}

/** How the page sets its font: `<font face>`, an inline style, or a class rule of a `<style>` block. */
export type FontMarkup = 'face' | 'style' | 'class';

export interface EraPageOptions {
  /** The body font (`.VnTime`, `VNI-Times`, `Times New Roman` for the Unicode original). */
  readonly font: string;
  readonly markup: FontMarkup;
  /** The declared charset, or null for none. */
  readonly charset: string | null;
  /** Unicode text → the page's text in its encoding (HTML-escaped). */
  readonly encode: (text: string) => string;
}

const SITE_NAME = 'Ban Thi đua - Khen thưởng tỉnh';
const MENU = ['Trang chủ', 'Giới thiệu', 'Tin hoạt động', 'Văn bản', 'Liên hệ'];

/**
 * An article in the table-and-`<font>` layout of early provincial sites: a banner, a left menu,
 * the headline in bold, paragraphs, a hit counter.
 */
export function eraPage(article: Article, o: EraPageOptions): string {
  const open =
    o.markup === 'face'
      ? `<font face="${o.font}" size="2">`
      : o.markup === 'style'
        ? `<span style="font-size:10.0pt;font-family:'${o.font}'">`
        : '<span class="noidung">';
  const close = o.markup === 'face' ? '</font>' : '</span>';
  const run = (text: string): string => open + o.encode(text) + close;
  const head = [
    '<html>',
    '<head>',
    o.charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${o.charset}">` : '',
    `<title>${o.encode(SITE_NAME)}</title>`,
    o.markup === 'class' ? `<style type="text/css">\n.noidung { font-family: "${o.font}"; font-size: 10pt }\n</style>` : '',
    '</head>',
  ];
  const body = [
    '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">',
    '<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">',
    `<tr><td colspan="2" bgcolor="#003399" align="center">${run(SITE_NAME)}</td></tr>`,
    '<tr><td width="180" valign="top">',
    ...MENU.map((m, i) => `<p>&#8226; <a href="tin.asp?cat=${i}">${run(m)}</a></p>`),
    '</td>',
    '<td width="598" valign="top">',
    `<p align="center"><b>${run(article.title)}</b></p>`,
    ...article.paragraphs.map((p) => `<p align="justify">${run(p)}</p>`),
    '<p align="center"><font size="1">0245871</font></p>',
    '</td></tr></table>',
    '</body>',
    '</html>',
  ];
  return [...head, ...body].filter(Boolean).join('\r\n');
}

/** The Unicode original of an era page: the same layout in UTF-8, in Times New Roman. */
export function unicodePage(article: Article, markup: FontMarkup): string {
  return eraPage(article, { font: 'Times New Roman', markup, charset: 'utf-8', encode: escapeHtml });
}
