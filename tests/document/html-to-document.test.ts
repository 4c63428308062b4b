/**
 * The HTML document model: site profiles (markup written in our own words that reproduces the
 * portal templates found in ../shared/corpus/html), generic pages and body fragments.
 */
import { describe, expect, it } from 'vitest';
import { htmlToDocument } from '../../src/document/html/html-to-document.js';
import type { BlockRole } from '../../src/document/types.js';

function rolesOf(html: string): [BlockRole, string][] {
  return htmlToDocument(html, 'utf-8', [])
    .blocks.filter((b) => b.role !== 'boilerplate')
    .map((b) => [b.role, b.text]);
}

/** Mirrors the SharePoint "news detail" web part of html/gov-daknong-dakrlap (header row, p.Title, TIN ĐÃ ĐƯA list). */
const SHAREPOINT_PAGE = `<html><head><title>Trang thông tin điện tử Huyện A</title></head><body>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức sự kiện</a></li></ul></div>
<div class="container_top_mid2"><table><tr class="ms-news-header"><td class="FolderTitle">Tin nổi bật</td><td class="Time">thứ hai, 05 08 2019 10:53</td></tr></table></div>
<div id="part1"><table id="tableforprint"><tr><td><p class="Title">Cụm thi đua số 4 sơ kết công tác 6 tháng đầu năm 2019</p></td></tr>
<tr><td><b class="lv_description_mode1 allowMenu"></b></td></tr>
<tr><td><div class="ExternalClass1"><p><strong><em>Sáng ngày 2.8, Cụm thi đua số 4 gồm huyện A, huyện B và huyện C tổ chức hội nghị sơ kết công tác thi đua khen thưởng.</em></strong></p>
<p>Các huyện trong cụm đã tổ chức phát động các phong trào thi đua yêu nước, chỉ đạo các cơ quan đơn vị triển khai thực hiện.</p>
<p style="text-align:center"><img src="/img/cum4.jpg"></p><p style="text-align:center"><em>Quang cảnh hội nghị</em></p>
<p>Phát biểu kết luận hội nghị, đồng chí Cụm trưởng đề nghị các huyện tiếp tục thực hiện tốt các nhiệm vụ trọng tâm.</p>
<p style="text-align:right">Tin, ảnh Minh Khoa</p></div><br><p>Xem chi tiết <a href="/">tại đây</a></p></td></tr></table></div>
<table class="tbtinkhac"><tr><td><p class="OtherTitle">TIN ĐÃ ĐƯA</p></td></tr></table>
<ul><li><a href="/x">Bài khác</a><span class="ShowDate">(01/08/2019)</span></li></ul>
</body></html>`;

/** Mirrors the Liferay asset publisher of html/gov-daknong-ldld, with its capture-date header. */
const LIFERAY_PAGE = `<html><body><div class="header">Thứ năm, 09/05/2019</div>
<section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Công đoàn cấp trên cơ sở</span></h1></header>
<div class="portlet-body"><div class="asset-full-content"><div class="nd_detail_chitiet"><h2>Hội phụ nữ huyện tổ chức diễn đàn khởi nghiệp <span>( )</span></h2>
<div class="journal-content-article"><p>Đề án hỗ trợ phụ nữ khởi nghiệp được hội tổ chức thực hiện vào tháng trước, với sự tham gia của nhiều hội viên.</p></div></div></div></div></section></body></html>`;

/** Mirrors the schema.org microdata of bulk/baophuongdong (inline author and time elements). */
const MICRODATA_PAGE = `<html><head><title>The Site</title></head><body><article itemscope itemtype="http://schema.org/NewsArticle">
<h1 itemprop="headline">Ba giải pháp thu hút đầu tư</h1><div class="byline"><b class="author"><a rel="author"><span itemprop="name">Mai Hà</span></a></b><time itemprop="datePublished">thứ tư, 16 08 2017 16:09</time></div>
<div itemprop="articleBody"><p>Bộ trưởng cho biết Chính phủ sẽ ban hành ba giải pháp mới để thu hút đầu tư tư nhân trong năm tới.</p></div></article></body></html>`;

