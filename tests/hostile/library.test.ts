/**
 * Issue 14's hostile inputs against the library: each one once read quadratically, ran out of
 * memory, threw an untyped error or came out wrong without a word. Here each gives a record (or a
 * typed error) and, where a limit was reached, says so in `warnings`. No timing is asserted: an
 * input that hangs again fails by the test's timeout.
 */
import iconv from 'iconv-lite';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDocumentLinear } from '../../src/document/html/linear-parser.js';
import { MIN_NODE_BUDGET } from '../../src/document/html/limit-depth.js';
import { MAX_OPEN_FORMATTING } from '../../src/document/html/parse-html.js';
import { parseArticle } from '../../src/index.js';
import { readBody, readLimitWarning } from '../../src/read-body.js';
import { replaceAllBounded } from '../../src/text/bounded-replace.js';
import { capCombiningMarks, MAX_COMBINING_MARKS, normalizeText, repairLookalikes } from '../../src/text/normalize.js';
import { countSpaceSeparated, makeSeq, MAX_READ_WORDS } from '../../src/text/words.js';

const SEED = readFileSync(new URL('../../fixtures/seed-ninhthuan-khoi-mttq-2021.txt', import.meta.url), 'utf8');
const page = (body: string, head = ''): string => `<html><head>${head}<title>Tin</title></head><body><h1>Tiêu đề bài viết thử nghiệm</h1>${body}</body></html>`;

/**
 * The built library (`npm test` builds it first), for the inputs of megabytes: run in a child
 * process, so that the test worker's own event loop stays free (a parse of 16 MB holds it for
 * seconds, and vitest's calls to the worker time out on a busy machine).
 */
