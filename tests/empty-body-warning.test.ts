/**
 * A record with a headline and an empty body says why in its warnings: the portals' document
 * pages ("Xem chi tiết tại đây" over a PDF, 227 of the corpus's 229 such records) and the rest.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

/**
 * The news template of a district portal (mirrors corpus/bulk/dakrlap/bao-cao-ong-tac-tiep-cong-dan-
 * giai-quyet-khieu-nai-to-cao-thang-7-nam-2019.html): section and time, the headline `p.Title`,
 * then the content cell, here holding `main`.
 */
const page = (main: string): string =>
  '<html><head><title>Cổng thông tin huyện</title></head><body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>' +
  '<div class="container_top_mid2"><table><tr class="ms-news-header"><td class="FolderTitle">Tình hình TCD và xử lý đơn thư huyện</td>' +
  '<td class="Time" align="right">thứ năm, 08 08 2019 08:51</td></tr></table></div><div id="part1"><table id="tableforprint"><tbody>' +
  '<tr><td width="100%"><p class="Title">Báo cáo công tác tiếp công dân giải quyết khiếu nại tố cáo tháng 7 năm 2019</p></td></tr>' +
  `<tr><td style="TEXT-ALIGN: justify"><div class="ExternalClassD44D"><p><span><br></span></p><div class="asset-content">${main}</div></div></td></tr>` +
  '</tbody></table></div></body></html>';

const emptyBodyWarnings = (html: string): string[] => {
  const record = parseArticle(html);
  expect(record.body.text).toBe('');
  return record.warnings.filter((w) => w.startsWith('the article has a headline and no body'));
};

describe('the empty-body warning', () => {
  it('names a link to the content (an attachment)', () => {
    const warnings = emptyBodyWarnings(page('<p>Xem chi tiết <a href="/img/filedinhkem/220BCUB_2019.PDF">tại đây</a></p>'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('behind a link');
    expect(warnings[0]).toContain('"Xem chi tiết tại đây"');
  });

  it('says when nothing stands under the headline', () => {
    expect(emptyBodyWarnings(page(''))).toEqual(['the article has a headline and no body: the page holds no text under it']);
  });

  // The Bộ Tư pháp SharePoint 2013 template (fixtures/golden/sharepoint2013-headline-date-empty-body): a print bar under the empty content.
  it('does not take a print or mail button for a link to the content, nor its icon for a picture', () => {
    const bar =
      '<div class="print"><img src="/img/print.gif"><span><a id="Print" href="#">In bài viết</a></span> ' +
      '<img src="/img/gui_ykien.gif"><span><a id="SendMail" style="cursor: pointer">Gửi Email</a></span></div>';
    expect(emptyBodyWarnings(page(bar))).toEqual(['the article has a headline and no body: the page holds no text under it']);
    expect(parseArticle(page(bar)).images).toEqual([]);
  });

  it('is not given to an article with a body', () => {
    const record = parseArticle(
      page('<p>Trong tháng 7 năm 2019, Ban Tiếp công dân huyện đã tiếp 12 lượt công dân, tiếp nhận và xử lý 8 đơn thư kiến nghị, phản ánh của người dân các xã.</p>'),
    );
    expect(record.body.text).not.toBe('');
    expect(record.warnings.some((w) => w.startsWith('the article has a headline and no body'))).toBe(false);
  });
});
