/**
 * Finding the article on pages no profile knows: small pages written in our own words that
 * reproduce real structures (each test names the pages it mirrors).
 */
import { describe, expect, it } from 'vitest';
import { boxHeadingKind } from '../../src/document/html/headed-boxes.js';
import { isBoilerplateBoxName } from '../../src/document/html/content-names.js';
import { parseArticle } from '../../src/index.js';

/** Article sentences: long enough, with commas, as prose is. */
const ARTICLE = [
  'Sáng ngày 5 tháng 8, Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác thi đua, khen thưởng sáu tháng đầu năm.',
  'Theo báo cáo, các phong trào thi đua yêu nước được triển khai rộng khắp, thu hút đông đảo cán bộ, công chức tham gia.',
  'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, góp phần hoàn thành các chỉ tiêu kinh tế, xã hội của địa phương.',
  'Phát biểu kết luận, đồng chí Chủ tịch đề nghị các cơ quan, đơn vị tiếp tục đổi mới nội dung, hình thức thi đua.',
  'Dịp này, huyện đã khen thưởng nhiều tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua năm nay.',
  'Hội nghị cũng thống nhất các nhiệm vụ trọng tâm, giải pháp chủ yếu cho sáu tháng cuối năm, với quyết tâm cao nhất.',
];
/** Reader comments: prose too, and more of it than the article. */
const COMMENTS = Array.from(
  { length: 8 },
  (_, i) => `Bạn đọc số ${i + 1} viết: tôi rất đồng tình với bài viết, mong rằng các địa phương khác cũng học tập, nhân rộng cách làm này, để phong trào ngày càng lan tỏa, thiết thực hơn nữa.`,
);

const p = (lines: readonly string[]): string => lines.map((t) => `<p>${t}</p>`).join('\n');
const page = (body: string): string =>
  `<html><head><title>Hội nghị sơ kết thi đua - Báo Tỉnh</title></head><body>
<div class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin">Tin tức</a></li><li><a href="/vh">Văn hóa</a></li></ul></div>
${body}
<div class="footer"><p>© Báo Tỉnh. Giấy phép số 12/GP-BTTTT.</p></div></body></html>`;
const bodyOf = (html: string): string => parseArticle(html).body.text;

describe('sibling containers of one article (an article cut by an advert, as on mspoweruser and fundus pages)', () => {
  it('joins the sibling that reads as prose or scores with the same class', () => {
    const html = page(`<div class="main"><h1>Hội nghị sơ kết thi đua</h1>
<div class="entry">${p(ARTICLE.slice(0, 3))}</div>
<div class="ad-slot"><a href="/qc">Quảng cáo</a></div>
<div class="entry">${p(ARTICLE.slice(3))}</div></div>`);
    const body = bodyOf(html);
    for (const line of ARTICLE) expect(body).toContain(line);
    expect(body).not.toContain('Quảng cáo');
  });

  it('reads an article whose chunks each sit in a wrapper of the same class (Wired, Vogue)', () => {
    const chunk = (lines: readonly string[]): string =>
      `<div class="grid"><div class="grid-item"><div class="inner">${p(lines)}</div></div><div class="grid-aside"><a href="/x">Quảng cáo</a></div></div>`;
    // Three chunks of several paragraphs each, as the templates cut them.
    const parts = [1, 2, 3].map((n) => ARTICLE.map((line) => `Phần ${n}. ${line}`));
    const html = page(`<article><h1>Hội nghị sơ kết thi đua</h1><div class="chunks">${parts.map(chunk).join('')}</div></article>`);
    const body = bodyOf(html);
    for (const line of parts.flat()) expect(body).toContain(line);
    expect(body).not.toContain('Quảng cáo');
  });
});

describe('reader comments are not the article (profootballtalk, macrumors, givewell)', () => {
  it('leaves out a comment section named by its class, though it holds more prose', () => {
    const html = page(`<div class="post"><h1>Hội nghị sơ kết thi đua</h1><div class="entry-content">${p(ARTICLE)}</div>
<div id="comments" class="comments-area"><h3>3 bình luận</h3>${COMMENTS.map((c) => `<div class="comment"><div class="comment-content"><p>${c}</p></div></div>`).join('')}</div></div>`);
    const body = bodyOf(html);
    expect(body).toContain(ARTICLE[0]);
    expect(body).not.toContain('Bạn đọc số');
  });

  it('leaves out what follows an "Ý kiến bạn đọc" heading among the paragraphs', () => {
    const html = page(`<div class="detail"><h1>Hội nghị sơ kết thi đua</h1>${p(ARTICLE)}<h3>Ý kiến bạn đọc</h3>${p(COMMENTS.slice(0, 3))}</div>`);
    const body = bodyOf(html);
    expect(body).toContain(ARTICLE[5]);
    expect(body).not.toContain('Bạn đọc số');
  });

  it('keeps an article whose container names comments only as a modifier (post comments-open)', () => {
    const html = page(`<article class="post comments-open"><h1>Hội nghị sơ kết thi đua</h1>${p(ARTICLE)}</article>`);
    expect(bodyOf(html)).toContain(ARTICLE[0]);
  });

  it('knows comment boxes from the article by name', () => {
    expect(isBoilerplateBoxName('comments comments-area')).toBe(true);
    expect(isBoilerplateBoxName('box_binhluan')).toBe(true);
    expect(isBoilerplateBoxName('tin-lien-quan')).toBe(true);
    expect(isBoilerplateBoxName('post-89045 post noloaddisqus')).toBe(false);
    expect(isBoilerplateBoxName('commentary-body')).toBe(false);
  });
});