describe('htmlToDocument with site profiles', () => {
  it('reads the SharePoint news template', () => {
    expect(rolesOf(SHAREPOINT_PAGE)).toEqual([
      ['category', 'Tin nổi bật'],
      ['dateline', 'thứ hai, 05 08 2019 10:53'],
      ['title', 'Cụm thi đua số 4 sơ kết công tác 6 tháng đầu năm 2019'],
      ['paragraph', 'Sáng ngày 2.8, Cụm thi đua số 4 gồm huyện A, huyện B và huyện C tổ chức hội nghị sơ kết công tác thi đua khen thưởng.'],
      ['paragraph', 'Các huyện trong cụm đã tổ chức phát động các phong trào thi đua yêu nước, chỉ đạo các cơ quan đơn vị triển khai thực hiện.'],
      ['image', ''],
      ['caption', 'Quang cảnh hội nghị'],
      ['paragraph', 'Phát biểu kết luận hội nghị, đồng chí Cụm trưởng đề nghị các huyện tiếp tục thực hiện tốt các nhiệm vụ trọng tâm.'],
      ['byline', 'Tin, ảnh Minh Khoa'],
    ]);
  });

  it('reads the Liferay template and ignores the capture date in the page header', () => {
    const roles = rolesOf(LIFERAY_PAGE);
    expect(roles).toContainEqual(['category', 'Công đoàn cấp trên cơ sở']);
    expect(roles.find(([r]) => r === 'title')?.[1]).toMatch(/^Hội phụ nữ huyện/);
    expect(roles.some(([r]) => r === 'dateline')).toBe(false);
  });

  it('reads schema.org microdata, inline elements included', () => {
    expect(rolesOf(MICRODATA_PAGE)).toEqual([
      ['title', 'Ba giải pháp thu hút đầu tư'],
      ['byline', 'Mai Hà'],
      ['dateline', 'thứ tư, 16 08 2017 16:09'],
      ['paragraph', 'Bộ trưởng cho biết Chính phủ sẽ ban hành ba giải pháp mới để thu hút đầu tư tư nhân trong năm tới.'],
    ]);
  });
});

describe('htmlToDocument without a profile', () => {
  it('finds the content of a generic page by scoring, and its h1', () => {
    const html = `<html><head><meta property="og:title" content="Tiêu đề bài viết - Báo X"></head><body>
      <nav class="menu"><a href="/">Trang chủ</a> <a href="/a">Thời sự</a> <a href="/b">Kinh tế</a></nav>
      <h1 class="title">Tiêu đề bài viết</h1>
      <div class="article-content"><p>Đoạn thứ nhất của bài viết, có dấu phẩy, có chấm, đủ dài để được tính điểm.</p>
      <p>Đoạn thứ hai của bài viết, cũng đủ dài, có dấu phẩy, và kết thúc bằng dấu chấm.</p></div>
      <div class="sidebar related"><a href="/c">Một tin liên quan khác rất dài để thử mật độ liên kết của khối</a></div></body></html>`;
    const roles = rolesOf(html);
    expect(roles[0]).toEqual(['title', 'Tiêu đề bài viết']);
    expect(roles.filter(([r]) => r === 'paragraph')).toHaveLength(2);
  });

  it('takes a whole fragment as the body, its centred bold first line as the headline (daksong-like)', () => {
    const html = `<p style="text-align:center"><strong>Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm</strong></p>
      <p style="text-align:justify"><em>Ngày 3/7/2019, Ban tổ chức Huyện ủy tổ chức sơ kết công tác xây dựng Đảng 6 tháng đầu năm.</em></p>
      <p><img src="/img/a.png"></p><p><strong><em>Đồng chí Trưởng ban chủ trì hội nghị</em></strong></p>
      <p>Hội nghị đã đánh giá kết quả đạt được và đề ra phương hướng, nhiệm vụ 6 tháng cuối năm.</p>
      <p style="text-align:right">Kim Ngân</p><p>Theo Cổng thông tin điện tử tỉnh</p>`;
    expect(rolesOf(html).map(([r]) => r)).toEqual(['title', 'paragraph', 'image', 'caption', 'paragraph', 'byline']);
  });
});

