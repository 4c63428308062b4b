import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/document/html/html-to-blocks.js';
import { parseHtml } from '../../src/document/html/parse-html.js';

function blocksOf(html: string) {
  return htmlToBlocks(parseHtml(html).root()[0]!).blocks;
}

describe('htmlToBlocks', () => {
  it('cuts at block elements and <br>, decodes legacy entities without ";"', () => {
    const blocks = blocksOf('<div><p>Ng&agrave;y 16/6&nbsp;2021<br>d&ograve;ng hai</p><p>&copy 2019 <b>x</b></p></div>');
    expect(blocks.map((b) => b.text)).toEqual(['Ngày 16/6 2021', 'dòng hai', '© 2019 x']);
  });

  it('skips scripts, styles, forms and hidden elements', () => {
    const blocks = blocksOf('<p>a</p><script>var x="<p>no</p>"</script><style>p{}</style><div style="display:none">hidden</div><p hidden>h</p><select><option>o</option></select><p>b</p>');
    expect(blocks.map((b) => b.text)).toEqual(['a', 'b']);
  });

  // Anadolu Ajansı (Next.js): the article arrives as a streamed segment that a script moves into its placeholder.
  it('reads a streamed React segment, which a script shows, and still skips other hidden elements', () => {
    const blocks = blocksOf(
      '<main><template id="B:0"></template></main><div hidden id="S:0"><article><h1>Vekalet yoluyla kurban kesim bedelleri belirlendi</h1><p>text</p></article></div><div hidden id="menu"><p>no</p></div>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Vekalet yoluyla kurban kesim bedelleri belirlendi', 'text']);
  });

  it('records emphasis, alignment, link density and the element path', () => {
    const [b1, b2, b3] = blocksOf(
      '<div class="content"><p style="text-align:right"><strong>Lệ Sương</strong></p><p><em>Quang cảnh hội nghị</em></p><p><a href="/x">tin khác</a> và chữ</p></div>',
    );
    expect(b1).toMatchObject({ tag: 'p', hints: { bold: true, align: 'right' } });
    expect(b2!.hints.italic).toBe(true);
    expect(b3!.hints.linkDensity).toBeGreaterThan(0.3);
    expect(b1!.hints.path).toContain('div.content');
  });

  it('makes a picture its own block with src and alt', () => {
    const blocks = blocksOf('<p>trước<img src="/img/a.jpg" alt="Ảnh hội nghị">sau</p>');
    expect(blocks.map((b) => [b.text, b.image?.src ?? null])).toEqual([
      ['trước', null],
      ['Ảnh hội nghị', '/img/a.jpg'],
      ['sau', null],
    ]);
  });

  it('treats a boundary element as a block even when inline', () => {
    const $ = parseHtml('<p>Tác giả <span id="a">Mai Hà</span> viết</p>');
    const span = $('#a')[0]!;
    const blocks = htmlToBlocks($.root()[0]!, new Set([span])).blocks;
    expect(blocks.map((b) => b.text)).toEqual(['Tác giả', 'Mai Hà', 'viết']);
  });

  it('survives 100,000 nested elements without overflowing the stack', () => {
    const depth = 100_000;
    const html = '<div>'.repeat(depth) + 'sâu' + '</div>'.repeat(depth);
    const blocks = blocksOf(html);
    expect(blocks.map((b) => b.text)).toEqual(['sâu']);
    expect(blocks[0]!.hints.path.split(' ').length).toBeLessThanOrEqual(16);
  });

  it('survives unclosed and misnested tags', () => {
    const blocks = blocksOf('<p><b>a<i>b</b>c</i><p>d<td>e<li>f');
    expect(blocks.map((b) => b.text).join('|')).toContain('d');
  });
});