describe('related-news boxes (Tin liên quan, Tin cùng chuyên mục, Related)', () => {
  it('leaves out a box opened by a related heading, whatever its class', () => {
    const related = `<div class="box"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Huyện B tổng kết phong trào thi đua năm 2023 với nhiều kết quả nổi bật</a></li>
<li><a href="/b">Khối thi đua số 4 ký kết giao ước thi đua năm 2024</a></li></ul>
<p>Trong năm qua, khối thi đua đã tổ chức nhiều hoạt động thiết thực, ý nghĩa, được đánh giá cao.</p></div>`;
    const html = page(`<div class="news-detail"><h1>Hội nghị sơ kết thi đua</h1>${p(ARTICLE)}${related}</div>`);
    const body = bodyOf(html);
    expect(body).toContain(ARTICLE[5]);
    expect(body).not.toContain('Trong năm qua, khối thi đua');
  });

  it('reads box headings with a count or colon, and not a long sentence that starts alike', () => {
    expect(boxHeadingKind('Tin liên quan:')).toBe('related');
    expect(boxHeadingKind('Bình luận (12)')).toBe('comments');
    expect(boxHeadingKind('TIN CÙNG CHUYÊN MỤC')).toBe('related');
    expect(boxHeadingKind('Xem thêm các văn bản hướng dẫn của Bộ Nội vụ về công tác thi đua khen thưởng năm nay')).toBeNull();
  });

  it('does not join a grid of teasers to the article (a section front)', () => {
    const teaser = (i: number): string =>
      `<div class="story"><h2><a href="/t${i}">Bài viết số ${i} về phong trào thi đua của huyện</a></h2><p>${ARTICLE[i]}</p></div>`;
    const html = page(`<div class="stories">${[0, 1, 2, 3, 4].map(teaser).join('')}</div>`);
    const body = bodyOf(html);
    expect(body.split(ARTICLE[0]!).length + body.split(ARTICLE[1]!).length + body.split(ARTICLE[2]!).length).toBeLessThan(6);
  });
});

describe('list items and the lead', () => {
  it('keeps sentence-like list items inside the article', () => {
    const items = ['Đổi mới nội dung, hình thức thi đua, gắn với nhiệm vụ chính trị của từng đơn vị.', 'Kịp thời phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến trong phong trào.'];
    const html = page(`<div class="article-body"><h1>Hội nghị sơ kết thi đua</h1>${p(ARTICLE.slice(0, 4))}<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>${p(ARTICLE.slice(4))}</div>`);
    const body = bodyOf(html);
    for (const item of items) expect(body).toContain(item);
  });

  it('takes the sapo above the content as the first paragraph (h2.sapo, p.description)', () => {
    const sapo = 'Chiều 5/8, huyện tổ chức hội nghị sơ kết thi đua sáu tháng đầu năm, khen thưởng 20 tập thể và 35 cá nhân.';
    const html = page(`<div class="wrap"><h1 class="title">Hội nghị sơ kết thi đua</h1><div class="share"><a href="/fb">Chia sẻ</a></div>
<h2 class="sapo">${sapo}</h2></div><div class="wrap2"><div class="content">${p(ARTICLE)}</div></div>`);
    expect(parseArticle(html).body.paragraphs[0]).toBe(sapo);
  });
});

describe('site profiles', () => {
  it('does not read a hidden copy of the article metadata (display:none around itemprop=articleBody)', () => {
    const html = page(`<div class="content post"><h1>Hội nghị sơ kết thi đua</h1>${p(ARTICLE)}</div>
<div style="display:none" itemscope itemtype="http://schema.org/NewsArticle"><div itemprop="headline">Hội nghị sơ kết thi đua</div><div itemprop="articleBody">${p(ARTICLE)}</div></div>`);
    expect(bodyOf(html)).toContain(ARTICLE[0]);
  });
});