const LIB = fileURLToPath(new URL('../../dist/index.js', import.meta.url));
function inChild(body: string): Promise<any> {
  const code = `const lib = await import(${JSON.stringify(LIB)}); const f = () => { ${body} }; process.stdout.write(JSON.stringify(f()));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve(JSON.parse(out)) : reject(new Error(`child exited ${status}`))));
  });
}

describe('runs of combining marks', () => {
  it('keeps at most 30 marks after one character, and Vietnamese text as it is', () => {
    const run = '\u0301'.repeat(45);
    expect(capCombiningMarks(`a${run}b`)).toEqual({ text: `a${'\u0301'.repeat(MAX_COMBINING_MARKS)}b`, dropped: 15 });
    const vi = 'Vie\u0323\u0302t Nam, Đắk Nông';
    expect(capCombiningMarks(vi)).toEqual({ text: vi, dropped: 0 });
    // Marks outside the Basic Multilingual Plane count too (U+1D167, a musical combining mark).
    expect(capCombiningMarks(`x${'\u{1D167}'.repeat(40)}`).dropped).toBe(10);
  });

  it('counts each run from the letter it follows, whatever script that letter is in', () => {
    const marks = (n: number) => '\u0301'.repeat(n);
    // Any letter ends a run: ASCII, a precomposed Vietnamese letter, a CJK ideograph.
    expect(capCombiningMarks(`a${marks(31)}b${marks(31)}`).dropped).toBe(2);
    expect(capCombiningMarks(`x${marks(20)}ạ${marks(20)}`).dropped).toBe(0);
    expect(capCombiningMarks(`ệ${marks(35)}`).dropped).toBe(5);
    expect(capCombiningMarks(`中文${marks(40)}字`)).toEqual({ text: `中文${marks(30)}字`, dropped: 10 });
  });

  it.skipIf(!existsSync(LIB))('parses <p>a followed by 262,144 marks, with a warning', async () => {
    const out = await inChild(`const r = lib.parseArticle('<p>a' + '\\u0301\\u0323'.repeat(131072)); return { format: r.source.format, warnings: r.warnings };`);
    expect(out.format).toBe('html');
    expect(out.warnings.some((w: string) => w.includes('combining marks dropped'))).toBe(true);
  });
});

describe('long lines', () => {
  it.skipIf(!existsSync(LIB))('reads 16 MB of text on one line without a RangeError', async () => {
    const out = await inChild(`const r = lib.safeParseArticle('abc '.repeat(4194304), { format: 'text' }); return { ok: r.ok, length: r.ok ? r.record.body.text.length : 0 };`);
    expect(out).toEqual({ ok: true, length: 4194304 * 4 - 1 });
  });

  it('normalises a long line as a short one', () => {
    expect(normalizeText('abc '.repeat(100_000))).toBe('abc '.repeat(100_000).trim());
    expect(normalizeText(' a\u00a0 b  c ')).toBe('a b c');
  });
});

describe('the node budget', () => {
  it('builds at most its budget of nodes, the rest as lines of text in document order', () => {
    const html = `<div><p>a</p><!-- c --><p>b</p><img src="1.jpg">${'<p>x'.repeat(50)}<p>y<img src="2.jpg"><b>z</b></div>`;
    const { root, elements, overBudget } = parseDocumentLinear(html, { decodeEntities: true }, 512, 5);
    expect(overBudget).toBe(true);
    expect(elements.length).toBeLessThanOrEqual(5);
    const text: string[] = [];
    const walk = (node: { type: string; data?: string; children?: unknown[] }): void => {
      if (node.type === 'text') text.push(node.data!);
      for (const c of (node.children ?? []) as (typeof node)[]) walk(c);
    };
    walk(root as never);
    const all = text.join(' ');
    // Every letter is kept, in order; the picture past the budget is not.
    expect(all.replace(/\s+/g, '')).toBe(`ab${'x'.repeat(50)}yz`);
    expect(elements.filter((e) => e.name === 'img').map((e) => e.attribs['src'])).not.toContain('2.jpg');
  });

  it.skipIf(!existsSync(LIB))('joins short lines past the budget: 400,000 paragraphs keep their text', async () => {
    const out = await inChild(`const r = lib.parseArticle('<p>x'.repeat(400_000)); return { warnings: r.warnings, xs: r.body.text.split('x').length - 1 };`);
    expect(out.warnings.some((w: string) => w.includes('elements: the text of the rest is kept as lines'))).toBe(true);
    expect(out.xs).toBe(400_000);
  });

  it('leaves a page under the budget as it was', () => {
    const html = page('<p>Nội dung bài viết có câu dài hơn.</p>'.repeat(2000));
    expect(parseArticle(html).warnings.join(' ')).not.toContain('elements');
  });
});

describe('parse5 and misnested formatting', () => {
  it.each([
    ['<a><b><p>x</a>', 3000],
    ['<table><b>x<tr>', 3000],
    ['<b><i><u><font>x', 1000],
  ])('parses %s × %i with htmlparser2 instead, and says so', (unit, n) => {
    const record = parseArticle(unit.repeat(n), { htmlParser: 'parse5' });
    expect(record.warnings.some((w) => w.includes('formatting elements open') && w.includes('htmlparser2'))).toBe(true);
  });

  it('gives parse5 a page that leaves a few formatting elements open', () => {
    const record = parseArticle(page('<p><b>Nội dung <i>bài viết</p>'.repeat(Math.floor(MAX_OPEN_FORMATTING / 4))), { htmlParser: 'parse5' });
    expect(record.warnings.join(' ')).not.toContain('htmlparser2');
  });

  it('refuses parse5 distinct formatting elements past the limit (each stays in its list)', () => {
    let html = '';
    for (let i = 0; i < MAX_OPEN_FORMATTING + 10; i++) html += `<b id=${i}>x`;
    expect(parseArticle(html, { htmlParser: 'parse5' }).warnings.join(' ')).toContain('parsed with htmlparser2');
  });
});

describe('format detection', () => {
  const article = page(`<p>${SEED.split('\n').filter((l) => l.length > 200)[0]}</p>`);
  it.each([
    ['white space', ' \n'.repeat(40_000)],
    ['a comment', `<!--${'c'.repeat(70_000)}-->`],
    ['a script', `<script>${'var a = "<p>x</p>";\n'.repeat(4000)}</script>`],
    ['a style', `<style>${'p { color: red }\n'.repeat(5000)}</style>`],
    ['all of them', `\ufeff<?xml version="1.0"?>\n<!-- a -->${' '.repeat(70_000)}<script>x</script><!DOCTYPE html>`],
  ])('looks past more than 64 KiB of %s before <html>', (_, prologue) => {
    const record = parseArticle(prologue + article);
    expect(record.source.format).toBe('html');
    expect(record.body.text).not.toContain('<');
  });

  it.each([
    '<p>Sáng ngày 16/6/2021, Khối thi đua các cơ quan Đảng tỉnh tổ chức Hội nghị sơ kết công tác thi đua.</p>',
    '  <div class="content">Nội dung</div>',
    '<h1>Tiêu đề</h1>',
  ])('takes a fragment that starts with a block element for HTML: %s', (html) => {
    expect(parseArticle(html).source.format).toBe('html');
  });

  it('still reads prose with a stray tag as text', () => {
    expect(parseArticle(`${SEED}\nGiá <b> tăng`).source.format).toBe('text');
  });
});

describe('charset sniffing and mislabels', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  const body = `<p>${SEED.split('\n').filter((l) => l.length > 100).slice(0, 6).join('</p><p>')}</p>`;

  it.each(['utf-16', 'UTF-16LE', 'utf-16be'])('reads a page that declares %s as UTF-8, with a warning', (label) => {
    const record = parseArticle(utf8(page(body, `<meta charset="${label}">`)));
    expect(record.source.encoding).toBe('utf-8');
    expect(record.title).toBe('Tiêu đề bài viết thử nghiệm');
    expect(record.warnings.some((w) => w.includes(`declared ${label.toLowerCase()}`) && w.includes('read as UTF-8'))).toBe(true);
  });

  it.each(['windows-1258', 'viscii', 'windows-1252', 'iso-8859-2'])('reads a UTF-8 page that declares %s as UTF-8, with a warning', (label) => {
    const record = parseArticle(utf8(page(body, `<meta http-equiv="Content-Type" content="text/html; charset=${label}">`)));
    expect(record.source.encoding).toBe('utf-8');
    expect(record.body.text).toContain('Khối thi đua');
    expect(record.warnings.some((w) => w.includes('bytes are valid UTF-8'))).toBe(true);
  });

  it('reads VISCII bytes declared windows-1258 as VISCII, with a warning', () => {
    const bytes = new Uint8Array(iconv.encode(page(body, '<meta charset="windows-1258">'), 'viscii'));
    const record = parseArticle(bytes);
    expect(record.source.encoding).toBe('viscii');
    expect(record.body.text).toContain('Khối thi đua');
    expect(record.warnings.some((w) => w.includes('declared windows-1258') && w.includes('read as viscii'))).toBe(true);
  });

  it('lets the byte-order mark decide, and says when a declaration or the caller disagrees', () => {
    const bom = Uint8Array.of(0xef, 0xbb, 0xbf);
    const bytes = new Uint8Array([...bom, ...utf8(page(body, '<meta charset="windows-1258">'))]);
    const record = parseArticle(bytes);
    expect(record.source.encoding).toBe('utf-8');
    expect(record.warnings.some((w) => w.includes('declared windows-1258') && w.includes('byte-order mark'))).toBe(true);
    const asked = parseArticle(bytes, { encoding: 'viscii' });
    expect(asked.source.encoding).toBe('utf-8');
    expect(asked.warnings.some((w) => w.includes('asked for viscii'))).toBe(true);
  });

  it('gives no warning for a page declared as it is', () => {
    expect(parseArticle(utf8(page(body, '<meta charset="utf-8">'))).warnings.join(' ')).not.toMatch(/declared|byte-order/);
  });
});

describe('look-alike letters', () => {
  it.each([
    ['Sálfræðihernaður', 'Sálfræðihernaður'],
    ['Þórshöfn, Føroyar: Ðað er gott', 'Þórshöfn, Føroyar: Đað er gott'],
    ['ð\u1ed3ng', 'đồng'],
    ['\u00D0à Nẵng', 'Đà Nẵng'],
    ['H\u00D0ND tỉnh', 'HĐND tỉnh'],
    ['FRÆÐI', 'FRÆÐI'],
  ])('repairs %s as %s', (input, expected) => {
    expect(repairLookalikes(input)).toBe(expected);
  });

  it('keeps Icelandic text whole through the library', () => {
    const record = parseArticle(`<p>${'Sálfræðihernaður er hernaður sem beinist að huga fólks og hugsun. '.repeat(5)}</p>`);
    expect(record.body.text).toContain('Sálfræðihernaður');
    expect(record.body.text).not.toContain('đ');
  });
});

describe('what the entity readers read', () => {
  it('reads a text up to its 100,000th word, and no further', () => {
    const seq = makeSeq('Một hai, ba bốn năm', 3);
    expect(seq.words.map((w) => w.text)).toEqual(['Một', 'hai', 'ba']);
    expect(seq.text).toBe('Một hai, ba');
    expect(makeSeq('Một hai', 3).text).toBe('Một hai');
    expect(MAX_READ_WORDS).toBe(100_000);
  });

  it('cuts the body view at the cap and says so', () => {
    const first = 'Khối thi đua họp. '.repeat(10);
    const rest = 'a '.repeat(MAX_READ_WORDS);
    const text = `${first}\n\n${rest}`;
    const body = { text, paragraphs: [{ text: first, start: 0, end: first.length }, { text: rest, start: first.length + 2, end: text.length }] };
    const read = readBody(body);
    expect(read.words.words).toHaveLength(MAX_READ_WORDS);
    expect(read.text.length).toBeLessThan(text.length);
    expect(text.startsWith(read.text)).toBe(true);
    // Paragraph offsets still point at their text.
    for (const p of read.paragraphs) expect(read.text.slice(p.start, p.end)).toBe(p.text);
    expect(read.paragraphs[0]!.text).toBe(first);
    expect(readLimitWarning(body, read)).toContain(`more than ${MAX_READ_WORDS} words`);
    expect(readLimitWarning({ text: first, paragraphs: [] }, readBody({ text: first, paragraphs: [] }))).toBeNull();
  });

  it.skipIf(!existsSync(LIB))('keeps the whole body of a page past the cap, with a warning', async () => {
    const out = await inChild(`const r = lib.parseArticle('<p>x'.repeat(1_100_000)); return { warnings: r.warnings, xs: r.body.text.split('x').length - 1 };`);
    expect(out.warnings.some((w: string) => w.startsWith(`the body has more than ${MAX_READ_WORDS} words`))).toBe(true);
    expect(out.xs).toBe(1_100_000);
  });
});

describe('plain text of many lines', () => {
  const sentence = 'Hội nghị sơ kết công tác thi đua khen thưởng sáu tháng đầu năm.';

  it('joins the lines past the budget into paragraphs, keeping every line, with a warning', () => {
    const r = parseArticle(`${sentence}\n`.repeat(30_000), { format: 'text' });
    expect(r.warnings.some((w) => w.startsWith(`the text has more than ${MIN_NODE_BUDGET} lines`))).toBe(true);
    expect(r.body.paragraphs.length).toBeLessThan(30_000);
    expect(r.body.paragraphs.length).toBeGreaterThan(MIN_NODE_BUDGET - 10);
    expect(r.body.text.split(sentence).length - 1).toBe(30_000);
  });

  it('leaves a text under the budget line by line', () => {
    const r = parseArticle(`${sentence}\n`.repeat(2_000), { format: 'text' });
    expect(r.warnings.join(' ')).not.toContain('lines');
    expect(r.body.paragraphs).toHaveLength(2_000);
  });

  it('reads a text of 15,000 short lines and no prose (its header was read in quadratic time)', () => {
    // Under the line budget: past it, lines are joined into paragraphs that read as prose.
    const lines = MIN_NODE_BUDGET - 1_000;
    const r = parseArticle('Một câu.\n'.repeat(lines), { format: 'text' });
    expect(r.title).toBeNull();
    expect(r.warnings.some((w) => w.includes('not a news article'))).toBe(true);
  });
});

describe('replacing on strings of megabytes', () => {
  it('gives what String.prototype.replace gives', () => {
    const units = ['a', ' ', '\n\n', '\u00a0', 'ð', 'Ð', 'ă', '\u200b', '\u0007', '\ud83d\ude00', '\ud83d', '\r\n', 'Việt'];
    let s = '';
    let seed = 7;
    while (s.length < 1_200_000) {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      s += units[seed % units.length];
    }
    for (const re of [/[\s\u00A0]+/g, /(?<![\p{L}\p{M}])(?:[\u00D0\u0189]|\u00F0(?=\p{L}))/gu, /\p{Cs}/gu, /[\u200B-\u200D]/g, /\r\n?/g]) {
      expect(replaceAllBounded(s, re, '#')).toBe(s.replace(re, '#'));
      expect(replaceAllBounded(s, re, (m) => `<${m.length}>`)).toBe(s.replace(re, (m) => `<${m.length}>`));
    }
  });

  it('counts space-separated parts as split does', () => {
    for (const s of ['', 'a', ' a ', 'a  b', 'Một hai ba']) expect(countSpaceSeparated(s)).toBe(s.split(' ').length);
  });
});