describe('htmlToDocument without a profile, on the portal templates', () => {
  const header = (html: string, useProfiles: boolean): [BlockRole, string][] =>
    htmlToDocument(html, 'utf-8', [], 'htmlparser2', useProfiles)
      .blocks.filter((b) => b.role === 'title' || b.role === 'category' || b.role === 'dateline')
      // The Liferay profile cleans the template's empty brackets off its headline; without it, the title extractor does.
      .map((b) => [b.role, b.text.replace(/\s*\(\s*\)$/u, '')]);

  // The box over the article names its section; the longer heading under it is the headline.
  it.each([
    ['SharePoint news (FolderTitle and Time on one row, p.Title under it)', SHAREPOINT_PAGE],
    [
      'Liferay asset publisher (portlet title in an h1, the headline in an h2)',
      LIFERAY_PAGE.replace('</p></div>', '</p><p>Các hội viên được tập huấn kỹ năng lập kế hoạch kinh doanh, tiếp cận vốn vay ưu đãi của ngân hàng.</p></div>'),
    ],
  ])('reads the header of the %s as its profile does', (_name, html) => {
    const generic = header(html, false);
    expect(generic.map(([role]) => role)).toContain('title');
    expect(generic.filter(([role]) => role !== 'dateline')).toEqual(header(html, true).filter(([role]) => role !== 'dateline'));
  });

  it('keeps a short h1 as the headline over a longer lead in the same container', () => {
    const lead = 'Sáng 6/8, Cụm thi đua số 4 tổ chức hội nghị sơ kết công tác thi đua khen thưởng 6 tháng đầu năm 2019';
    const html = `<html><body><article><h1>Tiêu đề ngắn của bài</h1><h2 class="sapo">${lead}</h2>
      <div class="content"><p>Đoạn thứ nhất của bài viết, có dấu phẩy, có chấm, đủ dài để được tính điểm.</p>
      <p>Đoạn thứ hai của bài viết, cũng đủ dài, có dấu phẩy, và kết thúc bằng dấu chấm.</p></div></article></body></html>`;
    expect(header(html, false)).toEqual([['title', 'Tiêu đề ngắn của bài']]);
  });

  // Mirrors BoersenZeitung and DW of corpus/fundus: a kicker whose two spans run together, and a time.
  it.each([
    ['two texts run together', 'WissenschaftGlobal'],
    ['a date and time', '02/02/2025 KL. 09:00'],
  ])('takes no label with %s for the section', (_name, label) => {
    const html = `<html><body><div class="box-head"><b>${label}</b></div><div class="box-title"><h1>Ein ausreichend langer Titel des Artikels hier</h1></div>
      <div class="content"><p>Der erste Absatz des Artikels ist lang genug, um als Text gezählt zu werden, mit Komma und Punkt.</p>
      <p>Der zweite Absatz ist ebenfalls lang genug, hat ein Komma, und endet mit einem Punkt.</p></div></body></html>`;
    expect(header(html, false).filter(([role]) => role === 'category')).toEqual([]);
  });

  // Mirrors the listing pages of bulk/krongno: no article, the publisher's lines in div.footer.
  it('never takes the footer for the article', () => {
    const html = `<html><body><div class="menu"><a href="/">Trang chủ</a></div><table class="ds_vbpl"><tr><td>TJ-334</td><td><a href="/v">Thực hiện Nghị quyết số 35/NQ-CP</a></td></tr></table>
      <div class="footer"><div class="footer-text"><div><b>® TRANG THÔNG TIN ĐIỆN TỬ HUYỆN A - TỈNH B</b></div><div><b>Giấy phép số: 16/GPTTĐT-STTTT, do Sở Thông tin và Truyền thông cấp ngày 03/11/2015.</b></div>
      <div><b>Cơ quan chủ quản: Ủy ban nhân dân huyện A, địa chỉ số 1 đường C, thị trấn D.</b></div></div></div></body></html>`;
    const doc = htmlToDocument(html, 'utf-8', [], 'htmlparser2', false);
    expect(doc.blocks.filter((b) => b.inMain && b.role === 'paragraph').map((b) => b.text)).toEqual([]);
  });
});

describe('htmlToDocument with the parse5 parser', () => {
  it('gives the same roles as htmlparser2 on a portal page', () => {
    const spec = htmlToDocument(SHAREPOINT_PAGE, 'utf-8', [], 'parse5');
    const fast = htmlToDocument(SHAREPOINT_PAGE, 'utf-8', []);
    const roles = (d: typeof spec) => d.blocks.filter((b) => b.role !== 'boilerplate').map((b) => [b.role, b.text]);
    expect(roles(spec)).toEqual(roles(fast));
  });

  it('still tells a fragment from a page, though parse5 adds <html> and <body>', () => {
    const doc = htmlToDocument('<p>Một đoạn văn của bài viết, đủ dài, có dấu phẩy và kết thúc bằng dấu chấm.</p>', 'utf-8', [], 'parse5');
    expect(doc.blocks.filter((b) => b.inMain).map((b) => b.role)).toEqual(['paragraph']);
  });

  it('falls back to htmlparser2, with a warning, on a tree too deep to convert', () => {
    const warnings: string[] = [];
    // Deep enough to exhaust the conversion's recursion; parse5 itself is slow on such nesting.
    const deep = '<html><body>' + '<div>'.repeat(20_000) + 'sâu' + '</div>'.repeat(20_000) + '</body></html>';
    const doc = htmlToDocument(deep, 'utf-8', warnings, 'parse5');
    expect(doc.blocks.map((b) => b.text)).toContain('sâu');
    expect(warnings.join(' ')).toMatch(/parse5/);
  });
});
